// Matching against a large registry (issue 3): matchCompany() for a mix of queries as clerks
// type them, against 1,000,000 generated companies on PostgreSQL (p95 ≤ 30 ms) and 100,000 on
// PGlite (p95 ≤ 60 ms); then a list of 10,000 names through the `company match --file` code
// (matchCompanyFile: sequential matchCompany calls, one JSON line each), ≤ 60 s on PostgreSQL.
// The slowest query of each kind is replayed under EXPLAIN (ANALYZE, BUFFERS).
//   node bench/registry.mjs [--pg]          (--pg needs BENCH_DATABASE_URL)
// BENCH_COMPANIES (PostgreSQL, default 1,000,000), BENCH_PGLITE_COMPANIES (100,000),
// BENCH_QUERIES (1,000), BENCH_WARMUP (100), BENCH_BATCH (10,000) tune it. On PostgreSQL the
// queries are run once more with pg_trgm.similarity_threshold = 0.5 for the session (a what-if
// for the report, not a figure; BENCH_WHATIF=0 skips it, BENCH_WHATIF_BATCH=1 adds the batch).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadRepoModule, makeQueries, QUERY_KINDS } from './lib/companies-gen.mjs';
import { summarise } from './lib/http.mjs';
import { captureStatements, explainStatement, shortSql } from './lib/pg-profile.mjs';
import { removeTempDir, tempDir } from './lib/processes.mjs';
import { acquireRegistry, loadServer, releaseRegistries, systemContext } from './lib/registry-db.mjs';
import { serverSettings } from './lib/scratch-db.mjs';
import { backendFromArgs, backendLabel, fmtMs, isMain, writeResult } from './lib/zhaoshang.mjs';

export const MATCH_P95_LIMIT_MS = { pg: 30, pglite: 60 };
export const MATCH_TARGET_SIZE = { pg: 1_000_000, pglite: 100_000 };
export const BATCH_LIMIT_S = 60;
const QUERIES = Number(process.env.BENCH_QUERIES ?? 1000);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 100);
const BATCH = Number(process.env.BENCH_BATCH ?? 10_000);

const answerOf = (r) => `${r.level}:${r.candidates.map((c) => `${c.id}/${c.level}/${c.score}`).join(',')}`;
const countBy = (items, key) => {
  const counts = {};
  for (const x of items) counts[key(x)] = (counts[key(x)] ?? 0) + 1;
  return counts;
};
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const roundSummary = (s) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, round(v, 2)]));
const sizeNote = (backend, size) =>
  size < MATCH_TARGET_SIZE[backend.kind]
    ? ` — at ${size.toLocaleString('en')}, not the figure's ${MATCH_TARGET_SIZE[backend.kind].toLocaleString('en')}`
    : '';

