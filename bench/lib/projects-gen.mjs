// A province-sized project ledger, made up deterministically (seeded), for the projects
// benchmarks (issue 4): 100 units, 20 industry chains, ten years of signings (2016–2025) and
// the work that follows them — stage dates in order and never after today, sourcing units,
// statuses, milestone plans of the major projects, blockers, evidence and history — loaded with
// COPY into a migrated database.
//
// The units (100): the leading group and its office, 62 counties and districts and 16
// development zones (where projects land), 10 resident bureaus and 6 service centres (which
// attract projects elsewhere) and 4 departments (responsible for blockers).
//
// A project:
//  - host: a county or zone, Zipf-like (the largest hosts ~10% of projects, the smallest ~0.5%);
//  - sourcing units: one (65%) or two; the host itself, a bureau, a service centre or another county;
//  - chain: one of 20, weighted (2% none); a name made from the chain's products
//    (年产5万吨锂电池项目, 华鑫功率半导体生产基地项目, …);
//  - signing: 2016–2025, more each year; 1% are intents with no signing date;
//  - stages: contract (~90%) and registration (~82%) follow signing; the construction stages
//    (ready → started → completed → producing) are reached by fewer and fewer, each after the one
//    before, and a stage whose date would fall after today is not reached yet (furthest stage:
//    ~40% registered, ~8% contracted, ~11% ready, ~21% started, ~3.5% completed, ~15% producing);
//  - agreed investment: log-normal around 5,600 万元, so ~5% are major (≥ 10亿元);
//  - status: ~4.5% terminated (with the reason), ~5% stalled, mostly before construction;
//  - 85% name an investor from the company registry (companies-gen.mjs).
// Major projects (not terminated) have a milestone plan (85%); blockers are raised on ~1.2% of
// ordinary and 25% of major projects not yet producing; evidence files exist for 3% of ordinary
// and 60% of major projects; every project has its history line (imported from the old ledger).
import path from 'node:path';
import pg from 'pg';
import { createCompanyGenerator, loadNameFunctions, loadRepoModule, rng } from './companies-gen.mjs';
import { removeTempDir, tempDir } from './processes.mjs';
import { companyColumns, companyValues } from './registry-db.mjs';
import {
  copyLine,
  createScratchDatabase,
  databaseUrlOf,
  dropScratchDatabase,
  forgetScratchDatabase,
  psqlCopyIn,
  scratchName,
} from './scratch-db.mjs';

export const PROJECTS_SEED = 20261129;
export const MAJOR_THRESHOLD_YUAN = 1_000_000_000;

// ——— units ———

export const PROVINCE = '江川省';
export const GROUP_NAME = `${PROVINCE}招商引资工作领导小组`;
export const OFFICE_NAME = `${PROVINCE}招商引资工作领导小组办公室`;

const PLACE_FIRST = [...'临安平阳清远云龙泰和长宁永丰新安宁远东阳西平南华北川'];
const PLACE_SECOND = [...'江河山川源城溪湖林峰岭泉'];

/** The 100 units, parents first, as insertUnitsBulk takes them. */
export function provinceUnits() {
  const units = [
    { name: GROUP_NAME, kind: 'leading_group', parentName: null, divisionCode: null },
    { name: OFFICE_NAME, kind: 'office', parentName: GROUP_NAME, divisionCode: null },
  ];
  const r = rng(404);
  const places = new Set();
  while (places.size < 78) places.add(r.pick(PLACE_FIRST) + r.pick(PLACE_SECOND));
  const list = [...places];
  for (let i = 0; i < 62; i++) {
    const suffix = i < 20 ? '区' : i < 52 ? '县' : '市';
    units.push({
      name: `${list[i]}${suffix}`,
      kind: 'county',
      parentName: null,
      divisionCode: `39${String(1000 + i).slice(-4)}`,
    });
  }
  const zoneKinds = [
    ...Array(8).fill('经济技术开发区'),
    ...Array(6).fill('高新技术产业开发区'),
    ...Array(2).fill('综合保税区'),
  ];
  for (const [i, k] of zoneKinds.entries())
    units.push({ name: `${list[62 + i]}${k}`, kind: 'function_zone', parentName: null, divisionCode: null });
  for (const city of ['北京', '上海', '深圳', '广州', '杭州', '南京', '西安', '武汉', '成都', '重庆']) {
    units.push({
      name: `${PROVINCE}驻${city}招商局`,
      kind: 'resident_bureau',
      parentName: OFFICE_NAME,
      divisionCode: null,
    });
  }
  for (const dept of ['省商务厅', '省发展改革委', '省工业和信息化厅', '省科技厅', '省外办', '省台办']) {
    units.push({ name: `${dept}招商服务中心`, kind: 'service_center', parentName: OFFICE_NAME, divisionCode: null });
  }
  for (const dept of ['自然资源厅', '生态环境厅', '住房和城乡建设厅', '能源局']) {
    units.push({ name: `${PROVINCE}${dept}`, kind: 'department', parentName: null, divisionCode: null });
  }
  return units;
}

