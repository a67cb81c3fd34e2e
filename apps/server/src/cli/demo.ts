import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { type DemoLoad, demoState, loadDemo } from '../modules/demo/demo.ts';
import { CliError, cliContext, fileStoreOf, type Out, say } from './runtime.ts';

/**
 * `demo [--force]`: the demo city into an empty database. A database with a city's real work is
 * refused; one that holds the demo already is left alone unless --force loads it again (adding
 * only what is missing).
 */
export async function demoCommand(database: Database, config: Config, force: boolean, out: Out): Promise<number> {
  const state = config.demo === 'full' ? await demoState(database) : 'empty';
  if (state === 'real') throw new CliError(say('cli.demoRefused'));
  if (state === 'demo' && !force) {
    out.print(say('cli.demoAlready'), { loaded: false });
    return 0;
  }
  const started = performance.now();
  const load = await loadDemo(database, cliContext('demo'), passwords(config), config.demo, fileStoreOf(config));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  out.print(demoLines(load, seconds, 'cli.demoAccount').join('\n'), { loaded: true, ...load });
  return 0;
}

export const passwords = (config: Config) => ({ admin: config.adminPassword, auditor: config.auditorPassword });

/** What a load printed: the units, the city's contents, and each new account's first password (shown once). */
export function demoLines(load: DemoLoad, seconds: string, account: 'cli.demoAccount' | 'cli.serveDemoAccount') {
  const lines = [say('cli.demoLoaded', { count: load.unitsCreated })];
  if (load.scope === 'full') {
    const { accounts: _accounts, scope: _scope, work: _work, ...counts } = load;
    lines.push(say('cli.demoCity', { ...counts, seconds }));
  }
  for (const a of load.accounts) lines.push(say(account, { ...a }));
  return lines;
}
