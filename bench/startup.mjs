// Start-up: `zhaoshang serve` on an empty DATA_DIR (migrate + demo city) until GET / answers
// the web app's HTML (figure: ≤ 20 s), then restarts on the same data (figure: ≤ 5 s).
// Also: how long the web build takes (what `npm start` adds when apps/web/dist is missing),
// `npm start` itself when scripts/start.mjs exists, and a per-step breakdown of a start.
//   node bench/startup.mjs [--pg]      (--pg needs BENCH_DATABASE_URL)
// BENCH_STARTUP_COLD_RUNS (default 2), BENCH_STARTUP_WARM_RUNS (default 3), BENCH_BUILD=0 skips the build timing.
import fs from 'node:fs';
import path from 'node:path';
import { request, until } from './lib/http.mjs';
import { freePort, removeTempDir, spawnTracked, stopChild, tempDir, waitForLine } from './lib/processes.mjs';
import {
  backendFromArgs,
  backendLabel,
  benchDir,
  cliPath,
  dropScratchDatabase,
  fmtMs,
  isMain,
  READY_LINE,
  recreateScratchDatabase,
  repoDir,
  serverEnv,
  webDir,
  webDist,
  writeResult,
} from './lib/zhaoshang.mjs';

export const COLD_LIMIT_MS = 20_000;
export const WARM_LIMIT_MS = 5_000;
const COLD_RUNS = Number(process.env.BENCH_STARTUP_COLD_RUNS ?? 2);
const WARM_RUNS = Number(process.env.BENCH_STARTUP_WARM_RUNS ?? 3);
const viteBin = path.join(repoDir, 'node_modules/vite/bin/vite.js');

/** Runs `vite build` into `outDir`; resolves with its duration, or the failure. */
async function buildWeb(outDir) {
  const started = performance.now();
  const child = spawnTracked(process.execPath, [viteBin, 'build', '--outDir', outDir, '--emptyOutDir'], {
    cwd: webDir,
  });
  const { code } = await child.exited;
  return {
    ok: code === 0,
    ms: performance.now() - started,
    ...(code === 0 ? {} : { outputTail: child.output.slice(-2000) }),
  };
}

/** GET / answered 200 with the single-page app's HTML. */
async function pageLoads(port) {
  const res = await request(port, { path: '/', timeoutMs: 2000 });
  return (
    res.status === 200 && /text\/html/.test(res.headers['content-type'] ?? '') && res.body.includes('<div id="root">')
  );
}

