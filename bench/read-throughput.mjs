// Authenticated read throughput: GET /api/v1/units through the whole app (session lookup,
// policy, zod serialisation) against a bare Fastify route returning the same JSON from the
// same database connection, in one run. Figure: app ≥ 50% of bare requests per second.
// Order A B B A (app, bare, bare, app) so drift (JIT, GC, the page cache) hits both alike;
// then, for the record, the app logging at info and two routes that split the gap.
//   node bench/read-throughput.mjs [--pg]      (--pg needs BENCH_DATABASE_URL)
// BENCH_DURATION_S (default 10 per segment) and BENCH_CONCURRENCY (default 16) tune it.

import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { json, request, runLoad } from './lib/http.mjs';
import { freePort, removeTempDir, stopChild, tempDir } from './lib/processes.mjs';
import {
  adminSession,
  backendFromArgs,
  backendLabel,
  dropScratchDatabase,
  isMain,
  recreateScratchDatabase,
  startTarget,
  writeResult,
} from './lib/zhaoshang.mjs';

export const READ_RATIO_LIMIT = 0.5;
const DURATION_MS = Number(process.env.BENCH_DURATION_S ?? 10) * 1000;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const WARMUP_MS = 3000;

function assertNoErrors(load, what) {
  if (load.errors) throw new Error(`${what}: ${load.errors} failed requests, first: ${load.firstError}`);
}

export async function runReadThroughputBenchmark(backend = { kind: 'pglite' }) {
  const dataDir = tempDir('read');
  const databaseUrl = backend.kind === 'pg' ? await recreateScratchDatabase(backend.adminUrl) : undefined;
  let target;
  try {
    const [appPort, barePort, appInfoLogPort] = [await freePort(), await freePort(), await freePort()];
    target = await startTarget({
      appPort,
      barePort,
      appInfoLogPort,
      pgliteDir: path.join(dataDir, 'pgdata'),
      databaseUrl,
    });
    const session = await adminSession(appPort);
    const app = { port: appPort, path: '/api/v1/units', headers: { cookie: session.cookie } };
    const appInfoLog = { ...app, port: appInfoLogPort };
    const bare = { port: barePort, path: '/units', headers: {} };

    // Both must answer the same document, or the comparison means nothing.
    const [a, b] = [await request(app.port, app), await request(bare.port, bare)];
    if (a.status !== 200 || b.status !== 200)
      throw new Error(
        `units answered ${a.status} (app) and ${b.status} (bare): ${a.body.toString('utf8').slice(0, 300)}`,
      );
    if (!isDeepStrictEqual(json(a), json(b)))
      throw new Error('the bare route and the app answer different JSON for the units');
    const unitCount = json(a).items.length;

    const opts = { durationMs: DURATION_MS, concurrency: CONCURRENCY };
    for (const t of [app, bare, appInfoLog])
      assertNoErrors(await runLoad({ ...t, ...opts, durationMs: WARMUP_MS }), `warm-up ${t.path}`);
    const segments = [];
    for (const [label, t] of [
      ['app', app],
      ['bare', bare],
      ['bare', bare],
      ['app', app],
    ]) {
      const load = await runLoad({ ...t, ...opts });
      assertNoErrors(load, label);
      segments.push({ label, ...load });
    }
    const infoLog = await runLoad({ ...appInfoLog, ...opts });
    assertNoErrors(infoLog, 'app with info log');

    // Where the gap goes: the bare route plus the session lookup, and the service's query alone.
    const diagnostics = {};
    for (const [label, routePath, headers] of [
      ['bare + session lookup', '/units-session', { cookie: session.cookie }],
      ['listUnits() service, no session', '/units-service', {}],
    ]) {
      const t = { port: barePort, path: routePath, headers };
      if (!isDeepStrictEqual(json(await request(barePort, t)), json(b)))
        throw new Error(`${routePath} answers different JSON`);
      const load = await runLoad({ ...t, ...opts, durationMs: DURATION_MS / 2 });
      assertNoErrors(load, label);
      diagnostics[label] = load;
    }

    const total = (label) => {
      const s = segments.filter((x) => x.label === label);
      return s.reduce((sum, x) => sum + x.ok, 0) / (s.reduce((sum, x) => sum + x.elapsedMs, 0) / 1000);
    };
    const appRps = total('app');
    const bareRps = total('bare');
    const ratio = appRps / bareRps;
    return {
      name: 'read-throughput',
      backend: backendLabel(backend),
      unitCount,
      responseBytes: a.body.length,
      durationSPerSegment: DURATION_MS / 1000,
      concurrency: CONCURRENCY,
      appRequestsPerSecond: appRps,
      bareRequestsPerSecond: bareRps,
      ratio,
      appWithInfoLogRequestsPerSecond: infoLog.requestsPerSecond,
      appWithInfoLogRatio: infoLog.requestsPerSecond / bareRps,
      segments,
      infoLogSegment: infoLog,
      diagnostics: Object.fromEntries(
        Object.entries(diagnostics).map(([label, load]) => [
          label,
          {
            requestsPerSecond: load.requestsPerSecond,
            ofBare: load.requestsPerSecond / bareRps,
            latencyMs: load.latencyMs,
          },
        ]),
      ),
      figures: [
        {
          figure: 'GET /api/v1/units ÷ bare Fastify (req/s)',
          value: ratio,
          display: `${(ratio * 100).toFixed(0)}% (${appRps.toFixed(0)} / ${bareRps.toFixed(0)} req/s)`,
          limit: `≥ ${READ_RATIO_LIMIT * 100}%`,
          pass: ratio >= READ_RATIO_LIMIT,
        },
      ],
    };
  } finally {
    if (target) await stopChild(target.child);
    removeTempDir(dataDir);
    if (databaseUrl) await dropScratchDatabase(backend.adminUrl);
  }
}

if (isMain(import.meta.url)) {
  const r = await runReadThroughputBenchmark(backendFromArgs());
  console.log(
    `read throughput (${r.backend}), ${r.unitCount} units, ${r.responseBytes} bytes, concurrency ${r.concurrency}, ${r.durationSPerSegment} s a segment`,
  );
  for (const s of r.segments) {
    console.log(
      `  ${s.label.padEnd(5)} ${s.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${s.latencyMs.p50.toFixed(1)} ms  p99 ${s.latencyMs.p99.toFixed(1)} ms`,
    );
  }
  console.log(
    `  app ÷ bare = ${(r.ratio * 100).toFixed(1)}%  (limit ≥ ${READ_RATIO_LIMIT * 100}%: ${r.figures[0].pass ? 'PASS' : 'FAIL'})`,
  );
  console.log(
    `  app with LOG_LEVEL=info: ${r.appWithInfoLogRequestsPerSecond.toFixed(0)} req/s = ${(r.appWithInfoLogRatio * 100).toFixed(1)}% of bare`,
  );
  for (const [label, d] of Object.entries(r.diagnostics)) {
    console.log(`  ${label}: ${d.requestsPerSecond.toFixed(0)} req/s = ${(d.ofBare * 100).toFixed(1)}% of bare`);
  }
  console.log(`  → ${writeResult(`read-throughput-${r.backend.toLowerCase()}`, r)}`);
}
