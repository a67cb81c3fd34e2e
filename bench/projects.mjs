// The projects module at province size (issue 4), through the real HTTP app: buildApp as
// `serve` builds it, listening on 127.0.0.1, logged in over POST /api/v1/auth/login as an
// office user (the whole province) and as a county's unit_staff (scoped by visibleToUnitSql),
// over a generated ledger (bench/lib/projects-gen.mjs): 1,000,000 projects on PostgreSQL,
// 50,000 on PGlite.
//
// Figures, each the p95 of BENCH_SAMPLES (40) requests in sequence over keep-alive after
// BENCH_WARMUP (5) warm-up requests:
//   GET /api/v1/projects?…  the 10 most common filter combinations as the office, and 5 as a
//                           county user, p95 ≤ 100 ms each (PostgreSQL, 1,000,000 projects);
//   GET /api/v1/projects/:id a project page, p95 ≤ 50 ms (office; and county, its own projects);
//   GET /api/v1/major-projects the major-projects board as the office, p95 ≤ 200 ms;
//   on PGlite (50,000): each of these ≤ 3× its PostgreSQL p95 — measured in the same process
//   (run.mjs runs PostgreSQL first), else taken from bench/results/projects-postgresql.json.
// After each figure one more request is recorded statement by statement and its two slowest
// statements are replayed under EXPLAIN (ANALYZE, BUFFERS) (in the result JSON; printed for a
// figure that fails).
//   node bench/projects.mjs [--pg]          (--pg needs BENCH_DATABASE_URL)
// BENCH_PROJECTS (1,000,000), BENCH_PGLITE_PROJECTS (50,000), BENCH_SAMPLES, BENCH_WARMUP tune it;
// BENCH_PROJECTS_KEEP=1 keeps zs_bench_projects afterwards and reuses it when it holds the same set
// (same seed, size and day), for looking into plans with psql between runs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadRepoModule } from './lib/companies-gen.mjs';
import { json, keepAliveAgent, request, summarise } from './lib/http.mjs';
import { captureStatements, explainStatement, shortSql } from './lib/pg-profile.mjs';
import { freePort, removeTempDir, tempDir } from './lib/processes.mjs';
import { buildProjectDataset, datasetSize, rawRows } from './lib/projects-gen.mjs';
import { serverSettings } from './lib/scratch-db.mjs';
import { backendFromArgs, backendLabel, benchDir, fmtMs, isMain, login, writeResult } from './lib/zhaoshang.mjs';

export const LIST_P95_LIMIT_MS = 100;
export const PAGE_P95_LIMIT_MS = 50;
export const BOARD_P95_LIMIT_MS = 200;
export const PGLITE_RATIO_LIMIT = 3;
export const PROJECTS_TARGET_SIZE = { pg: 1_000_000, pglite: 50_000 };
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 40);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
const PASSWORD = 'Bench-Projects-2024!';

/** p95 per scenario of the runs in this process, by back end: PGlite's ratios use PostgreSQL's. */
const measuredHere = new Map();

const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const roundSummary = (s) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, round(v, 2)]));
const qs = (params) => {
  const s = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined)).toString();
  return s ? `?${s}` : '';
};

/** An office user and a county's unit_staff, with known passwords (hashed by the product's argon2id). */
async function createUsers(database, units, countyId) {
  const { hashPassword } = await loadRepoModule('apps/server/src/modules/auth/passwords.ts');
  const hash = await hashPassword(PASSWORD);
  const office = units.find((u) => u.kind === 'office');
  await rawRows(
    database,
    `insert into users (username, display_name, password_hash, role, home_unit_id, must_change_password)
     values ('bench_office', '省办基准测试员', $1, 'office', $2, false), ('bench_county', '县基准测试员', $1, 'unit_staff', $3, false)
     on conflict do nothing`,
    [hash, office.id, countyId],
  );
}

/**
 * The list requests: the ten filter combinations an office uses most, and five a county user
 * does (its list is always scoped). Each sample i takes the i-th of the listed values, so a
 * figure covers large and small units, several chains, every year.
 */
