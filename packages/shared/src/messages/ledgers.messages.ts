/** Innovation carriers, university–industry cooperation and capital arrived: labels, refusals, import reasons. */
export const LEDGER_MESSAGES = {
  'label.carrierKind.complex': { zh: '科技综合体', en: 'S&T complex' },
  'label.carrierKind.incubator': { zh: '孵化器', en: 'Incubator' },
  'label.carrierKind.maker_space': { zh: '众创空间', en: 'Maker space' },
  'label.carrierKind.maker_community': { zh: '众创社区', en: 'Maker community' },
  'label.carrierKind.star_space': { zh: '星创天地', en: 'Star-creation space' },
  'label.carrierLevel.national': { zh: '国家级', en: 'National' },
  'label.carrierLevel.provincial': { zh: '省级', en: 'Provincial' },
  'label.carrierLevel.city': { zh: '市级', en: 'City' },
  'label.carrierStatus.active': { zh: '有效', en: 'Active' },
  'label.carrierStatus.revoked': { zh: '已撤销', en: 'Revoked' },
  'label.iurKind.school_local': { zh: '校地合作', en: 'University–locality' },
  'label.iurKind.school_enterprise': { zh: '校企合作', en: 'University–enterprise' },
  'label.iurKind.other': { zh: '其他合作', en: 'Other cooperation' },

  'carrier.kindUnknown': {
    zh: '“{value}”不是有效的载体类型，可填：{kinds}',
    en: '"{value}" is not a carrier kind; use one of: {kinds}',
  },
  'carrier.levelUnknown': {
    zh: '“{value}”不是有效的认定级别，可填：{levels}',
    en: '"{value}" is not a level; use one of: {levels}',
  },
  'carrier.statusUnknown': {
    zh: '“{value}”不是有效的状态，可填：{statuses}',
    en: '"{value}" is not a status; use one of: {statuses}',
  },
  'carrier.nameRequired': { zh: '载体名称不能为空', en: 'The carrier name is required' },
  'carrier.nameTaken': {
    zh: '已有名为“{name}”的{kind}',
    en: 'There is already a {kind} named "{name}"',
  },
  'carrier.ownUnitOnly': {
    zh: '只能登记本单位承载的载体',
    en: 'You can only record carriers your own unit hosts',
  },
  'carrier.summary': {
    zh: '{level}{kind}{count}个',
    en: '{count} {level} {kind}',
  },
  'iur.partnerRequired': {
    zh: '{kind}须填写合作方：{what}',
    en: 'A {kind} agreement needs its partner: {what}',
  },
  'iur.partnerUnit': { zh: '合作的单位（须与单位管理中的名称一致）', en: 'the partner unit (as in the list of units)' },
  'iur.partnerCompany': { zh: '企业库中的企业', en: 'a company in the registry' },
  'iur.partnerText': { zh: '合作方名称', en: "the partner's name" },
  'iur.companyNotFound': {
    zh: '企业库中找不到“{name}”，请先在企业库登记',
    en: 'The registry has no company "{name}"; add it to the registry first',
  },
  'iur.kindUnknown': {
    zh: '“{value}”不是有效的合作类型，可填：{kinds}',
    en: '"{value}" is not a cooperation kind; use one of: {kinds}',
  },
  'iur.titleRequired': { zh: '合作项目名称不能为空', en: 'The agreement title is required' },
  'iur.universityRequired': { zh: '高校或院所不能为空', en: 'The university or institute is required' },
  'iur.dateRequired': { zh: '签约日期不能为空', en: 'The signing date is required' },
  'iur.talentsInvalid': {
    zh: '“{value}”不是有效的引进人才数（非负整数）',
    en: '"{value}" is not a number of talents (a whole number, 0 or more)',
  },
  'iur.eventUnknown': {
    zh: '找不到名为“{name}”的招商活动（或有多个同名活动）',
    en: 'No single event is named "{name}"',
  },
  'import.sameCarrierRow': {
    zh: '与第 {row} 行是同一载体（名称与类型相同），请合并为一行',
    en: 'The same carrier as row {row} (same name and kind): merge them into one row',
  },
  'import.sameIurRow': {
    zh: '与第 {row} 行是同一合作（名称、高校与签约日期相同），请合并为一行',
    en: 'The same agreement as row {row} (same title, university and date): merge them into one row',
  },
  'iur.taken': {
    zh: '{date} 已有与“{university}”签订的“{title}”',
    en: 'There is already "{title}" with "{university}" on {date}',
  },
  'iur.ownUnitOnly': {
    zh: '只能登记本单位的产学研合作',
    en: 'You can only record your own unit’s cooperation agreements',
  },
  'capital.beforeSigning': {
    zh: '{year} 年 {month} 月早于项目签约（{signedOn}），不能登记到位资金',
    en: '{year}-{month} is before the project was signed ({signedOn}): no capital can arrive then',
  },
  'capital.notSigned': {
    zh: '项目“{name}”尚未签约，不能登记到位资金',
    en: 'The project "{name}" is not signed yet: no capital can arrive',
  },
  'capital.projectNotFound': {
    zh: '找不到项目“{name}”',
    en: 'No project is named "{name}"',
  },
  'capital.projectAmbiguous': {
    zh: '有 {count} 个名为“{name}”的项目，请填写承载地区分',
    en: '{count} projects are named "{name}": give the host unit to tell them apart',
  },
  'capital.projectRequired': { zh: '项目名称不能为空', en: 'The project name is required' },
  'capital.sameProjectMonthRow': {
    zh: '与第 {row} 行是同一项目、同一月份',
    en: 'The same project and month as row {row}',
  },
  'capital.window': {
    zh: '统计区间的结束日期早于开始日期',
    en: 'The window ends before it starts',
  },
  'capital.monthChanged': {
    zh: '{year}年{month}月的到位资金已被他人改为：国内 {domesticWan} 万元，外资 {foreignUsdWan} 万美元。请刷新后再修改',
    en: 'Someone else changed {month}/{year} to {domesticWan} (10k yuan) domestic and {foreignUsdWan} (10k USD) foreign; reload before changing it',
  },
  'capital.monthRemoved': {
    zh: '{year}年{month}月的到位资金已被他人删除。请刷新后再登记',
    en: 'Someone else removed {month}/{year}; reload before recording it',
  },
  'capital.ownUnitOnly': {
    zh: '只能登记本单位承载项目的到位资金',
    en: 'You can only record capital for projects your unit hosts',
  },
  'export.carriers.file': { zh: '创新载体', en: 'carriers' },
  'export.carriers.sheet': { zh: '创新载体', en: 'Carriers' },
  'export.iur.file': { zh: '产学研合作', en: 'iur' },
  'export.iur.sheet': { zh: '产学研合作', en: 'Cooperation' },
  'export.capital.file': { zh: '到位资金', en: 'capital' },
  'export.capital.sheet': { zh: '到位资金', en: 'Capital arrived' },
  'quality.iurTotals': { zh: '产学研合作合计与分项不符', en: 'IUR totals that do not add up' },
  'quality.detail.iurTotals': { zh: '合计 {total} ≠ {parts}', en: 'Total {total} ≠ {parts}' },
  'quality.staleSites': { zh: '载体资源本季度未确认', en: 'Sites not confirmed this quarter' },
  'quality.detail.staleSites': {
    zh: '{total} 个载体中 {stale} 个自 {since} 以来未经确认，计入本单位考核',
    en: '{stale} of {total} sites not confirmed since {since}; counted in the unit’s assessment',
  },
  'cli.capital.missingWindow': { zh: '请给出统计区间：{usage}', en: 'Give the window: {usage}' },
  'cli.capital.title': {
    zh: '到位资金 {from} 至 {to}（国内 万元，外资 万美元）',
    en: 'Capital arrived {from} to {to} (domestic 10k yuan, foreign 10k USD)',
  },
  'cli.capital.header': {
    zh: '        国内到位         外资到位        协议投资    到位率     上年同期国内  单位',
    en: '        Domestic          Foreign          Agreed     Share   Domestic last yr  Unit',
  },
  'cli.capital.city': { zh: '全市', en: 'City' },
  'cli.capital.foreign': {
    zh: '实际使用外资 {used} 万美元；新签约外资项目 {signed} 万美元',
    en: 'Foreign capital used {used} (10k USD); newly signed foreign investment {signed} (10k USD)',
  },
} as const;
