import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { type Database, openDatabase } from '../src/db/client.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const TEMPLATE_DUMP = path.join(root, '.test-artifacts', 'pglite-template.tar');
/** One template per checkout, so that runs from two checkouts on one server do not drop each other's. */
export const TEMPLATE_DB = `zs_test_template_${createHash('sha1').update(root).digest('hex').slice(0, 8)}`;

/** Tests read the environment directly: ZS_TEST_DATABASE_URL selects the PostgreSQL run. */
export function testDatabaseUrl(): string | undefined {
  return process.env.ZS_TEST_DATABASE_URL || undefined;
}

export function adminUrl(url: string): string {
  const u = new URL(url);
  u.pathname = '/postgres';
  return u.toString();
}

/** A fresh, migrated database for one test file. */
export async function openTestDatabase(): Promise<Database> {
  const url = testDatabaseUrl();
  if (!url) {
    return openDatabase({ loadDataDir: new Blob([fs.readFileSync(TEMPLATE_DUMP)]) });
  }
  const name = `zs_test_${randomBytes(6).toString('hex')}`;
  const admin = await openDatabase({ databaseUrl: adminUrl(url) });
  await admin.db.execute(sql.raw(`create database ${name} template ${TEMPLATE_DB}`));
  await admin.close();
  const u = new URL(url);
  u.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: u.toString() });
  return {
    ...db,
    close: async () => {
      await db.close();
      const a = await openDatabase({ databaseUrl: adminUrl(url) });
      await a.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
      await a.close();
    },
  };
}

/** An empty PostgreSQL database (no migrations) for tests of the command line; undefined on PGlite runs. */
export async function createScratchDatabase(): Promise<{ url: string; drop(): Promise<void> } | undefined> {
  const url = testDatabaseUrl();
  if (!url) return undefined;
  const name = `zs_test_${randomBytes(6).toString('hex')}`;
  const admin = await openDatabase({ databaseUrl: adminUrl(url) });
  await admin.db.execute(
    sql.raw(`create database ${name} template template0 encoding 'UTF8' lc_ctype 'C.UTF-8' lc_collate 'C.UTF-8'`),
  );
  await admin.close();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const a = await openDatabase({ databaseUrl: adminUrl(url) });
      await a.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
      await a.close();
    },
  };
}
