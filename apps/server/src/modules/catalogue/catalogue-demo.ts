import type { Database } from '../../db/client.ts';
import type { RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { tableOf } from '../../spreadsheet/read-table.ts';
import { importSites } from '../sites/sites-import.ts';
import { importCatalogue } from './catalogue-import.ts';

/**
 * The demo city's opportunity catalogue and land and buildings (fictional): entries the
 * counties and zones offer at fairs, in both languages, and their parcels, standard factories
 * and buildings. Needs the demo units (loadDemoCity). Idempotent: a second run updates the
 * same rows and adds nothing. Not wired into `serve`.
 */
const CATALOGUE_HEADERS = [
  '项目名称',
  '英文名称',
  '项目简介',
  '英文简介',
  '产业链',
  '总投资(万元)',
  '用地(亩)',
  '承载单位',
  '联系方式',
  '状态',
];
const CATALOGUE: string[][] = [
  [
    '动力电池及储能产业园',
    'Traction battery and energy storage park',
    '规划年产 10GWh 动力电池及储能系统',
    'Planned 10 GWh a year of traction batteries and storage systems',
    '新能源',
    '500000',
    '600',
    '澜江经济技术开发区',
    '招商局 0500-1234567',
    '推介中',
  ],
  [
    '光伏组件智能制造项目',
    'Smart photovoltaic module plant',
    '高效光伏组件及配套材料',
    'High-efficiency PV modules and materials',
    '新能源',
    '120000',
    '300',
    '澜城区',
    '投资促进中心 0500-2234567',
    '洽谈中',
  ],
  [
    '高端功能膜材料项目',
    'Advanced functional film materials',
    '光学膜、锂电隔膜',
    'Optical films and lithium battery separators',
    '新材料',
    '80000',
    '200',
    '澜江高新技术产业开发区',
    '招商局 0500-3234567',
    '推介中',
  ],
  [
    '智能家居产业园',
    'Smart home industrial park',
    '智能家具与家居电子',
    'Smart furniture and home electronics',
    '智能家居',
    '60000',
    '180',
    '云台县',
    '招商局 0500-4234567',
    '推介中',
  ],
  [
    '生物医药中试基地',
    'Biopharmaceutical pilot base',
    '创新药中试与 CDMO 服务',
    'Pilot production and CDMO services for new drugs',
    '生物医药',
    '45000',
    '120',
    '湖滨新区',
    '招商服务中心 0500-5234567',
    '推介中',
  ],
  [
    '冷链物流与电商产业园',
    'Cold-chain logistics and e-commerce park',
    '农产品冷链、直播电商',
    'Farm-produce cold chain and livestream e-commerce',
    '现代物流',
    '30000',
    '150',
    '白鹭县',
    '商务局 0500-6234567',
    '洽谈中',
  ],
  [
    '绿色食品精深加工项目',
    'Green food processing',
    '稻米、水产精深加工',
    'Rice and aquatic product processing',
    '绿色食品',
    '25000',
    '100',
    '青禾县',
    '招商局 0500-7234567',
    '推介中',
  ],
  [
    '软件与信息服务外包基地',
    'Software and IT outsourcing base',
    '软件开发、数据标注与呼叫中心',
    'Software, data labelling and contact centres',
    '电子信息',
    '15000',
    '',
    '江北区',
    '招商局 0500-8234567',
    '推介中',
  ],
];
const SITE_HEADERS = [
  '载体类型',
  '载体名称',
  '所在园区',
  '权属单位',
  '用途',
  '面积(亩)',
  '建筑面积(平方米)',
  '价格(万元/亩)',
  '供电容量(kVA)',
  '主导产业',
  '状态',
];
const SITES: string[][] = [
  [
    '地块',
    '经开区 A-01 地块',
    '澜江经济技术开发区',
    '澜江经济技术开发区',
    '工业',
    '320',
    '',
    '18',
    '10000',
    '新能源',
    '可供',
  ],
  [
    '地块',
    '经开区 A-07 地块',
    '澜江经济技术开发区',
    '澜江经济技术开发区',
    '工业',
    '150',
    '',
    '18',
    '4000',
    '新能源',
    '可供',
  ],
  [
    '地块',
    '高新区 B-03 地块',
    '澜江高新技术产业开发区',
    '澜江高新技术产业开发区',
    '研发',
    '80',
    '',
    '25',
    '2500',
    '新材料',
    '可供',
  ],
  [
    '标准厂房',
    '高新区标准厂房 5#',
    '澜江高新技术产业开发区',
    '澜江高新技术产业开发区',
    '工业',
    '',
    '12000',
    '',
    '1250',
    '新材料',
    '可供',
  ],
  ['地块', '澜城工业园 C-12 地块', '澜城工业园', '澜城区', '工业', '200', '', '15', '6300', '新能源', '可供'],
  [
    '标准厂房',
    '云台智能家居产业园厂房 2#',
    '云台经济开发区',
    '云台县',
    '工业',
    '',
    '20000',
    '',
    '1600',
    '智能家居',
    '可供',
  ],
  ['地块', '白鹭物流园 D-02 地块', '白鹭商贸物流园', '白鹭县', '仓储', '120', '', '12', '1000', '现代物流', '已预留'],
  ['地块', '青禾食品园 E-05 地块', '青禾绿色食品产业园', '青禾县', '工业', '90', '', '10', '2000', '绿色食品', '可供'],
  ['楼宇', '江北科创大厦', '江北软件园', '江北区', '研发', '', '35000', '', '800', '电子信息', '可供'],
  ['楼宇', '湖滨医药研发楼', '湖滨新区生物医药园', '湖滨新区', '研发', '', '18000', '', '1250', '生物医药', '可供'],
];

export type DemoCatalogueResult = { entries: number; entriesCreated: number; sites: number; sitesCreated: number };

export async function loadDemoCatalogue(database: Database, ctx: RequestContext): Promise<DemoCatalogueResult> {
  const entries = await importCatalogue(database, ctx, tableOf(CATALOGUE_HEADERS, CATALOGUE), {
    dryRun: false,
    fileName: 'demo',
  });
  if (entries.errors.length) throw new AppError('VALIDATION_FAILED', { issues: entries.errors });
  const sites = await importSites(database, ctx, tableOf(SITE_HEADERS, SITES), { dryRun: false, fileName: 'demo' });
  if (sites.errors.length) throw new AppError('VALIDATION_FAILED', { issues: sites.errors });
  return {
    entries: CATALOGUE.length,
    entriesCreated: entries.created ?? 0,
    sites: SITES.length,
    sitesCreated: sites.created ?? 0,
  };
}