export async function runRegistryBenchmark(backend = { kind: 'pglite' }, { log = console.log } = {}) {
  const server = await loadServer();
  const started = performance.now();
  const registry = await acquireRegistry(backend, { log });
  const buildSeconds = (performance.now() - started) / 1000;
  const { database, size, gen, sample } = registry;
  log(
    `  registry: ${size.toLocaleString('en')} companies ${registry.reused ? '(reused)' : `built in ${buildSeconds.toFixed(1)} s`}`,
  );
  const match = (q) => server.matchCompany(database.db, systemContext, { name: q.name, uscc: q.uscc });

  // Warm-up: JIT, the connection pool, the index pages the queries touch first.
  for (const q of makeQueries(gen, sample, WARMUP, 1)) await match(q);

  const queries = makeQueries(gen, sample, QUERIES, 2);
  const loadBefore = os.loadavg();
  const results = [];
  for (const q of queries) {
    const t0 = performance.now();
    const r = await match(q);
    results.push({
      ...q,
      ms: performance.now() - t0,
      level: r.level,
      candidates: r.candidates.length,
      top: r.candidates[0]?.reason ?? null,
      answer: answerOf(r),
    });
  }
  const loadAfter = os.loadavg();
  const latency = summarise(results.map((r) => r.ms));
  const byKind = Object.fromEntries(
    QUERY_KINDS.map(([kind]) => {
      const rs = results.filter((r) => r.kind === kind);
      return [
        kind,
        {
          n: rs.length,
          latencyMs: roundSummary(summarise(rs.map((r) => r.ms))),
          levels: countBy(rs, (r) => r.level),
          topReasons: countBy(rs, (r) => r.top ?? '-'),
          meanCandidates: round(rs.reduce((s, r) => s + r.candidates, 0) / (rs.length || 1)),
        },
      ];
    }),
  );

  // Where the time goes: the slowest query of each kind, split into the name keys (JS), the
  // candidate query (SQL round trip) and the rest, with the candidate query's plan.
  const slowest = QUERY_KINDS.map(
    ([kind]) => results.filter((r) => r.kind === kind).sort((a, b) => b.ms - a.ms)[0],
  ).filter(Boolean);
  const diagnostics = [];
  const candidateStatements = [];
  for (const q of slowest) {
    const t0 = performance.now();
    const { statements } = await captureStatements(database, () => match(q));
    const total = performance.now() - t0;
    const candidateQuery = statements.find((s) => /similarity\(/.test(s.text)) ?? statements[0];
    const plan = candidateQuery
      ? await explainStatement(database, candidateQuery, { databaseUrl: registry.databaseUrl })
      : [];
    if (candidateQuery) candidateStatements.push({ kind: q.kind, statement: candidateQuery });
    diagnostics.push({
      kind: q.kind,
      name: q.name,
      firstMs: round(q.ms, 2),
      againMs: round(total, 2),
      sqlMs: round(
        statements.reduce((s, x) => s + x.ms, 0),
        2,
      ),
      statements: statements.map((s) => ({ sql: shortSql(s.text), values: s.values, ms: round(s.ms, 2) })),
      plan,
    });
  }
  // The name keys alone (normalisation through OpenCC, similarity key), over all queries.
  const { matchQueryOf } = await loadRepoModule('apps/server/src/modules/companies/company-matching.ts');
  const tKeys = performance.now();
  for (const q of queries) matchQueryOf(q.name, null);
  const keysMsPerQuery = (performance.now() - tKeys) / queries.length;

  // What if: the same queries on connections where pg_trgm's `%` uses 0.5 (the service's
  // SIMILAR_THRESHOLD) instead of its default 0.3 — PostgreSQL only, server code unchanged.
  const whatIf =
    backend.kind === 'pg' && process.env.BENCH_WHATIF !== '0'
      ? await thresholdWhatIf(server, registry, queries, results, gen, sample, candidateStatements)
      : undefined;

  // The batch: a file of names, one a line (with a tab and credit code where the clerk had one).
  const dir = tempDir('match-batch');
  let batch;
  try {
    const batchQueries = makeQueries(gen, sample, BATCH, 3);
    const file = path.join(dir, 'names.txt');
    fs.writeFileSync(file, `${batchQueries.map((q) => (q.uscc ? `${q.name}\t${q.uscc}` : q.name)).join('\n')}\n`);
    const lines = [];
    const out = { json: true, print: (_human, json) => lines.push(JSON.stringify(json)) };
    const batchLoadBefore = os.loadavg()[0];
    const t0 = performance.now();
    const exit = await server.matchCompanyFile(database, file, out);
    const seconds = (performance.now() - t0) / 1000;
    if (lines.length !== BATCH)
      throw new Error(`match --file printed ${lines.length} lines for ${BATCH} names (exit ${exit})`);
    batch = {
      names: BATCH,
      seconds,
      perNameMs: (seconds * 1000) / BATCH,
      exitCode: exit,
      levels: countBy(
        lines.map((l) => JSON.parse(l)),
        (j) => j.level ?? 'error',
      ),
      loadBefore: batchLoadBefore,
      loadAfter: os.loadavg()[0],
    };
  } finally {
    removeTempDir(dir);
  }

  const limit = MATCH_P95_LIMIT_MS[backend.kind];
  const figures = [
    {
      figure: `match p95, ${size.toLocaleString('en')} companies (${QUERIES} mixed queries)`,
      value: latency.p95,
      display: `${fmtMs(latency.p95)} (p50 ${fmtMs(latency.p50)}, p99 ${fmtMs(latency.p99)})${sizeNote(backend, size)}`,
      limit: `≤ ${limit} ms at ${MATCH_TARGET_SIZE[backend.kind].toLocaleString('en')}`,
      pass: latency.p95 <= limit && size >= MATCH_TARGET_SIZE[backend.kind],
    },
  ];
  if (backend.kind === 'pg') {
    figures.push({
      figure: `match --file, ${BATCH.toLocaleString('en')} names, ${size.toLocaleString('en')} companies`,
      value: batch.seconds,
      display: `${batch.seconds.toFixed(1)} s (${batch.perNameMs.toFixed(1)} ms a name)${sizeNote(backend, size)}`,
      limit: `≤ ${BATCH_LIMIT_S} s at 1,000,000`,
      pass: batch.seconds <= BATCH_LIMIT_S && size >= MATCH_TARGET_SIZE.pg && BATCH >= 10_000,
    });
  }
  return {
    name: 'registry',
    backend: backendLabel(backend),
    companies: size,
    registry: {
      reused: registry.reused,
      buildSeconds: registry.reused ? null : buildSeconds,
      timingsMs: registry.timings,
      stats: registry.stats,
    },
    postgres: backend.kind === 'pg' ? await serverSettings(backend.adminUrl) : undefined,
    queries: QUERIES,
    warmup: WARMUP,
    latencyMs: roundSummary(latency),
    levels: countBy(results, (r) => r.level),
    byKind,
    nameKeysMsPerQuery: round(keysMsPerQuery, 3),
    loadDuringQueries: { before: loadBefore, after: loadAfter },
    batch,
    whatIfTrigramThreshold: whatIf,
    diagnostics,
    figures,
  };
}

/**
 * Runs the measured queries again through a second connection pool whose sessions start with
 * pg_trgm.similarity_threshold = 0.5 and compares every answer (level, candidate ids, levels
 * and scores) with the measured run's. BENCH_WHATIF_BATCH=1 also times the 10,000-name batch.
 */
async function thresholdWhatIf(server, registry, queries, results, gen, sample, candidateStatements) {
  const url = new URL(registry.databaseUrl);
  url.searchParams.set('options', '-c pg_trgm.similarity_threshold=0.5');
  const database = await server.openDatabase({ databaseUrl: url.toString() });
  try {
    const match = (q) => server.matchCompany(database.db, systemContext, { name: q.name, uscc: q.uscc });
    for (const q of makeQueries(gen, sample, WARMUP, 1)) await match(q);
    const ms = [];
    const differing = [];
    for (const [i, q] of queries.entries()) {
      const t0 = performance.now();
      const r = await match(q);
      ms.push(performance.now() - t0);
      if (answerOf(r) !== results[i].answer)
        differing.push({ kind: q.kind, name: q.name, at03: results[i].answer, at05: answerOf(r) });
    }
    // The default threshold once more, after the what-if, so the order (a warmer cache) is seen.
    const again = [];
    for (const q of queries) {
      const t0 = performance.now();
      await server.matchCompany(registry.database.db, systemContext, { name: q.name, uscc: q.uscc });
      again.push(performance.now() - t0);
    }
    // The slowest queries' candidate statements under the higher threshold.
    const plans = [];
    for (const { kind, statement } of candidateStatements) {
      plans.push({
        kind,
        values: statement.values,
        plan: await explainStatement(database, statement, { databaseUrl: url.toString() }),
      });
    }
    const out = {
      threshold: 0.5,
      plans,
      latencyMs: roundSummary(summarise(ms)),
      defaultThresholdAgainMs: roundSummary(summarise(again)),
      sameAnswers: queries.length - differing.length,
      differing: differing.slice(0, 20),
    };
    if (process.env.BENCH_WHATIF_BATCH === '1') {
      const t0 = performance.now();
      for (const q of makeQueries(gen, sample, BATCH, 3)) await match(q);
      out.batchSeconds = (performance.now() - t0) / 1000;
    }
    return out;
  } finally {
    await database.close();
  }
}

export function printRegistryResult(r, log = console.log) {
  log(
    `registry matching (${r.backend}), ${r.companies.toLocaleString('en')} companies, ${r.queries} queries after ${r.warmup} warm-up`,
  );
  if (r.registry.buildSeconds) {
    const t = r.registry.timingsMs;
    log(
      `  built in ${r.registry.buildSeconds.toFixed(1)} s: generate+load ${fmtMs(t.generateAndLoadMs)}, indexes ${fmtMs(t.indexMs)}, vacuum analyze ${fmtMs(t.vacuumAnalyzeMs)}; ${r.registry.stats.tableAndIndexesMB.toFixed(0)} MB`,
    );
  }
  log(
    `  all      p50 ${fmtMs(r.latencyMs.p50)}  p95 ${fmtMs(r.latencyMs.p95)}  p99 ${fmtMs(r.latencyMs.p99)}  max ${fmtMs(r.latencyMs.max)}  levels ${JSON.stringify(r.levels)}`,
  );
  for (const [kind, k] of Object.entries(r.byKind)) {
    log(
      `  ${kind.padEnd(13)} n=${String(k.n).padStart(4)}  p50 ${fmtMs(k.latencyMs.p50).padStart(8)}  p95 ${fmtMs(k.latencyMs.p95).padStart(8)}  levels ${JSON.stringify(k.levels)}  top ${JSON.stringify(k.topReasons)}`,
    );
  }
  log(`  name keys (JS) ${r.nameKeysMsPerQuery} ms a query`);
  for (const d of r.diagnostics)
    log(`  slowest ${d.kind}: ${d.name} ${d.firstMs} ms (again ${d.againMs} ms, SQL ${d.sqlMs} ms)`);
  if (r.whatIfTrigramThreshold) {
    const w = r.whatIfTrigramThreshold;
    log(
      `  what if similarity_threshold = 0.5: p50 ${fmtMs(w.latencyMs.p50)}  p95 ${fmtMs(w.latencyMs.p95)}  p99 ${fmtMs(w.latencyMs.p99)}  mean ${fmtMs(w.latencyMs.mean)}; same answers ${w.sameAnswers}/${r.queries}${w.batchSeconds ? `; batch ${w.batchSeconds.toFixed(1)} s` : ''}`,
    );
    log(
      `  default 0.3 again after it:         p50 ${fmtMs(w.defaultThresholdAgainMs.p50)}  p95 ${fmtMs(w.defaultThresholdAgainMs.p95)}  p99 ${fmtMs(w.defaultThresholdAgainMs.p99)}  mean ${fmtMs(w.defaultThresholdAgainMs.mean)}`,
    );
  }
  log(
    `  batch: ${r.batch.names} names in ${r.batch.seconds.toFixed(1)} s (${r.batch.perNameMs.toFixed(1)} ms a name), levels ${JSON.stringify(r.batch.levels)}`,
  );
  for (const f of r.figures) log(`  ${f.pass ? 'PASS' : 'FAIL'}  ${f.figure}: ${f.display} (limit ${f.limit})`);
}

if (isMain(import.meta.url)) {
  const backend = backendFromArgs();
  try {
    const r = await runRegistryBenchmark(backend);
    printRegistryResult(r);
    console.log(`  → ${writeResult(`registry-${r.backend.toLowerCase()}`, { loadavg: os.loadavg(), ...r })}`);
  } finally {
    await releaseRegistries();
  }
}
