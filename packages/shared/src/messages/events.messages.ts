/** Events and campaigns: their labels, the refusals and import reasons. */
export const EVENT_MESSAGES = {
  'label.eventKind.promotion': { zh: '推介会', en: 'Promotion' },
  'label.eventKind.negotiation': { zh: '洽谈会', en: 'Negotiation meeting' },
  'label.eventKind.fair': { zh: '展会', en: 'Trade fair' },
  'label.eventKind.briefing': { zh: '投资环境说明会', en: 'Investment environment briefing' },
  'label.eventKind.visit': { zh: '客商考察', en: 'Investor visit' },
  'label.eventKind.research': { zh: '产学研洽谈会', en: 'Industry-university-research meeting' },
  'label.eventKind.contest': { zh: '创新创业大赛', en: 'Innovation and entrepreneurship contest' },
  'label.eventLevel.city_major': { zh: '市级重大活动', en: 'City major event' },
  'label.eventLevel.local': { zh: '各地活动', en: 'Local event' },
  'label.eventRegion.yangtze_delta': { zh: '长三角', en: 'Yangtze River Delta' },
  'label.eventRegion.beijing_tianjin_hebei': { zh: '京津冀', en: 'Beijing-Tianjin-Hebei' },
  'label.eventRegion.chengdu_chongqing': { zh: '成渝', en: 'Chengdu-Chongqing' },
  'label.eventRegion.greater_bay_area': { zh: '粤港澳大湾区', en: 'Greater Bay Area' },
  'label.eventRegion.local': { zh: '本市', en: 'In the city' },
  'label.eventRegion.overseas': { zh: '境外', en: 'Overseas' },
  'label.eventRegion.other': { zh: '其他地区', en: 'Other regions' },

  'event.dateInvalid': {
    zh: '“{value}”不是有效日期（格式 YYYY-MM-DD）',
    en: '"{value}" is not a valid date (YYYY-MM-DD)',
  },
  'event.endsBeforeStart': {
    zh: '活动结束日期 {endsOn} 早于开始日期 {startsOn}',
    en: 'The event ends on {endsOn}, before it starts on {startsOn}',
  },
  'event.organiserRequired': { zh: '请至少选择一个主办单位', en: 'Choose at least one organising unit' },
  'event.organiserNotOwn': {
    zh: '只能登记本单位主办或参与主办的活动',
    en: 'You can only record events your own unit organises',
  },
  'event.nameTaken': {
    zh: '{date} 已有名为“{name}”的活动',
    en: 'There is already an event "{name}" on {date}',
  },
  'event.campaignDates': {
    zh: '百日招商第 {round} 轮的结束日期早于开始日期',
    en: 'Round {round} of the 100-day campaign ends before it starts',
  },
  'event.campaignRoundTaken': {
    zh: '百日招商第 {round} 轮已存在',
    en: 'Round {round} of the 100-day campaign already exists',
  },
  'event.campaignName': { zh: '第{round}轮百日招商', en: '100-day campaign, round {round}' },
  'event.yieldWindow': {
    zh: '统计区间的结束日期早于开始日期',
    en: 'The window ends before it starts',
  },
  'import.eventKind': {
    zh: '“{value}”不是有效的活动类型，可填：{kinds}',
    en: '"{value}" is not an event kind; use one of: {kinds}',
  },
  'import.eventLevel': {
    zh: '“{value}”不是有效的活动级别，可填：{levels}',
    en: '"{value}" is not an event level; use one of: {levels}',
  },
  'import.eventRegion': {
    zh: '“{value}”不是有效的地区，可填：{regions}',
    en: '"{value}" is not a region; use one of: {regions}',
  },
  'import.eventCampaign': {
    zh: '“{value}”不是百日招商轮次（填数字，如 7）',
    en: '"{value}" is not a campaign round (a number, e.g. 7)',
  },
  'import.eventCampaignUnknown': {
    zh: '百日招商第 {round} 轮尚未登记',
    en: 'Round {round} of the 100-day campaign is not recorded',
  },
  'import.eventNameRequired': { zh: '活动名称不能为空', en: 'The event name is required' },
  'import.eventStartRequired': { zh: '开始日期不能为空', en: 'The start date is required' },
  'import.organiserRequired': { zh: '主办单位不能为空', en: 'The organising unit is required' },
  'import.eventOwnUnitOnly': {
    zh: '只能导入本单位主办的活动',
    en: 'You can only import events your own unit organises',
  },
  'import.guestCompanyRequired': { zh: '嘉宾所在企业不能为空', en: "The guest's company is required" },
  'import.sameEventRow': {
    zh: '与第 {row} 行是同一活动（名称与开始日期相同），请合并为一行',
    en: 'The same event as row {row} (same name and start): merge them into one row',
  },
  'import.sameGuestRow': {
    zh: '与第 {row} 行是同一嘉宾，请合并为一行',
    en: 'The same guest as row {row}: merge them into one row',
  },
  'import.guestUsccOther': {
    zh: '企业库中该信用代码属于“{name}”',
    en: 'In the registry this credit code belongs to "{name}"',
  },
  'export.events.file': { zh: '招商活动', en: 'events' },
  'export.events.sheet': { zh: '招商活动', en: 'Events' },
  'export.visits.file': { zh: '驻点招商走访记录', en: 'visits' },
  'export.visits.sheet': { zh: '走访记录', en: 'Visits' },
  'visit.unitRequired': { zh: '请选择单位', en: 'Choose a unit' },
  'visit.future': { zh: '走访日期不能晚于今天', en: 'A visit cannot be dated after today' },
  'cli.events.missingWindow': {
    zh: '请给出统计区间：{usage}',
    en: 'Give the window: {usage}',
  },
  'cli.events.title': { zh: '招商活动成效 {from} 至 {to}', en: 'Event yield {from} to {to}' },
  'cli.events.header': {
    zh: '  嘉宾   线索   报备   签约      协议投资(万元)  活动',
    en: ' Guests  Leads Filings Signed  Agreed (10k yuan)  Event',
  },
  'cli.events.campaigns': { zh: '按百日招商轮次：', en: 'By campaign:' },
  'cli.events.noCampaign': { zh: '（不属于百日招商）', en: '(no campaign)' },
  'cli.events.none': { zh: '区间内没有招商活动', en: 'No events in the window' },
} as const;
