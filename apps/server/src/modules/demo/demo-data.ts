/**
 * The words the demo city's generator makes its investors and projects from (fictional: no
 * name is a real company's), and the people of its demo accounts. Data, not messages.
 */

/** Where the demo city's projects land: its counties, districts and zones. */
export const HOSTS = [
  '澜城区',
  '江北区',
  '云台县',
  '白鹭县',
  '青禾县',
  '澜江经济技术开发区',
  '澜江高新技术产业开发区',
  '湖滨新区',
];

/** Units that source projects for the hosts: the resident bureaus and the service centres. */
export const SOURCERS = [
  '澜江市驻北京招商局',
  '澜江市驻上海招商局',
  '澜江市驻深圳招商局',
  '澜江市驻西安招商局',
  '澜江市驻武汉招商局',
  '澜江市驻重庆招商局',
  '市商务局招商服务中心',
  '市发展改革委招商服务中心',
  '市工业和信息化局招商服务中心',
  '市科技局招商服务中心',
];

export const NAME_HEADS = [
  '申江',
  '东湖',
  '南屏',
  '北辰',
  '西岭',
  '云峰',
  '天衡',
  '启明',
  '远航',
  '长风',
  '恒瑞',
  '泰和',
  '华睿',
  '嘉禾',
  '鑫源',
  '宏图',
  '晟达',
  '景瑞',
  '中科',
  '博远',
  '九鼎',
  '星河',
  '海纳',
  '同创',
  '卓越',
  '蓝天',
  '金桥',
  '银河',
  '瑞丰',
  '康宁',
];

/** Per chain (as the chain map names them): the word in an investor's name, and its GB/T 4754 division. */
export const CHAIN_TRADES: Record<string, [word: string, industryCode: string]> = {
  高端纺织: ['纺织', 'C17'],
  机电装备: ['机电', 'C34'],
  绿色食品: ['食品', 'C14'],
  新材料: ['新材料', 'C26'],
  新能源: ['新能源', 'C38'],
  电子信息: ['电子', 'C39'],
  生物医药: ['生物医药', 'C27'],
  数字经济: ['数字科技', 'I65'],
  节能环保: ['环保', 'N77'],
  现代物流: ['物流', 'G59'],
  文化旅游: ['文旅', 'R88'],
  现代农业: ['农业', 'A01'],
  电子商务: ['电子商务', 'F52'],
  健康养老: ['健康', 'Q85'],
  汽车零部件: ['汽车部件', 'C36'],
  集成电路: ['半导体', 'C39'],
  智能家居: ['智能家居', 'C38'],
  光伏: ['光伏', 'C38'],
  氢能: ['氢能', 'C38'],
  航空航天: ['航空', 'C37'],
};

export const NAME_TAILS = ['有限公司', '股份有限公司', '集团有限公司', '科技有限公司'];

export const PROJECT_KINDS = ['生产基地项目', '研发中心项目', '智能制造项目', '产业园项目', '扩能项目', '总部项目'];

/** Investor types as the import spells them, with their weight in the demo. */
export const INVESTOR_TYPES: [label: string, weight: number][] = [
  ['民营', 50],
  ['地方国企', 10],
  ['央企', 6],
  ['世界500强', 4],
  ['行业50强', 10],
  ['外资', 12],
  ['港澳台', 5],
  ['其他', 3],
];

export const HEADQUARTERS = ['上海', '北京', '深圳', '杭州', '南京', '苏州', '武汉', '西安', '重庆', '广州'];
export const FOREIGN_REGIONS = ['德国', '日本', '新加坡', '韩国', '美国', '法国'];
export const HMT_REGIONS = ['中国香港', '中国台湾', '中国澳门'];

/** The demo accounts a newcomer tries each role with: user name, display name, role, unit. */
export const DEMO_PEOPLE: [username: string, displayName: string, role: string, unit: string][] = [
  ['office.demo', '王主任', 'office', '澜江市招商引资工作领导小组办公室'],
  ['leader.demo', '陈市长', 'leader', '澜江市招商引资工作领导小组'],
  ['county.manager', '李局长', 'unit_manager', '澜城区'],
  ['county.clerk', '张科员', 'unit_staff', '澜城区'],
  ['zone.clerk', '刘科员', 'unit_staff', '澜江经济技术开发区'],
  ['bureau.staff', '赵专员', 'unit_staff', '澜江市驻深圳招商局'],
  ['centre.staff', '孙专员', 'unit_staff', '市商务局招商服务中心'],
];

/** Why an old demo lead that never signed was dropped. */
export const DROP_REASON = '企业投资计划调整，暂无落地意向';

/** The demo's open blockers of major projects: category, description, the department responsible. */
export const DEMO_BLOCKERS: [category: 'land' | 'permit' | 'power' | 'financing', description: string, unit: string][] =
  [
    ['land', '项目用地指标尚未落实，需调剂新增建设用地指标', '澜江市发展和改革委员会'],
    ['power', '35千伏专线接入方案待供电部门批复', '澜江市工业和信息化局'],
    ['permit', '环评批复未出，需协调省生态环境厅加快审查', '澜江市发展和改革委员会'],
  ];

export const DEMO_MEETING = '重大项目推进联席会议（第一次）';
export const DEMO_REVIEW = '签约项目回头看（两年未推进）';

/** The demo's evidence file per assessed stage: one sample scan each, stored once (the store keys by SHA-256). */
export const DEMO_EVIDENCE_FILES = {
  signed: '签约协议扫描件（演示）.pdf',
  contracted: '投资合同扫描件（演示）.pdf',
  registered: '营业执照（演示）.pdf',
  started: '施工许可证（演示）.pdf',
} as const;
