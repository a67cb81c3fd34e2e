import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLI,
  call,
  freePort,
  login,
  NGINX,
  nginxConfig,
  repoRoot,
  type Started,
  start,
  startServe,
  stopAll,
} from '../../test/processes.ts';
import { createScratchDatabase } from '../../test/test-db.ts';
import { openDatabase, queryRows } from '../db/client.ts';

/**
 * Two `zhaoshang serve` processes behind a real nginx (the Debian package) on one PostgreSQL:
 * a session, a lockout and a CSRF token opened on one process hold on the other. PostgreSQL only:
 * the embedded database belongs to one process. On the PGlite pass the nginx configuration alone is
 * checked (`nginx -t`).
 */
const INITIAL = 'Proxy-Initial-2024!';
const CHANGED = 'Proxy-Changed-2024!';

const serve = (dataDir: string, port: number, databaseUrl: string) =>
  startServe({ dataDir, port, databaseUrl, adminPassword: INITIAL, auditorPassword: 'Proxy-Auditor-2024!' });

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zs-nginx-'));
});
afterAll(async () => {
  await stopAll('SIGKILL');
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('behind nginx', () => {
  it('the generated nginx configuration is valid (nginx -t)', async () => {
    const conf = nginxConfig(dir, await freePort(), [await freePort(), await freePort()]);
    const out = execFileSync(NGINX, ['-t', '-c', conf, '-p', dir], { encoding: 'utf8', stdio: 'pipe' });
    expect(out).toBe('');
  });

  // Registered on the PostgreSQL pass only (not skipped on the PGlite one: it has no meaning there).
  if (process.env.ZS_TEST_DATABASE_URL)
    it('two processes on one PostgreSQL share sessions, lockouts, CSRF tokens and jobs, and restart one by one under load losing nothing', {
      timeout: 120_000,
    }, async () => {
      const scratch = (await createScratchDatabase())!;
      try {
        const [pa, pb, pn] = [await freePort(), await freePort(), await freePort()];
        const a = await serve(path.join(dir, 'a'), pa, scratch.url);
        const servers = [a, await serve(path.join(dir, 'b'), pb, scratch.url)];
        const conf = nginxConfig(dir, pn, [pa, pb]);
        start(NGINX, ['-c', conf, '-p', dir], process.env);

        // A session opened on A works on B and through nginx, whichever process answers.
        const first = await login(pa, 'admin', INITIAL);
        expect(first.status).toBe(200);
        // The CSRF token issued by A is accepted by B for a write (the forced password change).
        const change = await call(pb, first.session, 'POST', '/api/v1/auth/password', {
          currentPassword: INITIAL,
          newPassword: CHANGED,
        });
        expect(change.status).toBeLessThan(300);
        const s = (await login(pn, 'admin', CHANGED)).session;
        for (const port of [pa, pb, pn, pn, pn, pn])
          expect((await call(port, s, 'GET', '/api/v1/auth/me')).status).toBe(200);
        // Without the token the write is refused on either process.
        const noCsrf = { ...s, csrf: '' };
        for (const port of [pa, pb]) expect((await call(port, noCsrf, 'POST', '/api/v1/auth/logout')).status).toBe(403);

        // 5 wrong passwords through nginx lock the account on both processes.
        for (let i = 0; i < 5; i++) expect((await login(pn, 'auditor', 'Wrong-Password-99')).status).toBe(401);
        for (const port of [pa, pb]) expect((await login(port, 'auditor', 'Proxy-Auditor-2024!')).status).toBe(423);

        // Logout on B ends the session on A too, once A's one-second session cache has lapsed.
        expect((await call(pb, s, 'POST', '/api/v1/auth/logout')).status).toBeLessThan(300);
        expect((await call(pb, s, 'GET', '/api/v1/auth/me')).status).toBe(401);
        let onA = 200;
        for (let i = 0; i < 50 && onA === 200; i++) {
          await new Promise((r) => setTimeout(r, 100));
          onA = (await call(pa, s, 'GET', '/api/v1/auth/me')).status;
        }
        expect(onA).toBe(401);

        // Rolling restart under load: A then B stop gracefully (SIGTERM) and start again while
        // clients keep reading and writing through nginx. No request fails; every acknowledged
        // write is there afterwards, once.
        const admin = (await login(pn, 'admin', CHANGED)).session;
        let running = true;
        const failures: string[] = [];
        const written: string[] = [];
        let reads = 0;
        const client = async (k: number) => {
          for (let i = 0; running; i++) {
            try {
              if (i % 2 === 0) {
                const res = await call(pn, admin, 'GET', '/api/v1/units');
                if (res.status !== 200) failures.push(`GET ${res.status}`);
                else reads++;
                await res.arrayBuffer();
              } else {
                const name = `滚动重启-${k}-${i}`;
                const res = await call(pn, admin, 'POST', '/api/v1/units', { name, kind: 'county' });
                if (res.status !== 201) failures.push(`POST ${res.status} ${await res.text()}`);
                else {
                  written.push(name);
                  await res.arrayBuffer();
                }
              }
            } catch (e) {
              failures.push(String(e));
            }
          }
        };
        const load = Promise.all([0, 1, 2, 3].map(client));
        const restart = async (dataDir: string, port: number, s: Started) => {
          const exited = new Promise((r) => s.child.once('exit', r));
          s.child.kill('SIGTERM');
          await exited;
          return serve(dataDir, port, scratch.url);
        };
        const b = servers[1]!;
        await new Promise((r) => setTimeout(r, 500));
        await restart(path.join(dir, 'a'), pa, a);
        await new Promise((r) => setTimeout(r, 500));
        await restart(path.join(dir, 'b'), pb, b);
        await new Promise((r) => setTimeout(r, 500));
        running = false;
        await load;
        expect(failures).toEqual([]);
        expect(reads).toBeGreaterThan(0);
        expect(written.length).toBeGreaterThan(0);
        const units = (await (await call(pn, admin, 'GET', '/api/v1/units')).json()) as
          | { name: string }[]
          | { items: { name: string }[] };
        const names = (Array.isArray(units) ? units : units.items)
          .map((u) => u.name)
          .filter((n) => n.startsWith('滚动重启-'));
        expect(names.sort()).toEqual([...written].sort());

        // Each process ran the scheduled jobs on each start (four starts): every slot was claimed
        // once, and no month has two bulletins.
        const db = await openDatabase({ databaseUrl: scratch.url });
        try {
          const runs = await queryRows<{ job: string; n: number }>(
            db.db,
            sql`select job, count(*)::int as n from scheduled_runs group by job, slot order by job`,
          );
          expect(runs.map((r) => r.job)).toContain('project-daily-checks');
          expect(runs.every((r) => r.n === 1)).toBe(true);
          const months = await queryRows<{ n: number }>(
            db.db,
            sql`select count(*)::int as n from bulletins group by year, month having count(*) > 1`,
          );
          expect(months).toEqual([]);
        } finally {
          await db.close();
        }
        // The audit chain, written by two processes at once, verifies.
        const verify = execFileSync(process.execPath, [CLI, 'audit', 'verify', '--json'], {
          cwd: repoRoot,
          env: { ...process.env, DATABASE_URL: scratch.url, DATA_DIR: path.join(dir, 'a') },
          encoding: 'utf8',
        });
        expect(verify).toMatch(/"ok":\s*true/);
      } finally {
        await stopAll();
        await scratch.drop();
      }
    });
});