/** Inserts the units with the product's insertUnitsBulk; returns [{ id, name, kind }] in the order above. */
export async function insertProvinceUnits(database) {
  const [{ insertUnitsBulk }, { queryRows }, { sql }] = await Promise.all([
    loadRepoModule('apps/server/src/modules/org/units.repository.ts'),
    loadRepoModule('apps/server/src/db/client.ts'),
    import('drizzle-orm'),
  ]);
  const wanted = provinceUnits();
  await database.db.transaction((tx) => insertUnitsBulk(tx, wanted));
  const rows = await queryRows(database.db, sql`select id, name, kind from units`);
  const byName = new Map(rows.map((u) => [u.name, u]));
  return wanted.map((u) => byName.get(u.name));
}

// ——— chains and names ———

/** [chain, weight, products]. */
export const CHAINS = [
  ['新能源', 10, ['锂电池', '储能电池', '光伏组件', '氢燃料电池', '风电装备', '动力电池隔膜', '充电桩']],
  ['高端装备', 8, ['数控机床', '工业机器人', '智能装备', '精密减速器', '激光设备']],
  ['新材料', 8, ['碳纤维复合材料', '高性能膜材料', '特种合金', '电子化学品', '先进陶瓷']],
  ['生物医药', 7, ['创新药', '医疗器械', '生物制剂', '原料药', '体外诊断试剂']],
  ['汽车及零部件', 7, ['新能源汽车零部件', '汽车电子', '整车', '汽车轻量化部件', '智能座舱']],
  ['新一代信息技术', 7, ['智能终端', '新型显示', '光通信器件', '通信设备', '传感器']],
  ['集成电路', 6, ['芯片封装测试', '晶圆制造', '功率半导体', '半导体材料', '集成电路设计']],
  ['绿色食品', 5, ['食品加工', '冷链食品', '饮料', '预制菜', '粮油加工']],
  ['软件和信息服务', 4, ['软件研发', '数据中心', '工业互联网平台', '云计算']],
  ['节能环保', 4, ['固废资源化利用', '污水处理设备', '节能装备', '再生资源回收']],
  ['纺织服装', 4, ['功能性面料', '服装', '家纺', '化纤']],
  ['现代化工', 4, ['精细化工', '新型涂料', '化工新材料']],
  ['现代物流', 4, ['物流园', '智能仓储', '冷链物流', '供应链']],
  ['文化旅游', 4, ['文旅综合体', '度假区', '影视基地', '康养小镇']],
  ['现代农业', 3, ['农业产业园', '智慧农业', '种业']],
  ['商贸服务', 3, ['商业综合体', '总部经济', '专业市场']],
  ['绿色建材', 3, ['装配式建筑构件', '新型建材', '绿色建材']],
  ['数字经济', 3, ['数字产业园', '算力中心', '大数据']],
  ['航空航天', 2, ['航空零部件', '无人机', '卫星应用']],
  ['海洋经济', 1, ['海工装备', '海洋生物']],
];
export const CHAIN_NAMES = CHAINS.map((c) => c[0]);

const YEAR_WEIGHTS = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025].map((y, i) => [y, 6 + i]);
const OUTPUT_UNITS = ['万吨', '万套', '万台', '万件', '亿只', '万平方米', '千套'];
const NAME_TEMPLATES = [
  [(_z, p, r) => `年产${1 + r.int(50)}${r.pick(OUTPUT_UNITS)}${p}项目`, 20],
  [(z, p) => `${z}${p}生产基地项目`, 20],
  [(z, p) => `${z}${p}研发及产业化项目`, 15],
  [(_z, p) => `${p}产业园项目`, 8],
  [(z, p) => `${z}${p}扩建项目`, 10],
  [(z, p) => `${z}${p}智能制造项目`, 12],
  [(z, p) => `${z}${p}总部项目`, 5],
  [(z, p, r) => `${z}${p}${['一', '二', '三'][r.int(3)]}期项目`, 10],
];
const INVESTOR_TYPES = [
  ['private', 58],
  ['local_soe', 9],
  ['central_soe', 4],
  ['foreign', 9],
  ['hmt', 6],
  ['top50', 4],
  ['fortune500', 2],
  ['other', 8],
];
const TERMINATION_REASONS = [
  '投资方资金链断裂，项目终止',
  '用地指标未落实，双方协商解除协议',
  '投资方战略调整，放弃投资',
  '未通过环评，终止推进',
  '市场变化，投资方撤回投资',
];
const STALL_REASONS = ['资金未到位', '用地手续未办结', '投资方内部调整', '等待环评批复', '设备采购延期'];
const BLOCKER_CATEGORIES = [
  ['land', 30],
  ['permit', 25],
  ['power', 12],
  ['financing', 18],
  ['policy', 8],
  ['other', 7],
];
const BLOCKER_TEXT = {
  land: ['项目用地指标尚未落实', '土地征收补偿未完成，无法供地', '用地规划调整待批'],
  permit: ['施工许可证办理进度滞后', '环评批复尚未取得', '能评审查未通过，需补充材料'],
  power: ['园区双回路供电未接入', '用能指标不足', '天然气管网未通'],
  financing: ['银行贷款审批延迟', '项目资本金未到位', '融资担保未落实'],
  policy: ['招商优惠政策兑现存在争议', '外资准入审批待定'],
  other: ['周边道路配套未完工', '拆迁遗留问题待协调'],
};
const EVIDENCE_FILES = {
  signed: '投资协议.pdf',
  contracted: '投资合同.pdf',
  registered: '营业执照.pdf',
  started: '施工许可证.pdf',
};
export const EVIDENCED_STAGES = ['signed', 'contracted', 'registered', 'started'];
export const STAGES = ['signed', 'contracted', 'registered', 'ready', 'started', 'completed', 'producing'];

