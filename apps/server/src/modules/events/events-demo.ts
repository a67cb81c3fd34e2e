import { translate } from '@zhaoshang/shared';
import type { Database } from '../../db/client.ts';
import type { RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { tableOf } from '../../spreadsheet/read-table.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { DEMO_CITY } from '../org/demo-city.ts';
import { findCampaignIdByRound, findEventIdByKey, insertCampaign } from './events.repository.ts';
import { importEvents, importGuests } from './events-import.ts';

/**
 * The demo city's events (fictional, shaped on the seed): three years of city-level major events
 * — the Shenzhen investment-environment briefing, the green-industry fair (绿洽会), the canal
 * e-commerce conference, "a thousand investors visit", the industry-university-research meeting,
 * the innovation contest — each county's own promotion, and three 100-day campaign rounds.
 * Idempotent: a second run updates the same events and adds nothing.
 */
const CAMPAIGNS = [
  { round: 5, startsOn: '2020-03-01', endsOn: '2020-06-08' },
  { round: 6, startsOn: '2020-09-01', endsOn: '2020-12-09' },
  { round: 7, startsOn: '2021-03-01', endsOn: '2021-06-08' },
];

/** The rounds before: seven rounds by the seed's summer of 2021, two a year since the spring of 2018. */
const EARLIER_CAMPAIGNS = [
  { round: 1, startsOn: '2018-03-01', endsOn: '2018-06-08' },
  { round: 2, startsOn: '2018-09-01', endsOn: '2018-12-09' },
  { round: 3, startsOn: '2019-03-01', endsOn: '2019-06-08' },
  { round: 4, startsOn: '2019-09-01', endsOn: '2019-12-09' },
];

/** The resident bureaus' home regions, for the city's promotions held there. */
const BUREAU_REGIONS: [city: string, region: string][] = [
  ['北京', '京津冀'],
  ['上海', '长三角'],
  ['深圳', '粤港澳大湾区'],
  ['西安', '其他地区'],
  ['武汉', '其他地区'],
  ['重庆', '成渝'],
];
const CENTRES = [
  '市商务局',
  '市发展改革委',
  '市工业和信息化局',
  '市科技局',
  '市农业农村局',
  '市市场监管局',
  '市台办',
  '市外办',
];
const HOSTS = [
  '澜城区',
  '江北区',
  '云台县',
  '白鹭县',
  '青禾县',
  '澜江经济技术开发区',
  '澜江高新技术产业开发区',
  '湖滨新区',
];
const TRADES = [
  '新能源',
  '新材料',
  '电子信息',
  '高端纺织',
  '机电装备',
  '绿色食品',
  '生物医药',
  '数字经济',
  '现代物流',
  '集成电路',
];

/**
 * The seed's scale (连续3年编排全市重大招商活动91场, 各地策划招商活动超过300场): besides the fixed
 * events, each year 24 city-level promotions by the resident bureaus and service centres (25 in
 * 2020, so 2019–2021 hold 91 major events), and 99 local ones by the counties and zones (104 a
 * year with the fixed five: 312 in three years).
 */
function seedScaleEvents(year: number): DemoEvent[] {
  const major: DemoEvent[] = Array.from({ length: year === 2020 ? 25 : 24 }, (_, i) => {
    const [city, region] = BUREAU_REGIONS[i % BUREAU_REGIONS.length]!;
    const trade = TRADES[i % TRADES.length]!;
    const month = 1 + (i % 12);
    return [
      `${DEMO_CITY}（${city}）${trade}产业专题推介会${i + 1}`,
      i % 3 === 2 ? '洽谈会' : '推介会',
      '市级重大活动',
      `${String(month).padStart(2, '0')}-${String(5 + (i % 20)).padStart(2, '0')}`,
      1,
      city,
      region,
      [`${DEMO_CITY}驻${city}招商局`, `${CENTRES[i % CENTRES.length]}招商服务中心`],
    ];
  });
  const local: DemoEvent[] = Array.from({ length: 99 }, (_, i) => {
    const host = HOSTS[i % HOSTS.length]!;
    const trade = TRADES[(i * 3) % TRADES.length]!;
    const month = 1 + (i % 12);
    const away = i % 4 === 0 ? BUREAU_REGIONS[i % BUREAU_REGIONS.length]! : null;
    return [
      `${host}${trade}产业招商活动${i + 1}`,
      i % 5 === 4 ? '客商考察' : i % 2 ? '洽谈会' : '推介会',
      '各地活动',
      `${String(month).padStart(2, '0')}-${String(3 + (i % 24)).padStart(2, '0')}`,
      1,
      away ? away[0] : host,
      away ? away[1] : '本市',
      [host],
    ];
  });
  return [...major, ...local];
}

const SHENZHEN = `${DEMO_CITY}驻深圳招商局`;
const SHANGHAI = `${DEMO_CITY}驻上海招商局`;
const BEIJING = `${DEMO_CITY}驻北京招商局`;
const CHONGQING = `${DEMO_CITY}驻重庆招商局`;
const COMMERCE = '市商务局招商服务中心';
const SCIENCE = '市科技局招商服务中心';

type DemoEvent = [
  name: string,
  kind: string,
  level: string,
  monthDay: string,
  days: number,
  place: string,
  region: string,
  organisers: string[],
];

const MAJOR: DemoEvent[] = [
  [`${DEMO_CITY}千名客商看${DEMO_CITY}`, '客商考察', '市级重大活动', '05-18', 2, DEMO_CITY, '本市', [COMMERCE]],
  [`${DEMO_CITY}产学研合作洽谈会`, '产学研洽谈会', '市级重大活动', '06-15', 1, '南京', '长三角', [SCIENCE]],
  [`${DEMO_CITY}创新创业大赛`, '创新创业大赛', '市级重大活动', '08-20', 2, DEMO_CITY, '本市', [SCIENCE]],
  ['绿色产业博览洽谈会（绿洽会）', '展会', '市级重大活动', '09-08', 3, DEMO_CITY, '本市', [COMMERCE]],
  ['运河品牌电商大会', '展会', '市级重大活动', '10-16', 2, DEMO_CITY, '本市', [COMMERCE]],
  [
    `${DEMO_CITY}（深圳）投资环境说明会`,
    '投资环境说明会',
    '市级重大活动',
    '11-12',
    1,
    '深圳',
    '粤港澳大湾区',
    [SHENZHEN, COMMERCE],
  ],
];

const LOCAL: DemoEvent[] = [
  ['澜城区（上海）产业推介会', '推介会', '各地活动', '04-09', 1, '上海', '长三角', ['澜城区', SHANGHAI]],
  ['江北区（北京）项目洽谈会', '洽谈会', '各地活动', '04-22', 1, '北京', '京津冀', ['江北区', BEIJING]],
  ['云台县（重庆）招商推介会', '推介会', '各地活动', '05-27', 1, '重庆', '成渝', ['云台县', CHONGQING]],
  ['白鹭县食品产业推介会', '推介会', '各地活动', '07-08', 1, '白鹭县', '本市', ['白鹭县']],
  ['青禾县（深圳）电子信息产业洽谈会', '洽谈会', '各地活动', '11-25', 1, '深圳', '粤港澳大湾区', ['青禾县', SHENZHEN]],
];

const GUESTS: [guest: string, title: string, company: string][] = [
  ['陈明', '董事长', '深圳澜海电子科技有限公司'],
  ['刘洋', '总经理', '深圳市鹏程新能源有限公司'],
  ['黄磊', '投资总监', '华南精密制造集团有限公司'],
  ['周静', '副总裁', '前海智联供应链管理有限公司'],
  ['吴刚', '董事长', '深圳澜海电子科技有限公司上海分公司'],
];

const EVENT_HEADERS = [
  '活动名称',
  '活动类型',
  '活动级别',
  '开始日期',
  '结束日期',
  '地点',
  '地区',
  '主办单位',
  '百日招商轮次',
];
const GUEST_HEADERS = ['嘉宾姓名', '职务', '企业名称'];

const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

export type DemoEventsResult = { campaigns: number; events: number; created: number; guests: number };

/** Loads the demo events into a city that has the demo units (loadDemoCity); safe to run again. */
export async function loadDemoEvents(
  database: Database,
  ctx: RequestContext,
  years: number[] = [2019, 2020, 2021],
  seedScale = false,
): Promise<DemoEventsResult> {
  let campaignsCreated = 0;
  const campaigns = seedScale ? [...EARLIER_CAMPAIGNS, ...CAMPAIGNS] : CAMPAIGNS;
  for (const c of campaigns) {
    if (await findCampaignIdByRound(database.db, c.round)) continue;
    await database.db.transaction(async (tx) => {
      const values = { ...c, name: translate('zh', 'event.campaignName', { round: c.round }) };
      const id = await insertCampaign(tx, values);
      await recordAudit(tx, ctx, { action: 'campaign.create', entityType: 'campaign', entityId: id, after: values });
    });
    campaignsCreated++;
  }
  const roundOf = (day: string) => campaigns.find((c) => c.startsOn <= day && day <= c.endsOn)?.round ?? '';
  const rows = years.flatMap((year) =>
    [...MAJOR, ...LOCAL, ...(seedScale ? seedScaleEvents(year) : [])].map(
      ([name, kind, level, monthDay, days, place, region, organisers]) => {
        const startsOn = `${year}-${monthDay}`;
        return [
          `${year}年${name}`,
          kind,
          level,
          startsOn,
          addDays(startsOn, days - 1),
          place,
          region,
          organisers.join('、'),
          String(roundOf(startsOn)),
        ];
      },
    ),
  );
  const events = await importEvents(database, ctx, tableOf(EVENT_HEADERS, rows), { dryRun: false, fileName: 'demo' });
  if (events.errors.length) throw new AppError('VALIDATION_FAILED', { issues: events.errors });
  // The latest Shenzhen briefing has its guest list, matched against the registry.
  const last = Math.max(...years);
  const briefing = MAJOR[5]!;
  const briefingId = await findEventIdByKey(database.db, `${last}年${briefing[0]}`, `${last}-${briefing[3]}`);
  const guests = await importGuests(database, ctx, briefingId!, tableOf(GUEST_HEADERS, GUESTS), {
    dryRun: false,
    fileName: 'demo',
  });
  return { campaigns: campaignsCreated, events: rows.length, created: events.created, guests: guests.created };
}
