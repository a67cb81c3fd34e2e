/** The message of each error code (the code's status is in ../errors.ts). */
export const ERROR_MESSAGES = {
  'error.VALIDATION_FAILED': {
    zh: '提交的内容有误，请按提示修改后重试',
    en: 'Some fields are not valid; correct them and try again',
  },
  'error.INVALID_JSON': { zh: '请求内容不是有效的 JSON', en: 'The request body is not valid JSON' },
  'error.UNSUPPORTED_MEDIA_TYPE': {
    zh: '请求内容类型不受支持，请以 JSON 提交',
    en: 'Unsupported content type; send JSON',
  },
  'error.BODY_TOO_LARGE': { zh: '提交的内容过大（上限 1 MB）', en: 'The request is too large (limit 1 MB)' },
  'error.UNAUTHENTICATED': { zh: '请先登录', en: 'Please log in' },
  'error.SESSION_EXPIRED': { zh: '登录已超时，请重新登录', en: 'Your session has expired; please log in again' },
  'error.BAD_CREDENTIALS': { zh: '用户名或密码错误', en: 'Wrong username or password' },
  'error.ACCOUNT_LOCKED': {
    zh: '连续登录失败次数过多，账号已锁定 30 分钟',
    en: 'Too many failed logins: the account is locked for 30 minutes',
  },
  'error.ACCOUNT_DISABLED': {
    zh: '账号已停用，请联系系统管理员',
    en: 'This account is disabled; contact the administrator',
  },
  'error.PASSWORD_CHANGE_REQUIRED': { zh: '请先修改密码', en: 'You must change your password first' },
  'error.WEAK_PASSWORD': { zh: '新密码不符合密码策略', en: 'The new password does not meet the password policy' },
  'error.PASSWORD_REUSED': { zh: '新密码不能与当前密码相同', en: 'The new password must differ from the current one' },
  'error.WRONG_PASSWORD': { zh: '当前密码不正确', en: 'The current password is wrong' },
  'error.CSRF_FAILED': { zh: '页面已过期，请刷新后重试', en: 'The page is out of date; reload it and try again' },
  'error.FORBIDDEN': { zh: '没有权限执行此操作', en: 'You are not allowed to do this' },
  'error.NOT_FOUND': { zh: '找不到要访问的内容', en: 'Not found' },
  'error.CONFLICT_VERSION': {
    zh: '数据已被他人修改，请刷新后再保存',
    en: 'Someone else changed this; reload before saving',
  },
  'error.CATALOGUE_ALREADY_SIGNED': {
    zh: '该推介项目已签约转为项目，不能重复签约',
    en: 'This catalogue entry has already been signed into a project',
  },
  'error.DUPLICATE': { zh: '已存在同名记录', en: 'A record with this name already exists' },
  'error.INVALID_REFERENCE': { zh: '引用的记录不存在', en: 'A referenced record does not exist' },
  'error.STAGE_DATES_INVALID': {
    zh: '阶段日期有误，请按提示修改',
    en: 'The stage dates are not valid; see the details',
  },
  'error.CORRECTION_REASON_REQUIRED': {
    zh: '该日期所在月份的通报已发布，修改须填写更正原因',
    en: 'A bulletin covering this date is published: give a reason for the correction',
  },
  'error.FILE_TOO_LARGE': { zh: '文件超过 20 MB 上限', en: 'The file exceeds the 20 MB limit' },
  'error.FILE_TYPE_NOT_ALLOWED': {
    zh: '只能上传 PDF、图片（JPG/PNG）或 Office 文档',
    en: 'Only PDF, images (JPG/PNG) or Office documents can be uploaded',
  },
  'error.FILE_CORRUPTED': {
    zh: '文件校验失败（内容与登记的 SHA-256 不一致），请联系管理员',
    en: 'The stored file fails its SHA-256 check; contact the administrator',
  },
  'error.STORAGE_UNAVAILABLE': {
    zh: '文件存储服务暂时不可用，请稍后再试或联系管理员',
    en: 'The file store is unavailable; try again later or contact the administrator',
  },
  'error.BULLETIN_PUBLISHED': { zh: '通报已发布，不能再修改', en: 'The bulletin is published and cannot be changed' },
  'error.SNAPSHOT_TAMPERED': {
    zh: '通报快照的哈希校验失败，数据可能被篡改，请联系审计员',
    en: 'The bulletin snapshot fails its hash check; contact the auditor',
  },
  'error.CALENDAR_DAY_EXISTS': {
    zh: '该日期已在工作日历中，请修改或删除原有的一天',
    en: 'This date is already in the working calendar; change or remove that day instead',
  },
  'error.CALENDAR_WORKDAY_NOT_WEEKEND': {
    zh: '调休上班日只能是周六或周日（周一至周五本来就上班）',
    en: 'A make-up working day must be a Saturday or Sunday (Monday to Friday are working days anyway)',
  },
  'error.CHAIN_UNKNOWN': { zh: '没有这条产业链', en: 'There is no such industry chain' },
  'error.SEGMENT_UNKNOWN': { zh: '没有这个产业链环节', en: 'There is no such chain segment' },
  'error.SEGMENT_WRONG_CHAIN': {
    zh: '所选环节不属于所选产业链',
    en: 'The segment chosen does not belong to the chain chosen',
  },
  'error.SEGMENT_CYCLE': {
    zh: '上级环节不能是本环节或其下级环节（会形成循环）',
    en: 'A parent segment cannot be the segment itself or one below it (that would make a cycle)',
  },
  'error.SEGMENT_IN_USE': {
    zh: '该环节仍被线索、报备、项目、企业、目标企业或下级环节使用，不能删除',
    en: 'The segment is still used by leads, filings, projects, companies, targets or segments under it; it cannot be deleted',
  },
  'error.FITS_REASON_REQUIRED': {
    zh: '“符合产业定位”与承载地的主导产业链不一致时，须填写理由',
    en: '"Fits the industry positioning" differs from the host unit\'s designated chains: give a reason',
  },
  'error.RATE_LIMITED': { zh: '请求过于频繁，请稍后再试', en: 'Too many requests; try again shortly' },
  'error.SERVER_BUSY': { zh: '数据库正被其他程序使用', en: 'The database is in use by another process' },
  'error.INTERNAL': {
    zh: '系统内部错误，请把错误编号告诉管理员',
    en: 'Internal error; give the error id to the administrator',
  },
} as const;