// ——— dates (whole days since 1970-01-01) ———

const DAY_MS = 86_400_000;
export const dayOf = (iso) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const isoCache = new Map();
export function isoOf(day) {
  let s = isoCache.get(day);
  if (!s) {
    s = new Date(day * DAY_MS).toISOString().slice(0, 10);
    isoCache.set(day, s);
  }
  return s;
}
/** Today in Shanghai, as the server's shanghaiDate() has it. */
export const shanghaiToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

const normal = (r) => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
const hex = (r, n) => {
  let s = '';
  for (let i = 0; i < n; i += 8)
    s += Math.floor(r() * 0x100000000)
      .toString(16)
      .padStart(8, '0');
  return s.slice(0, n);
};

/**
 * A generator of projects over the given units and investors.
 *   units:     [{ id, name, kind }] (provinceUnits order, ids from the database)
 *   investors: [{ zihao, investorType }] — investors[i] is company id i + 1 (null/empty: none)
 * next() returns a project with its id (1, 2, …), stage dates as YYYY-MM-DD, amounts in yuan
 * (numbers; exact below 2^53), sourcing unit ids, milestones, blockers and evidence.
 */
export function createProjectGenerator({
  seed = PROJECTS_SEED,
  units,
  investors = [],
  today = shanghaiToday(),
  investorShare = 0.85,
} = {}) {
  const r = rng(seed);
  const T = dayOf(today);
  const hosts = units.filter((u) => u.kind === 'county' || u.kind === 'function_zone');
  // Zipf-like weights over a seeded shuffle, so the largest hosts are not simply the first ones.
  const shuffled = [...hosts];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = r.int(i + 1);
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  const hostWeights = shuffled.map((u, i) => [u, 1 / (i + 1) ** 0.7]);
  const bureaus = units.filter((u) => u.kind === 'resident_bureau');
  const centres = units.filter((u) => u.kind === 'service_center');
  const departments = units.filter((u) => u.kind === 'department');
  const counties = units.filter((u) => u.kind === 'county');
  const chainWeights = CHAINS.map((c) => [c, c[1]]);
  const keys = new Set();
  const hostCounts = new Map();
  let id = 0;

  const zihaoOf = (company) => company?.zihao ?? r.pick(PLACE_FIRST) + r.pick(PLACE_SECOND);

  const next = () => {
    id++;
    const host = r.weighted(hostWeights);
    hostCounts.set(host.id, (hostCounts.get(host.id) ?? 0) + 1);
    const sources = [];
    const first = r();
    sources.push(
      first < 0.55
        ? host.id
        : first < 0.8
          ? r.pick(bureaus).id
          : first < 0.95
            ? r.pick(centres).id
            : r.pick(counties).id,
    );
    if (r() < 0.35) {
      const pool = r() < 0.5 ? bureaus : r() < 0.6 ? centres : counties;
      const second = r.pick(pool).id;
      if (!sources.includes(second)) sources.push(second);
    }
    const chainEntry = r() < 0.02 ? null : r.weighted(chainWeights);
    const chain = chainEntry?.[0] ?? null;
    const product = chainEntry ? r.pick(chainEntry[2]) : r.pick(['综合', '配套', '城市更新', '商业']);
    const companyIndex = investors.length && r() < investorShare ? r.int(investors.length) : null;
    const company = companyIndex === null ? null : investors[companyIndex];

    // Signing, then the stages that follow it (a date after today is not reached yet).
    const intent = r() < 0.01;
    let signed = null;
    if (!intent) {
      const year = r.weighted(YEAR_WEIGHTS);
      const start = dayOf(`${year}-01-01`);
      signed = start + r.int(dayOf(`${year + 1}-01-01`) - start);
    }
    const d = {
      signed,
      contracted: null,
      registered: null,
      ready: null,
      started: null,
      completed: null,
      producing: null,
    };
    const reach = (day) => (day <= T ? day : null);
    if (signed !== null) {
      if (r() < 0.9) d.contracted = reach(signed + r.int(120));
      if (r() < 0.82) d.registered = reach(signed + 10 + r.int(300));
      if (r() < 0.52) d.ready = reach(Math.max(signed, d.registered ?? signed) + 20 + r.int(420));
      if (d.ready !== null && r() < 0.8) d.started = reach(d.ready + r.int(150));
      if (d.started !== null && r() < 0.6) d.completed = reach(d.started + 240 + r.int(720));
      if (d.completed !== null && r() < 0.85) d.producing = reach(d.completed + r.int(200));
      // Some units record the start without a readiness date (starting implies readiness).
      if (d.started !== null && r() < 0.15) d.ready = null;
    }

    // Status: terminated and stalled projects mostly never got to construction.
    let status = 'active';
    let statusReason = null;
    let notes = null;
    const constructing = d.started !== null;
    if (signed !== null && r() < (constructing ? 0.01 : 0.07)) {
      status = 'terminated';
      statusReason = r.pick(TERMINATION_REASONS);
      notes = statusReason;
    } else if (d.producing === null && r() < (constructing ? 0.04 : 0.075)) {
      status = 'stalled';
      statusReason = r() < 0.8 ? r.pick(STALL_REASONS) : null;
    } else if (r() < 0.05) {
      notes = r.pick(['已纳入省重点项目库', '列入年度重大项目清单', '二期用地已预留', '投资方为上市公司']);
    }

    // Amounts: log-normal in 万元, cents of 万元 at most (yuan exact).
    const wan = Math.min(5_000_000, Math.max(100, 10 ** (3.75 + 0.75 * normal(r))));
    const wanCents = r() < 0.1 ? Math.round(wan * 100) : Math.round(wan) * 100;
    const agreedYuan = wanCents * 100;
    const share = d.producing
      ? 0.9 + r() * 0.2
      : d.completed
        ? 0.7 + r() * 0.3
        : d.started
          ? 0.2 + r() * 0.5
          : d.registered
            ? r() * 0.1
            : 0;
    const investedYuan = Math.round(agreedYuan * share);
    const investorType = company?.investorType ?? (r() < 0.9 ? r.weighted(INVESTOR_TYPES) : null);
    const foreignUsdWan =
      investorType === 'foreign' || investorType === 'hmt'
        ? ((wanCents / 100 / 7) * (0.3 + r() * 0.7)).toFixed(2)
        : null;
    const expectedJobs = r() < 0.6 ? 20 + r.int(Math.min(5000, Math.round(wan / 50) + 50)) : null;
    const expectedTaxWan = r() < 0.4 ? (wan * (0.02 + r() * 0.08)).toFixed(2) : null;

    const stageDays = STAGES.map((s) => d[s]).filter((x) => x !== null);
    const stageChanged = stageDays.length ? Math.max(...stageDays) : T - r.int(600);
    const created = (signed ?? stageChanged) - r.int(20);
    const updated = Math.min(T, stageChanged + r.int(30));

    let name;
    let key;
    for (let tries = 0; ; tries++) {
      name = r.weighted(NAME_TEMPLATES)(zihaoOf(company), product, r);
      if (tries > 5) name = `${name.replace(/项目$/, '')}（${id}）项目`;
      key = `${name}|${companyIndex ?? -1}|${signed ?? 0}`;
      if (!keys.has(key)) break;
    }
    keys.add(key);

    const major = agreedYuan >= MAJOR_THRESHOLD_YUAN;
    const p = {
      id,
      name,
      companyIndex,
      companyId: companyIndex === null ? null : companyIndex + 1,
      hostUnitId: host.id,
      sourceUnitIds: sources,
      chain,
      fits: r() < 0.72,
      agreedYuan,
      agreedWan: (wanCents / 100).toString(),
      investedYuan,
      foreignUsdWan,
      investorType,
      expectedJobs,
      expectedTaxWan,
      status,
      statusReason,
      stages: Object.fromEntries(STAGES.map((s) => [s, d[s] === null ? null : isoOf(d[s])])),
      stageChangedOn: isoOf(stageChanged),
      notes,
      createdAt: `${isoOf(created)} 09:${String(r.int(60)).padStart(2, '0')}:00+08`,
      updatedAt: `${isoOf(updated)} 16:${String(r.int(60)).padStart(2, '0')}:00+08`,
      major,
      milestones: [],
      blockers: [],
      evidence: [],
    };

    // The milestone plan of a major project: one planned date per stage after signing.
    if (major && status !== 'terminated' && signed !== null && r() < 0.85) {
      let at = signed;
      for (const [stage, gap] of [
        ['contracted', 60],
        ['registered', 90],
        ['ready', 90],
        ['started', 60],
        ['completed', 540],
        ['producing', 180],
      ]) {
        at += Math.round(gap * (0.6 + r() * 0.8));
        p.milestones.push([stage, isoOf(at)]);
      }
    }
    // Blockers of projects not yet producing.
    if (signed !== null && status !== 'terminated' && d.producing === null && r() < (major ? 0.25 : 0.012)) {
      const n = 1 + (r() < 0.3 ? 1 : 0);
      for (let i = 0; i < n; i++) {
        const category = r.weighted(BLOCKER_CATEGORIES);
        const raised = Math.min(T, signed + 30 + r.int(Math.max(1, T - signed)));
        const due = raised + 30 + r.int(60);
        const resolved = (due < T && r() < 0.6) || r() < 0.15 ? Math.min(T, raised + 5 + r.int(90)) : null;
        const pickUnit = r();
        p.blockers.push({
          category,
          description: r.pick(BLOCKER_TEXT[category]),
          responsibleUnitId: pickUnit < 0.45 ? r.pick(departments).id : pickUnit < 0.8 ? host.id : r.pick(centres).id,
          dueOn: isoOf(due),
          status: resolved === null ? 'open' : 'resolved',
          resolution: resolved === null ? null : '已协调解决',
          escalated: resolved === null && due < T && r() < 0.6,
          raisedByUnitId: host.id,
          raisedAt: `${isoOf(raised)} 10:00:00+08`,
          resolvedAt: resolved === null ? null : `${isoOf(resolved)} 15:00:00+08`,
        });
      }
    }
    // Evidence of the counted stages.
    if (r() < (major ? 0.6 : 0.03)) {
      for (const stage of EVIDENCED_STAGES) {
        if (d[stage] === null || r() < 0.1) continue;
        p.evidence.push({
          stage,
          fileName: EVIDENCE_FILES[stage],
          contentType: 'application/pdf',
          sizeBytes: 100_000 + r.int(5_000_000),
          sha256: hex(r, 64),
          uploadedAt: `${isoOf(Math.min(T, d[stage] + r.int(30)))} 11:00:00+08`,
        });
      }
    }
    return p;
  };

  return {
    next,
    hostCounts,
    get count() {
      return id;
    },
  };
}

