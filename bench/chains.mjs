// The chain map's live numbers and host recommendation through the whole app (app.inject: session,
// policy, zod serialisation), over a generated city: 20 chains × 8 segments, 20 units (each chain
// designated to 2), BENCH_PROJECTS projects (default 200,000 on PostgreSQL, 50,000 on PGlite) on
// segments, as many leads, a tenth as many placed companies and filings. Loaded with the counter
// triggers off, then chain_counts_rebuild() (what a bulk load does); the map reads the counters.
//   GET /api/v1/chains/map                                   the whole map with per-segment numbers and gaps
//   GET /api/v1/chains/recommend-hosts?chainId&segmentId     ranked host units with reasons
//   node bench/chains.mjs [--pg]   (--pg needs BENCH_DATABASE_URL; BENCH_PROJECTS, BENCH_SAMPLES)
import { loadRepoModule } from './lib/companies-gen.mjs';
import { summarise } from './lib/http.mjs';
import { createScratchDatabase, dropAllScratchDatabases, serverSettings } from './lib/scratch-db.mjs';
import { isMain, machineInfo, writeResult } from './lib/zhaoshang.mjs';

const PG = process.argv.includes('--pg');
const PROJECTS = Number(process.env.BENCH_PROJECTS ?? (PG ? 200_000 : 50_000));
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 40);
const PASSWORD = 'Bench-Chains-2024!';
const TRIGGERS = [
  ['projects', 'projects_chain_counts'],
  ['leads', 'leads_chain_counts'],
  ['filings', 'filings_chain_counts'],
  ['companies', 'companies_chain_counts'],
];

