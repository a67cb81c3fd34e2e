// One `import companies FILE` (or `import projects FILE`) in a process of its own, so its memory
// is the importer's: readTableFile (exceljs loads the whole workbook) and importCompanies or
// importProjects (dryRun false), as the CLI's importFile does them, timed apart, with every SQL
// statement's round trip recorded and the process's resident memory sampled every 100 ms (plus
// the kernel's high-water mark, VmHWM, which also catches peaks inside long synchronous stretches
// where no timer can fire).
// Configured by BENCH_IMPORT (JSON): { databaseUrl | pgliteDir, file, kind? }. `kind` is
// 'companies' (importCompanies, the default) or 'projects' (importProjects, `import projects
// FILE`; the units and investors it names must be in the database already). Prints "RESULT {json}".
import fs from 'node:fs';
import path from 'node:path';
import { loadRepoModule } from './companies-gen.mjs';
import { captureStatements, shortSql } from './pg-profile.mjs';

const config = JSON.parse(process.env.BENCH_IMPORT ?? '{}');
const IMPORTERS = {
  companies: ['apps/server/src/modules/companies/companies-import.ts', 'importCompanies'],
  projects: ['apps/server/src/modules/projects/projects-import.ts', 'importProjects'],
};
const [importerPath, importerName] = IMPORTERS[config.kind ?? 'companies'];
const [{ openDatabase, migrateDatabase }, { readTableFile }, { [importerName]: importRows }] = await Promise.all([
  loadRepoModule('apps/server/src/db/client.ts'),
  loadRepoModule('apps/server/src/spreadsheet/read-table.ts'),
  loadRepoModule(importerPath),
]);

const statusKb = (field) =>
  Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1] ?? Number.NaN);
const mb = (bytes) => Math.round((bytes / 1048576) * 10) / 10;

const database = await openDatabase(
  config.databaseUrl ? { databaseUrl: config.databaseUrl } : { pgliteDir: config.pgliteDir },
);
await migrateDatabase(database);

const samples = [];
let peakRss = 0;
const t0 = performance.now();
const sample = () => {
  const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
  peakRss = Math.max(peakRss, rss);
  samples.push({
    ms: Math.round(performance.now() - t0),
    rssMB: mb(rss),
    heapUsedMB: mb(heapUsed),
    externalMB: mb(external + arrayBuffers),
  });
};
sample();
const baselineRss = process.memoryUsage().rss;
const baselineHwmKb = statusKb('VmHWM');
const timer = setInterval(sample, 100);

const fileBytes = fs.readFileSync(config.file);
const tRead = performance.now();
const table = await readTableFile(config.file);
const readMs = performance.now() - tRead;
sample();
const rssAfterRead = process.memoryUsage().rss;
const tImport = performance.now();
const { result: report, statements } = await captureStatements(database, () =>
  importRows(
    database,
    { actor: null, clientIp: null, requestId: null, lang: 'zh', systemName: 'bench import' },
    table,
    {
      dryRun: false,
      fileName: path.basename(config.file),
      fileBytes,
    },
  ),
);
const importMs = performance.now() - tImport;
clearInterval(timer);
sample();
await database.close();

const sqlMs = statements.reduce((s, x) => s + x.ms, 0);
const result = {
  rows: table.rows.length,
  report: { ...report, errors: report.errors.slice(0, 5), errorCount: report.errors.length },
  readMs,
  importMs,
  totalMs: readMs + importMs,
  importSqlMs: sqlMs,
  importJsMs: importMs - sqlMs,
  statements: statements.map((s) => ({ sql: shortSql(s.text), params: s.values.length, ms: Math.round(s.ms) })),
  memory: {
    baselineRssMB: mb(baselineRss),
    rssAfterReadMB: mb(rssAfterRead),
    peakRssSampledMB: mb(peakRss),
    vmHwmMB: mb(statusKb('VmHWM') * 1024),
    vmHwmBeforeImportMB: mb(baselineHwmKb * 1024),
  },
  samples: samples.filter((_, i) => i % 5 === 0 || i === samples.length - 1),
};
console.log(`RESULT ${JSON.stringify(result)}`);
process.exit(0);
