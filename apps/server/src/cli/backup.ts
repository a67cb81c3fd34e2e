import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Config } from '../config.ts';
import { migrateDatabase, openDatabase } from '../db/client.ts';
import { acquireDataDirLock, CliError, pgliteDirOf, say } from './runtime.ts';

const PG_DUMP_MAGIC = 'PGDMP';
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);

/**
 * A whole-database backup: on the embedded database a dump of its data directory
 * (tar.gz), on PostgreSQL a logical dump in pg_dump's custom format.
 */
export async function backup(config: Config, file: string): Promise<string> {
  const target = path.resolve(file);
  if (config.databaseUrl) {
    const r = spawnSync('pg_dump', ['--format=custom', '--no-owner', '--file', target, config.databaseUrl], {
      encoding: 'utf8',
    });
    if (r.error || r.status !== 0)
      throw new CliError(say('cli.pgDumpFailed', { reason: r.error?.message ?? r.stderr }));
    return say('cli.backedUpPg', { file: target, bytes: fs.statSync(target).size });
  }
  if (!fs.existsSync(pgliteDirOf(config))) throw new CliError(say('cli.nothingToBackUp', { dir: config.dataDir }));
  const unlock = acquireDataDirLock(config, 'backup');
  try {
    const db = await openDatabase({ pgliteDir: pgliteDirOf(config) });
    try {
      const blob = await db.pglite!.dumpDataDir('gzip');
      fs.writeFileSync(target, Buffer.from(await blob.arrayBuffer()));
    } finally {
      await db.close();
    }
  } finally {
    unlock();
  }
  return say('cli.backedUpEmbedded', { file: target, bytes: fs.statSync(target).size });
}

/**
 * Restores a backup made by `backup`. The file is checked and loaded into a fresh place
 * first; the current data is replaced only once that worked, so a bad file changes nothing.
 */
export async function restore(config: Config, file: string): Promise<string> {
  const source = path.resolve(file);
  if (!fs.existsSync(source)) throw new CliError(say('cli.backupNotFound', { file: source }));
  const head = Buffer.alloc(5);
  const fd = fs.openSync(source, 'r');
  fs.readSync(fd, head, 0, 5, 0);
  fs.closeSync(fd);
  if (config.databaseUrl) {
    if (head.toString('latin1') !== PG_DUMP_MAGIC) {
      throw new CliError(say('cli.notPgBackup'));
    }
    const r = spawnSync(
      'pg_restore',
      ['--clean', '--if-exists', '--no-owner', '--single-transaction', '--dbname', config.databaseUrl, source],
      {
        encoding: 'utf8',
      },
    );
    if (r.error || r.status !== 0)
      throw new CliError(
        say('cli.pgRestoreFailed', { reason: r.error?.message ?? (r.stderr.trim() || `pg_restore exit ${r.status}`) }),
      );
    return say('cli.restoredPg', { file: source });
  }
  if (!head.subarray(0, 2).equals(GZIP_MAGIC)) {
    throw new CliError(say('cli.notEmbeddedBackup'));
  }
  const unlock = acquireDataDirLock(config, 'restore');
  const live = pgliteDirOf(config);
  const staging = `${live}.restoring`;
  const previous = `${live}.before-restore`;
  try {
    fs.rmSync(staging, { recursive: true, force: true });
    const bytes = fs.readFileSync(source);
    // The whole file is checked (gzip's length and CRC) before the embedded database sees it: a cut or
    // damaged file is refused here, plainly, instead of failing later inside the database's own unzip.
    try {
      zlib.gunzipSync(bytes);
    } catch (e) {
      throw new CliError(say('cli.backupUnreadable', { reason: (e as Error).message }));
    }
    const db = await openDatabase({ pgliteDir: staging, loadDataDir: new Blob([bytes]) }).catch((e) => {
      throw new CliError(say('cli.backupUnreadable', { reason: (e as Error).message }));
    });
    try {
      await migrateDatabase(db);
    } finally {
      await db.close();
    }
    fs.rmSync(previous, { recursive: true, force: true });
    if (fs.existsSync(live)) fs.renameSync(live, previous);
    fs.renameSync(staging, live);
    fs.rmSync(previous, { recursive: true, force: true });
  } catch (e) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw e;
  } finally {
    unlock();
  }
  return say('cli.restoredEmbedded', { file: source });
}
