import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openCliDatabase, useCliEnvironment, zs } from '../../test/cli-harness.ts';
import { systemCtx } from '../../test/factories.ts';
import { queryRows } from '../db/client.ts';
import { loadDemoEvents } from '../modules/events/events-demo.ts';

/**
 * Backup → restore → identical, on whichever database the suite runs (PGlite, or PostgreSQL when
 * ZS_TEST_DATABASE_URL is set): every table's row count and a hash of its rows match, and a
 * damaged backup is refused with the data left as it was.
 */
const cli = useCliEnvironment('backup');

const open = () => openCliDatabase(cli);

/** Per table of the schema: its row count and the md5 of its rows in a fixed order. */
async function fingerprint(): Promise<Record<string, string>> {
  const db = await open();
  try {
    const tables = await queryRows<{ name: string }>(
      db.db,
      sql`select table_name as name from information_schema.tables
          where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
    );
    const prints: Record<string, string> = {};
    for (const { name } of tables) {
      const [row] = await queryRows<{ n: number; h: string | null }>(
        db.db,
        sql`select count(*)::int as n, md5(string_agg(t::text, '|' order by t::text)) as h from ${sql.identifier(name)} t`,
      );
      prints[name] = `${row!.n}:${row!.h ?? '-'}`;
    }
    return prints;
  } finally {
    await db.close();
  }
}

describe('backup and restore', () => {
  it('a restore gives back every table row for row; a damaged backup is refused and changes nothing', async () => {
    expect((await zs('demo', '--json')).code).toBe(0);
    const db = await open();
    try {
      expect((await loadDemoEvents(db, systemCtx)).created).toBe(33);
    } finally {
      await db.close();
    }
    const before = await fingerprint();
    expect(Number(before.units!.split(':')[0])).toBe(26);
    expect(Number(before.events!.split(':')[0])).toBe(33);

    const file = path.join(cli.dataDir, 'city.backup');
    expect((await zs('backup', file)).code).toBe(0);
    // Work goes on after the backup: a new unit, an event changed.
    expect((await zs('unit', 'add', '--name', '备份后新增县', '--kind', 'county')).code).toBe(0);
    const after = await fingerprint();
    expect(after.units).not.toBe(before.units);
    expect(after.audit_log).not.toBe(before.audit_log);

    expect((await zs('restore', file)).code).toBe(0);
    expect(await fingerprint()).toEqual(before);
    expect(JSON.parse((await zs('audit', 'verify', '--json')).out).ok).toBe(true);

    // Damage: the second half of the file overwritten, then the file cut short. Each is refused
    // (exit 1) and the restored data stays exactly as it was.
    const bytes = fs.readFileSync(file);
    const damaged = Buffer.from(bytes);
    damaged.fill(0x5a, Math.floor(bytes.length / 2));
    const cut = bytes.subarray(0, Math.floor(bytes.length * 0.6));
    for (const [name, content] of [
      ['damaged.backup', damaged],
      ['cut.backup', cut],
    ] as const) {
      const bad = path.join(cli.dataDir, name);
      fs.writeFileSync(bad, content);
      const refused = await zs('restore', bad);
      expect(refused.code).toBe(1);
      expect(refused.err).toMatch(
        cli.databaseUrl ? /^错误：pg_restore 失败，数据未改变：.+/ : /^错误：备份文件无法读取，数据未改变：.+/,
      );
      expect(await fingerprint()).toEqual(before);
    }
    expect(JSON.parse((await zs('audit', 'verify', '--json')).out).ok).toBe(true);
    // Each command opens the embedded database afresh, as an administrator's would: slow on a busy machine.
  }, 240_000);
});
