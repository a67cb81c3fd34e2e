/** The site import columns, in the order the server reads them (its template). */
export const SITE_IMPORT_COLUMNS = [
  '载体类型',
  '载体名称',
  '所在园区',
  '权属单位',
  '用途',
  '面积(亩)',
  '建筑面积(平方米)',
  '价格(万元/亩)',
  '供电容量(kVA)',
  '主导产业',
  '状态',
  '备注',
] as const;