function listScenarios(dataset, county) {
  const hosts = dataset.hostCounts; // [[unitId, projects]] largest first
  const pickHosts = [
    hosts[0],
    hosts[1],
    hosts[Math.floor(hosts.length / 2)],
    hosts[hosts.length - 10],
    hosts.at(-1),
  ].map((h) => h[0]);
  const years = Array.from({ length: 10 }, (_, i) => 2016 + i);
  const chains = ['新能源', '高端装备', '生物医药', '集成电路', '海洋经济'];
  const terms = ['锂电池', '功率半导体', '工业机器人', '预制菜', '产业园'];
  const year = (i) => ({
    signedFrom: `${years[i % years.length]}-01-01`,
    signedTo: `${years[i % years.length]}-12-31`,
  });
  const office = [
    ['none', 'no filter, newest signing first', () => ({})],
    ['unit', 'by unit (5 hosts, largest to smallest)', (i) => ({ unitId: pickHosts[i % pickHosts.length] })],
    ['chain', 'by chain (5 chains)', (i) => ({ chain: chains[i % chains.length] })],
    ['stage', 'stage = started', () => ({ stage: 'started' })],
    ['year', 'signed in a year (2016…2025)', year],
    ['major', 'major only, largest first', () => ({ majorOnly: 'true', sort: 'agreed' })],
    ['stalled', 'stalled', () => ({ stalled: 'true' })],
    ['amount', 'agreed 1亿–5亿 (10000–50000 万元)', () => ({ amountMinWan: '10000', amountMaxWan: '50000' })],
    ['unit_stage', 'unit + stage = started', (i) => ({ unitId: pickHosts[i % pickHosts.length], stage: 'started' })],
    ['q', 'text search q (5 terms)', (i) => ({ q: terms[i % terms.length] })],
  ].map(([id, label, params]) => ({
    key: `office:list:${id}`,
    label,
    role: 'office',
    kind: 'list',
    path: (i) => `/api/v1/projects${qs(params(i))}`,
  }));
  const countyList = [
    ['none', 'no filter', () => ({})],
    ['stage', 'stage = started', () => ({ stage: 'started' })],
    ['year', 'signed in a year', year],
    ['stalled', 'stalled', () => ({ stalled: 'true' })],
    ['q', 'text search q', (i) => ({ q: terms[i % terms.length] })],
  ].map(([id, label, params]) => ({
    key: `county:list:${id}`,
    label: `${label} (county ${county.name})`,
    role: 'county',
    kind: 'list',
    path: (i) => `/api/v1/projects${qs(params(i))}`,
  }));
  return [...office, ...countyList];
}

async function measure(port, agent, cookie, scenario, log) {
  const send = async (i) => {
    const res = await request(port, { path: scenario.path(i), headers: { cookie }, agent });
    if (res.status !== 200)
      throw new Error(`${scenario.path(i)} answered ${res.status}: ${res.body.toString('utf8').slice(0, 300)}`);
    return res;
  };
  for (let i = 0; i < WARMUP; i++) await send(SAMPLES + i);
  const loadBefore = os.loadavg()[0];
  const ms = [];
  let bytes = 0;
  let first;
  for (let i = 0; i < SAMPLES; i++) {
    const res = await send(i);
    ms.push(res.ms);
    bytes += res.body.length;
    if (i === 0) first = json(res);
  }
  const latency = summarise(ms);
  const shape =
    scenario.kind === 'list'
      ? { total: first.total, items: first.items.length }
      : scenario.kind === 'board'
        ? { items: first.items.length, counts: first.counts }
        : {
            timeline: first.timeline?.length,
            evidence: first.evidence?.length,
            blockers: first.blockers?.length,
            history: first.history?.length,
          };
  const r = {
    key: scenario.key,
    label: scenario.label,
    role: scenario.role,
    kind: scenario.kind,
    example: scenario.path(0),
    latencyMs: roundSummary(latency),
    bytesPerResponse: Math.round(bytes / SAMPLES),
    firstAnswer: shape,
    loadBefore,
    loadAfter: os.loadavg()[0],
  };
  log(
    `  ${scenario.key.padEnd(22)} p50 ${fmtMs(latency.p50).padStart(8)}  p95 ${fmtMs(latency.p95).padStart(8)}  max ${fmtMs(latency.max).padStart(8)}  ${JSON.stringify(shape)}`,
  );
  return r;
}

/** One more request recorded statement by statement; its two slowest SELECTs under EXPLAIN (ANALYZE, BUFFERS). */
async function diagnose(dataset, port, agent, cookie, scenario) {
  const t0 = performance.now();
  const { statements } = await captureStatements(dataset.database, () =>
    request(port, { path: scenario.path(0), headers: { cookie }, agent }),
  );
  const totalMs = performance.now() - t0;
  const slowest = statements
    .filter((s) => /^\s*(with|select)/i.test(s.text))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 2);
  const plans = [];
  for (const s of slowest) {
    try {
      plans.push({
        sql: shortSql(s.text),
        ms: round(s.ms, 2),
        values: s.values,
        text: s.text,
        plan: await explainStatement(dataset.database, s, { databaseUrl: dataset.databaseUrl }),
      });
    } catch (e) {
      plans.push({ sql: shortSql(s.text), ms: round(s.ms, 2), error: e.message });
    }
  }
  return {
    totalMs: round(totalMs, 2),
    statements: statements.map((s) => ({ sql: shortSql(s.text), ms: round(s.ms, 2) })),
    plans,
  };
}

