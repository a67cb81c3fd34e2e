/** The catalogue import columns, in the order the server reads them (its template). */
export const CATALOGUE_IMPORT_COLUMNS = [
  '项目名称',
  '英文名称',
  '项目简介',
  '英文简介',
  '产业链',
  '总投资(万元)',
  '用地(亩)',
  '承载单位',
  '联系方式',
  '状态',
] as const;
