/** What the server's services say: refusals with their reasons, import row reasons, notifications. */
export const SERVER_MESSAGES = {
  // The working calendar
  'calendar.duplicateRow': { zh: '{date} 与第 {row} 行重复', en: '{date} is also on row {row}' },
  // Companies
  'company.nameRequired': { zh: '企业名称不能为空', en: 'The company name is required' },
  'company.nameTooLong': { zh: '企业名称超过 200 个字符', en: 'The company name is longer than 200 characters' },
  'company.nameMax': { zh: '企业名称不超过 200 个字符', en: 'The company name has at most 200 characters' },
  'company.nameControl': { zh: '企业名称含有控制字符', en: 'The company name contains control characters' },
  'company.industryCode': {
    zh: '行业代码应为 GB/T 4754-2017 门类字母或门类加大类代码，如 C 或 C38',
    en: 'The industry code is a GB/T 4754-2017 section letter, optionally with its division, e.g. C or C38',
  },
  'company.exists': { zh: '企业库中已有“{name}”', en: 'The registry already has "{name}"' },
  'company.merged': { zh: '该企业已合并到另一条记录', en: 'This company was merged into another record' },
  'company.goneOrMerged': { zh: '企业不存在或已被合并', en: 'The company does not exist or was merged' },
  'company.mergeSelf': { zh: '不能与自身合并', en: 'A company cannot be merged with itself' },
  'company.mergeReason': { zh: '请填写合并理由', en: 'Give a reason for the merge' },
  'company.mergeLeadClash': {
    zh: '两家企业有 {count} 条同一单位同一天报送的线索，请先处理重复线索',
    en: 'The two companies have {count} leads from the same unit on the same day: resolve the duplicates first',
  },
  'company.mergeFilingClash': {
    zh: '两家企业都有有效报备，合并会形成重复报备：请先由领导小组办公室协调',
    en: 'Both companies have active filings and merging would duplicate them: the office must arbitrate first',
  },
  'company.mergeLoop': {
    zh: '合并会使企业的上级集团形成循环：被合并企业是保留企业的上级',
    en: 'The merge would make a loop of parent groups: the merged company is a parent of the surviving one',
  },
  'company.unmergeFilingClash': {
    zh: '撤销后被合并企业将回到另一集团，两处有效报备会重复：请先由领导小组办公室协调',
    en: 'After the undo the merged company rejoins another group and two active filings would overlap: the office must arbitrate first',
  },
  'company.mergeProjectClash': {
    zh: '两家企业有 {count} 个同名项目，合并会形成重复项目：请先处理重复项目',
    en: 'The two companies have {count} projects of the same name and merging would duplicate them: resolve them first',
  },
  'company.mergeUndone': { zh: '该合并已撤销', en: 'This merge was already undone' },
  'company.undoNameTaken': {
    zh: '企业库中已有“{name}”，与被合并企业同名或同代码，无法撤销',
    en: 'The registry now has "{name}" with the merged company\'s name or code: the merge cannot be undone',
  },

  // Import rows (the reasons; the column is the file's own header)
  'import.missingColumn': { zh: '缺少必填列', en: 'A required column is missing' },
  'import.unknownColumn': {
    zh: '无法识别的列，可用的列：{columns}',
    en: 'Unknown column; the columns are: {columns}',
  },
  'import.investorType': {
    zh: '“{value}”不是有效的投资方类型，可填：{types}',
    en: '"{value}" is not an investor type; use one of: {types}',
  },
  'import.industryCode': {
    zh: '“{value}”不是 GB/T 4754-2017 行业代码（门类字母或门类加大类，如 C 或 C38）',
    en: '"{value}" is not a GB/T 4754-2017 industry code (a section letter, optionally with its division, e.g. C or C38)',
  },
  'import.max100': { zh: '不超过 100 个字符', en: 'At most 100 characters' },
  'import.sameCompanyRow': {
    zh: '与第 {row} 行是同一企业，请合并为一行',
    en: 'The same company as row {row}: merge them into one row',
  },
  'import.nameClash': {
    zh: '企业库中“{name}”的名称相同但信用代码不同，请核对',
    en: 'The registry has "{name}" with the same name but a different credit code: check it',
  },
  'import.usccClash': {
    zh: '企业库中“{name}”的信用代码是 {uscc}，与本行不同，请核对',
    en: 'The registry has "{name}" with credit code {uscc}, not this row\'s: check it',
  },
  'import.unitNotFound': {
    zh: '找不到单位“{name}”（须与单位管理中的名称一致）',
    en: 'No unit is named "{name}" (use the name as in the list of units)',
  },
  'import.unitRequired': { zh: '单位不能为空', en: 'The unit is required' },
  'import.yearInvalid': { zh: '“{value}”不是有效年份', en: '"{value}" is not a valid year' },
  'import.monthInvalid': { zh: '“{value}”不是 1–12 的月份', en: '"{value}" is not a month from 1 to 12' },
  'import.sameUnitMonthRow': {
    zh: '与第 {row} 行是同一单位、同一月份',
    en: 'The same unit and month as row {row}',
  },
  'import.projectNameRequired': { zh: '项目名称不能为空', en: 'The project name is required' },
  'import.projectNameTooLong': { zh: '项目名称超过 200 个字符', en: 'The project name is longer than 200 characters' },
  'import.usccWithoutInvestor': {
    zh: '填写了统一社会信用代码，但未填写投资方名称',
    en: 'A credit code is given but no investor name',
  },
  'import.hostRequired': { zh: '承载地不能为空', en: 'The host unit is required' },
  'import.sourceNotFound': {
    zh: '找不到单位“{name}”（须与单位管理中的名称一致，多个单位用“、”或“;”分隔）',
    en: 'No unit is named "{name}" (use the names as in the list of units, separated by 、 or ;)',
  },
  'import.sourceTwice': { zh: '招引单位“{name}”重复', en: 'The sourcing unit "{name}" is listed twice' },
  'import.ownProjectsOnly': {
    zh: '只能导入本单位作为承载地或招引单位的项目',
    en: 'You can only import projects your unit hosts or sourced',
  },
  'import.yesNo': { zh: '“{value}”应为“是”或“否”', en: '"{value}" should be 是 (yes) or 否 (no)' },
  'import.status': {
    zh: '“{value}”不是有效的状态，可填：在建、停滞、终止',
    en: '"{value}" is not a status; use one of: 在建, 停滞, 终止',
  },
  'import.terminatedNotes': {
    zh: '状态为“终止”的项目须在备注中写明终止原因',
    en: 'A terminated project needs the reason in the notes',
  },
  'import.sameProjectRow': {
    zh: '与第 {row} 行是同一项目（项目名称、投资方和签约日期相同）',
    en: 'The same project as row {row} (same name, investor and signing date)',
  },
  'import.publishedPeriod': {
    zh: '{year}年第{issue}期通报已发布，其统计期内的阶段日期不能通过导入修改，请在项目页面填写更正原因后修改',
    en: 'Bulletin {issue} of {year} is published: stage dates in its period cannot change by import; correct them on the project page with a reason',
  },
  'import.reportingUnitRequired': { zh: '报送单位不能为空', en: 'The reporting unit is required' },
  'import.ownUnitOnly': { zh: '只能导入本单位报送的线索', en: 'You can only import leads reported by your own unit' },
  'import.leadSource': {
    zh: '“{value}”不是有效的线索来源，可填：活动、推介、上门拜访、调研、其他',
    en: '"{value}" is not a lead source; use one of: 活动, 推介, 上门拜访, 调研, 其他',
  },
  'import.dateInvalid': {
    zh: '“{value}”不是有效日期（格式 YYYY-MM-DD）',
    en: '"{value}" is not a valid date (YYYY-MM-DD)',
  },
  'import.reportedOnRequired': { zh: '报送日期不能为空', en: 'The date reported is required' },
  'import.sameLeadRow': {
    zh: '与第 {row} 行是同一线索（同一企业、单位和日期）',
    en: 'The same lead as row {row} (same company, unit and date)',
  },

  // Leads
  'lead.reportedOnInvalid': { zh: '报送日期不是有效日期', en: 'The date reported is not a valid date' },
  'lead.reportedOnFuture': { zh: '报送日期不能晚于今天', en: 'The date reported cannot be after today' },
  'lead.duplicate': {
    zh: '本单位已于 {date} 报送过“{name}”的线索',
    en: 'Your unit already reported a lead for "{name}" on {date}',
  },
  'lead.closed': { zh: '该线索已结束（已报备或已放弃）', en: 'This lead is closed (filed or dropped)' },
  'lead.dropReason': { zh: '放弃线索须填写原因', en: 'Give a reason for dropping the lead' },
  'lead.rulesOrder': {
    zh: '时限须依次递增：确认 ≤ 初评 ≤ 反馈',
    en: 'The deadlines must grow: acknowledge ≤ assess ≤ feedback',
  },

  // Filings and conflicts
  'filing.ownActive': {
    zh: '本单位已报备该企业，有效期至 {date}',
    en: 'Your unit already filed this company, valid until {date}',
  },
  'filing.changedRetry': {
    zh: '该企业的报备刚刚发生变化，请重试',
    en: 'The filings of this company just changed; try again',
  },
  'filing.decisionReason': { zh: '请填写协调结论的理由', en: 'Give the reason for the decision' },
  'filing.conflictDecided': { zh: '该冲突已有协调结论', en: 'This conflict has already been decided' },
  'filing.conflictStale': {
    zh: '该企业的报备单位在冲突提出后已发生变化，请驳回后由申请单位重新报备',
    en: 'The holders of this company changed after the claim: reject it and let the claimant file again',
  },
  'filing.assignParty': {
    zh: '只能判给冲突各方之一',
    en: 'The filing can only be assigned to one of the parties',
  },
  'filing.jointShares': {
    zh: '联合报备须为冲突各方（全部报备单位和申请单位）各分配一个大于 0 的份额，合计 100%',
    en: 'A joint filing gives every party (all holders and the claimant) one share above 0, 100% in all',
  },
  'filing.renewProgress': { zh: '续期须填写最新进展', en: 'Renewing needs the latest progress' },
  'filing.renewActiveOnly': { zh: '只有有效的报备可以续期', en: 'Only an active filing can be renewed' },
  'filing.periodMin': { zh: '至少 1 个月', en: 'At least 1 month' },
  'filing.periodMax': { zh: '最多 36 个月', en: 'At most 36 months' },

  // Notifications (stored as code + params, worded for each reader)
  'notification.conflictOpened': {
    zh: '“{company}”的报备出现冲突，等待领导小组办公室协调',
    en: 'The filing of "{company}" is in conflict, awaiting the office\'s decision',
  },
  'notification.conflictDecided': {
    zh: '“{company}”的报备冲突已协调：{outcome}',
    en: 'The filing conflict over "{company}" is decided: {outcome}',
  },
  'notification.outcome.assigned': { zh: '判给一方', en: 'assigned to one party' },
  'notification.outcome.joint': { zh: '联合报备', en: 'joint filing' },
  'notification.outcome.rejected': { zh: '驳回申请', en: 'claim rejected' },
  'notification.filingExpired': {
    zh: '一项报备已到期，企业已释放',
    en: 'A filing has expired and the company is free again',
  },
  'notification.filingExpiring': {
    zh: '一项报备将于 {date} 到期，如需继续请填写进展并续期',
    en: 'A filing expires on {date}: to keep it, record the progress and renew it',
  },

  // Organisation
  'org.usernameTaken': { zh: '用户名“{username}”已被使用', en: 'The username "{username}" is taken' },
  'org.selfChange': {
    zh: '不能停用自己的账号或修改自己的角色',
    en: 'You cannot disable your own account or change your own role',
  },
  'org.startDateInvalid': { zh: '开始日期不是有效日期', en: 'The start date is not a valid date' },
  'org.endDateInvalid': { zh: '结束日期不是有效日期', en: 'The end date is not a valid date' },
  'org.endAfterStart': { zh: '结束日期必须晚于开始日期', en: 'The end date must be after the start date' },
  'org.secondOwnUnit': {
    zh: '借调单位不能是本人所在单位',
    en: "A secondment cannot be to the person's own unit",
  },
  'org.secondmentOverlap': { zh: '与已有借调的日期重叠', en: 'The dates overlap another secondment' },
  'org.parentCycle': {
    zh: '上级单位不能是本单位或其下级单位',
    en: 'The parent cannot be the unit itself or one of its subunits',
  },
  'org.unitNotFound': { zh: '找不到单位“{name}”', en: 'No unit is named "{name}"' },
  'org.divisionCode': {
    zh: '行政区划代码为 6 位或 12 位数字',
    en: 'A division code has 6 or 12 digits',
  },
  'org.username': {
    zh: '用户名为 3–32 位字母、数字、下划线、点或连字符',
    en: 'A username has 3–32 letters, digits, underscores, dots or hyphens',
  },

  // Audit
  'audit.exportTooMany': {
    zh: '导出记录超过 {limit} 条，请缩小日期范围',
    en: 'More than {limit} records to export: narrow the dates',
  },

  // Files and spreadsheets
  'file.notInStore': {
    zh: '文件在存储中找不到，请联系管理员',
    en: 'The file is missing from the store; contact the administrator',
  },
  'file.nameEncoding': { zh: '文件名编码无效', en: 'The file name is not validly encoded' },
  'file.nameEmpty': { zh: '文件名不能为空', en: 'The file name is empty' },
  'file.nameTooLong': { zh: '文件名不能超过 200 个字符', en: 'The file name is longer than 200 characters' },
  'file.namePath': {
    zh: '文件名不能包含路径（/、\\ 或 ..）',
    en: 'The file name cannot contain a path (/, \\ or ..)',
  },
  'file.nameControl': { zh: '文件名不能包含控制字符', en: 'The file name contains control characters' },
  'sheet.tooLargeMb': {
    zh: '文件有 {mb} MB，超过 20 MB 上限，请拆分后分批导入',
    en: 'The file has {mb} MB, over the 20 MB limit: split it and import the parts',
  },
  'sheet.tooLarge': {
    zh: '文件超过 20 MB 上限，请拆分后分批导入',
    en: 'The file is over the 20 MB limit: split it and import the parts',
  },
  'sheet.empty': { zh: '文件是空的', en: 'The file is empty' },
  'sheet.pdf': { zh: '这是 PDF 文件，不是 Excel 或 CSV 表格', en: 'This is a PDF, not an Excel or CSV table' },
  'sheet.encryptedOrXls': {
    zh: '文件已加密或是旧版 .xls 格式：请在 Excel/WPS 中取消密码，另存为 .xlsx 后再导入',
    en: 'The file is encrypted or an old .xls: remove the password in Excel/WPS and save it as .xlsx',
  },
  'sheet.notXlsx': {
    zh: '文件扩展名是 .xlsx，但内容不是 Excel 工作簿',
    en: 'The file is named .xlsx but is not an Excel workbook',
  },
  'sheet.truncatedZip': { zh: 'Excel 文件已损坏（不完整的压缩包）', en: 'The Excel file is damaged (incomplete zip)' },
  'sheet.zipBomb': {
    zh: 'Excel 文件解压后过大，疑似异常文件，已拒绝',
    en: 'The Excel file unpacks to too much data and was refused',
  },
  'sheet.csvEncoding': {
    zh: 'CSV 文件的编码无法识别：请另存为“CSV UTF-8”后再导入',
    en: 'The CSV file\'s encoding is not recognised: save it as "CSV UTF-8"',
  },
  'sheet.unreadable': {
    zh: '无法读取 Excel 文件：文件可能已损坏，请用 Excel/WPS 打开后另存为 .xlsx 再试',
    en: 'The Excel file cannot be read and may be damaged: open it in Excel/WPS and save it as .xlsx again',
  },
  'sheet.noSheet': { zh: '工作簿中没有工作表', en: 'The workbook has no sheet' },
  'sheet.mergedHeader': {
    zh: '表头第 {column} 列是合并单元格：请取消合并，每列一个表头',
    en: 'Header column {column} is a merged cell: unmerge it, one header per column',
  },
  // Major projects
  'major.planStageTwice': { zh: '同一阶段只能有一个计划日期', en: 'A stage can have only one planned date' },
  'major.planOrder': {
    zh: '{stage}的计划日期 {date} 早于{other}的计划日期 {otherDate}',
    en: 'The planned {stage} date {date} is before the planned {other} date {otherDate}',
  },
  'major.hostPlans': {
    zh: '重大项目的节点计划由承载地填报',
    en: 'The host unit plans the milestones of a major project',
  },
  'major.belowThreshold': {
    zh: '协议投资未达到重大项目标准（{threshold} 万元），无需填报节点计划',
    en: 'The agreed investment is below the major-project threshold ({threshold} × 10,000 yuan): no milestone plan is needed',
  },
  'major.thresholdPositive': { zh: '重大项目标准须大于 0', en: 'The major-project threshold must be above 0' },
  'notification.milestoneDue': {
    zh: '重大项目“{project}”计划于 {date} {stage}，还有 {days} 天',
    en: 'Major project "{project}" is planned to reach "{stage}" on {date}, in {days} days',
  },
  'notification.milestoneSlipped': {
    zh: '重大项目“{project}”未按计划于 {date} {stage}，已逾期',
    en: 'Major project "{project}" did not reach "{stage}" on {date} as planned: overdue',
  },

  // Reviews (回头看)
  'review.dueBeforeToday': { zh: '回复截止日期不能早于今天', en: 'The reply deadline cannot be before today' },
  'review.noCandidates': {
    zh: '没有符合条件的项目（{stages}阶段、{months} 个月无进展）',
    en: 'No project matches (stages {stages}, no progress for {months} months)',
  },
  'review.closedNoReply': { zh: '该回头看已结束，不能再回复', en: 'This review is closed: no more replies' },
  'review.notListed': { zh: '该项目不在本次回头看的名单中', en: "This project is not on this review's list" },
  'review.lostIsFinal': {
    zh: '该项目已回复为流失并已终止；如项目恢复，请在项目页面修改其状态',
    en: 'This project was reported lost and is terminated; if it revives, change its status on the project page',
  },
  'review.closed': { zh: '该回头看已经结束', en: 'This review is already closed' },
  'review.statusLost': { zh: '回头看“{title}”：项目已流失。{text}', en: 'Review "{title}": project lost. {text}' },
  'review.statusStalled': { zh: '回头看“{title}”：{text}', en: 'Review "{title}": {text}' },
  'review.titleRequired': { zh: '请填写标题', en: 'Give a title' },
  'review.stagesRequired': { zh: '至少选择一个阶段', en: 'Choose at least one stage' },
  'review.progressRequired': { zh: '请填写进展情况', en: 'Describe the progress' },
  'notification.reviewLaunched': {
    zh: '回头看“{title}”：本单位有 {count} 个项目须在 {date} 前回复',
    en: 'Review "{title}": your unit has {count} projects to reply for by {date}',
  },

  // Blockers and joint meetings
  'blocker.dueBeforeToday': { zh: '办结期限不能早于今天', en: 'The deadline cannot be before today' },
  'blocker.unitMissing': { zh: '责任单位不存在', en: 'The responsible unit does not exist' },
  'blocker.resolved': { zh: '该问题已经办结', en: 'This problem is already resolved' },
  'blocker.agendaUnknown': {
    zh: '所选问题中有不存在或已办结的',
    en: 'Some chosen problems do not exist or are resolved',
  },
  'blocker.agendaEmpty': {
    zh: '没有待协调的重大项目问题，无需召开联席会议',
    en: 'No major-project problem awaits coordination: no joint meeting is needed',
  },
  'blocker.meetingClosedDecision': {
    zh: '会议已结束，不能再记录决定',
    en: 'The meeting is closed: no more decisions can be recorded',
  },
  'blocker.newDueBeforeToday': { zh: '新的办结期限不能早于今天', en: 'The new deadline cannot be before today' },
  'blocker.notOnAgenda': { zh: '该问题不在本次会议议题中', en: "This problem is not on this meeting's agenda" },
  'blocker.meetingClosed': { zh: '会议已经结束', en: 'The meeting is already closed' },
  'blocker.descriptionRequired': { zh: '请描述问题', en: 'Describe the problem' },
  'blocker.resolutionRequired': { zh: '请填写办理结果', en: 'Give the outcome' },
  'blocker.meetingTitleRequired': { zh: '请填写会议名称', en: 'Give the meeting a name' },
  'blocker.decisionRequired': { zh: '请填写会议决定', en: 'Record the decision' },
  'notification.blockerAssigned': {
    zh: '项目“{project}”的问题（{category}）交由本单位办理，期限 {date}',
    en: 'A problem of project "{project}" ({category}) is assigned to your unit, due {date}',
  },
  'notification.meetingAgenda': {
    zh: '联席会议“{title}”（{date}）议题中有本单位负责的问题',
    en: 'The joint meeting "{title}" ({date}) has a problem your unit is responsible for on its agenda',
  },
  'notification.blockerReassigned': {
    zh: '联席会议决定：项目“{project}”的问题改由“{unit}”办理',
    en: 'Joint meeting decision: the problem of project "{project}" now goes to "{unit}"',
  },
  'notification.blockerAssignedByMeeting': {
    zh: '联席会议决定：项目“{project}”的问题由本单位办理，期限 {date}',
    en: 'Joint meeting decision: your unit handles the problem of project "{project}", due {date}',
  },
  'notification.blockerEscalated': {
    zh: '问题已逾期，升级至领导小组办公室：{text}',
    en: 'A problem is overdue and escalated to the office: {text}',
  },

  // Schemes and targets
  'scheme.problems': {
    zh: '方案有 {count} 处问题，首先：{first}',
    en: 'The scheme has {count} problems, first: {first}',
  },
  'scheme.staleYear': {
    zh: '{year}年考核方案已被他人修改，请刷新后再保存',
    en: 'Someone else changed the {year} scheme; reload before saving',
  },
  'scheme.indicatorsRequired': { zh: '至少一个指标', en: 'At least one indicator' },
  'scheme.unknownUnits': { zh: '单位编号 {ids} 不存在', en: 'Unit ids {ids} do not exist' },
  'scheme.defaultGroup.countiesZones': { zh: '县区和功能区', en: 'Counties and zones' },
  'scheme.defaultGroup.residentBureaus': { zh: '驻外招商局', en: 'Resident bureaus' },
  'scheme.defaultGroup.serviceCenters': { zh: '招商服务中心', en: 'Service centres' },
  // Projects
  'project.stageProblems': { zh: '{problems}', en: '{problems}' },
  'project.terminatedReason': { zh: '终止项目须填写终止原因', en: 'A terminated project needs a reason' },
  'project.investorType': { zh: '投资方类型无效', en: 'Not an investor type' },
  'project.sourcesTwice': { zh: '招引单位有重复', en: 'A sourcing unit is listed twice' },
  'project.hostMissing': {
    zh: '承载地（单位编号 {id}）不存在或已停用',
    en: 'The host unit (id {id}) does not exist or is disabled',
  },
  'project.sourceMissing': {
    zh: '招引单位（单位编号 {id}）不存在或已停用',
    en: 'The sourcing unit (id {id}) does not exist or is disabled',
  },
  'project.investorMissing': {
    zh: '投资方不在企业库中（或已合并），请重新选择',
    en: 'The investor is not in the registry (or was merged): choose again',
  },
  'project.filingMissing': { zh: '报备（编号 {id}）不存在', en: 'Filing {id} does not exist' },
  'project.expansionMissing': {
    zh: '被扩建的项目（编号 {id}）不存在',
    en: 'The expanded project ({id}) does not exist',
  },
  'project.ownOnly': {
    zh: '只能登记本单位作为承载地或招引单位的项目',
    en: 'You can only enter projects your unit hosts or sourced',
  },
  'project.duplicate': {
    zh: '已有同名、同投资方、同签约日期的项目“{name}”',
    en: 'A project "{name}" with the same investor and signing date already exists',
  },
  'project.editInvolvedOnly': {
    zh: '只有承载地、招引单位和领导小组办公室可以修改项目',
    en: 'Only the host unit, the sourcing units and the office can change a project',
  },
  'project.changedBy': {
    zh: '项目已被{user}修改（第 {version} 版），请查看改动后再保存',
    en: '{user} changed the project (version {version}): look at the changes before saving',
  },
  'project.someoneElse': { zh: '他人', en: 'Someone else' },
  'project.bulletinTitle': { zh: '{year}年第{issue}期', en: 'No. {issue} of {year}' },
  'project.correctionNeeded': {
    zh: '{bulletins}通报已发布，修改其统计期内的阶段日期须填写更正原因',
    en: 'Bulletin {bulletins} is published: changing stage dates in its period needs a reason',
  },
  'project.nameRequired': { zh: '项目名称不能为空', en: 'The project name is required' },
  'project.nameMax': { zh: '项目名称不能超过 200 个字符', en: 'The project name has at most 200 characters' },
  'project.stageInvalid': { zh: '阶段无效', en: 'Not a stage' },
  'project.statusInvalid': {
    zh: '状态无效（可选：在建、停滞、终止）',
    en: 'Not a status (active, stalled or terminated)',
  },
  'project.stageNamed': { zh: '阶段“{stage}”无效', en: '"{stage}" is not a stage' },
  'project.amountRange': { zh: '金额上限小于下限', en: 'The upper amount is below the lower one' },
  'project.signedRange': { zh: '签约日期的结束早于开始', en: 'The signing dates end before they start' },
  'file.empty': { zh: '文件是空的', en: 'The file is empty' },
  'file.typeRefused': {
    zh: '“{name}”的内容不是 PDF、图片（JPG/PNG）或 Office 文档，已拒绝（按文件内容判断，不看扩展名）',
    en: '"{name}" is not a PDF, an image (JPG/PNG) or an Office document by its content (the extension is not trusted)',
  },
  'validation.amountWanUsd': {
    zh: '金额应为不带单位的数字（万美元），最多四位小数',
    en: 'An amount is a plain number in 10,000 US dollars with at most four decimals',
  },
  // Bulletins
  'bulletin.title': { zh: '{year}年第{issue}期', en: 'No. {issue} of {year}' },
  'bulletin.draftTitle': { zh: '{year}年{month}月（草稿）', en: '{year}-{month} (draft)' },
  'bulletin.month': { zh: '月份应为 1–12', en: 'The month is 1–12' },
  'bulletin.monthNotOver': {
    zh: '{year}年{month}月尚未结束，月末之后才能生成该月通报',
    en: '{year}-{month} is not over: its bulletin can be made after the month ends',
  },
  'bulletin.publishedNoRegenerate': {
    zh: '{title}通报已发布，不能重新生成',
    en: 'Bulletin {title} is published and cannot be made again',
  },
  'bulletin.beingMade': {
    zh: '该月通报正由他人生成，请刷新',
    en: "Someone else is making this month's bulletin; reload",
  },
  'bulletin.noProjects': {
    zh: '{year}年1月至{month}月没有签约项目，无法生成通报（请先录入或导入项目）',
    en: 'No project was signed from January to month {month} of {year}: enter or import projects first',
  },
  'bulletin.publishedNoEdit': {
    zh: '{title}通报已发布，不能再修改',
    en: 'Bulletin {title} is published and cannot be changed',
  },
  'bulletin.alreadyPublished': {
    zh: '{title}通报已经发布，不能重复发布',
    en: 'Bulletin {title} is already published',
  },
  'bulletin.laterPublished': {
    zh: '{year}年{month}月的通报已发布（{title}），期号按月份排序，不能再发布更早月份的通报',
    en: 'The bulletin of {year}-{month} is published ({title}); issues follow the months, so an earlier month cannot be published now',
  },
  'bulletin.draftChanged': {
    zh: '草稿在您审阅后已被重新生成或修改，请刷新后再发布',
    en: 'The draft was made again or changed after you reviewed it: reload before publishing',
  },
  'bulletin.unitsOnly': { zh: '该指标只按单位统计', en: 'This figure is counted per unit only' },
  'bulletin.unitNotIn': { zh: '该单位不在本期通报中', en: 'This unit is not in this bulletin' },
  'bulletin.draftNoCompare': {
    zh: '草稿可以直接重新生成，无需比对',
    en: 'A draft can simply be made again; there is nothing to compare',
  },
  'bulletin.penaltyNote': { zh: '请写明扣分原因', en: 'Give the reason for the penalty' },

  // Dashboard and data quality
  'dashboard.year': { zh: '年度应在 2000 至 {year} 之间', en: 'The year is between 2000 and {year}' },
  'quality.readyImplied': {
    zh: '已开工但未填达到开工条件日期（按开工日期计入达到开工条件）',
    en: 'Started without a ready-to-start date (counted as ready on the start date)',
  },
  'quality.missingEvidence': {
    zh: '已计入考核的阶段缺少佐证材料',
    en: 'Stages counted in the assessment without evidence',
  },
  'quality.sameInvestorTwoUnits': {
    zh: '同一投资方的项目落在两个以上承载地（可能重复计算）',
    en: "One investor's projects in two or more host units (possibly counted twice)",
  },
  'quality.partExceedsWhole': {
    zh: '分项之和超过总数：实际到位超过协议投资',
    en: 'Parts exceed the whole: funds in place exceed the agreed investment',
  },
  'quality.outliers': {
    zh: '异常值：协议投资为 0 或超过 500 亿元',
    en: 'Outliers: agreed investment of 0 or over 50 billion yuan',
  },
  // The command line's import summary
  'cli.importErrors': { zh: '{count} 处错误，未写入任何数据：', en: 'Errors: {count}; nothing was written:' },
  'cli.importRowError': { zh: '  第 {row} 行，列“{column}”：{reason}', en: '  row {row}, column "{column}": {reason}' },
  'cli.importDone': {
    zh: '{what} {rows} 行：新增 {created}，更新 {updated}，未变 {unchanged}',
    en: '{what} {rows} rows: {created} new, {updated} updated, {unchanged} unchanged',
  },
  'cli.dryRun': { zh: '试导入（未写入）', en: 'Dry run (nothing written):' },
  'cli.imported': { zh: '已导入', en: 'Imported' },
  'cli.gbk': { zh: '（文件为 GBK 编码，已自动识别）', en: ' (the file is GBK-encoded, recognised)' },
} as const;