// ——— COPY rows ———

const t = (b) => (b ? 't' : 'f');

/** The tables a data set fills, their COPY columns and the COPY rows of one project. */
export const TABLES = {
  projects: {
    columns: [
      'id',
      'name',
      'company_id',
      'host_unit_id',
      'chain',
      'fits_positioning',
      'agreed_yuan',
      'invested_yuan',
      'foreign_usd_wan',
      'investor_type',
      'expected_jobs',
      'expected_tax_wan',
      'status',
      'status_reason',
      ...STAGES.map((s) => `${s}_on`),
      'stage_changed_on',
      'notes',
      'created_at',
      'updated_at',
    ],
    rows: (p) => [
      [
        p.id,
        p.name,
        p.companyId,
        p.hostUnitId,
        p.chain,
        t(p.fits),
        p.agreedYuan,
        p.investedYuan,
        p.foreignUsdWan,
        p.investorType,
        p.expectedJobs,
        p.expectedTaxWan,
        p.status,
        p.statusReason,
        ...STAGES.map((s) => p.stages[s]),
        p.stageChangedOn,
        p.notes,
        p.createdAt,
        p.updatedAt,
      ],
    ],
  },
  project_sources: { columns: ['project_id', 'unit_id'], rows: (p) => p.sourceUnitIds.map((u) => [p.id, u]) },
  project_history: {
    columns: ['project_id', 'kind', 'changes', 'user_name', 'at'],
    rows: (p) => [[p.id, 'import', `{"file": "历年项目台账.xlsx", "row": ${p.id + 1}}`, '系统导入', p.createdAt]],
  },
  project_milestones: {
    columns: ['project_id', 'stage', 'planned_on'],
    rows: (p) => p.milestones.map(([s, d]) => [p.id, s, d]),
  },
  blockers: {
    columns: [
      'project_id',
      'category',
      'description',
      'responsible_unit_id',
      'due_on',
      'status',
      'resolution',
      'escalated',
      'raised_by_unit_id',
      'raised_at',
      'resolved_at',
    ],
    rows: (p) =>
      p.blockers.map((b) => [
        p.id,
        b.category,
        b.description,
        b.responsibleUnitId,
        b.dueOn,
        b.status,
        b.resolution,
        t(b.escalated),
        b.raisedByUnitId,
        b.raisedAt,
        b.resolvedAt,
      ]),
  },
  project_evidence: {
    columns: ['project_id', 'stage', 'file_name', 'content_type', 'size_bytes', 'sha256', 'uploaded_at'],
    rows: (p) => p.evidence.map((e) => [p.id, e.stage, e.fileName, e.contentType, e.sizeBytes, e.sha256, e.uploadedAt]),
  },
};

