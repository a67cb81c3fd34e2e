// What every benchmark needs to know about the product: where it lives, how to start it,
// which database it runs on, and how to get a logged-in session.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import { json, request } from './http.mjs';
import { spawnTracked, waitForLine } from './processes.mjs';

export const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repoDir = path.resolve(benchDir, '..');
export const cliPath = path.join(repoDir, 'apps/server/bin/zhaoshang.mjs');
export const webDir = path.join(repoDir, 'apps/web');
export const webDist = path.join(webDir, 'dist');

/** Passwords that meet the policy (10+ characters, three classes, not the username). */
export const ADMIN_INITIAL_PASSWORD = 'Bench-Initial-2024!';
export const ADMIN_PASSWORD = 'Bench-Changed-2024!';
export const AUDITOR_INITIAL_PASSWORD = 'Bench-Auditor-2024!';
export const READY_LINE = /招商引资协同平台已启动/;
export const SCRATCH_DATABASE = 'zs_bench';

/** True when the module at `metaUrl` is the script node was started with. */
export function isMain(metaUrl) {
  return process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === metaUrl;
}

/** The database back ends to run on: the embedded one always, PostgreSQL when BENCH_DATABASE_URL is set. */
export function backends() {
  const list = [{ kind: 'pglite' }];
  if (process.env.BENCH_DATABASE_URL) list.push({ kind: 'pg', adminUrl: process.env.BENCH_DATABASE_URL });
  return list;
}

/** The backend named on the command line (`--pg`) or the embedded one. */
export function backendFromArgs(argv = process.argv.slice(2)) {
  if (!argv.includes('--pg')) return { kind: 'pglite' };
  if (!process.env.BENCH_DATABASE_URL)
    throw new Error('--pg needs BENCH_DATABASE_URL=postgres://… (a server where the user may create databases)');
  return { kind: 'pg', adminUrl: process.env.BENCH_DATABASE_URL };
}

function scratchUrl(adminUrl) {
  const url = new URL(adminUrl);
  url.pathname = `/${SCRATCH_DATABASE}`;
  return url.toString();
}

/**
 * Drops and recreates the scratch database (UTF-8 ctype, as the server demands) and
 * returns its URL. `force` ends connections a crashed earlier run left open.
 */
export async function recreateScratchDatabase(adminUrl) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists ${SCRATCH_DATABASE} with (force)`);
    await client.query(
      `create database ${SCRATCH_DATABASE} template template0 encoding 'UTF8' lc_ctype 'C.UTF-8' lc_collate 'C.UTF-8'`,
    );
  } finally {
    await client.end();
  }
  return scratchUrl(adminUrl);
}

export async function dropScratchDatabase(adminUrl) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists ${SCRATCH_DATABASE} with (force)`);
  } finally {
    await client.end();
  }
}

export function backendLabel(backend) {
  return backend.kind === 'pg' ? 'PostgreSQL' : 'PGlite';
}

/** Environment for `zhaoshang serve`: quiet logs, known demo passwords, the chosen database. */
export function serverEnv({ dataDir, port, databaseUrl, demo = 'units' }) {
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    // The benches measure the platform on its organisation alone; bench/demo.mjs loads the living city.
    ZS_DEMO: demo,
    ZS_ADMIN_PASSWORD: ADMIN_INITIAL_PASSWORD,
    ZS_AUDITOR_PASSWORD: AUDITOR_INITIAL_PASSWORD,
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
  };
  delete env.DATABASE_URL;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  return env;
}

/** Starts `node apps/server/bin/zhaoshang.mjs serve`; resolves once it says it is listening. */
export async function startServe({ dataDir, port, databaseUrl, timeoutMs = 120_000 }) {
  const child = spawnTracked(process.execPath, [cliPath, 'serve'], {
    cwd: repoDir,
    env: serverEnv({ dataDir, port, databaseUrl }),
  });
  await waitForLine(child, READY_LINE, timeoutMs);
  return child;
}

/**
 * Starts bench/lib/target.mjs: the real app (buildApp) and, optionally, a bare Fastify
 * route over the same database, in one process. Resolves with the child and its ports.
 * BENCH_TARGET_NODE_ARGS passes flags to its node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
 */
export async function startTarget(config, timeoutMs = 120_000) {
  const nodeArgs = (process.env.BENCH_TARGET_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  const child = spawnTracked(process.execPath, [...nodeArgs, path.join(benchDir, 'lib/target.mjs')], {
    cwd: repoDir,
    env: {
      ...process.env,
      BENCH_TARGET: JSON.stringify({
        adminPassword: ADMIN_INITIAL_PASSWORD,
        auditorPassword: AUDITOR_INITIAL_PASSWORD,
        ...config,
      }),
    },
  });
  const line = await waitForLine(child, /^READY /, timeoutMs);
  return { child, ...JSON.parse(line.slice('READY '.length)) };
}

function sessionCookieOf(response) {
  const setCookie = response.headers['set-cookie'] ?? [];
  const raw = setCookie.find((c) => c.startsWith('zs_session='));
  if (!raw)
    throw new Error(
      `login answered ${response.status} without a zs_session cookie: ${response.body.toString('utf8').slice(0, 300)}`,
    );
  return raw.split(';')[0];
}

export async function login(port, username, password, agent) {
  const res = await request(port, { method: 'POST', path: '/api/v1/auth/login', body: { username, password }, agent });
  if (res.status !== 200)
    throw new Error(`login as ${username} answered ${res.status}: ${res.body.toString('utf8').slice(0, 300)}`);
  return { cookie: sessionCookieOf(res), csrfToken: json(res).csrfToken, user: json(res).user, ms: res.ms };
}

/** Logs the demo admin in, changes the initial password, and returns a session that may read. */
export async function adminSession(port) {
  const first = await login(port, 'admin', ADMIN_INITIAL_PASSWORD);
  const change = await request(port, {
    method: 'POST',
    path: '/api/v1/auth/password',
    headers: { cookie: first.cookie, 'x-csrf-token': first.csrfToken },
    body: { currentPassword: ADMIN_INITIAL_PASSWORD, newPassword: ADMIN_PASSWORD },
  });
  if (change.status >= 300)
    throw new Error(`password change answered ${change.status}: ${change.body.toString('utf8').slice(0, 300)}`);
  // The change may end the old session; a fresh login is the state a user is in afterwards.
  return login(port, 'admin', ADMIN_PASSWORD);
}

/** The machine the numbers were taken on. */
export function machineInfo() {
  const cpuinfo = fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown';
  const run = (cmd, args) => {
    try {
      return execFileSync(cmd, args, { encoding: 'utf8' }).trim();
    } catch {
      return 'unavailable';
    }
  };
  return {
    date: new Date().toISOString(),
    nproc: Number(run('nproc', [])) || os.availableParallelism(),
    cpuModel: model,
    memory: run('free', ['-h']),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    chromium: run('/usr/bin/chromium', ['--version']),
  };
}

/** Writes a benchmark's result next to the others (bench/results/<name>.json). */
export function writeResult(name, result) {
  const dir = path.join(benchDir, 'results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.json`);
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}

export const fmtMs = (ms) =>
  Number.isFinite(ms) ? (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`) : 'n/a';