/** Spawns a server command and times it until the page loads; leaves it running for the caller to stop. */
async function timeStart(command, args, env) {
  const started = performance.now();
  const child = spawnTracked(command, args, { cwd: repoDir, env });
  let readyLineMs;
  waitForLine(child, READY_LINE, 300_000).then(
    () => {
      readyLineMs = performance.now() - started;
    },
    () => {},
  );
  try {
    await until(
      async () => {
        if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${child.output}`);
        return pageLoads(Number(env.PORT));
      },
      { timeoutMs: 300_000, intervalMs: 20, what: 'GET /' },
    );
  } catch (e) {
    await stopChild(child);
    throw new Error(`${e.message}\n${child.output.slice(-2000)}`);
  }
  const pageMs = performance.now() - started;
  const selfReported = /用时 ([\d.]+) 秒/.exec(child.output)?.[1];
  return { child, pageMs, readyLineMs, serverSaysS: selfReported ? Number(selfReported) : undefined };
}

async function phases(dataDir, databaseUrl) {
  const started = performance.now();
  const child = spawnTracked(process.execPath, [path.join(benchDir, 'lib/startup-phases.mjs')], {
    cwd: repoDir,
    env: {
      ...process.env,
      BENCH_PHASES: JSON.stringify({ pgliteDir: path.join(dataDir, 'pgdata'), databaseUrl, port: await freePort() }),
    },
  });
  const line = await waitForLine(child, /^PHASES /, 120_000);
  const result = JSON.parse(line.slice('PHASES '.length));
  await child.exited;
  return { ...result, wallToFirstPage: Math.round(performance.now() - started - result.close) };
}

export async function runStartupBenchmark(backend = { kind: 'pglite' }) {
  const result = { name: 'startup', backend: backendLabel(backend), cold: [], warm: [] };
  const dataDirs = [];
  try {
    if (!fs.existsSync(path.join(webDist, 'index.html'))) {
      // Without the web build `/` has nothing to serve: build it once, as `npm start` would.
      result.distWasMissing = true;
      result.initialBuild = await buildWeb(webDist);
      if (!result.initialBuild.ok)
        throw new Error(`the web build failed, so GET / cannot answer:\n${result.initialBuild.outputTail}`);
    }
    if (process.env.BENCH_BUILD !== '0' && backend.kind === 'pglite') {
      // Into a temp folder, so a build that breaks halfway never takes the served dist away.
      const outDir = tempDir('web-build');
      result.webBuild = await buildWeb(outDir);
      removeTempDir(outDir);
    }

    let databaseUrl;
    for (let i = 0; i < COLD_RUNS; i++) {
      const dataDir = tempDir('startup');
      dataDirs.push(dataDir);
      if (backend.kind === 'pg') databaseUrl = await recreateScratchDatabase(backend.adminUrl);
      const env = serverEnv({ dataDir, port: await freePort(), databaseUrl });
      const run = await timeStart(process.execPath, [cliPath, 'serve'], env);
      run.stopMs = await stopChild(run.child);
      result.cold.push({
        pageMs: run.pageMs,
        readyLineMs: run.readyLineMs,
        serverSaysS: run.serverSaysS,
        stopMs: run.stopMs,
      });
    }
    const lastDir = dataDirs.at(-1);
    for (let i = 0; i < WARM_RUNS; i++) {
      const env = serverEnv({ dataDir: lastDir, port: await freePort(), databaseUrl });
      const run = await timeStart(process.execPath, [cliPath, 'serve'], env);
      run.stopMs = await stopChild(run.child);
      result.warm.push({
        pageMs: run.pageMs,
        readyLineMs: run.readyLineMs,
        serverSaysS: run.serverSaysS,
        stopMs: run.stopMs,
      });
    }

    // The same steps in one process, timed one by one: first on empty data, then on the data it made.
    const phaseDir = tempDir('phases');
    dataDirs.push(phaseDir);
    if (backend.kind === 'pg') databaseUrl = await recreateScratchDatabase(backend.adminUrl);
    result.phasesEmpty = await phases(phaseDir, databaseUrl);
    result.phasesExisting = await phases(phaseDir, databaseUrl);

    if (backend.kind === 'pglite') {
      if (fs.existsSync(path.join(repoDir, 'scripts/start.mjs'))) {
        const dataDir = tempDir('npm-start');
        dataDirs.push(dataDir);
        const env = serverEnv({ dataDir, port: await freePort() });
        try {
          const run = await timeStart('npm', ['start'], env);
          await stopChild(run.child);
          // start.mjs rebuilds when dist is older than the web sources (others may be editing them).
          result.npmStart = { ok: true, pageMs: run.pageMs, rebuiltWeb: /正在构建/.test(run.child.output) };
        } catch (e) {
          result.npmStart = { ok: false, error: e.message.slice(0, 2000) };
        }
      } else {
        result.npmStart = {
          ok: false,
          error: 'scripts/start.mjs does not exist: `npm start` fails before starting anything',
        };
      }
    }
  } finally {
    for (const dir of dataDirs) removeTempDir(dir);
    if (backend.kind === 'pg') await dropScratchDatabase(backend.adminUrl);
  }

  const worst = (runs) => Math.max(...runs.map((r) => r.pageMs));
  const coldWorst = worst(result.cold);
  const warmWorst = worst(result.warm);
  result.figures = [
    {
      figure: `empty ${backend.kind === 'pg' ? 'database' : 'DATA_DIR'} → page (serve, worst of ${result.cold.length})`,
      value: coldWorst,
      display: fmtMs(coldWorst),
      limit: `≤ ${COLD_LIMIT_MS / 1000} s`,
      pass: coldWorst <= COLD_LIMIT_MS,
    },
    {
      figure: `restart with data → page (worst of ${result.warm.length})`,
      value: warmWorst,
      display: fmtMs(warmWorst),
      limit: `≤ ${WARM_LIMIT_MS / 1000} s`,
      pass: warmWorst <= WARM_LIMIT_MS,
    },
  ];
  if (result.webBuild?.ok) {
    const estimate = result.webBuild.ms + coldWorst;
    result.figures.push({
      figure: 'npm start without dist (build + cold start, estimated)',
      value: estimate,
      display: `${fmtMs(estimate)} (build ${fmtMs(result.webBuild.ms)})`,
      limit: `≤ ${COLD_LIMIT_MS / 1000} s`,
      pass: estimate <= COLD_LIMIT_MS,
    });
  }
  return result;
}

if (isMain(import.meta.url)) {
  const r = await runStartupBenchmark(backendFromArgs());
  console.log(`start-up (${r.backend})`);
  for (const [label, runs] of [
    ['empty', r.cold],
    ['restart', r.warm],
  ]) {
    for (const run of runs) {
      console.log(
        `  ${label.padEnd(8)} page ${fmtMs(run.pageMs)}  ready line ${fmtMs(run.readyLineMs)}  server says ${run.serverSaysS} s  stop ${fmtMs(run.stopMs)}`,
      );
    }
  }
  if (r.webBuild)
    console.log(`  web build: ${r.webBuild.ok ? fmtMs(r.webBuild.ms) : `FAILED\n${r.webBuild.outputTail}`}`);
  console.log(`  steps, empty data:    ${JSON.stringify(r.phasesEmpty)}`);
  console.log(`  steps, existing data: ${JSON.stringify(r.phasesExisting)}`);
  if (r.npmStart) {
    const how = r.npmStart.rebuiltWeb ? ' (rebuilt the web app first)' : ' (dist up to date, no build)';
    console.log(`  npm start: ${r.npmStart.ok ? `${fmtMs(r.npmStart.pageMs)}${how}` : r.npmStart.error}`);
  }
  for (const f of r.figures) console.log(`  ${f.figure}: ${f.display} (limit ${f.limit}) ${f.pass ? 'PASS' : 'FAIL'}`);
  console.log(`  → ${writeResult(`startup-${r.backend.toLowerCase()}`, r)}`);
}