export async function runChainsBenchmark({ log = console.log } = {}) {
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
    databaseUrl = await createScratchDatabase(process.env.BENCH_DATABASE_URL, 'chains');
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
    username: 'bench_chains',
    displayName: '图谱基准',
    password: PASSWORD,
    role: 'unit_staff',
    unitId: units[0],
    mustChangePassword: false,
  });
  await createUser(database, ctx, {
    username: 'bench_chains_office',
    displayName: '图谱基准办公室',
    password: PASSWORD,
    role: 'office',
    unitId: office.id,
    mustChangePassword: false,
  });
  const u = `array[${units.join(',')}]`;
  const t0 = performance.now();
  await exec(`insert into chain_groups (name, kind) values ('主导', 'leading'), ('新兴', 'emerging'), ('X', 'other')`);
  await exec(`insert into chains (group_id, name) select case when i <= 6 then 1 when i <= 9 then 2 else 3 end, '基准链' || i
    from generate_series(1, 20) i`);
  await exec(`insert into chain_segments (chain_id, name, stream, responsible_unit_id)
    select c.id, c.name || '环节' || s, (array['up','mid','down'])[1 + s % 3], (${u})[1 + (c.id + s) % 20]
    from chains c, generate_series(1, 8) s order by c.id, s`);
  await exec(`insert into unit_chains (unit_id, chain_id) select (${u})[1 + c.id % 20], c.id from chains c
    union select (${u})[1 + (c.id * 7) % 20], c.id from chains c`);
  await exec(
    `insert into chain_targets (segment_id, name, tags) select s.id, '目标企业' || s.id || '-' || t, array['央企'] from chain_segments s, generate_series(1, 5) t`,
  );
  for (const [table, trigger] of TRIGGERS) await exec(`alter table ${table} disable trigger ${trigger}`);
  // Segment k of the 160: chain 1 + k / 8. One segment in 20 gets no local firm (a gap).
  await exec(`insert into companies (name, normalised_name, similarity_key, chain_id, segment_id)
    select '基准企业' || i || '有限公司', '基准企业' || i || '有限公司', '基准企业' || i,
      case when i % 10 = 0 and (i / 10 % 160) % 20 <> 0 then 1 + (i / 10 % 160) / 8 end,
      case when i % 10 = 0 and (i / 10 % 160) % 20 <> 0 then 1 + i / 10 % 160 end
    from generate_series(1, ${PROJECTS}) i`);
  await exec(`insert into filings (company_id, group_company_id, unit_id, starts_on, expires_on, status, chain_id, segment_id)
    select c.id, c.id, (${u})[1 + c.id % 20], date '2025-01-01', date '2027-01-01', 'active', 1 + (c.id % 160) / 8, 1 + c.id % 160
    from companies c where c.id % 10 = 5`);
  await exec(`insert into leads (company_id, reporting_unit_id, handling_unit_id, source, reported_on, status, chain_id, segment_id)
    select c.id, (${u})[1 + c.id % 20], (${u})[1 + c.id % 20], 'visit', date '2021-01-01' + c.id % 1826,
      (array['new','following','filed','following'])[1 + c.id % 4], 1 + (c.id % 160) / 8, 1 + c.id % 160
    from companies c`);
  // The segment walks with the round of days (i / 2900), so every signing day sees every segment: the
  // per-day 'signed' counter at its province-size worst (160 × 2,900 keys), not a generator artefact.
  await exec(`insert into projects (name, host_unit_id, source_unit_ids, agreed_yuan, signed_on, started_on, chain_id, segment_id)
    select '基准项目' || i, (${u})[1 + i % 20], array[(${u})[1 + (i * 7) % 20]], (i % 1000 + 1)::bigint * 1000000,
      date '2019-01-01' + i % 2900, case when i % 3 = 0 then date '2019-01-01' + i % 2900 + 30 end,
      1 + ((i + 2901 * (i / 2900)) % 160) / 8, 1 + (i + 2901 * (i / 2900)) % 160
    from generate_series(1, ${PROJECTS}) i where date '2019-01-01' + i % 2900 + 30 <= current_date`);
  for (const [table, trigger] of TRIGGERS) await exec(`alter table ${table} enable trigger ${trigger}`);
  const r0 = performance.now();
  await exec('select chain_counts_rebuild()');
  const rebuildSeconds = (performance.now() - r0) / 1000;
  await exec('vacuum analyze');
  const loadSeconds = (performance.now() - t0) / 1000;
  const [{ n: counterRows, signedRows, bytes: counterBytes }] = (
    await database.db.execute(
      sql.raw(`select count(*)::int as n, count(*) filter (where metric = 'signed')::int as "signedRows",
        pg_total_relation_size('chain_counts')::bigint::text as bytes from chain_counts`),
    )
  ).rows;
  const [{ n: filingRows }] = (await database.db.execute(sql.raw('select count(*)::int as n from filings'))).rows;
  log(
    `${PG ? 'PostgreSQL' : 'PGlite'}: ${PROJECTS} projects, leads and companies loaded in ${loadSeconds.toFixed(1)} s (counter rebuild ${rebuildSeconds.toFixed(1)} s, ${counterRows} counter rows of which ${signedRows} 'signed', ${(Number(counterBytes) / 1048576).toFixed(1)} MB; ${filingRows} filings)`,
  );
  const app = await buildApp({ database, logLevel: 'silent', loginRateLimit: 10_000 });
  const cookieOf = async (username) => {
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password: PASSWORD },
    });
    return `zs_session=${login.cookies.find((c) => c.name === 'zs_session').value}`;
  };
  const clerk = await cookieOf('bench_chains');
  const figures = {};
  const measure = async (name, cookie, urlOf, check) => {
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
    'chain map',
    clerk,
    () => '/api/v1/chains/map',
    (b) => {
      const segments = b.groups.flatMap((g) => g.chains.flatMap((c) => c.segments));
      return {
        segments: segments.length,
        projects: segments.reduce((n, s) => n + s.numbers.projects, 0),
        missing: segments.filter((s) => s.numbers.gap === 'missing').length,
      };
    },
  );
  await measure(
    'host recommendation',
    clerk,
    (i) => `/api/v1/chains/recommend-hosts?chainId=${1 + (i % 20)}&segmentId=${1 + (i % 20) * 8 + (i % 8)}`,
    (b) => ({ units: b.items.length, first: b.items[0]?.reasons.map((r) => r.code) }),
  );
  await app.close();
  await database.close();
  const result = {
    backend: PG ? 'postgresql' : 'pglite',
    at: new Date().toISOString(),
    machine: machineInfo(),
    server: PG ? await serverSettings(process.env.BENCH_DATABASE_URL) : undefined,
    size: { chains: 20, segments: 160, projects: PROJECTS, leads: PROJECTS, companies: PROJECTS, filings: filingRows },
    counters: { rows: counterRows, signedRows, bytes: Number(counterBytes) },
    loadSeconds,
    rebuildSeconds,
    figures,
  };
  if (PG) await dropAllScratchDatabases();
  return result;
}

if (isMain(import.meta.url)) {
  const result = await runChainsBenchmark();
  console.log(`wrote ${writeResult(`chains-${result.backend}`, result)}`);
  process.exit(0);
}
