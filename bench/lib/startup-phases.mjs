// Where a start-up's time goes, step by step, doing what `zhaoshang serve` does:
// load the TypeScript sources, open the database, migrate, load the demo city, build the app,
// listen. Configured by BENCH_PHASES (JSON): { pgliteDir | databaseUrl, port }.
// Prints "PHASES {json}" with milliseconds per step and exits.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const t0 = performance.now();
const marks = {};
let last = t0;
const mark = (name) => {
  const now = performance.now();
  marks[name] = Math.round(now - last);
  last = now;
};

const { register } = await import('tsx/esm/api');
register();
const serverSrc = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../apps/server/src');
const load = (file) => import(path.join(serverSrc, file));
const [{ buildApp }, { openDatabase, migrateDatabase, queryRows }, { loadDemoCity }, { cliContext }, { sql }] =
  await Promise.all([
    load('app.ts'),
    load('db/client.ts'),
    load('modules/org/demo-city.ts'),
    load('cli/runtime.ts'),
    import('drizzle-orm'),
  ]);
mark('loadSources');

const config = JSON.parse(process.env.BENCH_PHASES ?? '{}');
const database = await openDatabase(
  config.databaseUrl ? { databaseUrl: config.databaseUrl } : { pgliteDir: config.pgliteDir },
);
await queryRows(database.db, sql`select 1`);
mark('openDatabase');
await migrateDatabase(database);
mark('migrate');
const [{ n }] = await queryRows(database.db, sql`select count(*)::int as n from units`);
if (n === 0)
  await loadDemoCity(database, cliContext('bench'), { admin: 'Bench-Initial-2024!', auditor: 'Bench-Auditor-2024!' });
mark(n === 0 ? 'loadDemoCity' : 'countUnits');
const app = await buildApp({ database, logLevel: 'silent', serveWeb: true });
mark('buildApp');
await app.listen({ port: config.port, host: '127.0.0.1' });
mark('listen');
await app.inject({ method: 'GET', url: '/' });
mark('firstPage');
const total = Math.round(performance.now() - t0);
await app.close();
await database.close();
mark('close');
console.log(`PHASES ${JSON.stringify({ ...marks, totalToFirstPage: total })}`);
process.exit(0);
