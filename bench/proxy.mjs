// The load figure through nginx (issue 15): two `zhaoshang serve` processes on one PostgreSQL
// behind the Debian nginx (the configuration http/nginx.test.ts checks), a member of a county's
// staff logged in through it. For an authenticated list (GET /api/v1/filings) and a filing
// (POST /api/v1/filings, a new company each time, the conflict check included): the maximum
// rate (32 requests kept in flight for 10 s), then 60 s at a fixed 50% of it. Figure: 0 errors
// at 50%, p50 and p99 reported (latency counted from each request's scheduled time).
//   BENCH_DATABASE_URL=postgres://… node bench/proxy.mjs
// BENCH_PROXY_SECONDS (60), BENCH_PROXY_MAX_SECONDS (10), BENCH_PROXY_CONCURRENCY (32) and
// BENCH_PROXY_COMPANIES (20,000: the registry the filings draw from) tune it.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadRepoModule } from './lib/companies-gen.mjs';
import { json, keepAliveAgent, request, runFixedRate, summarise, until } from './lib/http.mjs';
import { freePort, spawnTracked, stopChild, tempDir } from './lib/processes.mjs';
import {
  cliPath,
  dropScratchDatabase,
  fmtMs,
  isMain,
  machineInfo,
  recreateScratchDatabase,
  repoDir,
  serverEnv,
  startServe,
  writeResult,
} from './lib/zhaoshang.mjs';

const SECONDS = Number(process.env.BENCH_PROXY_SECONDS ?? 60);
const MAX_SECONDS = Number(process.env.BENCH_PROXY_MAX_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_PROXY_CONCURRENCY ?? 32);
const STAFF_INITIAL = 'Bench-Staff-Init-2024!';
const STAFF_PASSWORD = 'Bench-Staff-Chgd-2024!';

