// The process under load: the real application (buildApp, as `serve` builds it) and a bare
// Fastify route running the same units query over the same database connection, so the
// read benchmark compares them in one run. Configured by BENCH_TARGET (JSON):
//   { pgliteDir | databaseUrl, appPort, barePort?, appInfoLogPort?, loginRateLimit?, adminPassword, auditorPassword }
// With barePort, two diagnostic routes split the gap between bare and app:
//   /units-session  the bare route plus the session lookup every authenticated request makes;
//   /units-service  listUnits() (drizzle findUnits + presentUnit), no session.
// Prints "READY {ports}" when listening; SIGTERM closes everything.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const serverSrc = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../apps/server/src');
const load = (file) => import(path.join(serverSrc, file));
const [
  { buildApp },
  { openDatabase, migrateDatabase, queryRows },
  { loadDemoCity },
  { cliContext },
  { resolveSession },
  { listUnits },
  { sql },
  { default: Fastify },
] = await Promise.all([
  load('app.ts'),
  load('db/client.ts'),
  load('modules/org/demo-city.ts'),
  load('cli/runtime.ts'),
  load('modules/auth/auth.service.ts'),
  load('modules/org/units.service.ts'),
  import('drizzle-orm'),
  import('fastify'),
]);

const config = JSON.parse(process.env.BENCH_TARGET ?? '{}');
const database = await openDatabase(
  config.databaseUrl ? { databaseUrl: config.databaseUrl } : { pgliteDir: config.pgliteDir },
);
await migrateDatabase(database);
const [{ n }] = await queryRows(database.db, sql`select count(*)::int as n from units`);
if (n === 0)
  await loadDemoCity(database, cliContext('bench'), { admin: config.adminPassword, auditor: config.auditorPassword });

const servers = [];
const ports = {};

// The product as deployed, minus the web files; the login limit is raised only because the
// login benchmark sends hundreds of logins from one address.
const app = await buildApp({ database, logLevel: 'silent', loginRateLimit: config.loginRateLimit ?? 30 });
await app.listen({ port: config.appPort, host: '127.0.0.1' });
servers.push(app);
ports.appPort = config.appPort;

if (config.appInfoLogPort) {
  // `serve` logs at info by default: the same app with a request log line per request.
  const logged = await buildApp({ database, logLevel: 'info', loginRateLimit: config.loginRateLimit ?? 30 });
  await logged.listen({ port: config.appInfoLogPort, host: '127.0.0.1' });
  servers.push(logged);
  ports.appInfoLogPort = config.appInfoLogPort;
}

if (config.barePort) {
  // The baseline: no session, no hooks, no zod, just the query findUnits() sends and the
  // same eight fields presentUnit() keeps, serialised by JSON.stringify.
  const bare = Fastify();
  const bareUnits = async () => {
    const rows = await queryRows(
      database.db,
      sql`select id, name, kind, parent_id, division_code, active, version,
                 (select count(*)::int from users u where u.home_unit_id = units.id and not u.disabled) as user_count
          from units where active = true
          order by array_position(array['leading_group','office','resident_bureau','service_center','county','function_zone','department'], kind), id`,
    );
    return {
      items: rows.map((r) => ({
        id: r.id,
        name: r.name,
        kind: r.kind,
        parentId: r.parent_id,
        divisionCode: r.division_code,
        active: r.active,
        version: r.version,
        userCount: Number(r.user_count),
      })),
    };
  };
  bare.get('/units', bareUnits);
  bare.get('/units-session', async (req) => {
    const token = /(?:^|;\s*)zs_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
    await resolveSession(database, decodeURIComponent(token ?? ''));
    return bareUnits();
  });
  bare.get('/units-service', async () => ({ items: await listUnits(database, cliContext('bench'), false) }));
  await bare.listen({ port: config.barePort, host: '127.0.0.1' });
  servers.push(bare);
  ports.barePort = config.barePort;
}

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  for (const s of servers) await s.close();
  await database.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
console.log(`READY ${JSON.stringify({ ...ports, kind: database.kind })}`);