function previousPostgresRun() {
  const file = path.join(benchDir, 'results', 'projects-postgresql.json');
  if (!fs.existsSync(file)) return null;
  const r = JSON.parse(fs.readFileSync(file, 'utf8'));
  return {
    source: `${path.relative(process.cwd(), file)} (${r.date ?? 'undated'})`,
    p95: Object.fromEntries(r.scenarios.map((s) => [s.key, s.latencyMs.p95])),
  };
}

export async function runProjectsBenchmark(backend = { kind: 'pglite' }, { log = console.log } = {}) {
  const [{ buildApp }, { localFileStore }] = await Promise.all([
    loadRepoModule('apps/server/src/app.ts'),
    loadRepoModule('apps/server/src/files/file-store.ts'),
  ]);
  const size = datasetSize(backend);
  const started = performance.now();
  const dataset = await buildProjectDataset(backend, { size, log });
  const buildSeconds = (performance.now() - started) / 1000;
  log(
    `  data set: ${size.toLocaleString('en')} projects ${dataset.reused ? 'reused (BENCH_PROJECTS_KEEP=1)' : `built in ${buildSeconds.toFixed(1)} s ${JSON.stringify(dataset.timings, (_k, v) => (typeof v === 'number' ? Math.round(v) : v))}`}`,
  );
  const filesDir = tempDir('projects-files');
  let app;
  const agent = keepAliveAgent(4);
  try {
    // The county user's county: the median county by projects hosted.
    const counties = dataset.hostCounts.filter(([id]) => dataset.units.find((u) => u.id === id).kind === 'county');
    const [countyId, countyHosted] = counties[Math.floor(counties.length / 2)];
    const county = { ...dataset.units.find((u) => u.id === countyId), hosted: countyHosted };
    await createUsers(dataset.database, dataset.units, county.id);
    app = await buildApp({
      database: dataset.database,
      logLevel: 'silent',
      loginRateLimit: 1000,
      files: localFileStore(filesDir),
    });
    const port = await freePort();
    await app.listen({ port, host: '127.0.0.1' });
    const office = await login(port, 'bench_office', PASSWORD, agent);
    const countyUser = await login(port, 'bench_county', PASSWORD, agent);
    const cookieOf = { office: office.cookie, county: countyUser.cookie };

    const countyPageIds = (
      await rawRows(
        dataset.database,
        `select id from projects where host_unit_id = $1 order by (id::bigint * 2654435761) % 1000003 limit $2`,
        [county.id, SAMPLES + WARMUP],
      )
    ).map((r) => r.id);
    const pageIds = [];
    const { any, majorWithWork } = dataset.samples;
    for (let i = 0; i < SAMPLES + WARMUP; i++)
      pageIds.push(i % 2 && majorWithWork.length ? majorWithWork[i % majorWithWork.length] : any[i % any.length]);
    const scenarios = [
      ...listScenarios(dataset, county),
      {
        key: 'office:page',
        label: 'project page (office; half major with plan, blockers, evidence)',
        role: 'office',
        kind: 'page',
        path: (i) => `/api/v1/projects/${pageIds[i % pageIds.length]}`,
      },
      {
        key: 'county:page',
        label: `project page (county ${county.name}, its own projects)`,
        role: 'county',
        kind: 'page',
        path: (i) => `/api/v1/projects/${countyPageIds[i % countyPageIds.length]}`,
      },
      {
        key: 'office:board',
        label: 'major-projects board (office)',
        role: 'office',
        kind: 'board',
        path: () => '/api/v1/major-projects',
      },
      {
        key: 'county:board',
        label: `major-projects board (county ${county.name}; not in the issue)`,
        role: 'county',
        kind: 'board',
        path: () => '/api/v1/major-projects',
        extra: true,
      },
    ];

    const results = [];
    for (const s of scenarios) {
      const r = await measure(port, agent, cookieOf[s.role], s, log);
      r.diagnostics = await diagnose(dataset, port, agent, cookieOf[s.role], s);
      r.extra = !!s.extra;
      results.push(r);
    }
    measuredHere.set(backend.kind, Object.fromEntries(results.map((r) => [r.key, r.latencyMs.p95])));

    const limitOf = (r) =>
      r.kind === 'list' ? LIST_P95_LIMIT_MS : r.kind === 'page' ? PAGE_P95_LIMIT_MS : BOARD_P95_LIMIT_MS;
    const target = PROJECTS_TARGET_SIZE[backend.kind];
    const small =
      size < target ? ` — at ${size.toLocaleString('en')} projects, not ${target.toLocaleString('en')}` : '';
    const figures = [];
    let comparedWith = null;
    if (backend.kind === 'pg') {
      for (const r of results.filter((x) => !x.extra)) {
        figures.push({
          key: r.key,
          figure: `${r.kind === 'list' ? 'list' : r.kind} p95, ${r.label}`,
          value: r.latencyMs.p95,
          display: `${fmtMs(r.latencyMs.p95)} (p50 ${fmtMs(r.latencyMs.p50)}, max ${fmtMs(r.latencyMs.max)})${small}`,
          limit: `≤ ${limitOf(r)} ms`,
          pass: r.latencyMs.p95 <= limitOf(r) && size >= target,
        });
      }
    } else {
      const here = measuredHere.get('pg');
      const pgRun = here ? { source: 'PostgreSQL run in this process', p95: here } : previousPostgresRun();
      comparedWith = pgRun?.source ?? null;
      for (const r of results.filter((x) => !x.extra)) {
        const pgP95 = pgRun?.p95[r.key];
        const ratio = pgP95 ? r.latencyMs.p95 / pgP95 : Number.NaN;
        figures.push({
          key: r.key,
          figure: `PGlite ÷ PostgreSQL p95, ${r.kind === 'list' ? 'list' : r.kind}, ${r.label}`,
          value: ratio,
          display: pgP95
            ? `${ratio.toFixed(2)}× (${fmtMs(r.latencyMs.p95)} ÷ ${fmtMs(pgP95)})${small}`
            : `PGlite p95 ${fmtMs(r.latencyMs.p95)}; no PostgreSQL run to compare with (run node bench/projects.mjs --pg first)`,
          limit: `≤ ${PGLITE_RATIO_LIMIT}×`,
          pass: Number.isFinite(ratio) && ratio <= PGLITE_RATIO_LIMIT && size >= target,
        });
      }
    }
    return {
      name: 'projects',
      backend: backendLabel(backend),
      date: new Date().toISOString(),
      projects: size,
      dataset: { reused: !!dataset.reused, buildSeconds, timingsMs: dataset.timings, stats: dataset.stats, county },
      postgres: backend.kind === 'pg' ? await serverSettings(backend.adminUrl) : undefined,
      samples: SAMPLES,
      warmup: WARMUP,
      comparedWith,
      scenarios: results,
      figures,
    };
  } finally {
    agent.destroy();
    if (app) await app.close().catch(() => {});
    removeTempDir(filesDir);
    await dataset.close();
  }
}

