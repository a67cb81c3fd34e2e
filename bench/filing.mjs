// Filing an investor, conflict check included (issue 3): sequential fileInvestor() calls
// against the generated registry (1,000,000 companies on PostgreSQL, 100,000 on PGlite; the
// registry benchmark's, when they run in one process): 300 distinct companies filed by six
// county units in turn, and after every fifth filing another unit filing a company that is
// already held, which opens a conflict. Figure: p95 ≤ 50 ms over all calls, on PostgreSQL at
// 1,000,000. One filing and one conflict are then replayed statement by statement, and their
// SELECTs under EXPLAIN (ANALYZE, BUFFERS).
//   node bench/filing.mjs [--pg]            (--pg needs BENCH_DATABASE_URL)
// BENCH_COMPANIES / BENCH_PGLITE_COMPANIES (registry size), BENCH_FILINGS (300) and
// BENCH_CONFLICT_EVERY (5) tune it; BENCH_BACKGROUND_FILINGS (0) first adds that many active
// filings of other companies (raw SQL), to see how the conflict check scales with them.
import os from 'node:os';
import { rng } from './lib/companies-gen.mjs';
import { summarise } from './lib/http.mjs';
import { captureStatements, explainStatement, shortSql } from './lib/pg-profile.mjs';
import { acquireRegistry, loadServer, releaseRegistries } from './lib/registry-db.mjs';
import { backendFromArgs, backendLabel, fmtMs, isMain, writeResult } from './lib/zhaoshang.mjs';

export const FILING_P95_LIMIT_MS = 50;
export const FILING_TARGET_SIZE = 1_000_000;
const FILINGS = Number(process.env.BENCH_FILINGS ?? 300);
const CONFLICT_EVERY = Number(process.env.BENCH_CONFLICT_EVERY ?? 5);
const BACKGROUND_FILINGS = Number(process.env.BENCH_BACKGROUND_FILINGS ?? 0);
const UNITS = 6;
const WARMUP = 20;

const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
const roundSummary = (s) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, round(v)]));

async function rows(database, text, params = []) {
  if (database.kind === 'pg') return (await database.pool.query(text, params)).rows;
  return (await database.pglite.query(text, params)).rows;
}

/** Six county units with one member of staff each, as actors of fileInvestor. */
async function makeActors(database, tag) {
  const actors = [];
  for (let i = 1; i <= UNITS; i++) {
    const unitName = `基准测试县${tag}-${i}`;
    const [unit] = await rows(database, `insert into units (name, kind) values ($1, 'county') returning id`, [
      unitName,
    ]);
    const username = `bench_${tag}_${i}`;
    const [user] = await rows(
      database,
      `insert into users (username, display_name, password_hash, role, home_unit_id, must_change_password) values ($1, $2, 'x', 'unit_staff', $3, false) returning id`,
      [username, `基准测试员${i}`, unit.id],
    );
    actors.push({
      userId: user.id,
      username,
      displayName: `基准测试员${i}`,
      role: 'unit_staff',
      unitId: unit.id,
      unitName,
      unitKind: 'county',
      sessionId: 'bench',
    });
  }
  return actors;
}

/** Distinct registry companies nobody has filed yet, picked at random across the id range. */
async function pickCompanies(database, count, r) {
  const [{ max }] = await rows(database, 'select max(id)::int as max from companies');
  const picked = new Set();
  const out = [];
  while (out.length < count) {
    const ids = [];
    while (ids.length < count * 2) {
      const id = 1 + r.int(max);
      if (!picked.has(id)) ids.push(id);
    }
    const found = await rows(
      database,
      `select c.id, c.name from companies c where c.id = any($1::int[]) and c.merged_into_id is null
         and not exists (select 1 from filings f where f.group_company_id = c.id)`,
      [ids],
    );
    for (const c of found) {
      if (out.length < count && !picked.has(c.id)) {
        picked.add(c.id);
        out.push(c);
      }
    }
  }
  return out;
}

