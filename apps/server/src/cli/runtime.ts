import fs from 'node:fs';
import path from 'node:path';
import { type CommandMessageKey, commandText, type Lang, type MessageParams } from '@zhaoshang/shared';
import type { Config } from '../config.ts';
import { type Database, migrateDatabase, openDatabase } from '../db/client.ts';
import { type FileStore, localFileStore } from '../files/file-store.ts';
import { s3FileStore } from '../files/s3-file-store.ts';
import type { RequestContext } from '../http/context.ts';

/** Where a command speaks: a human summary, or its JSON with --json. */
export type Out = { json: boolean; print(human: string, json: unknown): void };

/** A user error of the command line: printed as is, exit code 1. */
export class CliError extends Error {}

export const pgliteDirOf = (config: Config) => path.join(config.dataDir, 'pgdata');

/** Where evidence files live: the S3-compatible store when one is configured, else DATA_DIR/files. */
export const fileStoreOf = (config: Config): FileStore =>
  config.s3 ? s3FileStore(config.s3) : localFileStore(path.join(config.dataDir, 'files'));
const lockFileOf = (config: Config) => path.join(config.dataDir, 'zhaoshang.lock');

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The embedded database belongs to one process at a time: a lock file in DATA_DIR names
 * it. A stale lock (its process is gone) is taken over; a live one is a clear refusal.
 */
export function acquireDataDirLock(config: Config, what: string): () => void {
  fs.mkdirSync(config.dataDir, { recursive: true });
  const file = lockFileOf(config);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify({ pid: process.pid, what, since: new Date().toISOString() }), {
        flag: 'wx',
      });
      finishInterruptedRestore(config);
      return () => fs.rmSync(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let holder: { pid: number; what: string } | undefined;
      try {
        holder = JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch {
        holder = undefined;
      }
      if (holder && holder.pid !== process.pid && processAlive(holder.pid)) {
        throw new CliError(say('cli.dataDirBusy', { dir: config.dataDir, pid: holder.pid, what: holder.what }));
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new CliError(say('cli.dataDirLockFailed', { dir: config.dataDir }));
}

/**
 * A restore of the embedded database swaps directories: pgdata → pgdata.before-restore, then
 * pgdata.restoring → pgdata. Killed (kill -9, power cut) between the two, it leaves no pgdata, and
 * the next start would create an empty database. Whoever takes the data directory's lock next puts
 * the old data back (the restore did not happen); killed after the swap, the old copy is removed; a
 * half-built staging copy is removed.
 */
export function finishInterruptedRestore(config: Config): void {
  const live = pgliteDirOf(config);
  const previous = `${live}.before-restore`;
  if (fs.existsSync(previous)) {
    if (fs.existsSync(live)) fs.rmSync(previous, { recursive: true, force: true });
    else fs.renameSync(previous, live);
  }
  fs.rmSync(`${live}.restoring`, { recursive: true, force: true });
}

export type Runtime = { database: Database; release(): Promise<void> };

/** Opens (and migrates) the configured database for one command. */
export async function openRuntime(config: Config, what: string, opts: { migrate?: boolean } = {}): Promise<Runtime> {
  const unlock = config.databaseUrl ? () => {} : acquireDataDirLock(config, what);
  try {
    const database = await openDatabase(
      config.databaseUrl ? { databaseUrl: config.databaseUrl } : { pgliteDir: pgliteDirOf(config) },
    );
    try {
      if (opts.migrate !== false) await migrateDatabase(database);
    } catch (e) {
      await database.close();
      throw e;
    }
    return {
      database,
      release: async () => {
        await database.close();
        unlock();
      },
    };
  } catch (e) {
    unlock();
    throw e;
  }
}

let cliLang: Lang = 'zh';

/** The language of the messages the command words (`--lang en`); Chinese by default. */
export function setCliLanguage(lang: Lang): void {
  cliLang = lang;
}

export function cliLanguage(): Lang {
  return cliLang;
}

/** A message of the catalogue in the command's language. */
export function say(key: CommandMessageKey, params?: MessageParams): string {
  return commandText(cliLang, key, params);
}

/** The command line acts as the machine's administrator: audit records say so. */
export function cliContext(command: string): RequestContext {
  return {
    actor: null,
    clientIp: null,
    requestId: null,
    lang: cliLang,
    systemName: commandText('zh', 'cli.auditActor', { command }),
  };
}
