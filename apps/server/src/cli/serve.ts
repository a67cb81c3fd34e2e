import { buildApp } from '../app.ts';
import type { Config } from '../config.ts';
import { sweepIdleSessions } from '../modules/auth/auth.service.ts';
import { ensureWorkingCalendarSeeded } from '../modules/calendar/calendar-seed.ts';
import { loadDemo } from '../modules/demo/demo.ts';
import { runFilingExpiry } from '../modules/filings/filings.service.ts';
import { runDailyProjectChecks, runMonthlyDraft } from '../modules/jobs/jobs.service.ts';
import { hasNoUnits } from '../modules/org/units.service.ts';
import { demoLines, passwords } from './demo.ts';
import { cliContext, fileStoreOf, openRuntime, say } from './runtime.ts';

/**
 * Migrates, seeds the working calendar's published holidays, loads the demo city into an
 * empty database, and serves the web app and the API until SIGINT/SIGTERM. Holds no state of
 * its own: several processes can share one PostgreSQL.
 */
export async function serve(config: Config): Promise<number> {
  const rt = await openRuntime(config, `serve :${config.port}`);
  const { database } = rt;
  const files = fileStoreOf(config);
  await ensureWorkingCalendarSeeded(database.db);
  if (await hasNoUnits(database)) {
    const started = performance.now();
    const demo = await loadDemo(database, cliContext('serve'), passwords(config), config.demo, files);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(say('cli.serveDemoLoaded', { count: demo.unitsCreated }));
    for (const line of demoLines(demo, seconds, 'cli.serveDemoAccount').slice(1)) console.log(line);
  }
  const app = await buildApp({
    database,
    trustProxy: config.trustProxy,
    logLevel: config.logLevel,
    serveWeb: true,
    files,
  });
  // Scheduled checks: idempotent row updates, so every app process may run them.
  const filingExpiry = () =>
    runFilingExpiry(database, cliContext('filing expiry')).catch((e) => app.log.warn(e, 'filing expiry failed'));
  // Once a day across all processes: each claims the day's slot in the database.
  const dailyChecks = () =>
    runDailyProjectChecks(database, cliContext('daily checks')).catch((e) =>
      app.log.warn(e, 'daily project checks failed'),
    );
  const monthlyDraft = () =>
    runMonthlyDraft(database, cliContext('monthly bulletin')).catch((e) =>
      app.log.warn(e, 'monthly bulletin draft failed'),
    );
  void filingExpiry();
  void dailyChecks();
  void monthlyDraft();
  let minutes = 0;
  const sweep = setInterval(() => {
    sweepIdleSessions(database).catch((e) => app.log.warn(e, 'session sweep failed'));
    if (++minutes % 60 === 0) {
      void filingExpiry();
      void dailyChecks();
      void monthlyDraft();
    }
  }, 60_000);
  sweep.unref();
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    clearInterval(sweep);
    await app.close();
    await rt.release();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (e) {
    await rt.release();
    throw e;
  }
  const host = config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
  console.log(
    say('cli.serveReady', {
      url: `http://${host}:${config.port}`,
      database: database.kind === 'pg' ? 'PostgreSQL' : say('cli.embeddedDatabase', { dir: config.dataDir }),
      seconds: process.uptime().toFixed(1),
    }),
  );
  return new Promise<number>(() => {});
}
