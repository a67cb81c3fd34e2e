// Site matching through the whole app (app.inject: session, CSRF, policy, zod serialisation),
// over BENCH_SITES carriers (default 10,000) in 20 owner units: parcels, standard factories and
// buildings with varied areas, prices, power and lead industries, four in five available.
//   POST /api/v1/sites/match   needs (area, power, chain, budget) → the 10 best with their reasons
//   node bench/sites.mjs [--pg]   (--pg needs BENCH_DATABASE_URL; BENCH_SITES, BENCH_SAMPLES)
import { loadRepoModule } from './lib/companies-gen.mjs';
import { summarise } from './lib/http.mjs';
import { createScratchDatabase, dropAllScratchDatabases, serverSettings } from './lib/scratch-db.mjs';
import { isMain, machineInfo, writeResult } from './lib/zhaoshang.mjs';

const PG = process.argv.includes('--pg');
const SITES = Number(process.env.BENCH_SITES ?? 10_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 60);
const PASSWORD = 'Bench-Sites-2024!';
const CHAINS = ['新能源', '新材料', '高端装备', '电子信息', '生物医药', '智能家居', '绿色食品', '现代物流'];

export async function runSitesBenchmark({ log = console.log } = {}) {
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
    databaseUrl = await createScratchDatabase(process.env.BENCH_DATABASE_URL, 'sites');
  }
  const database = await openDatabase(PG ? { databaseUrl } : {});
  await migrateDatabase(database);
  const exec = (text) => database.db.execute(sql.raw(text));
  const ctx = { actor: null, clientIp: null, requestId: null, lang: 'zh', systemName: 'bench' };
  const units = [];
  for (let i = 0; i < 20; i++)
    units.push((await createUnit(database, ctx, { name: `基准单位${i}`, kind: 'county', parentId: null })).id);
  await createUser(database, ctx, {
    username: 'bench_sites',
    displayName: '选址基准',
    password: PASSWORD,
    role: 'unit_staff',
    unitId: units[0],
    mustChangePassword: false,
  });
  const u = `array[${units.join(',')}]`;
  const chains = `array[${CHAINS.map((c) => `'${c}'`).join(',')}]`;
  const t0 = performance.now();
  await exec(`insert into sites (kind, name, zone, owner_unit_id, use, area_mu, floor_area_m2, price_wan_per_mu, power_kva, chain, status, confirmed_on)
    select k, '基准载体' || i, '园区' || (i % 60), (${u})[1 + i % 20],
      (array['industrial','commercial','mixed','research','warehouse'])[1 + i % 5],
      case when k = 'parcel' then 10 + (i * 37) % 490 end,
      case when k <> 'parcel' then 2000 + (i * 53) % 40000 end,
      case when k = 'parcel' then 8 + (i * 11) % 30 end,
      case when i % 9 <> 0 then 200 + (i * 97) % 12000 end,
      case when i % 7 <> 0 then (${chains})[1 + (i * 3) % ${CHAINS.length}] end,
      case when i % 5 = 0 then 'occupied' else 'available' end,
      case when i % 3 = 0 then current_date end
    from generate_series(1, ${SITES}) i,
      lateral (select (array['parcel','parcel','factory','building'])[1 + i % 4] as k) kk`);
  await exec('vacuum analyze');
  const loadSeconds = (performance.now() - t0) / 1000;
  log(`${PG ? 'PostgreSQL' : 'PGlite'}: ${SITES} sites loaded in ${loadSeconds.toFixed(1)} s`);
  const app = await buildApp({ database, logLevel: 'silent', loginRateLimit: 10_000 });
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'bench_sites', password: PASSWORD },
  });
  const cookie = `zs_session=${login.cookies.find((c) => c.name === 'zs_session').value}`;
  const headers = { cookie, 'x-csrf-token': login.json().csrfToken };
  const figures = {};
  const measure = async (name, bodyOf, check) => {
    const ms = [];
    let body;
    for (let i = 0; i < SAMPLES + 5; i++) {
      const t = performance.now();
      const res = await app.inject({ method: 'POST', url: '/api/v1/sites/match', payload: bodyOf(i), headers });
      if (res.statusCode !== 200) throw new Error(`match: ${res.statusCode} ${res.body.slice(0, 300)}`);
      if (i >= 5) ms.push(performance.now() - t);
      body = res.json();
    }
    figures[name] = { ...summarise(ms), check: check(body) };
    log(
      `${name}: p50 ${figures[name].p50.toFixed(1)} ms, p95 ${figures[name].p95.toFixed(1)} ms ${JSON.stringify(figures[name].check)}`,
    );
  };
  const top = (b) => ({ items: b.items.length, best: b.items[0]?.score, reasons: b.items[0]?.reasons.length });
  await measure(
    'match all four criteria',
    (i) => ({
      areaMu: String(20 + ((i * 13) % 300)),
      powerKva: 500 + ((i * 211) % 8000),
      chain: CHAINS[i % CHAINS.length],
      budgetWan: String(1000 + ((i * 331) % 9000)),
    }),
    top,
  );
  await measure('match area only', (i) => ({ areaMu: String(20 + ((i * 13) % 300)) }), top);
  await app.close();
  await database.close();
  const result = {
    backend: PG ? 'postgresql' : 'pglite',
    at: new Date().toISOString(),
    machine: machineInfo(),
    server: PG ? await serverSettings(process.env.BENCH_DATABASE_URL) : undefined,
    size: { sites: SITES },
    loadSeconds,
    figures,
  };
  if (PG) await dropAllScratchDatabases();
  return result;
}

if (isMain(import.meta.url)) {
  const result = await runSitesBenchmark();
  console.log(`wrote ${writeResult(`sites-${result.backend}`, result)}`);
  process.exit(0);
}