export async function runFilingBenchmark(backend = { kind: 'pglite' }, { log = console.log } = {}) {
  const server = await loadServer();
  const registry = await acquireRegistry(backend, { log });
  const { database, size } = registry;
  log(`  registry: ${size.toLocaleString('en')} companies${registry.reused ? ' (reused)' : ''}`);
  const r = rng(99);
  const tag = `${Date.now().toString(36)}`;
  const actors = await makeActors(database, tag);
  if (BACKGROUND_FILINGS > 0) {
    await rows(
      database,
      `insert into filings (company_id, group_company_id, unit_id, starts_on, expires_on, status)
       select c.id, c.id, ($1::int[])[1 + c.id % ${UNITS}], current_date, current_date + 180, 'active'
       from companies c where c.merged_into_id is null and c.id % 7 = 3
         and not exists (select 1 from filings f where f.group_company_id = c.id) limit $2`,
      [actors.map((a) => a.unitId), BACKGROUND_FILINGS],
    );
    await rows(database, 'analyze filings');
  }
  const companies = await pickCompanies(database, WARMUP + FILINGS + 2, r);
  const ctxOf = (actor) => ({ actor, clientIp: null, requestId: null, lang: 'zh' });
  const file = (actor, company) =>
    server.fileInvestor(database, ctxOf(actor), { companyId: company.id, projectName: `${company.name}新建项目` });

  for (let i = 0; i < WARMUP; i++) await file(actors[i % UNITS], companies[i]);

  // The measured sequence: filings in turn, a conflicting claim after every CONFLICT_EVERY-th.
  const held = []; // { company, unit index }
  const calls = [];
  const claimed = new Set();
  const loadBefore = os.loadavg();
  for (let i = 0; i < FILINGS; i++) {
    const company = companies[WARMUP + i];
    const u = i % UNITS;
    let t0 = performance.now();
    const filed = await file(actors[u], company);
    calls.push({ expect: 'filed', outcome: filed.outcome, ms: performance.now() - t0 });
    held.push({ company, u });
    if ((i + 1) % CONFLICT_EVERY === 0) {
      let target;
      let claimant;
      do {
        target = held[r.int(held.length)];
        claimant = (target.u + 1 + r.int(UNITS - 1)) % UNITS;
      } while (claimed.has(`${target.company.id}:${claimant}`));
      claimed.add(`${target.company.id}:${claimant}`);
      t0 = performance.now();
      const conflict = await file(actors[claimant], target.company);
      calls.push({ expect: 'conflict', outcome: conflict.outcome, ms: performance.now() - t0 });
    }
  }
  const loadAfter = os.loadavg();
  const wrong = calls.filter((c) => c.outcome !== c.expect);
  if (wrong.length)
    throw new Error(
      `${wrong.length} calls had an unexpected outcome, e.g. expected ${wrong[0].expect}, got ${wrong[0].outcome}`,
    );

  const latency = summarise(calls.map((c) => c.ms));
  const filedLatency = summarise(calls.filter((c) => c.expect === 'filed').map((c) => c.ms));
  const conflictLatency = summarise(calls.filter((c) => c.expect === 'conflict').map((c) => c.ms));

  // One more filing and one more conflict, statement by statement.
  const profile = {};
  const extra = companies[WARMUP + FILINGS];
  for (const [label, actor] of [
    ['filed', actors[0]],
    ['conflict', actors[1]],
  ]) {
    const t0 = performance.now();
    const { result, statements } = await captureStatements(database, () => file(actor, extra));
    const totalMs = performance.now() - t0;
    if (result.outcome !== label) throw new Error(`profiled call: expected ${label}, got ${result.outcome}`);
    const plans = [];
    for (const s of statements.filter((x) => /^\s*(select|with)\b/i.test(x.text) && !/for update/i.test(x.text))) {
      plans.push({
        sql: shortSql(s.text),
        plan: await explainStatement(database, s, { databaseUrl: registry.databaseUrl }),
      });
    }
    profile[label] = {
      totalMs: round(totalMs),
      sqlMs: round(statements.reduce((sum, s) => sum + s.ms, 0)),
      statements: statements.map((s) => ({ sql: shortSql(s.text), ms: round(s.ms) })),
      plans,
    };
  }
  const [{ filings: filingCount, conflicts: conflictCount }] = await rows(
    database,
    'select (select count(*)::int from filings) as filings, (select count(*)::int from conflicts) as conflicts',
  );

  const pgTarget = backend.kind === 'pg';
  const small =
    pgTarget && size < FILING_TARGET_SIZE
      ? ` — at ${size.toLocaleString('en')}, not the figure's ${FILING_TARGET_SIZE.toLocaleString('en')}`
      : '';
  return {
    name: 'filing',
    backend: backendLabel(backend),
    companies: size,
    units: UNITS,
    backgroundFilings: BACKGROUND_FILINGS,
    calls: calls.length,
    filingsInTable: filingCount,
    conflictsInTable: conflictCount,
    latencyMs: roundSummary(latency),
    filedLatencyMs: roundSummary(filedLatency),
    conflictLatencyMs: roundSummary(conflictLatency),
    loadDuringCalls: { before: loadBefore, after: loadAfter },
    profile,
    figures: [
      {
        figure: `fileInvestor p95 incl. conflict check, ${size.toLocaleString('en')} companies (${filedLatency.n} filed + ${conflictLatency.n} conflicts)`,
        value: latency.p95,
        display: `${fmtMs(latency.p95)} (p50 ${fmtMs(latency.p50)}, p99 ${fmtMs(latency.p99)}; filed p95 ${fmtMs(filedLatency.p95)}, conflict p95 ${fmtMs(conflictLatency.p95)})${small}`,
        limit: `≤ ${FILING_P95_LIMIT_MS} ms${pgTarget ? ' at 1,000,000' : ''}`,
        pass: latency.p95 <= FILING_P95_LIMIT_MS && (!pgTarget || size >= FILING_TARGET_SIZE),
      },
    ],
  };
}

export function printFilingResult(r, log = console.log) {
  log(`filing (${r.backend}), ${r.companies.toLocaleString('en')} companies, ${r.calls} calls from ${r.units} units`);
  log(`  all       ${JSON.stringify(r.latencyMs)}`);
  log(`  filed     ${JSON.stringify(r.filedLatencyMs)}`);
  log(`  conflict  ${JSON.stringify(r.conflictLatencyMs)}`);
  for (const [label, p] of Object.entries(r.profile)) {
    log(`  one ${label} call: ${p.totalMs} ms, SQL ${p.sqlMs} ms`);
    for (const s of p.statements) log(`    ${String(s.ms).padStart(6)} ms  ${s.sql}`);
  }
  for (const f of r.figures) log(`  ${f.pass ? 'PASS' : 'FAIL'}  ${f.figure}: ${f.display} (limit ${f.limit})`);
}

if (isMain(import.meta.url)) {
  const backend = backendFromArgs();
  try {
    const r = await runFilingBenchmark(backend);
    printFilingResult(r);
    console.log(`  → ${writeResult(`filing-${r.backend.toLowerCase()}`, { loadavg: os.loadavg(), ...r })}`);
  } finally {
    await releaseRegistries();
  }
}
