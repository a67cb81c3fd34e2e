/**
 * The Chinese catalogue: the product's first language and the source of the key list.
 * en.ts must have exactly these keys (checked by the type of `en` and by i18n.test.ts).
 * Placeholders are written {name}.
 */
import type { zhAssessment } from './zh-assessment.ts';
import type { zhCalendar } from './zh-calendar.ts';
import type { zhChains } from './zh-chains.ts';
import type { zhEvents } from './zh-events.ts';
import type { zhGate } from './zh-gate.ts';
import type { zhLedgers } from './zh-ledgers.ts';
import type { zhOversight } from './zh-oversight.ts';
import type { zhProjects } from './zh-projects.ts';
import type { zhRegistry } from './zh-registry.ts';
import type { zhResources } from './zh-resources.ts';
import type { zhRotations } from './zh-rotations.ts';
import type { zhWork } from './zh-work.ts';

export const zh = {
  'app.name': '招商引资协同平台',
  'app.shortName': '招商引资',
  'app.tagline': '“1+6+8”招商引资工作体系 · 线索、报备、项目全流程协同',

  'common.actions': '操作',
  'common.backHome': '返回工作台',
  'common.cancel': '取消',
  'common.edit': '编辑',
  'common.more': '更多',
  'common.language': '语言',
  'common.reload': '重新加载',
  'common.reset': '重置',
  'common.retry': '重试',
  'common.save': '保存',
  'common.search': '查询',
  'common.status': '状态',
  'common.total': '共 {total} 条',
  'common.totalCapped': '超过 {total} 条（请用筛选缩小范围）',

  'error.network': '无法连接服务器，请检查网络后重试',
  'error.server': '服务器暂时无法处理请求，请稍后再试',
  'error.http': '请求失败（HTTP {status}）',
  'error.requestId': '（错误编号：{id}）',
  'error.unexpected': '页面出现意外错误，请刷新后重试',
  'error.loadFailed': '数据加载失败',
  'error.pageFailed': '页面加载失败',
  'error.pageFailedHint': '可能是系统刚刚更新，请重新加载页面。如果问题持续，请联系系统管理员。',
  'error.forbiddenTitle': '没有访问权限',
  'error.forbiddenPage': '您的角色不能访问此页面。',
  'error.notFoundTitle': '页面不存在',
  'error.notFoundPage': '您访问的页面不存在，请从左侧菜单进入。',

  'login.title': '账号登录',
  'login.username': '用户名',
  'login.usernameRequired': '请输入用户名',
  'login.password': '密码',
  'login.passwordRequired': '请输入密码',
  'login.submit': '登录',

  'password.title': '修改密码',
  'password.current': '当前密码',
  'password.currentRequired': '请输入当前密码',
  'password.new': '新密码',
  'password.newRequired': '请输入新密码',
  'password.confirm': '确认新密码',
  'password.confirmRequired': '请再次输入新密码',
  'password.mismatch': '两次输入的新密码不一致',
  'password.policy': '密码要求',
  'password.policyNotMet': '密码不符合要求，请对照下方清单修改',
  'password.met': '已满足',
  'password.notMet': '未满足',
  'password.reason.firstLogin': '这是您首次登录（或密码刚由管理员重置），请先设置只有您自己知道的新密码。',
  'password.reason.expired': '您的密码已超过 90 天未修改，按照安全规定需要设置新密码后才能继续使用。',
  'password.submit': '确认修改',
  'password.changed': '密码已修改',

  'shell.changePassword': '修改密码',
  'shell.logout': '退出登录',

  'nav.home': '工作台',
  'nav.companies': '企业库',
  'nav.leads': '线索',
  'nav.filings': '报备',
  'nav.projects': '项目',
  'nav.majorProjects': '重大项目',
  'nav.projectWork': '项目推进',
  'nav.reviews': '回头看',
  'nav.blockers': '问题协调',
  'nav.meetings': '联席会议',
  'nav.assessment': '考核',
  'nav.scheme': '考核方案',
  'nav.visits': '驻点走访',
  'nav.foreignCapital': '外资与目标',
  'nav.dataQuality': '数据质量',
  'nav.events': '活动',
  'nav.chains': '产业链',
  'nav.resources': '招商资源',
  'nav.catalogue': '推介项目库',
  'nav.sites': '载体资源',
  'nav.bulletins': '考核通报',
  'nav.org': '组织与人员',
  'nav.orgUnits': '单位管理',
  'nav.orgUsers': '人员管理',
  'nav.audit': '审计',
  'nav.comingSoon': '即将上线',
};

/** The keys the login page and the shell need: loaded with the first page. */
export type CoreMessageKey = keyof typeof zh;
/** Every key: the business areas' messages (zh-*.ts) are loaded with the app shell (feature-messages.ts). */
export type MessageKey =
  | CoreMessageKey
  | keyof typeof zhRegistry
  | keyof typeof zhProjects
  | keyof typeof zhWork
  | keyof typeof zhAssessment
  | keyof typeof zhCalendar
  | keyof typeof zhEvents
  | keyof typeof zhChains
  | keyof typeof zhLedgers
  | keyof typeof zhResources
  | keyof typeof zhOversight
  | keyof typeof zhGate
  | keyof typeof zhRotations;
