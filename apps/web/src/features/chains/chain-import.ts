/** The chain map's import columns, in the order the server reads them (its template). */
export const CHAIN_IMPORT_COLUMNS = [
  '产业链分组',
  '产业链',
  '环节',
  '上中下游',
  '首席专家',
  '智库单位',
  '责任单位',
] as const;

/** The target enterprises' import columns (the export writes the same). */
export const TARGET_IMPORT_COLUMNS = [
  '产业链',
  '环节',
  '企业名称',
  '统一社会信用代码',
  '标签',
  '责任单位',
  '备注',
] as const;
