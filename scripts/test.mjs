#!/usr/bin/env node
/**
 * `npm test`: the whole suite — units, the server's API and CLI tests on PGlite and again on
 * PostgreSQL, and the browser tests in Chromium. Brings what it needs (Chromium, CJK fonts,
 * LibreOffice Calc for spreadsheet round trips, nginx, PgBouncer, a PostgreSQL server) with apt when it runs as root on Debian; otherwise stops with the
 * exact command to run. It never skips a suite. Ends with one line: "N passed, M failed".
 */
import { execSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const artifacts = path.join(root, '.test-artifacts');
fs.mkdirSync(artifacts, { recursive: true });
const isRoot = process.getuid?.() === 0;
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const sh = (cmd, opts = {}) => spawnSync('sh', ['-c', cmd], { stdio: 'inherit', ...opts }).status === 0;

function need(what, packages, present) {
  if (present()) return;
  const command = `apt-get update && apt-get install -y ${packages.join(' ')}`;
  if (isRoot && has('apt-get')) {
    console.log(`正在安装 ${what} (installing ${packages.join(' ')})…`);
    if (sh(`DEBIAN_FRONTEND=noninteractive ${command.replace('install -y', 'install -y -qq')}`) && present()) return;
  }
  console.error(`缺少 ${what}。请以 root 运行：\n  ${command}\nMissing ${what}; run the command above as root.`);
  process.exit(1);
}

need('Chromium', ['chromium'], () => fs.existsSync('/usr/bin/chromium'));
need(
  '中文字体 (CJK fonts)',
  ['fonts-noto-cjk'],
  () => has('fc-list') && execSync('fc-list :lang=zh').toString().trim().length > 0,
);
need('LibreOffice Calc', ['libreoffice-calc-nogui'], () => has('libreoffice'));
need('nginx', ['nginx'], () => fs.existsSync('/usr/sbin/nginx'));
need('PgBouncer', ['pgbouncer'], () => fs.existsSync('/usr/sbin/pgbouncer'));
need('PostgreSQL', ['postgresql'], () => has('pg_ctlcluster') || has('pg_ctl') || !!process.env.ZS_TEST_DATABASE_URL);

const pgUrl = process.env.ZS_TEST_DATABASE_URL || 'postgres://postgres:postgres@127.0.0.1:5432/postgres';

async function canConnect(url) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch (e) {
    return e.message;
  }
}

/** Finds the local PostgreSQL, starts its cluster if stopped, and gives `postgres` a password for TCP. */
async function ensurePostgres() {
  if ((await canConnect(pgUrl)) === true) return;
  if (!process.env.ZS_TEST_DATABASE_URL && isRoot && has('pg_lsclusters')) {
    const clusters = execSync('pg_lsclusters -h').toString().trim().split('\n').filter(Boolean);
    if (clusters.length === 0)
      sh(
        'pg_createcluster --start 15 main || pg_createcluster --start $(ls /usr/lib/postgresql | sort -n | tail -1) main',
      );
    for (const line of execSync('pg_lsclusters -h').toString().trim().split('\n').filter(Boolean)) {
      const [version, name, , status] = line.split(/\s+/);
      if (status !== 'online') sh(`pg_ctlcluster --skip-systemctl-redirect ${version} ${name} start`);
    }
    sh(`su postgres -c "psql -q -c \\"ALTER USER postgres PASSWORD 'postgres'\\""`, { stdio: 'ignore' });
    for (let i = 0; i < 20; i++) {
      if ((await canConnect(pgUrl)) === true) return;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  console.error(
    `无法连接 PostgreSQL：${await canConnect(pgUrl)}\n` +
      `请启动本机 PostgreSQL（root：pg_ctlcluster 15 main start），并为 postgres 用户设置密码：\n` +
      `  su postgres -c "psql -c \\"ALTER USER postgres PASSWORD 'postgres'\\""\n` +
      `或设置 ZS_TEST_DATABASE_URL=postgres://USER:PASSWORD@HOST:PORT/postgres（该用户须能建库）。`,
  );
  process.exit(1);
}
await ensurePostgres();

console.log('构建 Web 界面 (building the web app)…');
if (!sh('npm run build -w apps/web --silent', { cwd: root })) process.exit(1);

const vitest = path.join(root, 'node_modules/vitest/vitest.mjs');
const runs = [
  { name: 'units + server (PGlite)', projects: ['shared', 'web', 'server'], env: { ZS_TEST_DATABASE_URL: '' } },
  { name: 'server (PostgreSQL)', projects: ['server'], env: { ZS_TEST_DATABASE_URL: pgUrl } },
  { name: 'browser (Chromium)', projects: ['e2e'], env: { ZS_TEST_DATABASE_URL: '' } },
];
let passed = 0;
let failed = 0;
let broken = false;
for (const [i, run] of runs.entries()) {
  console.log(`\n=== ${run.name} ===`);
  const report = path.join(artifacts, `vitest-${i}.json`);
  fs.rmSync(report, { force: true });
  const args = [
    vitest,
    'run',
    ...run.projects.flatMap((p) => ['--project', p]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ];
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...run.env } });
  if (!fs.existsSync(report)) {
    console.error(`${run.name}: 测试未能运行 (the run produced no report, exit ${r.status})`);
    broken = true;
    continue;
  }
  const summary = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed += summary.numPassedTests;
  failed += summary.numFailedTests + summary.numPendingTests + summary.numTodoTests;
  if (summary.numTotalTests === 0 || r.status !== 0) broken = true;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || broken ? 1 : 0);
