import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { commandText } from '@zhaoshang/shared';
import { type SQL, sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { StartupRefusal } from '../config.ts';
import * as schema from './schema/index.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction or the database itself: repositories accept either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0] | Db;

export type Database = {
  db: Db;
  kind: 'pglite' | 'pg';
  /** The embedded database, when that is what runs (for backup and test dumps). */
  pglite?: PGlite;
  pool?: pg.Pool;
  close(): Promise<void>;
};

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Raw rows of a SQL statement, on either driver. */
export async function queryRows<T>(db: Tx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export type OpenOptions = {
  databaseUrl?: string;
  /** Folder of the embedded database; ignored with databaseUrl. Undefined means in memory. */
  pgliteDir?: string;
  /** A dump made by `dumpDataDir()` to start from (tests load a migrated template). */
  loadDataDir?: Blob;
};

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10, options: '-c jit=off' });
    // Timestamps come back as Date objects; calendar dates (type 1082) stay 'YYYY-MM-DD' strings.
    pool.on('error', () => {});
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return { db, kind: 'pg', pool, close: () => pool.end() };
  }
  if (opts.pgliteDir) fs.mkdirSync(opts.pgliteDir, { recursive: true });
  const client = new PGlite({ dataDir: opts.pgliteDir, extensions: { pg_trgm }, loadDataDir: opts.loadDataDir });
  await client.waitReady;
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return { db, kind: 'pglite', pglite: client, close: () => client.close() };
}

/**
 * Refuses a database whose character type is not UTF-8: trigram matching of Chinese names
 * finds nothing under the C ctype, so every fuzzy search would silently miss.
 */
export async function assertUtf8(db: Db): Promise<void> {
  const [row] = await queryRows<{ ctype: string; encoding: string }>(
    db,
    sql`select datctype as ctype, pg_encoding_to_char(encoding) as encoding from pg_database where datname = current_database()`,
  );
  const problem = ctypeProblem(row?.ctype ?? '?', row?.encoding ?? '?');
  if (problem) throw problem;
}

/** Why a database with this ctype and encoding cannot be used, or null when it can. */
export function ctypeProblem(ctype: string, encoding: string): StartupRefusal | null {
  const utf8 = (s: string) => /utf-?8/i.test(s);
  if (utf8(encoding) && utf8(ctype)) return null;
  return new StartupRefusal((lang) => commandText(lang, 'startup.notUtf8', { ctype, encoding }));
}

/**
 * Applies the forward-only migrations (the same files run on PGlite and on PostgreSQL): the
 * schema and nothing else (contract.md). The working calendar's published holidays are seeded
 * when first needed (modules/calendar/calendar-seed.ts).
 */
export async function migrateDatabase(database: Database): Promise<void> {
  await assertUtf8(database.db);
  if (database.kind === 'pg') await migratePg(database.db as never, { migrationsFolder });
  else await migratePglite(database.db as never, { migrationsFolder });
}

/** True when a query failed on a unique index (SQLSTATE 23505), however the driver wrapped it. */
function hasCode(e: unknown, code: string): boolean {
  for (let c: unknown = e; c; c = (c as { cause?: unknown }).cause)
    if ((c as { code?: string }).code === code) return true;
  return false;
}

export const isUniqueViolation = (e: unknown) => hasCode(e, '23505');
