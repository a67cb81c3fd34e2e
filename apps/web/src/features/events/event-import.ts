/** The event import columns, in the order the server reads them (its template). */
export const EVENT_IMPORT_COLUMNS = [
  '活动名称',
  '活动类型',
  '活动级别',
  '开始日期',
  '结束日期',
  '地点',
  '地区',
  '主办单位',
  '百日招商轮次',
  '备注',
] as const;

/** The guest list columns. */
export const GUEST_IMPORT_COLUMNS = ['嘉宾姓名', '职务', '企业名称', '统一社会信用代码'] as const;
