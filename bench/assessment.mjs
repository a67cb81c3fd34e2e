// Assessment at province size (issue 5), through the real HTTP app (buildApp listening on
// 127.0.0.1, logged in as an office user), over the generated ledger of bench/projects.mjs
// (bench/lib/projects-gen.mjs): 1,000,000 projects and 100 units on PostgreSQL, 50,000 on PGlite.
//
// Figures (each the p95 of its samples after warm-up requests):
//   POST /api/v1/bulletins {year, month}      one month's full bulletin (January to the month, all
//                                             units, all indicators, last year's too), drafted and
//                                             stored: ≤ 2 s;
//   GET  /api/v1/kpi?from&to                  the indicators of one window (a whole year): ≤ 1 s;
//   GET  /api/v1/dashboard?year               the dashboard's data: ≤ 500 ms;
//   GET  /api/v1/kpi/projects?…&figure=…      a drill-down list (a unit's contracted projects): ≤ 200 ms;
//   GET  /api/v1/bulletins/:id/pdf            the bulletin as an A4 PDF for ~100 units: ≤ 5 s
//                                             (the first print starts Chromium; reported apart);
//   on PGlite (50,000): each ≤ 3× its PostgreSQL time (same process when run.mjs runs both, else
//   bench/results/assessment-postgresql.json).
//   node bench/assessment.mjs [--pg]         (--pg needs BENCH_DATABASE_URL)
// BENCH_PROJECTS_KEEP=1 reuses the kept zs_bench_projects data set of bench/projects.mjs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadRepoModule } from './lib/companies-gen.mjs';
import { json, keepAliveAgent, request, summarise } from './lib/http.mjs';
import { freePort, removeTempDir, tempDir } from './lib/processes.mjs';
import { buildProjectDataset, datasetSize, rawRows } from './lib/projects-gen.mjs';
import { backendFromArgs, backendLabel, benchDir, fmtMs, isMain, login, writeResult } from './lib/zhaoshang.mjs';

const LIMITS = { bulletin: 2000, kpi: 1000, dashboard: 500, drill: 200, pdf: 5000 };
const RATIO_LIMIT = 3;
const PASSWORD = 'Bench-Assessment-2024!';
const measuredHere = new Map();

async function createOffice(database, units) {
  const { hashPassword } = await loadRepoModule('apps/server/src/modules/auth/passwords.ts');
  const office = units.find((u) => u.kind === 'office');
  await rawRows(
    database,
    `insert into users (username, display_name, password_hash, role, home_unit_id, must_change_password)
     values ('bench_assess', '考核基准测试员', $1, 'office', $2, false) on conflict do nothing`,
    [await hashPassword(PASSWORD), office.id],
  );
}

async function sample(n, warmup, send) {
  for (let i = 0; i < warmup; i++) await send(i);
  const ms = [];
  let last;
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    last = await send(i);
    ms.push(performance.now() - t);
  }
  return { latency: summarise(ms), last };
}

