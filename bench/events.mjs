// Events' yield through the whole app (app.inject: session, policy, zod serialisation), over a
// generated city: BENCH_EVENTS events (default 10,000) over five years (2021–2025) in 20 units,
// 30 guests each, BENCH_PROJECTS projects (default 200,000; a quarter from an event, signed) and as
// many leads (a third from an event, one in ten of those filed), 100-day campaign rounds twice a year.
//   GET /api/v1/events/:id                         an event's page: its guests and its yield
//   GET /api/v1/events/yield?from=2024-01-01&to=2024-12-31   a year's yield per event and per campaign
//   node bench/events.mjs [--pg]   (--pg needs BENCH_DATABASE_URL; BENCH_EVENTS, BENCH_PROJECTS, BENCH_SAMPLES)
import { loadRepoModule } from './lib/companies-gen.mjs';
import { summarise } from './lib/http.mjs';
import { createScratchDatabase, dropAllScratchDatabases, serverSettings } from './lib/scratch-db.mjs';
import { isMain, machineInfo, writeResult } from './lib/zhaoshang.mjs';

const PG = process.argv.includes('--pg');
const EVENTS = Number(process.env.BENCH_EVENTS ?? (PG ? 10_000 : 2_000));
const PROJECTS = Number(process.env.BENCH_PROJECTS ?? (PG ? 200_000 : 50_000));
const GUESTS_PER_EVENT = 30;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 40);
const PASSWORD = 'Bench-Events-2024!';

