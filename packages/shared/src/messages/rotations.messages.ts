/** Rotations of resident-bureau staff (轮换派驻) and the handover (工作交接) of a leaving person's work. */
export const ROTATION_MESSAGES = {
  'rotation.roundNameRequired': { zh: '请填写轮换批次名称', en: 'Name the rotation round' },
  'rotation.roundNameTaken': { zh: '已有名为“{name}”的轮换批次', en: 'A rotation round named "{name}" already exists' },
  'rotation.roundEndsBeforeStart': {
    zh: '批次结束日期必须晚于开始日期',
    en: 'The round must end after it starts',
  },
  'rotation.roundMissing': { zh: '轮换批次不存在', en: 'The rotation round does not exist' },
  'rotation.userMissing': { zh: '派驻人员不存在', en: 'The person posted does not exist' },
  'rotation.unitMissing': { zh: '派驻单位不存在', en: 'The unit does not exist' },
  'rotation.unitNotBureau': {
    zh: '“{unit}”不是驻外招商局，只能派驻到驻外招商局',
    en: '"{unit}" is not a resident bureau: postings are to resident bureaus only',
  },
  'rotation.alreadyInBureau': {
    zh: '“{name}”的本单位就是“{unit}”，无需派驻',
    en: '"{name}" belongs to "{unit}" already: no posting is needed',
  },
  'rotation.postingEndsBeforeStart': {
    zh: '派驻结束日期必须晚于开始日期',
    en: 'The posting must end after it starts',
  },
  'rotation.postingOutsideRound': {
    zh: '派驻日期须在批次“{round}”的期限内（{start} 至 {end}）',
    en: 'The posting must lie within the round "{round}" ({start} to {end})',
  },
  'rotation.postingOverlap': {
    zh: '“{name}”在 {start} 至 {end} 已派驻或借调到“{unit}”，日期不能重叠',
    en: '"{name}" is already posted or seconded to "{unit}" from {start} to {end}: the dates cannot overlap',
  },
  'rotation.postingMissing': { zh: '派驻记录不存在', en: 'The posting does not exist' },
  'rotation.postingNotRunning': {
    zh: '该派驻尚未开始（{start} 至 {end}），不能提前结束',
    en: 'The posting has not begun ({start} to {end}): it cannot be ended early',
  },
  'rotation.postingAlreadyEnded': {
    zh: '该派驻已于 {end} 结束，无需再结束',
    en: 'The posting already ends on {end}',
  },
  'rotation.handoverOtherUnit': {
    zh: '只能交接本单位（{unit}）人员的工作',
    en: 'You can hand over the work of your own unit ({unit}) only',
  },
  'rotation.handoverSamePerson': { zh: '接手人不能是交出人本人', en: 'The successor cannot be the person leaving' },
  'rotation.handoverFromOutside': {
    zh: '“{name}”不在“{unit}”工作，也没有派驻到该单位',
    en: '"{name}" neither works in nor was posted to "{unit}"',
  },
  'rotation.handoverToOutside': {
    zh: '接手人“{name}”不是“{unit}”的在岗人员',
    en: 'The successor "{name}" is not an active member of "{unit}"',
  },
  'rotation.handoverToDisabled': {
    zh: '接手人“{name}”的账号已停用',
    en: 'The successor "{name}" has a disabled account',
  },
  'rotation.handoverNothing': {
    zh: '“{name}”在“{unit}”没有待交接的线索、备案、项目或问题',
    en: '"{name}" has no open leads, filings, projects or blockers in "{unit}" to hand over',
  },
  'rotation.handoverChanged': {
    zh: '待交接事项在预览后已有变动，请重新预览后再确认',
    en: 'The items to hand over changed after the preview: preview again, then confirm',
  },
  'rotation.handoverNoPosting': {
    zh: '“{name}”今天没有在“{unit}”的派驻可以结束',
    en: '"{name}" has no posting to "{unit}" running today to end',
  },
  'rotation.kind.lead': { zh: '线索', en: 'lead' },
  'rotation.kind.filing': { zh: '备案', en: 'filing' },
  'rotation.kind.project': { zh: '项目', en: 'project' },
  'rotation.kind.blocker': { zh: '问题', en: 'blocker' },
  'notification.handoverReceived': {
    zh: '您已接手{from}在“{unit}”的 {count} 项工作（线索、备案、项目、问题）',
    en: 'You took over {count} items (leads, filings, projects, blockers) of {from} in "{unit}"',
  },
  'notification.handoverGiven': {
    zh: '您在“{unit}”的 {count} 项工作已交接给{to}',
    en: 'Your {count} items in "{unit}" were handed over to {to}',
  },
  'export.postings.file': { zh: '驻外招商局派驻人员', en: 'postings' },
  'export.posting.sheet': { zh: '派驻人员', en: 'Postings' },
  'export.posting.round': { zh: '轮换批次', en: 'Round' },
  'export.posting.person': { zh: '姓名', en: 'Person' },
  'export.posting.unit': { zh: '派驻单位', en: 'Posted to' },
  'export.posting.from': { zh: '派出单位', en: 'Seconded from' },
  'export.posting.start': { zh: '开始日期', en: 'Start' },
  'export.posting.end': { zh: '结束日期', en: 'End' },
  'export.posting.note': { zh: '备注', en: 'Note' },
} as const;