/** Keeps `concurrency` requests in flight for `durationMs`; the answered rate is the maximum. */
async function measureMaximum(port, make, durationMs, concurrency) {
  const agent = keepAliveAgent(concurrency);
  const latencies = [];
  let errors = 0;
  let firstError;
  let i = 0;
  const started = performance.now();
  const worker = async () => {
    while (performance.now() - started < durationMs) {
      try {
        const res = await request(port, { ...make(i++), agent });
        if (res.status >= 200 && res.status < 300) latencies.push(res.ms);
        else {
          errors++;
          firstError ??= `${res.status} ${res.body.toString('utf8').slice(0, 200)}`;
        }
      } catch (e) {
        errors++;
        firstError ??= e.message;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsedMs = performance.now() - started;
  agent.destroy();
  return {
    perSecond: latencies.length / (elapsedMs / 1000),
    ok: latencies.length,
    errors,
    firstError,
    latencyMs: summarise(latencies),
  };
}

export async function runProxyBenchmark() {
  const adminUrl = process.env.BENCH_DATABASE_URL;
  if (!adminUrl)
    throw new Error('bench/proxy.mjs needs BENCH_DATABASE_URL=postgres://… (two processes share one PostgreSQL)');
  const { nginxConfig, NGINX } = await loadRepoModule('apps/server/test/processes.ts');
  const loadBefore = os.loadavg();
  const databaseUrl = await recreateScratchDatabase(adminUrl);
  const dir = tempDir('proxy');
  try {
    // The city: one county with one member of staff, and a registry to file from (each filing a new company).
    const registry = Number(process.env.BENCH_PROXY_COMPANIES ?? 20_000);
    const env = serverEnv({ dataDir: path.join(dir, 'cli'), port: 3000, databaseUrl });
    const zs = (...args) => execFileSync(process.execPath, [cliPath, ...args], { cwd: repoDir, env, encoding: 'utf8' });
    zs('migrate');
    zs('unit', 'add', '--name', '压测县', '--kind', 'county');
    zs(
      'user',
      'add',
      '--username',
      'proxystaff',
      '--password',
      STAFF_INITIAL,
      '--role',
      'unit_staff',
      '--unit',
      '压测县',
    );
    const csv = path.join(dir, 'companies.csv');
    const lines = ['企业名称,统一社会信用代码'];
    for (let i = 0; i < registry; i++) lines.push(`压测第${i}号智能装备有限公司,`);
    fs.writeFileSync(csv, `${lines.join('\n')}\n`);
    zs('import', 'companies', csv);

    const [pa, pb, pn] = [await freePort(), await freePort(), await freePort()];
    const servers = [
      await startServe({ dataDir: path.join(dir, 'a'), port: pa, databaseUrl }),
      await startServe({ dataDir: path.join(dir, 'b'), port: pb, databaseUrl }),
    ];
    const conf = nginxConfig(dir, pn, [pa, pb]);
    const nginx = spawnTracked(NGINX, ['-c', conf, '-p', dir]);
    await until(async () => (await request(pn, { path: '/api/v1/auth/me' })).status === 401, {
      timeoutMs: 10_000,
      what: 'nginx',
    });
    try {
      const login = async (password) => {
        const res = await request(pn, {
          method: 'POST',
          path: '/api/v1/auth/login',
          body: { username: 'proxystaff', password },
        });
        if (res.status !== 200) throw new Error(`login answered ${res.status}`);
        const cookie = res.headers['set-cookie'].find((c) => c.startsWith('zs_session=')).split(';')[0];
        return { cookie, 'x-csrf-token': json(res).csrfToken };
      };
      const first = await login(STAFF_INITIAL);
      const changed = await request(pn, {
        method: 'POST',
        path: '/api/v1/auth/password',
        headers: first,
        body: { currentPassword: STAFF_INITIAL, newPassword: STAFF_PASSWORD },
      });
      if (changed.status >= 300) throw new Error(`password change answered ${changed.status}`);
      const headers = await login(STAFF_PASSWORD);
      // Company ids in the order imported: each filing takes the next one nobody holds.
      const { openDatabase } = await loadRepoModule('apps/server/src/db/client.ts');
      const db = await openDatabase({ databaseUrl });
      const ids = (await db.pool.query('select id from companies order by id')).rows.map((r) => r.id);
      await db.close();
      let next = 0;
      const list = () => ({ path: '/api/v1/filings', headers });
      const file = () => ({ method: 'POST', path: '/api/v1/filings', headers, body: { companyId: ids[next++] } });

      const results = {};
      for (const [name, make] of [
        // Filings first: the list then pages through the thousands of filings they made.
        ['filing', file],
        ['list', list],
      ]) {
        const max = await measureMaximum(pn, make, MAX_SECONDS * 1000, CONCURRENCY);
        const rate = Math.max(1, Math.floor(max.perSecond / 2));
        if (next + rate * SECONDS > ids.length) throw new Error(`not enough companies for ${rate}/s × ${SECONDS} s`);
        const half = await runFixedRate({ port: pn, rate, durationMs: SECONDS * 1000, make });
        results[name] = { maximum: max, atHalf: half };
        console.log(
          `  ${name.padEnd(6)} max ${max.perSecond.toFixed(0)}/s (${max.errors} errors)  at ${rate}/s for ${SECONDS} s: ` +
            `${half.ok} ok, ${half.errors} errors, p50 ${fmtMs(half.latencyMs.p50)}, p99 ${fmtMs(half.latencyMs.p99)}`,
        );
      }
      return {
        machine: machineInfo(),
        loadBefore,
        loadAfter: os.loadavg(),
        nginx: spawnSync(NGINX, ['-v'], { encoding: 'utf8' }).stderr.trim(),
        setup: { processes: 2, proxy: 'nginx (Debian)', database: 'PostgreSQL', concurrencyForMaximum: CONCURRENCY },
        seconds: SECONDS,
        results,
        ok: Object.values(results).every((r) => r.atHalf.errors === 0 && r.maximum.errors === 0),
      };
    } finally {
      await stopChild(nginx);
      for (const s of servers) await stopChild(s);
    }
  } finally {
    await dropScratchDatabase(adminUrl);
  }
}

if (isMain(import.meta.url)) {
  const result = await runProxyBenchmark();
  console.log(`written ${writeResult('proxy-postgresql', result)}`);
  process.exit(result.ok ? 0 : 1);
}