export function printProjectsResult(r, log = console.log) {
  const s = r.dataset.stats;
  log(
    `projects (${r.backend}), ${r.projects.toLocaleString('en')} projects (${s.majors.toLocaleString('en')} major), county user: ${r.dataset.county.name} (${r.dataset.county.hosted.toLocaleString('en')} hosted)`,
  );
  log(`  rows ${JSON.stringify(s.rows)}; stages ${JSON.stringify(s.stages)}; statuses ${JSON.stringify(s.statuses)}`);
  log(
    `  projects table ${s.projectsMB.toFixed(0)} MB with indexes (heap ${s.projectsHeapMB.toFixed(0)} MB), other tables ${s.otherTablesMB.toFixed(0)} MB`,
  );
  for (const x of r.scenarios) {
    log(
      `  ${x.key.padEnd(22)} p50 ${fmtMs(x.latencyMs.p50).padStart(8)}  p95 ${fmtMs(x.latencyMs.p95).padStart(8)}  ${String(x.bytesPerResponse).padStart(9)} B  ${JSON.stringify(x.firstAnswer)}`,
    );
    for (const st of x.diagnostics.statements.filter((q) => q.ms >= 1))
      log(`      ${String(st.ms).padStart(8)} ms  ${st.sql}`);
  }
  for (const f of r.figures) {
    log(`  ${f.pass ? 'PASS' : 'FAIL'}  ${f.figure}: ${f.display} (limit ${f.limit})`);
    const x = r.scenarios.find((q) => q.key === f.key);
    if (!f.pass && x && r.backend === 'PostgreSQL')
      for (const p of x.diagnostics.plans)
        log(`      ${p.ms} ms ${p.sql}\n${(p.plan ?? [p.error]).map((l) => `        ${l}`).join('\n')}`);
  }
}

if (isMain(import.meta.url)) {
  const r = await runProjectsBenchmark(backendFromArgs());
  printProjectsResult(r);
  console.log(`  → ${writeResult(`projects-${r.backend.toLowerCase()}`, { loadavg: os.loadavg(), ...r })}`);
}
