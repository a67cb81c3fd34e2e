/**
 * Every error code the API answers with, its HTTP status and the message a clerk reads,
 * in Chinese and English. The server picks the language from Accept-Language; the web
 * app shows `message` as it comes.
 */
export const ERRORS = {
  VALIDATION_FAILED: {
    status: 400,
    zh: '提交的内容有误，请按提示修改后重试',
    en: 'Some fields are not valid; correct them and try again',
  },
  INVALID_JSON: { status: 400, zh: '请求内容不是有效的 JSON', en: 'The request body is not valid JSON' },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    zh: '请求内容类型不受支持，请以 JSON 提交',
    en: 'Unsupported content type; send JSON',
  },
  BODY_TOO_LARGE: { status: 413, zh: '提交的内容过大（上限 1 MB）', en: 'The request is too large (limit 1 MB)' },
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Please log in' },
  SESSION_EXPIRED: { status: 401, zh: '登录已超时，请重新登录', en: 'Your session has expired; please log in again' },
  BAD_CREDENTIALS: { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  ACCOUNT_LOCKED: {
    status: 423,
    zh: '连续登录失败次数过多，账号已锁定 30 分钟',
    en: 'Too many failed logins: the account is locked for 30 minutes',
  },
  ACCOUNT_DISABLED: {
    status: 403,
    zh: '账号已停用，请联系系统管理员',
    en: 'This account is disabled; contact the administrator',
  },
  PASSWORD_CHANGE_REQUIRED: { status: 403, zh: '请先修改密码', en: 'You must change your password first' },
  WEAK_PASSWORD: { status: 400, zh: '新密码不符合密码策略', en: 'The new password does not meet the password policy' },
  PASSWORD_REUSED: {
    status: 400,
    zh: '新密码不能与当前密码相同',
    en: 'The new password must differ from the current one',
  },
  WRONG_PASSWORD: { status: 400, zh: '当前密码不正确', en: 'The current password is wrong' },
  CSRF_FAILED: { status: 403, zh: '页面已过期，请刷新后重试', en: 'The page is out of date; reload it and try again' },
  FORBIDDEN: { status: 403, zh: '没有权限执行此操作', en: 'You are not allowed to do this' },
  NOT_FOUND: { status: 404, zh: '找不到要访问的内容', en: 'Not found' },
  CONFLICT_VERSION: {
    status: 409,
    zh: '数据已被他人修改，请刷新后再保存',
    en: 'Someone else changed this; reload before saving',
  },
  DUPLICATE: { status: 409, zh: '已存在同名记录', en: 'A record with this name already exists' },
  INVALID_REFERENCE: { status: 400, zh: '引用的记录不存在', en: 'A referenced record does not exist' },
  STAGE_DATES_INVALID: {
    status: 400,
    zh: '阶段日期有误，请按提示修改',
    en: 'The stage dates are not valid; see the details',
  },
  CORRECTION_REASON_REQUIRED: {
    status: 409,
    zh: '该日期所在月份的通报已发布，修改须填写更正原因',
    en: 'A bulletin covering this date is published: give a reason for the correction',
  },
  FILE_TOO_LARGE: { status: 413, zh: '文件超过 20 MB 上限', en: 'The file exceeds the 20 MB limit' },
  FILE_TYPE_NOT_ALLOWED: {
    status: 415,
    zh: '只能上传 PDF、图片（JPG/PNG）或 Office 文档',
    en: 'Only PDF, images (JPG/PNG) or Office documents can be uploaded',
  },
  FILE_CORRUPTED: {
    status: 500,
    zh: '文件校验失败（内容与登记的 SHA-256 不一致），请联系管理员',
    en: 'The stored file fails its SHA-256 check; contact the administrator',
  },
  STORAGE_UNAVAILABLE: {
    status: 503,
    zh: '文件存储服务暂时不可用，请稍后再试或联系管理员',
    en: 'The file store is unavailable; try again later or contact the administrator',
  },
  BULLETIN_PUBLISHED: {
    status: 409,
    zh: '通报已发布，不能再修改',
    en: 'The bulletin is published and cannot be changed',
  },
  SNAPSHOT_TAMPERED: {
    status: 500,
    zh: '通报快照的哈希校验失败，数据可能被篡改，请联系审计员',
    en: 'The bulletin snapshot fails its hash check; contact the auditor',
  },
  CALENDAR_DAY_EXISTS: {
    status: 409,
    zh: '该日期已在工作日历中，请修改或删除原有的一天',
    en: 'This date is already in the working calendar; change or remove that day instead',
  },
  CALENDAR_WORKDAY_NOT_WEEKEND: {
    status: 400,
    zh: '调休上班日只能是周六或周日（周一至周五本来就上班）',
    en: 'A make-up working day must be a Saturday or Sunday (Monday to Friday are working days anyway)',
  },
  RATE_LIMITED: { status: 429, zh: '请求过于频繁，请稍后再试', en: 'Too many requests; try again shortly' },
  SERVER_BUSY: { status: 503, zh: '数据库正被其他程序使用', en: 'The database is in use by another process' },
  INTERNAL: {
    status: 500,
    zh: '系统内部错误，请把错误编号告诉管理员',
    en: 'Internal error; give the error id to the administrator',
  },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export type ErrorCode = keyof typeof ERRORS;

export type ErrorBody = { code: ErrorCode; message: string; details?: unknown };
