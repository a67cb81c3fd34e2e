/** Labels of the shared enums (stages, kinds, roles, problems), looked up by `label.<table>.<value>`. */
export const LABEL_MESSAGES = {
  'label.stage.intent': { zh: '意向', en: 'Intent' },
  'label.stage.signed': { zh: '签约', en: 'Signed' },
  'label.stage.contracted': { zh: '合同', en: 'Contracted' },
  'label.stage.registered': { zh: '注册', en: 'Registered' },
  'label.stage.ready': { zh: '达到开工条件', en: 'Ready to start' },
  'label.stage.started': { zh: '开工', en: 'Started' },
  'label.stage.completed': { zh: '竣工', en: 'Completed' },
  'label.stage.producing': { zh: '投产', en: 'In production' },

  'label.projectStatus.active': { zh: '在建', en: 'Active' },
  'label.projectStatus.stalled': { zh: '停滞', en: 'Stalled' },
  'label.projectStatus.terminated': { zh: '终止', en: 'Terminated' },

  'label.blockerCategory.land': { zh: '用地', en: 'Land' },
  'label.blockerCategory.permit': { zh: '审批', en: 'Permits' },
  'label.blockerCategory.power': { zh: '用电用能', en: 'Power and energy' },
  'label.blockerCategory.financing': { zh: '融资', en: 'Financing' },
  'label.blockerCategory.policy': { zh: '政策', en: 'Policy' },
  'label.blockerCategory.other': { zh: '其他', en: 'Other' },

  'label.unitKind.leading_group': { zh: '领导小组', en: 'Leading group' },
  'label.unitKind.office': { zh: '领导小组办公室', en: 'Office' },
  'label.unitKind.resident_bureau': { zh: '驻外招商局', en: 'Resident bureau' },
  'label.unitKind.service_center': { zh: '招商服务中心', en: 'Service centre' },
  'label.unitKind.county': { zh: '县区', en: 'County / district' },
  'label.unitKind.function_zone': { zh: '功能区', en: 'Development zone' },
  'label.unitKind.department': { zh: '市直部门', en: 'City department' },

  'label.role.admin': { zh: '系统管理员', en: 'System administrator' },
  'label.role.office': { zh: '办公室人员', en: 'Office staff' },
  'label.role.leader': { zh: '市领导', en: 'City leader' },
  'label.role.unit_manager': { zh: '单位负责人', en: 'Unit manager' },
  'label.role.unit_staff': { zh: '单位经办人', en: 'Unit staff' },
  'label.role.auditor': { zh: '审计员', en: 'Auditor' },

  'label.investorType.central_soe': { zh: '央企', en: 'Central SOE' },
  'label.investorType.local_soe': { zh: '地方国企', en: 'Local SOE' },
  'label.investorType.fortune500': { zh: '世界500强', en: 'Fortune Global 500' },
  'label.investorType.top50': { zh: '行业50强', en: 'Industry top 50' },
  'label.investorType.private': { zh: '民营', en: 'Private' },
  'label.investorType.foreign': { zh: '外资', en: 'Foreign' },
  'label.investorType.hmt': { zh: '港澳台', en: 'Hong Kong, Macao, Taiwan' },
  'label.investorType.other': { zh: '其他', en: 'Other' },

  'label.indicator.contractRate': { zh: '合同率', en: 'Contract rate' },
  'label.indicator.registrationRate': { zh: '注册率', en: 'Registration rate' },
  'label.indicator.readyRate': { zh: '达到开工条件率', en: 'Ready-to-start rate' },
  'label.indicator.fitShareCount': {
    zh: '符合产业定位项目占比（个数）',
    en: 'Share fitting the industrial positioning (by count)',
  },
  'label.indicator.fitShareAmount': {
    zh: '符合产业定位项目占比（金额）',
    en: 'Share fitting the industrial positioning (by amount)',
  },
  'label.indicator.signedCountTarget': { zh: '签约项目数目标完成率', en: 'Signed projects vs target' },
  'label.indicator.signedAmountTarget': { zh: '签约金额目标完成率', en: 'Signed amount vs target' },
  'label.indicator.leadsTarget': { zh: '信息线索报送目标完成率', en: 'Leads reported vs target' },
  'label.indicator.eventsTarget': { zh: '招商活动目标完成率', en: 'Promotion events vs target' },
  'label.indicator.foreignCapitalTarget': { zh: '实际使用外资目标完成率', en: 'Foreign capital used vs target' },
  'label.indicator.visitsTarget': { zh: '驻点招商走访目标完成率', en: 'Visits made vs target' },
  'label.indicator.postDaysTarget': { zh: '驻点天数目标完成率', en: 'Days at post vs target' },
  'label.indicator.servicesTarget': {
    zh: '项目服务（协调解决问题）目标完成率',
    en: 'Project services (blockers resolved) vs target',
  },
  'label.scheme.host': { zh: '全市招商引资工作方案', en: 'City investment promotion work plan' },
  'label.scheme.department': {
    zh: '市直部门招商引资考核办法',
    en: 'Assessment of city departments and service centres',
  },
  'label.scheme.bureau': { zh: '驻外招商局管理和考核办法', en: 'Management and assessment of resident bureaus' },

  'label.passwordProblem.too_short': { zh: '至少 {min} 个字符', en: 'At least {min} characters' },
  'label.passwordProblem.too_long': { zh: '不超过 128 个字符', en: 'At most 128 characters' },
  'label.passwordProblem.too_few_classes': {
    zh: '包含大写字母、小写字母、数字、符号中的至少三类',
    en: 'At least three of: upper-case, lower-case, digits, symbols',
  },
  'label.passwordProblem.contains_username': { zh: '不能包含用户名', en: 'Must not contain the username' },

  'label.money.yi': { zh: '{amount} 亿元', en: '{amount} hundred million yuan' },
  'label.calendarDayKind.holiday': { zh: '放假', en: 'Holiday' },
  'label.calendarDayKind.workday': { zh: '调休上班', en: 'Make-up working day' },
  'label.calendarDayProblem.not_a_date': {
    zh: '日期应为有效日期（YYYY-MM-DD）',
    en: 'The date must be a real date (YYYY-MM-DD)',
  },
  'label.calendarDayProblem.unknown_kind': {
    zh: '类型应为“放假”（holiday）或“调休上班”（workday）',
    en: 'The kind must be holiday or workday (make-up working day)',
  },
  'label.calendarDayProblem.workday_not_weekend': {
    zh: '调休上班日只能是周六或周日（周一至周五本来就上班）',
    en: 'A make-up working day must be a Saturday or Sunday (Monday to Friday are working days anyway)',
  },
  'label.calendarDayProblem.name_missing': {
    zh: '请填写名称（如 春节、国庆节）',
    en: 'Give the name (e.g. Spring Festival, National Day)',
  },
  'label.amountProblem.not_a_number': {
    zh: '金额应为数字（单位：{unit}）',
    en: 'The amount must be a number (in {unit})',
  },
  'label.amountProblem.negative': { zh: '金额不能为负数', en: 'The amount cannot be negative' },
  'label.amountProblem.too_many_decimals': {
    zh: '金额最多保留四位小数（精确到元）',
    en: 'At most four decimals (one yuan)',
  },
  'label.amountProblem.too_large': {
    zh: '金额过大，请核对单位是否为{unit}',
    en: 'The amount is too large; is it in {unit}?',
  },
  'label.amountProblem.has_unit_or_separator': {
    zh: '金额只填数字（单位已是{unit}），不要带“万”“元”或千分位逗号',
    en: 'Numbers only (already in {unit}): no 万/元 and no thousands separators',
  },
  'label.amountUnit.wan': { zh: '万元', en: '10,000 yuan' },
  'label.amountUnit.wanUsd': { zh: '万美元', en: '10,000 US dollars' },

  'label.usccProblem.length': { zh: '统一社会信用代码应为 18 位', en: 'A USCC has 18 characters' },
  'label.usccProblem.charset': {
    zh: '统一社会信用代码含有不允许的字符（不使用 I、O、Z、S、V）',
    en: 'The USCC has characters it cannot contain (no I, O, Z, S, V)',
  },
  'label.usccProblem.org_code_check': {
    zh: '统一社会信用代码中的组织机构代码校验位不正确',
    en: 'The organisation-code check character (GB 11714) is wrong',
  },
  'label.usccProblem.check_character': {
    zh: '统一社会信用代码校验位不正确',
    en: 'The USCC check character (GB 32100) is wrong',
  },
} as const;
