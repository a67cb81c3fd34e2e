import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Real processes for the tests and benchmarks that need them: `zhaoshang serve`, nginx and
 * PgBouncer started on free loopback ports, each with its own files in a folder of the caller's.
 * Used by http/nginx.test.ts, http/pgbouncer.test.ts and bench/proxy.mjs.
 */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CLI = path.join(repoRoot, 'apps/server/bin/zhaoshang.mjs');
export const NGINX = '/usr/sbin/nginx';
export const PGBOUNCER = '/usr/sbin/pgbouncer';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export type Started = { child: ChildProcess; output(): string };
const children: ChildProcess[] = [];

/** Starts a child, keeping what it prints (for error messages) and remembering it for `stopAll`. */
export function start(cmd: string, args: string[], env: NodeJS.ProcessEnv): Started {
  let out = '';
  const child = spawn(cmd, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d) => {
    out = (out + d).slice(-20_000);
  });
  child.stderr!.on('data', (d) => {
    out = (out + d).slice(-20_000);
  });
  children.push(child);
  return { child, output: () => out };
}

/** Every child still running gets `signal`; resolves once they have all exited. */
export async function stopAll(signal: NodeJS.Signals = 'SIGTERM') {
  const running = children.filter((c) => c.exitCode === null && c.signalCode === null);
  await Promise.all(
    running.map((c) => {
      const exited = new Promise((r) => c.once('exit', r));
      c.kill(signal);
      const timer = setTimeout(() => c.kill('SIGKILL'), 10_000);
      return exited.then(() => clearTimeout(timer));
    }),
  );
}

/** `zhaoshang serve` on `port`, resolved once it says it is listening. */
export async function startServe(
  opts: { dataDir: string; port: number; databaseUrl: string; adminPassword: string; auditorPassword: string },
  timeoutMs = 60_000,
): Promise<Started> {
  const s = start(process.execPath, [CLI, 'serve'], {
    ...process.env,
    DATA_DIR: opts.dataDir,
    PORT: String(opts.port),
    HOST: '127.0.0.1',
    DATABASE_URL: opts.databaseUrl,
    ZS_DEMO: 'units',
    ZS_ADMIN_PASSWORD: opts.adminPassword,
    ZS_AUDITOR_PASSWORD: opts.auditorPassword,
    LOG_LEVEL: 'warn',
  });
  const deadline = Date.now() + timeoutMs;
  while (!s.output().includes('招商引资协同平台已启动')) {
    if (s.child.exitCode !== null) throw new Error(`serve exited ${s.child.exitCode}:\n${s.output()}`);
    if (Date.now() > deadline) throw new Error(`serve did not start:\n${s.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return s;
}

/** An nginx configuration in `dir` (own pid, logs and temp paths) balancing over `upstreams`. */
export function nginxConfig(dir: string, listen: number, upstreams: number[]): string {
  const file = path.join(dir, 'nginx.conf');
  fs.writeFileSync(
    file,
    `daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
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

/**
 * PgBouncer in transaction mode on `listen`, in front of the PostgreSQL of `databaseUrl`: an ini
 * and an auth file of its own in `dir`. Resolves with the URL the app connects to (same user,
 * password and database name, through the bouncer) once it accepts connections.
 */
export async function startPgBouncer(dir: string, listen: number, databaseUrl: string) {
  const u = new URL(databaseUrl);
  const db = u.pathname.slice(1);
  const user = decodeURIComponent(u.username);
  const password = decodeURIComponent(u.password);
  fs.writeFileSync(path.join(dir, 'userlist.txt'), `"${user}" "${password}"\n`);
  fs.writeFileSync(
    path.join(dir, 'pgbouncer.ini'),
    `[databases]
${db} = host=${u.hostname} port=${u.port || 5432} dbname=${db}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = ${listen}
unix_socket_dir =
auth_type = plain
auth_file = ${dir}/userlist.txt
admin_users = ${user}
pool_mode = transaction
default_pool_size = 20
max_client_conn = 200
logfile = ${dir}/pgbouncer.log
pidfile = ${dir}/pgbouncer.pid
; node-postgres sends these at start-up; PgBouncer forwards none of them in transaction mode.
ignore_startup_parameters = extra_float_digits,options
`,
  );
  // PgBouncer refuses to run as root: as root it drops to the postgres user, who must read its files.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    fs.chmodSync(dir, 0o777);
    for (const f of fs.readdirSync(dir)) fs.chmodSync(path.join(dir, f), 0o644);
  }
  const s = start(PGBOUNCER, [...(asRoot ? ['-u', 'postgres'] : []), path.join(dir, 'pgbouncer.ini')], process.env);
  const deadline = Date.now() + 15_000;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const c = net.connect(listen, '127.0.0.1', () => {
        c.end();
        resolve(true);
      });
      c.on('error', () => resolve(false));
    });
    if (open) break;
    if (s.child.exitCode !== null || Date.now() > deadline)
      throw new Error(
        `pgbouncer did not start:\n${s.output()}\n${fs.readFileSync(path.join(dir, 'pgbouncer.log'), 'utf8')}`,
      );
    await new Promise((r) => setTimeout(r, 50));
  }
  const through = new URL(databaseUrl);
  through.hostname = '127.0.0.1';
  through.port = String(listen);
  return { ...s, url: through.toString() };
}

export type Session = { cookie: string; csrf: string };

export async function login(port: number, username: string, password: string) {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const cookie = (res.headers.getSetCookie().find((c) => c.startsWith('zs_session=')) ?? '').split(';')[0]!;
  const body = (await res.json()) as { csrfToken?: string };
  return { status: res.status, session: { cookie, csrf: body.csrfToken ?? '' } as Session };
}

export const call = (port: number, s: Session, method: string, url: string, body?: unknown) =>
  fetch(`http://127.0.0.1:${port}${url}`, {
    method,
    headers: {
      cookie: s.cookie,
      'x-csrf-token': s.csrf,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

/** Logs in with the initial password, changes it (forced at first login), and logs in again. */
export async function firstLogin(port: number, username: string, initial: string, changed: string) {
  const first = await login(port, username, initial);
  if (first.status !== 200) throw new Error(`login as ${username}: ${first.status}`);
  const res = await call(port, first.session, 'POST', '/api/v1/auth/password', {
    currentPassword: initial,
    newPassword: changed,
  });
  if (res.status >= 300) throw new Error(`password change of ${username}: ${res.status} ${await res.text()}`);
  const again = await login(port, username, changed);
  if (again.status !== 200) throw new Error(`login as ${username} after the change: ${again.status}`);
  return again.session;
}