// ——— raw SQL on either back end ———

export async function rawRows(database, text, params = []) {
  if (database.kind === 'pg') return (await database.pool.query(text, params)).rows;
  return (await database.pglite.query(text, params)).rows;
}

/** Statements on one connection (session settings such as maintenance_work_mem hold for the rest). */
export async function rawExec(database, databaseUrl, statements) {
  if (database.kind === 'pg') {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      for (const s of statements) await client.query(s);
    } finally {
      await client.end();
    }
  } else {
    for (const s of statements) await database.pglite.exec(s);
  }
}

/**
 * COPY sinks: on PostgreSQL one psql `\copy … from pstdin` per table, fed as rows are made
 * (backpressure honoured); on PGlite the text is gathered and sent as COPY … FROM '/dev/blob'
 * every few megabytes. write(table, text) may return a promise to wait for; end() finishes all.
 */
export function copySinks(database, databaseUrl, tables) {
  const sinks = {};
  for (const [table, columns] of Object.entries(tables)) {
    const command = `copy ${table} (${columns.join(', ')})`;
    if (database.kind === 'pg') {
      let push;
      let finish;
      const ready = new Promise((resolve) => {
        const done = psqlCopyIn(databaseUrl, `\\${command} from pstdin`, (p) => {
          push = p;
          resolve();
          return new Promise((f) => (finish = f));
        });
        sinks[table] = { done };
      });
      sinks[table].ready = ready;
      sinks[table].write = (text) => push(text);
      sinks[table].end = async () => {
        await ready;
        finish();
        await sinks[table].done;
      };
    } else {
      let parts = [];
      let bytes = 0;
      let pending = Promise.resolve();
      const flush = () => {
        if (!parts.length) return pending;
        const blob = new Blob(parts);
        parts = [];
        bytes = 0;
        pending = pending.then(() => database.pglite.query(`${command} from '/dev/blob'`, [], { blob }));
        return pending;
      };
      sinks[table] = {
        ready: Promise.resolve(),
        write: (text) => {
          parts.push(text);
          bytes += text.length;
          return bytes > 4_000_000 ? flush() : null;
        },
        end: () => flush(),
      };
    }
  }
  return {
    ready: Promise.all(Object.values(sinks).map((s) => s.ready)),
    write: (table, text) => sinks[table].write(text),
    end: async () => {
      for (const s of Object.values(sinks)) await s.end();
    },
  };
}