export async function runAssessmentBenchmark(backend = { kind: 'pglite' }, { log = console.log } = {}) {
  const [{ buildApp }, { localFileStore }] = await Promise.all([
    loadRepoModule('apps/server/src/app.ts'),
    loadRepoModule('apps/server/src/files/file-store.ts'),
  ]);
  const size = datasetSize(backend);
  const dataset = await buildProjectDataset(backend, { size, log });
  const filesDir = tempDir('assessment-files');
  const agent = keepAliveAgent(2);
  let app;
  try {
    await createOffice(dataset.database, dataset.units);
    await rawRows(dataset.database, `delete from bulletins where year = 2025`);
    app = await buildApp({
      database: dataset.database,
      logLevel: 'silent',
      loginRateLimit: 1000,
      files: localFileStore(filesDir),
    });
    const port = await freePort();
    await app.listen({ port, host: '127.0.0.1' });
    const { cookie, csrfToken } = await login(port, 'bench_assess', PASSWORD, agent);
    const headers = { cookie, 'x-csrf-token': csrfToken };
    const ok = (res, what) => {
      if (res.status >= 300)
        throw new Error(`${what} answered ${res.status}: ${res.body.toString('utf8').slice(0, 300)}`);
      return res;
    };
    const get = async (p) => ok(await request(port, { path: p, headers, agent, timeoutMs: 120_000 }), p);
    const results = [];
    const record = (key, label, limit, s, extra = {}) => {
      results.push({
        key,
        label,
        limit,
        latencyMs: Object.fromEntries(Object.entries(s.latency).map(([k, v]) => [k, Math.round(v * 100) / 100])),
        loadavg: os.loadavg()[0],
        ...extra,
      });
      log(
        `  ${key.padEnd(12)} p50 ${fmtMs(s.latency.p50).padStart(8)}  p95 ${fmtMs(s.latency.p95).padStart(8)}  ${label}`,
      );
    };

    const bulletin = await sample(5, 1, async () =>
      json(
        ok(
          await request(port, {
            method: 'POST',
            path: '/api/v1/bulletins',
            body: { year: 2025, month: 7 },
            headers,
            agent,
            timeoutMs: 120_000,
          }),
          'draft',
        ),
      ),
    );
    const bulletinId = bulletin.last.id;
    const snapshot = json(await get(`/api/v1/bulletins/${bulletinId}`)).snapshot;
    const units = snapshot.groups.reduce((n, g) => n + g.units.length, 0);
    record(
      'bulletin',
      `draft July 2025 (Jan–Jul, ${units} units, ${snapshot.city.figures.signedCount.toLocaleString('en')} signed, with last year's)`,
      LIMITS.bulletin,
      bulletin,
      { units, signed: snapshot.city.figures.signedCount },
    );
    record(
      'kpi',
      'GET /kpi for 2025 (a whole year)',
      LIMITS.kpi,
      await sample(10, 2, () => get('/api/v1/kpi?from=2025-01-01&to=2025-12-31')),
    );
    record(
      'dashboard',
      'GET /dashboard?year=2025',
      LIMITS.dashboard,
      await sample(20, 3, () => get('/api/v1/dashboard?year=2025')),
    );
    const hosts = dataset.hostCounts.map(([id]) => id);
    record(
      'drill',
      'GET /kpi/projects: a host unit’s contracted projects of 2025 (5 units, largest to smallest)',
      LIMITS.drill,
      await sample(30, 5, (i) =>
        get(
          `/api/v1/kpi/projects?from=2025-01-01&to=2025-12-31&figure=contracted&unitId=${hosts[[0, 1, 30, 60, hosts.length - 1][i % 5]]}`,
        ),
      ),
    );
    record(
      'drill-frozen',
      'GET /bulletins/:id/projects: the projects frozen behind a unit’s contract rate (not in the issue)',
      LIMITS.drill,
      await sample(30, 5, (i) =>
        get(`/api/v1/bulletins/${bulletinId}/projects?figure=contracted&unitId=${hosts[i % 5]}`),
      ),
      { extra: true },
    );
    const first = performance.now();
    const pdf = await get(`/api/v1/bulletins/${bulletinId}/pdf`);
    const coldMs = performance.now() - first;
    const pdfRun = await sample(5, 0, () => get(`/api/v1/bulletins/${bulletinId}/pdf`));
    record(
      'pdf',
      `bulletin PDF, ${units} units (${Math.round(pdf.body.length / 1024)} kB); first print with Chromium's start: ${fmtMs(coldMs)}`,
      LIMITS.pdf,
      pdfRun,
      { coldMs },
    );

    measuredHere.set(backend.kind, Object.fromEntries(results.map((r) => [r.key, r.latencyMs.p95])));
    const figures = [];
    const small =
      size < (backend.kind === 'pg' ? 1_000_000 : 50_000) ? ` (at ${size.toLocaleString('en')} projects)` : '';
    if (backend.kind === 'pg') {
      for (const r of results.filter((x) => !x.extra)) {
        figures.push({
          key: r.key,
          figure: `${r.label}, p95`,
          value: r.latencyMs.p95,
          display: `${fmtMs(r.latencyMs.p95)}${small}`,
          limit: `≤ ${fmtMs(r.limit)}`,
          pass: r.latencyMs.p95 <= r.limit && !small,
        });
      }
    } else {
      const pg = measuredHere.get('pg') ?? previousPostgres();
      for (const r of results.filter((x) => !x.extra)) {
        const ratio = pg?.[r.key] ? r.latencyMs.p95 / pg[r.key] : Number.NaN;
        figures.push({
          key: r.key,
          figure: `PGlite ÷ PostgreSQL p95, ${r.label}`,
          value: ratio,
          display: Number.isFinite(ratio)
            ? `${ratio.toFixed(2)}× (${fmtMs(r.latencyMs.p95)} ÷ ${fmtMs(pg[r.key])})${small}`
            : `PGlite ${fmtMs(r.latencyMs.p95)}; no PostgreSQL run`,
          limit: `≤ ${RATIO_LIMIT}×`,
          pass: Number.isFinite(ratio) && ratio <= RATIO_LIMIT && !small,
        });
      }
    }
    return {
      name: 'assessment',
      backend: backendLabel(backend),
      date: new Date().toISOString(),
      projects: size,
      results,
      figures,
    };
  } finally {
    agent.destroy();
    if (app) await app.close().catch(() => {});
    removeTempDir(filesDir);
    await dataset.close();
  }
}

function previousPostgres() {
  const file = path.join(benchDir, 'results', 'assessment-postgresql.json');
  if (!fs.existsSync(file)) return null;
  return Object.fromEntries(JSON.parse(fs.readFileSync(file, 'utf8')).results.map((r) => [r.key, r.latencyMs.p95]));
}

if (isMain(import.meta.url)) {
  const r = await runAssessmentBenchmark(backendFromArgs());
  for (const f of r.figures) console.log(`  ${f.pass ? 'PASS' : 'FAIL'}  ${f.figure}: ${f.display} (limit ${f.limit})`);
  console.log(`  → ${writeResult(`assessment-${r.backend.toLowerCase()}`, { loadavg: os.loadavg(), ...r })}`);
}
