/** After signing (推进、培育部门) and the quality gate (统一项目引进标准). */
export const GATE_MESSAGES = {
  'label.gateStatus.clear': { zh: '符合引进标准', en: 'Meets the intake criteria' },
  'label.gateStatus.pending': { zh: '待审批', en: 'Awaiting approval' },
  'label.gateStatus.approved': { zh: '已审批通过', en: 'Approved' },
  'label.gateStatus.rejected': { zh: '审批未通过', en: 'Rejected' },
  'label.gateReason.belowMinimum': { zh: '协议投资低于最低投资额', en: 'Agreed investment below the minimum' },
  'label.gateReason.chainMisfit': { zh: '不符合产业定位', en: 'Does not fit the industry positioning' },
  'label.blockerRoute.push': { zh: '推进部门', en: 'Push department' },
  'label.blockerRoute.nurture': { zh: '培育部门', en: 'Nurture department' },
  'gate.minNegative': { zh: '最低投资额不能为负数', en: 'The minimum investment cannot be negative' },
  'gate.selfApproval': {
    zh: '不能审批自己录入的项目，请由本单位其他负责人审批',
    en: 'You cannot approve a project you entered yourself; another head of the unit must decide',
  },
  'gate.alreadyDecided': { zh: '该审批已处理（{status}）', en: 'This approval has already been decided ({status})' },
  'gate.withdrawn': {
    zh: '该审批已撤回：项目保存后已重新判定',
    en: 'This request was withdrawn: the project was judged again when saved',
  },
  'gate.noteRequired': { zh: '请填写审批意见', en: 'Write a note with the decision' },
  'project.departmentKind': {
    zh: '{role}须为市直部门或招商服务中心，“{unit}”是{kind}',
    en: 'The {role} must be a department or service centre; "{unit}" is a {kind}',
  },
  'project.departmentMissing': { zh: '单位 {id} 不存在或已停用', en: 'Unit {id} does not exist or is inactive' },
  'blocker.noDepartment': {
    zh: '请指定责任单位：该项目未设{role}',
    en: 'Name the responsible unit: the project has no {role}',
  },
  'notification.gatePending': {
    zh: '项目“{project}”未达引进标准（{reasons}），待本单位负责人审批',
    en: 'Project "{project}" misses the intake criteria ({reasons}) and awaits the unit head\'s approval',
  },
  'notification.gateDecided': {
    zh: '项目“{project}”引进标准审批：{decision}',
    en: 'Project "{project}" intake approval: {decision}',
  },
} as const;