/**
 * The secondary indexes and foreign keys of these tables (primary keys stay): dropped before a
 * bulk load, recreated from their own definitions after it.
 */
export async function dropIndexesAndForeignKeys(database, databaseUrl, tables) {
  const list = `array[${tables.map((t) => `'${t}'`).join(',')}]`;
  const indexes = await rawRows(
    database,
    `select indexname, indexdef from pg_indexes where schemaname = 'public' and tablename = any(${list})
       and indexname not in (select conname from pg_constraint where contype in ('p', 'u')) order by tablename, indexname`,
  );
  const fks = await rawRows(
    database,
    `select conrelid::regclass::text as tbl, conname, pg_get_constraintdef(oid) as def from pg_constraint
     where contype = 'f' and conrelid::regclass::text = any(${list}) order by 1, 2`,
  );
  await rawExec(database, databaseUrl, [
    ...fks.map((f) => `alter table ${f.tbl} drop constraint ${f.conname}`),
    ...indexes.map((i) => `drop index ${i.indexname}`),
  ]);
  return {
    indexes: indexes.length,
    foreignKeys: fks.length,
    restore: (backendKind) =>
      rawExec(database, databaseUrl, [
        `set maintenance_work_mem = '${backendKind === 'pg' ? '1GB' : '256MB'}'`,
        ...indexes.map((i) => i.indexdef),
        ...fks.map((f) => `alter table ${f.tbl} add constraint ${f.conname} ${f.def}`),
      ]),
  };
}

/** Investors: companies of the registry generator, as COPY rows with explicit ids. */
export async function makeInvestors(count, seed) {
  const fns = await loadNameFunctions();
  const gen = createCompanyGenerator(fns, { seed });
  const list = [];
  for (let i = 0; i < count; i++) list.push(gen.next());
  return list;
}

export async function copyCompanies(database, databaseUrl, companies) {
  const columns = await companyColumns((text) => rawRows(database, text));
  const sinks = copySinks(database, databaseUrl, { companies: ['id', ...columns] });
  await sinks.ready;
  for (let i = 0; i < companies.length; i += 2000) {
    let chunk = '';
    for (let j = i; j < Math.min(companies.length, i + 2000); j++)
      chunk += copyLine([j + 1, ...companyValues(companies[j], columns)]);
    const wait = sinks.write('companies', chunk);
    if (wait) await wait;
  }
  await sinks.end();
  await rawRows(database, `select setval(pg_get_serial_sequence('companies', 'id'), (select max(id) from companies))`);
}

