// The lead list and its overdue filter through the whole app (app.inject: session, policy,
// zod serialisation), on PGlite in memory, over BENCH_LEADS leads (default 5,000) reported
// from 2024-01-02 to 2026-11-30 across 20 counties, two in three still open. Each lead's
// response clock is counted in working days: this measures what the clocks cost.
//   GET /api/v1/leads?page=1&pageSize=20               the first page (20 clocks)
//   GET /api/v1/leads?overdue=true&page=1&pageSize=20  every open lead's clock, then a page
//   node bench/leads.mjs        (BENCH_LEADS=n, BENCH_SAMPLES=n to tune)
// Run the same file from an older tree (its own bench/) to compare before and after.
import { loadRepoModule } from './lib/companies-gen.mjs';
import { summarise } from './lib/http.mjs';
import { isMain } from './lib/zhaoshang.mjs';

const LEADS = Number(process.env.BENCH_LEADS ?? 5000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 30);
const PASSWORD = 'Bench-Leads-2024!';

export async function runLeadsBenchmark({ log = console.log } = {}) {
  const [{ openDatabase, migrateDatabase }, { buildApp }, { createUnit }, { createUser }] = await Promise.all([
    loadRepoModule('apps/server/src/db/client.ts'),
    loadRepoModule('apps/server/src/app.ts'),
    loadRepoModule('apps/server/src/modules/org/units.service.ts'),
    loadRepoModule('apps/server/src/modules/org/users.service.ts'),
  ]);
  const database = await openDatabase({});
  await migrateDatabase(database);
  const ctx = { actor: null, clientIp: null, requestId: null, lang: 'zh', systemName: 'bench' };
  const office = await createUnit(database, ctx, { name: '基准办公室', kind: 'office', parentId: null });
  const counties = [];
  for (let i = 0; i < 20; i++)
    counties.push(await createUnit(database, ctx, { name: `基准县${i}`, kind: 'county', parentId: null }));
  await createUser(database, ctx, {
    username: 'bench_leads',
    displayName: '线索基准',
    password: PASSWORD,
    role: 'office',
    unitId: office.id,
    mustChangePassword: false,
  });
  const pg = database.pglite;
  await pg.query(
    `insert into companies (name, normalised_name, similarity_key)
     select '基准企业' || i || '有限公司', '基准企业' || i || '有限公司', '基准企业' || i from generate_series(1, $1) i`,
    [LEADS],
  );
  const first = Date.UTC(2024, 0, 2) / 86_400_000;
  const span = Date.UTC(2026, 10, 30) / 86_400_000 - first;
  await pg.query(
    `insert into leads (company_id, reporting_unit_id, handling_unit_id, source, reported_on, status, drop_reason)
     select c.id, u[1 + (c.id % 20)], u[1 + (c.id % 20)], 'visit',
            date '1970-01-01' + ($2::int + (c.id * 7919) % $3::int),
            case when c.id % 3 = 0 then 'dropped' else 'new' end,
            case when c.id % 3 = 0 then '基准' end
     from companies c, (select $1::int[] as u) units where c.name like '基准企业%'`,
    [counties.map((u) => u.id), first, span],
  );
  const app = await buildApp({ database, logLevel: 'silent', loginRateLimit: 10_000 });
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'bench_leads', password: PASSWORD },
  });
  const cookie = `zs_session=${login.cookies.find((c) => c.name === 'zs_session').value}`;
  const figures = {};
  for (const [name, url] of [
    ['first page', '/api/v1/leads?page=1&pageSize=20'],
    ['overdue page', '/api/v1/leads?overdue=true&page=1&pageSize=20'],
  ]) {
    const ms = [];
    let total;
    for (let i = 0; i < SAMPLES + 5; i++) {
      const t = performance.now();
      const res = await app.inject({ method: 'GET', url, headers: { cookie } });
      if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 300)}`);
      if (i >= 5) ms.push(performance.now() - t);
      total = res.json().total;
    }
    figures[name] = { ...summarise(ms), total };
    log(`${name}: p50 ${figures[name].p50.toFixed(1)} ms, p95 ${figures[name].p95.toFixed(1)} ms (total ${total})`);
  }
  await app.close();
  await database.close();
  return { leads: LEADS, samples: SAMPLES, figures };
}

if (isMain(import.meta.url)) await runLeadsBenchmark();
