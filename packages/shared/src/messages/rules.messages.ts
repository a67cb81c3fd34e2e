/** What the shared rules find wrong (stage dates, schemes, KPI windows), with their params. */
export const RULE_MESSAGES = {
  'stage.invalidDate': {
    zh: '{stage}日期“{date}”不是有效日期（格式 YYYY-MM-DD）',
    en: 'The {stage} date "{date}" is not a valid date (YYYY-MM-DD)',
  },
  'stage.future': {
    zh: '{stage}日期 {date} 晚于今天，不能预填将来的日期',
    en: 'The {stage} date {date} is after today; future dates cannot be entered',
  },
  'stage.beforeStage': {
    zh: '{stage}日期 {date} 早于{other}日期 {otherDate}',
    en: 'The {stage} date {date} is before the {other} date {otherDate}',
  },
  'stage.notSigned': {
    zh: '尚未签约的项目不能填写{stages}日期，请先填写签约日期',
    en: 'A project not yet signed cannot have {stages} dates: enter the signing date first',
  },

  'scheme.year': { zh: '年度无效', en: 'Invalid year' },
  'scheme.yearMismatch': {
    zh: '方案年度 {year} 与地址中的年度 {pathYear} 不一致',
    en: 'The scheme is for {year} but the address says {pathYear}',
  },
  'scheme.unknownIndicator': { zh: '未知指标“{key}”', en: 'Unknown indicator "{key}"' },
  'scheme.indicatorTwice': { zh: '指标“{indicator}”重复', en: 'The indicator "{indicator}" appears twice' },
  'scheme.weightNumber': {
    zh: '权重应为数字，最多保留两位小数',
    en: 'A weight must be a number with at most two decimals',
  },
  'scheme.weightNegative': { zh: '权重不能为负数', en: 'A weight cannot be negative' },
  'scheme.floorNotRate': { zh: '只有比率类指标可以设置底线', en: 'Only rate indicators take a floor' },
  'scheme.floorRange': { zh: '底线应在 0%–100% 之间', en: 'A floor must be between 0% and 100%' },
  'scheme.weightSum': {
    zh: '各指标权重之和应为 100，现为 {sum}',
    en: 'Weights must add up to 100; they add up to {sum}',
  },
  'scheme.pointsNegative': { zh: '加分和扣分应为非负数', en: 'Bonus and penalty points must be zero or more' },
  'scheme.noGroups': { zh: '至少需要一个排名分组', en: 'At least one ranking group is needed' },
  'scheme.groupName': { zh: '排名分组名称不能为空', en: 'A ranking group needs a name' },
  'scheme.groupTwice': { zh: '排名分组“{name}”重复', en: 'The ranking group "{name}" appears twice' },
  'scheme.kindTwice': {
    zh: '单位类型“{kind}”同时出现在两个排名分组中',
    en: 'The unit kind "{kind}" is in two ranking groups',
  },
  'scheme.kindInTwoSchemes': {
    zh: '单位类型“{kind}”同时属于“{first}”和“{second}”，每个单位只能按一个方案考核',
    en: 'The unit kind "{kind}" is in both "{first}" and "{second}"; a unit is assessed under one scheme only',
  },
  'scheme.unitInTwoSchemes': {
    zh: '单位“{unit}”同时属于“{first}”和“{second}”，每个单位只能按一个方案考核',
    en: 'The unit "{unit}" is in both "{first}" and "{second}"; a unit is assessed under one scheme only',
  },
  'scheme.formula.fourNewItem': { zh: '{stage} {points} 分', en: '{stage} {points}' },
  'scheme.formula.fourNew.signed': { zh: '签约', en: 'signed' },
  'scheme.formula.fourNew.started': { zh: '开工', en: 'started' },
  'scheme.formula.fourNew.completed': { zh: '竣工', en: 'completed' },
  'scheme.formula.fourNew.producing': { zh: '投产', en: 'producing' },
  'scheme.formula.cap': { zh: '，最多 {cap} 分', en: ', at most {cap} in all' },
  'scheme.formula.staleSites': {
    zh: '，载体资源本季度未确认每处 {points} 分{cap}',
    en: ', {points} per site not confirmed this quarter{cap}',
  },
  'scheme.formula.text': {
    zh:
      '得分 = Σ 权重 × min(完成值/目标值, 1)（比率类：min(比率/底线, 1)，未设底线取比率本身）+ 加分 − 扣分。' +
      '加分：“四新”重大项目每个{fourNew}{cap}；' +
      '扣分：逾期未开工每个 {pastPlannedStart} 分，弄虚作假每次 {falsified} 分{staleSites}。' +
      '未下达目标的指标不计分，其权重按比例分配给其余指标。',
    en:
      'Score = Σ weight × min(actual/target, 1) (rates: min(rate/floor, 1), or the rate itself without a floor) + bonus − penalty. ' +
      'Bonus per major "four new" project: {fourNew}{cap}; ' +
      'penalty: {pastPlannedStart} per project past its planned start, {falsified} per falsification{staleSites}. ' +
      'Indicators without a target are left out and their weight is shared pro rata among the others.',
  },

  'kpi.fromInvalid': {
    zh: '开始日期不是有效日期（格式 YYYY-MM-DD）',
    en: 'The start date is not a valid date (YYYY-MM-DD)',
  },
  'kpi.toInvalid': {
    zh: '结束日期不是有效日期（格式 YYYY-MM-DD）',
    en: 'The end date is not a valid date (YYYY-MM-DD)',
  },
  'kpi.toBeforeFrom': { zh: '结束日期早于开始日期', en: 'The end date is before the start date' },
} as const;
