import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { zs } from '../../test/cli-harness.ts';
import { call, firstLogin, freePort, PGBOUNCER, startPgBouncer, startServe, stopAll } from '../../test/processes.ts';
import { createScratchDatabase } from '../../test/test-db.ts';
import { openDatabase, queryRows } from '../db/client.ts';

/**
 * The app through PgBouncer in transaction mode (the Debian package, started by the test on a
 * free port): the server and the command line connect to the bouncer only, and a login, a
 * filing, a conflict and an import work, with the audit chain verifying. PostgreSQL only: on the
 * PGlite pass there is no server to pool, and the bouncer's presence alone is checked.
 */
const INITIAL = 'Bouncer-Initial-2024!';
const CHANGED = 'Bouncer-Changed-2024!';

let dir = '';
afterAll(async () => {
  await stopAll();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('through PgBouncer (transaction mode)', () => {
  it('the Debian package is installed', () => {
    expect(execFileSync(PGBOUNCER, ['--version'], { encoding: 'utf8' })).toMatch(/^PgBouncer \d+\.\d+/);
  });

  // Registered on the PostgreSQL pass only (not skipped on the PGlite one: it has no meaning there).
  if (process.env.ZS_TEST_DATABASE_URL)
    it('login, a filing, a conflict and an import work, and the audit chain verifies', {
      timeout: 90_000,
    }, async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zs-pgbouncer-'));
      const scratch = (await createScratchDatabase())!;
      const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };
      try {
        const bouncer = await startPgBouncer(dir, await freePort(), scratch.url);
        // Every command and the server reach PostgreSQL through the bouncer only.
        process.env.DATA_DIR = path.join(dir, 'data');
        process.env.DATABASE_URL = bouncer.url;
        for (const argv of [
          ['migrate'],
          ['unit', 'add', '--name', '池甲县', '--kind', 'county'],
          ['unit', 'add', '--name', '池乙县', '--kind', 'county'],
          [
            'user',
            'add',
            '--username',
            'poolstaffa',
            '--password',
            INITIAL,
            '--role',
            'unit_staff',
            '--unit',
            '池甲县',
          ],
          [
            'user',
            'add',
            '--username',
            'poolstaffb',
            '--password',
            INITIAL,
            '--role',
            'unit_staff',
            '--unit',
            '池乙县',
          ],
        ])
          expect((await zs(...argv)).code).toBe(0);
        const csv = path.join(dir, 'companies.csv');
        fs.writeFileSync(csv, '企业名称,统一社会信用代码\n连接池测试科技有限公司,\n连接池第二科技有限公司,\n');
        const imported = await zs('import', 'companies', csv, '--json');
        expect(imported.code).toBe(0);
        expect(JSON.parse(imported.out)).toMatchObject({ rows: 2, created: 2, updated: 0, errors: [] });

        const port = await freePort();
        await startServe({
          dataDir: path.join(dir, 'serve'),
          port,
          databaseUrl: bouncer.url,
          adminPassword: INITIAL,
          auditorPassword: INITIAL,
        });
        const a = await firstLogin(port, 'poolstaffa', INITIAL, CHANGED);
        const b = await firstLogin(port, 'poolstaffb', INITIAL, CHANGED);
        const db = await openDatabase({ databaseUrl: bouncer.url });
        const [company] = await queryRows<{ id: number }>(
          db.db,
          sql`select id from companies where name = '连接池测试科技有限公司'`,
        ).finally(() => db.close());

        const filed = await call(port, a, 'POST', '/api/v1/filings', { companyId: company!.id });
        expect(filed.status).toBe(201);
        expect(await filed.json()).toMatchObject({ outcome: 'filed' });
        const second = await call(port, b, 'POST', '/api/v1/filings', { companyId: company!.id });
        expect(second.status).toBe(201);
        expect(await second.json()).toMatchObject({ outcome: 'conflict', holders: [{ unitName: '池甲县' }] });
        const verify = await zs('audit', 'verify', '--json');
        expect(verify.code).toBe(0);
        expect(JSON.parse(verify.out)).toMatchObject({ ok: true });

        // The bouncer carried the transactions, in transaction mode.
        const admin = new pg.Client({ connectionString: bouncer.url.replace(/\/[^/]+$/, '/pgbouncer') });
        await admin.connect();
        try {
          const config = await admin.query('show config');
          expect(config.rows.find((r) => r.key === 'pool_mode')?.value).toBe('transaction');
          const stats = await admin.query('show stats');
          const ours = stats.rows.find((r) => `/${r.database}` === new URL(scratch.url).pathname);
          expect(Number(ours?.total_xact_count)).toBeGreaterThan(20);
        } finally {
          await admin.end();
        }
      } finally {
        for (const [k, v] of Object.entries(saved)) {
          if (v === undefined) delete process.env[k];
          else process.env[k] = v;
        }
        await stopAll();
        await scratch.drop();
      }
    });
});
