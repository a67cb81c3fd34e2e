import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { migrateDatabase, openDatabase } from '../src/db/client.ts';
import { adminUrl, TEMPLATE_DB, TEMPLATE_DUMP, testDatabaseUrl } from './test-db.ts';

/**
 * Migrates once per run: a PGlite dump that every test file loads (0.5 s instead of a
 * 4-second migration), or a PostgreSQL template database that every file clones.
 */
export default async function setup() {
  const url = testDatabaseUrl();
  if (url) {
    const admin = await openDatabase({ databaseUrl: adminUrl(url) });
    await admin.db.execute(sql.raw(`drop database if exists ${TEMPLATE_DB} with (force)`));
    await admin.db.execute(
      sql.raw(
        `create database ${TEMPLATE_DB} template template0 encoding 'UTF8' lc_ctype 'C.UTF-8' lc_collate 'C.UTF-8'`,
      ),
    );
    await admin.close();
    const template = await openDatabase({ databaseUrl: withDb(url, TEMPLATE_DB) });
    await migrateDatabase(template);
    await template.close();
    return;
  }
  const db = await openDatabase({});
  await migrateDatabase(db);
  const dump = await db.pglite!.dumpDataDir('none');
  await db.close();
  fs.mkdirSync(path.dirname(TEMPLATE_DUMP), { recursive: true });
  fs.writeFileSync(TEMPLATE_DUMP, Buffer.from(await dump.arrayBuffer()));
}

function withDb(url: string, db: string) {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}