export async function runEventsBenchmark({ log = console.log } = {}) {
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
    databaseUrl = await createScratchDatabase(process.env.BENCH_DATABASE_URL, 'events');
  }
  const database = await openDatabase(PG ? { databaseUrl } : {});
  await migrateDatabase(database);
  const exec = (text) => database.db.execute(sql.raw(text));
  const ctx = { actor: null, clientIp: null, requestId: null, lang: 'zh', systemName: 'bench' };
  const office = await createUnit(database, ctx, { name: '基准办公室', kind: 'office', parentId: null });
  const units = [];
  for (let i = 0; i < 20; i++)
    units.push((await createUnit(database, ctx, { name: `基准单位${i}`, kind: 'county', parentId: null })).id);
  await createUser(database, ctx, {
    username: 'bench_events',
    displayName: '活动基准',
    password: PASSWORD,
    role: 'office',
    unitId: office.id,
    mustChangePassword: false,
  });
  const u = `array[${units.join(',')}]`;
  const t0 = performance.now();
  // Campaign rounds: March–June and September–December of each year.
  await exec(`insert into campaigns (round, name, starts_on, ends_on)
    select r, '第' || r || '轮百日招商', make_date(2021 + (r - 1) / 2, case when r % 2 = 1 then 3 else 9 end, 1),
           make_date(2021 + (r - 1) / 2, case when r % 2 = 1 then 6 else 12 end, 8) from generate_series(1, 10) r`);
  await exec(`insert into events (name, kind, level, region, campaign_id, starts_on, ends_on)
    select '基准活动' || i, (array['promotion','negotiation','fair','briefing','visit','research','contest'])[1 + i % 7],
      case when i % 10 = 0 then 'city_major' else 'local' end, 'yangtze_delta', null,
      date '2021-01-01' + (i * 1826 / ${EVENTS}), date '2021-01-01' + (i * 1826 / ${EVENTS}) + i % 3
    from generate_series(1, ${EVENTS}) i`);
  await exec(
    `update events e set campaign_id = c.id from campaigns c where e.starts_on between c.starts_on and c.ends_on`,
  );
  await exec(`insert into event_organisers (event_id, unit_id) select id, (${u})[1 + id % 20] from events`);
  await exec(`insert into companies (name, normalised_name, similarity_key)
    select '基准企业' || i || '有限公司', '基准企业' || i || '有限公司', '基准企业' || i from generate_series(1, ${PROJECTS}) i`);
  await exec(`insert into event_guests (event_id, guest_name, company_name, company_normalised, company_id, match_level)
    select e.id, '嘉宾' || g, '基准企业' || ((e.id * 31 + g) % ${PROJECTS} + 1) || '有限公司', '基准企业' || ((e.id * 31 + g) % ${PROJECTS} + 1) || '有限公司',
      (e.id * 31 + g) % ${PROJECTS} + 1, 'same'
    from events e, generate_series(1, ${GUESTS_PER_EVENT}) g`);
  await exec(`insert into filings (company_id, group_company_id, unit_id, starts_on, expires_on, status)
    select c.id, c.id, (${u})[1 + c.id % 20], date '2021-01-01' + c.id % 1800, date '2022-01-01' + c.id % 1800, 'expired'
    from companies c where c.id % 30 = 0`);
  await exec(`insert into leads (company_id, reporting_unit_id, handling_unit_id, source, reported_on, event_id, filing_id)
    select c.id, (${u})[1 + c.id % 20], (${u})[1 + c.id % 20], 'event', date '2021-01-01' + c.id % 1826,
      case when c.id % 3 = 0 then 1 + c.id % ${EVENTS} end, f.id
    from companies c left join filings f on f.company_id = c.id`);
  await exec(`insert into projects (name, host_unit_id, source_unit_ids, agreed_yuan, foreign_usd_wan, signed_on, event_id)
    select '基准项目' || i, (${u})[1 + i % 20], array[(${u})[1 + (i * 7) % 20]], (i % 1000 + 1)::bigint * 1000000,
      case when i % 5 = 0 then i % 300 end, date '2021-01-01' + i % 1826, case when i % 4 = 0 then 1 + i % ${EVENTS} end
    from generate_series(1, ${PROJECTS}) i`);
  // As autovacuum leaves a settled database: statistics and the visibility map (index-only scans).
  await exec('vacuum analyze');
  const loadSeconds = (performance.now() - t0) / 1000;
  log(
    `${PG ? 'PostgreSQL' : 'PGlite'}: ${EVENTS} events, ${EVENTS * GUESTS_PER_EVENT} guests, ${PROJECTS} projects and leads loaded in ${loadSeconds.toFixed(1)} s`,
  );
  const app = await buildApp({ database, logLevel: 'silent', loginRateLimit: 10_000 });
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'bench_events', password: PASSWORD },
  });
  const cookie = `zs_session=${login.cookies.find((c) => c.name === 'zs_session').value}`;
  const figures = {};
  const measure = async (name, urlOf, check) => {
    const ms = [];
    let body;
    for (let i = 0; i < SAMPLES + 5; i++) {
      const url = urlOf(i);
      const t = performance.now();
      const res = await app.inject({ method: 'GET', url, headers: { cookie } });
      if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 300)}`);
      if (i >= 5) ms.push(performance.now() - t);
      body = res.json();
    }
    figures[name] = { ...summarise(ms), check: check(body) };
    log(
      `${name}: p50 ${figures[name].p50.toFixed(1)} ms, p95 ${figures[name].p95.toFixed(1)} ms ${JSON.stringify(figures[name].check)}`,
    );
  };
  await measure(
    'event yield',
    (i) => `/api/v1/events/${1 + ((i * 7919) % EVENTS)}`,
    (b) => ({ guests: b.guests.length, yield: b.yield }),
  );
  await measure(
    'year campaign yield',
    (i) => `/api/v1/events/yield?from=${2021 + (i % 5)}-01-01&to=${2021 + (i % 5)}-12-31`,
    (b) => ({ events: b.events.length, campaigns: b.campaigns.length, first: b.campaigns[0] }),
  );
  await app.close();
  await database.close();
  const result = {
    backend: PG ? 'postgresql' : 'pglite',
    at: new Date().toISOString(),
    machine: machineInfo(),
    server: PG ? await serverSettings(process.env.BENCH_DATABASE_URL) : undefined,
    size: { events: EVENTS, guests: EVENTS * GUESTS_PER_EVENT, projects: PROJECTS, leads: PROJECTS },
    loadSeconds,
    figures,
  };
  if (PG) await dropAllScratchDatabases();
  return result;
}

if (isMain(import.meta.url)) {
  const result = await runEventsBenchmark();
  console.log(`wrote ${writeResult(`events-${result.backend}`, result)}`);
  process.exit(0);
}
