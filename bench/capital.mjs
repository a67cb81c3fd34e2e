// The capital report (到位资金) through the whole app (app.inject: session, policy, zod), over a
// generated province: BENCH_PROJECTS projects (default 1,000,000 on PostgreSQL, 100,000 on PGlite)
// signed over 2021–2025 in BENCH_UNITS host units (default 150), half of them with capital in
// their first two months after signing (inserted through capital_arrivals, so the triggers keep
// capital_unit_months as an import would).
//   GET /api/v1/capital?from=YYYY-01-01&to=YYYY-12-31   a year per unit and city, with last year
//   node bench/capital.mjs [--pg]   (--pg needs BENCH_DATABASE_URL; BENCH_PROJECTS, BENCH_UNITS, BENCH_SAMPLES)
import { loadRepoModule } from './lib/companies-gen.mjs';
import { summarise } from './lib/http.mjs';
import { createScratchDatabase, dropAllScratchDatabases, serverSettings } from './lib/scratch-db.mjs';
import { isMain, machineInfo, writeResult } from './lib/zhaoshang.mjs';

const PG = process.argv.includes('--pg');
const PROJECTS = Number(process.env.BENCH_PROJECTS ?? (PG ? 1_000_000 : 100_000));
const UNITS = Number(process.env.BENCH_UNITS ?? 150);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 40);
const PASSWORD = 'Bench-Capital-2024!';

export async function runCapitalBenchmark({ log = console.log } = {}) {
  const [{ openDatabase, migrateDatabase }, { buildApp }, { createUnit }, { createUser }, { sql }] = await Promise.all([
    loadRepoModule('apps/server/src/db/client.ts'),
    loadRepoModule('apps/server/src/app.ts'),
    loadRepoModule('apps/server/src/modules/org/units.service.ts'),
    loadRepoModule('apps/server/src/modules/org/users.service.ts'),
    import('drizzle-orm'),
  ]);
  let databaseUrl;
  if (PG) {
    if (!process.env.BENCH_DATABASE_URL) throw new Error('--pg needs BENCH_DATABASE_URL');
    databaseUrl = await createScratchDatabase(process.env.BENCH_DATABASE_URL, 'capital');
  }
  const database = await openDatabase(PG ? { databaseUrl } : {});
  await migrateDatabase(database);
  const exec = (text) => database.db.execute(sql.raw(text));
  const ctx = { actor: null, clientIp: null, requestId: null, lang: 'zh', systemName: 'bench' };
  const office = await createUnit(database, ctx, { name: '基准办公室', kind: 'office', parentId: null });
  await createUser(database, ctx, {
    username: 'bench_capital',
    displayName: '到位资金基准',
    password: PASSWORD,
    role: 'office',
    unitId: office.id,
    mustChangePassword: false,
  });
  const t0 = performance.now();
  await exec(`insert into units (name, kind) select '基准单位' || i, 'county' from generate_series(1, ${UNITS}) i`);
  const [{ min_id: firstUnit }] = (await exec(`select min(id)::int as min_id from units where name like '基准单位%'`))
    .rows;
  // In slices, so each statement's transition table stays moderate.
  const SLICE = 200_000;
  for (let from = 1; from <= PROJECTS; from += SLICE) {
    const to = Math.min(PROJECTS, from + SLICE - 1);
    await exec(`insert into projects (name, host_unit_id, source_unit_ids, agreed_yuan, foreign_usd_wan, signed_on)
      select '基准项目' || i, ${firstUnit} + i % ${UNITS}, array[${firstUnit} + (i * 7) % ${UNITS}], (i % 1000 + 1)::bigint * 1000000,
        case when i % 5 = 0 then i % 300 end, date '2021-01-01' + i % 1826
      from generate_series(${from}, ${to}) i`);
    await exec(`insert into capital_arrivals (project_id, year, month, domestic_wan, foreign_usd_wan)
      select p.id, extract(year from d)::int, extract(month from d)::int, (p.agreed_yuan / 10000 / 4)::numeric, coalesce(p.foreign_usd_wan, 0) / 2
      from projects p, generate_series(0, 1) k, lateral (select (p.signed_on + k * interval '1 month')::date as d) m
      where p.id % 2 = 0 and p.id between ${from} and ${to}`); // a fresh database: project i has id i
  }
  await exec('vacuum analyze');
  const loadSeconds = (performance.now() - t0) / 1000;
  const [{ n: arrivals }] = (await exec('select count(*)::int as n from capital_arrivals')).rows;
  const [{ n: unitMonths }] = (await exec('select count(*)::int as n from capital_unit_months')).rows;
  log(
    `${PG ? 'PostgreSQL' : 'PGlite'}: ${PROJECTS} projects, ${arrivals} capital months (${unitMonths} unit-months) loaded in ${loadSeconds.toFixed(1)} s`,
  );
  const app = await buildApp({ database, logLevel: 'silent', loginRateLimit: 10_000 });
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'bench_capital', password: PASSWORD },
  });
  const cookie = `zs_session=${login.cookies.find((c) => c.name === 'zs_session').value}`;
  const figures = {};
  const ms = [];
  let body;
  for (let i = 0; i < SAMPLES + 5; i++) {
    const year = 2022 + (i % 4);
    const t = performance.now();
    const res = await app.inject({
      method: 'GET',
      url: `/api/v1/capital?from=${year}-01-01&to=${year}-12-31`,
      headers: { cookie },
    });
    if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body.slice(0, 300)}`);
    if (i >= 5) ms.push(performance.now() - t);
    body = res.json();
  }
  figures['year capital report'] = {
    ...summarise(ms),
    check: {
      units: body.units.length,
      city: { domesticWan: body.city.domesticWan, agreed: body.city.agreed, share: body.city.share },
    },
  };
  const f = figures['year capital report'];
  log(`year capital report: p50 ${f.p50.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms ${JSON.stringify(f.check)}`);
  await app.close();
  await database.close();
  const result = {
    backend: PG ? 'postgresql' : 'pglite',
    at: new Date().toISOString(),
    machine: machineInfo(),
    server: PG ? await serverSettings(process.env.BENCH_DATABASE_URL) : undefined,
    size: { projects: PROJECTS, units: UNITS, capitalMonths: arrivals, unitMonths },
    loadSeconds,
    figures,
  };
  if (PG) await dropAllScratchDatabases();
  return result;
}

if (isMain(import.meta.url)) {
  const result = await runCapitalBenchmark();
  console.log(`wrote ${writeResult(`capital-${result.backend}`, result)}`);
  process.exit(0);
}
