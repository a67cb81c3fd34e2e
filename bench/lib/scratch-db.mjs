// Named scratch databases (zs_bench_<label>) on the PostgreSQL server of BENCH_DATABASE_URL,
// created the way the server demands (UTF-8 ctype) and dropped afterwards. A database a crashed
// earlier run left behind is dropped (with force) when the same name is created again.
import { spawn } from 'node:child_process';
import pg from 'pg';

const created = new Map(); // name → adminUrl

async function admin(adminUrl, fn) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export function scratchName(label) {
  if (!/^[a-z0-9_]+$/.test(label)) throw new Error(`bad scratch database label ${label}`);
  return `zs_bench_${label}`;
}

export function databaseUrlOf(adminUrl, name) {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops and recreates zs_bench_<label>; returns its URL. */
export async function createScratchDatabase(adminUrl, label) {
  const name = scratchName(label);
  await admin(adminUrl, async (c) => {
    await c.query(`drop database if exists ${name} with (force)`);
    await c.query(`create database ${name} template template0 encoding 'UTF8' lc_ctype 'C.UTF-8' lc_collate 'C.UTF-8'`);
  });
  created.set(name, adminUrl);
  return databaseUrlOf(adminUrl, name);
}

export async function dropScratchDatabase(adminUrl, label) {
  const name = scratchName(label);
  await admin(adminUrl, (c) => c.query(`drop database if exists ${name} with (force)`));
  created.delete(name);
}

/** Leaves zs_bench_<label> in place (a run asked to keep it): no longer dropped at the end. */
export function forgetScratchDatabase(label) {
  created.delete(scratchName(label));
}

/** Drops every scratch database this process created and has not dropped yet. */
export async function dropAllScratchDatabases() {
  for (const [name, adminUrl] of [...created]) {
    await admin(adminUrl, (c) => c.query(`drop database if exists ${name} with (force)`)).catch(() => {});
    created.delete(name);
  }
}

/** The server's version and the settings that decide bulk loading and query speed. */
export async function serverSettings(adminUrl) {
  return admin(adminUrl, async (c) => {
    const { rows } = await c.query(
      `select name, setting, unit from pg_settings
       where name in ('shared_buffers','work_mem','maintenance_work_mem','effective_cache_size','max_wal_size','synchronous_commit','fsync','random_page_cost','jit','max_parallel_workers_per_gather')`,
    );
    const version = (await c.query('show server_version')).rows[0].server_version;
    return {
      version,
      settings: Object.fromEntries(rows.map((r) => [r.name, r.unit ? `${r.setting} ${r.unit}` : r.setting])),
    };
  });
}

/**
 * Runs `psql -c "\copy <target> from pstdin …"`, feeding it what `write(push)` pushes
 * (strings; backpressure honoured). Resolves with psql's output.
 */
export function psqlCopyIn(databaseUrl, copyCommand, write) {
  return new Promise((resolve, reject) => {
    const child = spawn('psql', ['-X', '-v', 'ON_ERROR_STOP=1', '-q', '-d', databaseUrl, '-c', copyCommand], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`psql exited ${code}: ${out.slice(-2000)}`)),
    );
    const push = (chunk) => (child.stdin.write(chunk) ? null : new Promise((r) => child.stdin.once('drain', r)));
    Promise.resolve(write(push))
      .then(() => child.stdin.end())
      .catch((e) => {
        child.kill('SIGKILL');
        reject(e);
      });
  });
}

/** One line of COPY's text format; null is \N. */
export function copyLine(values) {
  return `${values
    .map((v) =>
      v === null || v === undefined
        ? '\\N'
        : String(v).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r'),
    )
    .join('\t')}\n`;
}