// ——— the data set ———

/** Projects in the data set: BENCH_PROJECTS on PostgreSQL (1,000,000), BENCH_PGLITE_PROJECTS on PGlite (50,000). */
export function datasetSize(backend) {
  return backend.kind === 'pg'
    ? Number(process.env.BENCH_PROJECTS ?? 1_000_000)
    : Number(process.env.BENCH_PGLITE_PROJECTS ?? 50_000);
}

const LOADED_TABLES = ['companies', ...Object.keys(TABLES)];

/**
 * A fresh migrated database (scratch zs_bench_projects, or a PGlite temp DATA_DIR) holding
 * `size` projects, their investors (one company for every five projects) and the 100 units.
 * Returns { database, databaseUrl, units, size, stats, timings, samples, close() }.
 */
export async function buildProjectDataset(
  backend,
  {
    size = datasetSize(backend),
    seed = PROJECTS_SEED,
    log = () => {},
    keep = process.env.BENCH_PROJECTS_KEEP === '1',
  } = {},
) {
  const { openDatabase, migrateDatabase } = await loadRepoModule('apps/server/src/db/client.ts');
  const marker = `projects-gen seed ${seed} size ${size} today ${shanghaiToday()}`;
  let databaseUrl;
  let dataDir;
  if (backend.kind === 'pg' && keep) {
    // BENCH_PROJECTS_KEEP=1: reuse zs_bench_projects when an earlier kept run built the same set.
    const url = databaseUrlOf(backend.adminUrl, scratchName('projects'));
    const client = new pg.Client({ connectionString: backend.adminUrl });
    await client.connect();
    const [row] = (
      await client.query(`select shobj_description(oid, 'pg_database') as marker from pg_database where datname = $1`, [
        scratchName('projects'),
      ])
    ).rows;
    await client.end();
    if (row?.marker === marker) {
      const database = await openDatabase({ databaseUrl: url });
      if (database.pool) database.pool.options.allowExitOnIdle = true;
      log(`  reusing ${scratchName('projects')} (${marker})`);
      // A kept set may predate the newest migrations: bring its schema up to the code measured.
      await migrateDatabase(database);
      const handle = {
        backend,
        size,
        database,
        databaseUrl: url,
        timings: {},
        reused: true,
        close: () => database.close().catch(() => {}),
      };
      handle.units = await rawRows(database, `select id, name, kind from units order by id`);
      await describeDataset(handle);
      return handle;
    }
  }
  if (backend.kind === 'pg') databaseUrl = await createScratchDatabase(backend.adminUrl, 'projects');
  else dataDir = tempDir('projects');
  const database = await openDatabase(databaseUrl ? { databaseUrl } : { pgliteDir: path.join(dataDir, 'pgdata') });
  if (database.pool) database.pool.options.allowExitOnIdle = true;
  const handle = {
    backend,
    size,
    database,
    databaseUrl,
    dataDir,
    timings: {},
    close: async () => {
      await database.close().catch(() => {});
      if (databaseUrl && !keep) await dropScratchDatabase(backend.adminUrl, 'projects');
      if (databaseUrl && keep) forgetScratchDatabase('projects');
      if (dataDir) removeTempDir(dataDir);
    },
  };
  try {
    let t0 = performance.now();
    await migrateDatabase(database);
    const units = await insertProvinceUnits(database);
    handle.units = units;
    const dropped = await dropIndexesAndForeignKeys(database, databaseUrl, LOADED_TABLES);
    handle.timings.migrateMs = performance.now() - t0;

    t0 = performance.now();
    const investorCount = Math.max(1000, Math.round(size / 5));
    const investors = await makeInvestors(investorCount, seed + 1);
    await copyCompanies(database, databaseUrl, investors);
    handle.timings.companiesMs = performance.now() - t0;
    log(
      `  ${investorCount.toLocaleString('en')} investors loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );

    t0 = performance.now();
    const today = shanghaiToday();
    const gen = createProjectGenerator({ seed, units, investors, today });
    const sinks = copySinks(
      database,
      databaseUrl,
      Object.fromEntries(Object.entries(TABLES).map(([k, v]) => [k, v.columns])),
    );
    await sinks.ready;
    for (let i = 0; i < size; ) {
      const chunks = Object.fromEntries(Object.keys(TABLES).map((k) => [k, '']));
      for (const end = Math.min(size, i + 1000); i < end; i++) {
        const p = gen.next();
        for (const [table, spec] of Object.entries(TABLES)) {
          for (const row of spec.rows(p)) chunks[table] += copyLine(row);
        }
      }
      for (const [table, text] of Object.entries(chunks)) {
        if (!text) continue;
        const wait = sinks.write(table, text);
        if (wait) await wait;
      }
      if (i % 100_000 === 0) log(`  ${i.toLocaleString('en')} projects generated`);
    }
    await sinks.end();
    handle.timings.generateAndLoadMs = performance.now() - t0;
    log(
      `  ${size.toLocaleString('en')} projects loaded in ${(handle.timings.generateAndLoadMs / 1000).toFixed(1)} s; building ${dropped.indexes} indexes and ${dropped.foreignKeys} foreign keys`,
    );

    t0 = performance.now();
    await rawExec(
      database,
      databaseUrl,
      ['projects', 'blockers', 'project_evidence', 'project_history'].map(
        (tb) => `select setval(pg_get_serial_sequence('${tb}', 'id'), greatest(1, (select max(id) from ${tb})))`,
      ),
    );
    await dropped.restore(backend.kind);
    handle.timings.indexMs = performance.now() - t0;
    t0 = performance.now();
    await rawExec(
      database,
      databaseUrl,
      LOADED_TABLES.map((tb) => `vacuum analyze ${tb}`),
    );
    handle.timings.vacuumAnalyzeMs = performance.now() - t0;

    await describeDataset(handle);
    if (handle.stats.projects !== size) throw new Error(`loaded ${handle.stats.projects} projects, wanted ${size}`);
    if (databaseUrl && keep)
      await rawExec(database, databaseUrl, [`comment on database ${scratchName('projects')} is '${marker}'`]);
    return handle;
  } catch (e) {
    await handle.close();
    throw e;
  }
}

/**
 * What the data set holds (counted in the database, so a reused one is described alike), the
 * hosts by size, and the projects the page figure opens: 200 spread over the id range and up
 * to 50 major ones with a plan, blockers and evidence.
 */
async function describeDataset(handle) {
  const { database } = handle;
  const [c] = await rawRows(
    database,
    `select (select count(*)::int from projects) as projects, (select count(*)::int from companies) as companies,
       (select count(*)::int from project_sources) as project_sources, (select count(*)::int from project_history) as project_history,
       (select count(*)::int from project_milestones) as project_milestones, (select count(*)::int from blockers) as blockers,
       (select count(*)::int from project_evidence) as project_evidence,
       (select count(*)::int from projects where agreed_yuan >= ${MAJOR_THRESHOLD_YUAN}) as majors,
       (select count(*)::int from projects where agreed_yuan >= ${MAJOR_THRESHOLD_YUAN} and status <> 'terminated') as board,
       (select json_object_agg(stage, n) from (select stage, count(*)::int as n from projects group by stage) s) as stages,
       (select json_object_agg(status, n) from (select status, count(*)::int as n from projects group by status) s) as statuses,
       pg_total_relation_size('projects')::bigint as projects_bytes, pg_relation_size('projects')::bigint as projects_heap_bytes,
       (select sum(pg_total_relation_size(c))::bigint from unnest(array['project_sources','project_history','project_milestones','blockers','project_evidence']::regclass[]) c) as other_bytes`,
  );
  const hosts = await rawRows(
    database,
    `select host_unit_id as id, count(*)::int as n from projects group by 1 order by 2 desc, 1`,
  );
  handle.hostCounts = hosts.map((h) => [h.id, h.n]);
  const step = Math.max(1, Math.floor(c.projects / 200));
  handle.samples = {
    any: (await rawRows(database, `select id from projects where id % ${step} = 7 order by id limit 200`)).map(
      (r) => r.id,
    ),
    majorWithWork: (
      await rawRows(
        database,
        `select p.id from projects p where p.agreed_yuan >= ${MAJOR_THRESHOLD_YUAN}
           and exists (select 1 from project_milestones m where m.project_id = p.id) and exists (select 1 from blockers b where b.project_id = p.id)
           and exists (select 1 from project_evidence e where e.project_id = p.id) order by (p.id::bigint * 2654435761) % 1000003 limit 50`,
      )
    ).map((r) => r.id),
  };
  handle.stats = {
    projects: c.projects,
    investors: c.companies,
    rows: {
      project_sources: c.project_sources,
      project_history: c.project_history,
      project_milestones: c.project_milestones,
      blockers: c.blockers,
      project_evidence: c.project_evidence,
    },
    majors: c.majors,
    majorsOnBoard: c.board,
    stages: c.stages,
    statuses: c.statuses,
    largestHost: { unitId: hosts[0].id, projects: hosts[0].n },
    smallestHost: { unitId: hosts.at(-1).id, projects: hosts.at(-1).n },
    projectsMB: Number(c.projects_bytes) / 1048576,
    projectsHeapMB: Number(c.projects_heap_bytes) / 1048576,
    otherTablesMB: Number(c.other_bytes) / 1048576,
    today: shanghaiToday(),
  };
}
