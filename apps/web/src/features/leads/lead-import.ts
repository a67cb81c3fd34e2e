/** The lead import columns, in the order the server reads them (its template). */
export const LEAD_IMPORT_COLUMNS = [
  '企业名称',
  '统一社会信用代码',
  '报送单位',
  '产业链',
  '预计投资(万元)',
  '线索来源',
  '报送日期',
  '说明',
] as const;
