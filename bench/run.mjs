// `npm run bench`: every benchmark in order, on PGlite and, when BENCH_DATABASE_URL is set,
// the server-side ones on PostgreSQL too. Prints a table and writes bench/results/latest.json.
//   npm run bench                      # all
//   npm run bench -- startup web       # some, by name
// A benchmark that throws is recorded as failed; the others still run.
import os from 'node:os';
import path from 'node:path';
import { runAssessmentBenchmark } from './assessment.mjs';
import { runDemoBenchmark } from './demo.mjs';
import { runFilingBenchmark } from './filing.mjs';
import { runImportBenchmark } from './import.mjs';
import { backendLabel, backends, machineInfo, writeResult } from './lib/zhaoshang.mjs';
import { runLoginBenchmark } from './login.mjs';
import { runProjectImportBenchmark } from './project-import.mjs';
import { runProjectsBenchmark } from './projects.mjs';
import { runReadThroughputBenchmark } from './read-throughput.mjs';
import { runRegistryBenchmark } from './registry.mjs';
import { runStartupBenchmark } from './startup.mjs';
import { runWebBenchmark } from './web.mjs';

const BENCHMARKS = [
  { name: 'startup', run: runStartupBenchmark, perBackend: true },
  { name: 'login', run: runLoginBenchmark, perBackend: true },
  { name: 'read-throughput', run: runReadThroughputBenchmark, perBackend: true },
  { name: 'web', run: () => runWebBenchmark(), perBackend: false },
  { name: 'demo', run: () => runDemoBenchmark(), perBackend: false },
  // Issue 3. registry and filing share one generated registry per database (built by the first).
  { name: 'registry', run: runRegistryBenchmark, perBackend: true },
  { name: 'import', run: runImportBenchmark, perBackend: true },
  { name: 'filing', run: runFilingBenchmark, perBackend: true },
  // Issue 4. PostgreSQL first: PGlite's figures are ratios to PostgreSQL's times of the same run.
  { name: 'projects', run: runProjectsBenchmark, perBackend: true, postgresFirst: true },
  { name: 'project-import', run: runProjectImportBenchmark, perBackend: true },
  // Issue 5: reuses the projects data set (BENCH_PROJECTS_KEEP=1 keeps it between the two).
  { name: 'assessment', run: runAssessmentBenchmark, perBackend: true },
];

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !BENCHMARKS.some((b) => b.name === w));
if (unknown.length) {
  console.error(`unknown benchmark(s): ${unknown.join(', ')}; known: ${BENCHMARKS.map((b) => b.name).join(', ')}`);
  process.exit(2);
}

const machine = machineInfo();
console.log(
  `${machine.date}  ${machine.nproc} CPUs (${machine.cpuModel})  node ${machine.node}  load ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);

const runs = [];
for (const bench of BENCHMARKS.filter((b) => !wanted.length || wanted.includes(b.name))) {
  const list = bench.perBackend ? backends() : [{ kind: 'pglite' }];
  if (bench.postgresFirst) list.sort((a, b) => (a.kind === 'pg' ? 0 : 1) - (b.kind === 'pg' ? 0 : 1));
  for (const backend of list) {
    const label = `${bench.name} (${backendLabel(backend)})`;
    console.log(`\n▶ ${label}`);
    const loadBefore = os.loadavg()[0];
    const started = performance.now();
    try {
      const result = await bench.run(backend);
      runs.push({ ...result, seconds: (performance.now() - started) / 1000, loadBefore, loadAfter: os.loadavg()[0] });
      for (const f of result.figures)
        console.log(`  ${f.pass ? 'PASS' : 'FAIL'}  ${f.figure}: ${f.display} (limit ${f.limit})`);
    } catch (e) {
      console.error(`  ERROR ${e.stack ?? e}`);
      runs.push({
        name: bench.name,
        backend: backendLabel(backend),
        error: String(e.message ?? e).slice(0, 4000),
        figures: [
          {
            figure: 'benchmark ran',
            value: null,
            display: `error: ${String(e.message ?? e).split('\n')[0]}`,
            limit: 'runs',
            pass: false,
          },
        ],
      });
    }
  }
}

const rows = runs.flatMap((r) =>
  r.figures.map((f) => [r.name, r.backend, f.figure, f.display, f.limit, f.pass ? 'PASS' : 'FAIL']),
);
const header = ['benchmark', 'database', 'figure', 'value', 'limit', 'result'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
for (const r of rows) console.log(line(r));

const file = writeResult('latest', { machine, runs });
console.log(`\n→ ${path.relative(process.cwd(), file)}`);
process.exitCode = runs.every((r) => r.figures.every((f) => f.pass)) ? 0 : 1;
