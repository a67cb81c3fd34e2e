import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchDatabase } from '../../test/test-db.ts';
import { openDatabase, queryRows } from '../db/client.ts';

/**
 * Two `zhaoshang serve` processes behind a real nginx (the Debian package) on one PostgreSQL:
 * a session, a lockout and a CSRF token opened on one process hold on the other. PostgreSQL only:
 * the embedded database belongs to one process. On the PGlite pass the nginx configuration alone is
 * checked (`nginx -t`).
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const NGINX = '/usr/sbin/nginx';
const INITIAL = 'Proxy-Initial-2024!';
const CHANGED = 'Proxy-Changed-2024!';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** An nginx configuration in `dir` (own pid, logs and temp paths) balancing over `upstreams`. */
function nginxConfig(dir: string, listen: number, upstreams: number[]): string {
  const file = path.join(dir, 'nginx.conf');
  fs.writeFileSync(
    file,
    `daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream zs { ${upstreams.map((p) => `server 127.0.0.1:${p} max_fails=0;`).join(' ')} keepalive 16; }
  server {
    listen 127.0.0.1:${listen};
    client_max_body_size 20m;
    location / {
      proxy_pass http://zs;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      # A refused connection never reached the app, and a process that is stopping answers 503
      # before handling anything: both are safe to retry on the other process, writes too.
      proxy_next_upstream error http_503 non_idempotent;
    }
  }
}
`,
  );
  return file;
}

const children: ChildProcess[] = [];
function start(cmd: string, args: string[], env: NodeJS.ProcessEnv) {
  let out = '';
  const child = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  children.push(child);
  return { child, output: () => out };
}

async function serve(dataDir: string, port: number, databaseUrl: string) {
  const s = start(process.execPath, [path.join(root, 'apps/server/bin/zhaoshang.mjs'), 'serve'], {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    ZS_DEMO: 'units',
    ZS_ADMIN_PASSWORD: INITIAL,
    ZS_AUDITOR_PASSWORD: 'Proxy-Auditor-2024!',
    LOG_LEVEL: 'warn',
  });
  const deadline = Date.now() + 60_000;
  while (!s.output().includes('招商引资协同平台已启动')) {
    if (s.child.exitCode !== null) throw new Error(`serve exited ${s.child.exitCode}:\n${s.output()}`);
    if (Date.now() > deadline) throw new Error(`serve did not start:\n${s.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return s;
}

type Session = { cookie: string; csrf: string };
async function login(port: number, username: string, password: string) {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const cookie = (res.headers.getSetCookie().find((c) => c.startsWith('zs_session=')) ?? '').split(';')[0]!;
  const body = (await res.json()) as { csrfToken?: string };
  return { status: res.status, session: { cookie, csrf: body.csrfToken ?? '' } as Session };
}
const call = (port: number, s: Session, method: string, url: string, body?: unknown) =>
  fetch(`http://127.0.0.1:${port}${url}`, {
    method,
    headers: {
      cookie: s.cookie,
      'x-csrf-token': s.csrf,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zs-nginx-'));
});
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
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
        const restart = async (dataDir: string, port: number, s: ReturnType<typeof start>) => {
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
        const verify = execFileSync(
          process.execPath,
          [path.join(root, 'apps/server/bin/zhaoshang.mjs'), 'audit', 'verify', '--json'],
          {
            cwd: root,
            env: { ...process.env, DATABASE_URL: scratch.url, DATA_DIR: path.join(dir, 'a') },
            encoding: 'utf8',
          },
        );
        expect(verify).toMatch(/"ok":\s*true/);
      } finally {
        for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
        await new Promise((r) => setTimeout(r, 1000));
        await scratch.drop();
      }
    });
});
