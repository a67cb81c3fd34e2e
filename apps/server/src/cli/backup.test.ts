import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { systemCtx } from '../../test/factories.ts';
import { createScratchDatabase } from '../../test/test-db.ts';
import { openDatabase, queryRows } from '../db/client.ts';
import { loadDemoEvents } from '../modules/events/events-demo.ts';
import { main } from './main.ts';

/**
 * Backup → restore → identical, on whichever database the suite runs (PGlite, or PostgreSQL when
 * ZS_TEST_DATABASE_URL is set): every table's row count and a hash of its rows match, and a
 * damaged backup is refused with the data left as it was.
 */
async function zs(...argv: string[]) {
  const out: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a) => void out.push(a.join(' ')));
  try {
    return { code: await main(argv), out: out.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

let dataDir: string;
let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL, ZS_DEMO: process.env.ZS_DEMO };

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zs-backup-'));
  scratch = await createScratchDatabase();
  process.env.DATA_DIR = dataDir;
  // The commands are tested on the demo's organisation alone (demo.test.ts loads the living city).
  process.env.ZS_DEMO = 'units';
  if (scratch) process.env.DATABASE_URL = scratch.url;
  else delete process.env.DATABASE_URL;
});
afterAll(async () => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  await scratch?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const open = () =>
  scratch ? openDatabase({ databaseUrl: scratch.url }) : openDatabase({ pgliteDir: path.join(dataDir, 'pgdata') });

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

    const file = path.join(dataDir, 'city.backup');
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
      const bad = path.join(dataDir, name);
      fs.writeFileSync(bad, content);
      const refused = await zs('restore', bad);
      expect(refused.code).toBe(1);
      expect(refused.out).toMatch(
        scratch ? /^错误：pg_restore 失败，数据未改变：.+/ : /^错误：备份文件无法读取，数据未改变：.+/,
      );
      expect(await fingerprint()).toEqual(before);
    }
    expect(JSON.parse((await zs('audit', 'verify', '--json')).out).ok).toBe(true);
    // Each command opens the embedded database afresh, as an administrator's would: slow on a busy machine.
  }, 240_000);
});
