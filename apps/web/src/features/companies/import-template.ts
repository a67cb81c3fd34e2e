/** The import columns, in the order the server reads them (also the CSV template's header). */
export const IMPORT_COLUMNS = [
  '企业名称',
  '统一社会信用代码',
  '投资方类型',
  '国别地区',
  '行业代码',
  '总部所在地',
] as const;
