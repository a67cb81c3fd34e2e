import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';
import { migrateDatabase, openDatabase } from '../db/client.ts';
import { acquireDataDirLock, CliError, pgliteDirOf } from './runtime.ts';

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
    if (r.error || r.status !== 0) throw new CliError(`pg_dump 失败：${r.error?.message ?? r.stderr}`);
    return `已备份 PostgreSQL 数据库到 ${target}（${fs.statSync(target).size} 字节）`;
  }
  if (!fs.existsSync(pgliteDirOf(config))) throw new CliError(`数据目录 ${config.dataDir} 中没有数据库，无可备份`);
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
  return `已备份内嵌数据库到 ${target}（${fs.statSync(target).size} 字节）`;
}

/**
 * Restores a backup made by `backup`. The file is checked and loaded into a fresh place
 * first; the current data is replaced only once that worked, so a bad file changes nothing.
 */
export async function restore(config: Config, file: string): Promise<string> {
  const source = path.resolve(file);
  if (!fs.existsSync(source)) throw new CliError(`找不到备份文件 ${source}`);
  const head = Buffer.alloc(5);
  const fd = fs.openSync(source, 'r');
  fs.readSync(fd, head, 0, 5, 0);
  fs.closeSync(fd);
  if (config.databaseUrl) {
    if (head.toString('latin1') !== PG_DUMP_MAGIC) {
      throw new CliError('这不是 PostgreSQL 的备份文件（pg_dump 自定义格式）；内嵌数据库的备份只能恢复到内嵌数据库');
    }
    const r = spawnSync(
      'pg_restore',
      ['--clean', '--if-exists', '--no-owner', '--single-transaction', '--dbname', config.databaseUrl, source],
      {
        encoding: 'utf8',
      },
    );
    if (r.error || r.status !== 0) throw new CliError(`pg_restore 失败，数据未改变：${r.error?.message ?? r.stderr}`);
    return `已从 ${source} 恢复 PostgreSQL 数据库`;
  }
  if (!head.subarray(0, 2).equals(GZIP_MAGIC)) {
    throw new CliError('这不是内嵌数据库的备份文件（tar.gz）；PostgreSQL 的备份请在设置 DATABASE_URL 后恢复');
  }
  const unlock = acquireDataDirLock(config, 'restore');
  const live = pgliteDirOf(config);
  const staging = `${live}.restoring`;
  const previous = `${live}.before-restore`;
  try {
    fs.rmSync(staging, { recursive: true, force: true });
    const db = await openDatabase({ pgliteDir: staging, loadDataDir: new Blob([fs.readFileSync(source)]) }).catch(
      (e) => {
        throw new CliError(`备份文件无法读取，数据未改变：${(e as Error).message}`);
      },
    );
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
  return `已从 ${source} 恢复内嵌数据库`;
}
