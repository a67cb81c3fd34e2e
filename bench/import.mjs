// Importing the registry from Excel (issue 3): 100,000 generated companies written to an .xlsx
// (exceljs's streaming writer, shared strings as Excel writes them), imported by the product's
// code — readTableFile + importCompanies(dryRun false), as `zhaoshang import companies FILE`
// does — in a child process whose memory is measured; against PostgreSQL's COPY of the same rows
// (psql \copy of a text file with the two name keys precomputed) into the same migrated table,
// each into a fresh scratch database, in one run: COPY, import, COPY again. Figures: import
// time ≤ 4× COPY's (the mean of the two), peak RSS of the importing process ≤ 1 GB.
// On PGlite (no PostgreSQL server) the reference is PGlite's own COPY … FROM '/dev/blob'.
//   node bench/import.mjs [--pg]           (--pg needs BENCH_DATABASE_URL)
// BENCH_IMPORT_ROWS (default 100,000) tunes it; BENCH_IMPORT_NODE_ARGS passes flags to the
// importing process's node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCompanyGenerator, INVESTOR_TYPE_ZH, loadNameFunctions, loadRepoModule } from './lib/companies-gen.mjs';
import { removeTempDir, spawnTracked, tempDir } from './lib/processes.mjs';
import { companyColumns, companyValues } from './lib/registry-db.mjs';
import { copyLine, createScratchDatabase, dropScratchDatabase, serverSettings } from './lib/scratch-db.mjs';
import { backendFromArgs, backendLabel, fmtMs, isMain, writeResult } from './lib/zhaoshang.mjs';

export const IMPORT_RATIO_LIMIT = 4;
export const IMPORT_RSS_LIMIT_MB = 1024;
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const IMPORT_SEED = 4242;
const childPath = path.join(path.dirname(fileURLToPath(import.meta.url)), 'lib/import-child.mjs');

/** The .xlsx a clerk would upload and the COPY text file of the same rows. */
async function writeFiles(dir, rows, columns) {
  const fns = await loadNameFunctions();
  const gen = createCompanyGenerator(fns, { seed: IMPORT_SEED });
  const companies = Array.from({ length: rows }, () => gen.next());
  const { default: ExcelJS } = await import('exceljs');
  const xlsx = path.join(dir, '企业名录.xlsx');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsx, useSharedStrings: true, useStyles: false });
  const ws = wb.addWorksheet('企业名录');
  ws.addRow(['企业名称', '统一社会信用代码', '投资方类型', '国别地区', '行业代码', '总部所在地']).commit();
  for (const c of companies) {
    ws.addRow([
      c.name,
      c.uscc ?? '',
      c.investorType ? INVESTOR_TYPE_ZH[c.investorType] : '',
      c.countryRegion ?? '',
      c.industryCode ?? '',
      c.headquarters ?? '',
    ]).commit();
  }
  ws.commit();
  await wb.commit();
  const copyFile = path.join(dir, 'companies.copy');
  fs.writeFileSync(copyFile, companies.map((c) => copyLine(companyValues(c, columns))).join(''));
  return { xlsx, copyFile, xlsxBytes: fs.statSync(xlsx).size };
}

function runPsql(databaseUrl, command) {
  return new Promise((resolve, reject) => {
    const child = spawn('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', databaseUrl, '-c', command], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`psql exited ${code}: ${out.slice(-2000)}`)),
    );
  });
}

async function migrate(target) {
  const { openDatabase, migrateDatabase } = await loadRepoModule('apps/server/src/db/client.ts');
  const database = await openDatabase(target);
  await migrateDatabase(database);
  return database;
}

/** PostgreSQL's COPY of the same rows into a fresh, migrated database (indexes in place). */
async function copyOnPostgres(adminUrl, label, copyFile, columns) {
  const databaseUrl = await createScratchDatabase(adminUrl, label);
  try {
    await (await migrate({ databaseUrl })).close();
    const t0 = performance.now();
    await runPsql(databaseUrl, `\\copy companies (${columns.join(', ')}) from '${copyFile}'`);
    const ms = performance.now() - t0;
    const count = Number((await runPsql(databaseUrl, 'select count(*) from companies')).match(/\d+/)?.[0]);
    if (count !== ROWS) throw new Error(`COPY loaded ${count} rows, wanted ${ROWS}`);
    return ms;
  } finally {
    await dropScratchDatabase(adminUrl, label);
  }
}

/** PGlite's COPY … FROM '/dev/blob' of the same rows into a fresh, migrated PGlite. */
async function copyOnPglite(copyFile, columns) {
  const dir = tempDir('import-copy');
  try {
    const database = await migrate({ pgliteDir: path.join(dir, 'pgdata') });
    try {
      const blob = new Blob([fs.readFileSync(copyFile)]);
      const t0 = performance.now();
      await database.pglite.query(`copy companies (${columns.join(', ')}) from '/dev/blob'`, [], { blob });
      const ms = performance.now() - t0;
      const { rows } = await database.pglite.query('select count(*)::int as n from companies');
      if (rows[0].n !== ROWS) throw new Error(`COPY loaded ${rows[0].n} rows, wanted ${ROWS}`);
      return ms;
    } finally {
      await database.close();
    }
  } finally {
    removeTempDir(dir);
  }
}

async function importInChild(target, file) {
  const nodeArgs = (process.env.BENCH_IMPORT_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  const child = spawnTracked(process.execPath, [...nodeArgs, childPath], {
    env: { ...process.env, BENCH_IMPORT: JSON.stringify({ ...target, file }) },
  });
  let stdout = '';
  child.stdout.on('data', (d) => (stdout += d));
  const { code, signal } = await child.exited;
  const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (code !== 0 || !line) throw new Error(`import child exited (code ${code}, signal ${signal}):\n${child.output}`);
  return JSON.parse(line.slice('RESULT '.length));
}

export async function runImportBenchmark(backend = { kind: 'pglite' }, { log = console.log } = {}) {
  const dir = tempDir('import');
  try {
    // The columns the importer fills, read off a migrated schema (name_initials from 0005 on).
    const probe = await migrate({});
    const columns = await companyColumns(async (text) => (await probe.pglite.query(text)).rows);
    await probe.close();
    const tGen = performance.now();
    const files = await writeFiles(dir, ROWS, columns);
    const generateMs = performance.now() - tGen;
    log(
      `  wrote ${ROWS.toLocaleString('en')} rows: xlsx ${(files.xlsxBytes / 1048576).toFixed(1)} MB in ${fmtMs(generateMs)}`,
    );

    // Write out what earlier work (a 1,000,000-row registry) left in the WAL and buffers, so
    // that a checkpoint in the middle does not land on one side of the comparison only.
    if (backend.kind === 'pg') await runPsql(backend.adminUrl, 'checkpoint');
    const copies = [];
    let imp;
    const loads = [];
    const copy = () =>
      backend.kind === 'pg'
        ? copyOnPostgres(backend.adminUrl, `import_copy_${copies.length + 1}`, files.copyFile, columns)
        : copyOnPglite(files.copyFile, columns);
    loads.push(os.loadavg()[0]);
    copies.push(await copy());
    log(`  COPY ${fmtMs(copies[0])}`);
    loads.push(os.loadavg()[0]);
    if (backend.kind === 'pg') {
      const databaseUrl = await createScratchDatabase(backend.adminUrl, 'import_app');
      try {
        imp = await importInChild({ databaseUrl }, files.xlsx);
      } finally {
        await dropScratchDatabase(backend.adminUrl, 'import_app');
      }
    } else {
      const pgliteDir = path.join(dir, 'import-pgdata');
      try {
        imp = await importInChild({ pgliteDir }, files.xlsx);
      } finally {
        fs.rmSync(pgliteDir, { recursive: true, force: true });
      }
    }
    log(
      `  import ${fmtMs(imp.totalMs)} (read ${fmtMs(imp.readMs)}, importCompanies ${fmtMs(imp.importMs)}), peak RSS ${imp.memory.vmHwmMB} MB`,
    );
    loads.push(os.loadavg()[0]);
    copies.push(await copy());
    log(`  COPY again ${fmtMs(copies[1])}`);
    loads.push(os.loadavg()[0]);
    if (imp.report.created !== ROWS || imp.report.errorCount)
      throw new Error(
        `import created ${imp.report.created} of ${ROWS} rows, ${imp.report.errorCount} errors: ${JSON.stringify(imp.report.errors)}`,
      );

    const copyMs = copies.reduce((s, x) => s + x, 0) / copies.length;
    const ratio = imp.totalMs / copyMs;
    const peakMB = Math.max(imp.memory.vmHwmMB, imp.memory.peakRssSampledMB);
    const ref = backend.kind === 'pg' ? 'PostgreSQL COPY' : 'PGlite COPY';
    const small = ROWS < 100_000 ? ` — at ${ROWS.toLocaleString('en')} rows, not 100,000` : '';
    return {
      name: 'import',
      backend: backendLabel(backend),
      rows: ROWS,
      copyColumns: columns,
      xlsxBytes: files.xlsxBytes,
      filesWrittenMs: generateMs,
      postgres: backend.kind === 'pg' ? await serverSettings(backend.adminUrl) : undefined,
      copyMs: copies,
      importer: imp,
      ratio,
      loadavg1: loads,
      figures: [
        {
          figure: `import ${ROWS.toLocaleString('en')} rows from xlsx ÷ ${ref}`,
          value: ratio,
          display: `${ratio.toFixed(2)}× (${fmtMs(imp.totalMs)}: read ${fmtMs(imp.readMs)} + import ${fmtMs(imp.importMs)}; COPY ${copies.map(fmtMs).join(', ')})${small}`,
          limit: `≤ ${IMPORT_RATIO_LIMIT}×`,
          pass: ratio <= IMPORT_RATIO_LIMIT && ROWS >= 100_000,
        },
        {
          figure: `import ${ROWS.toLocaleString('en')} rows, peak RSS of the importing process`,
          value: peakMB,
          display: `${peakMB.toFixed(0)} MB (${imp.memory.baselineRssMB.toFixed(0)} MB before reading, ${imp.memory.rssAfterReadMB.toFixed(0)} MB after)${small}`,
          limit: `≤ ${IMPORT_RSS_LIMIT_MB} MB`,
          pass: peakMB <= IMPORT_RSS_LIMIT_MB && ROWS >= 100_000,
        },
      ],
    };
  } finally {
    removeTempDir(dir);
  }
}

export function printImportResult(r, log = console.log) {
  log(`import (${r.backend}), ${r.rows.toLocaleString('en')} rows, xlsx ${(r.xlsxBytes / 1048576).toFixed(1)} MB`);
  const i = r.importer;
  log(
    `  readTableFile ${fmtMs(i.readMs)}; importCompanies ${fmtMs(i.importMs)} = SQL ${fmtMs(i.importSqlMs)} + JS ${fmtMs(i.importJsMs)}`,
  );
  for (const s of i.statements) log(`    ${String(s.ms).padStart(7)} ms  ${s.sql}`);
  log(`  memory: ${JSON.stringify(i.memory)}`);
  for (const f of r.figures) log(`  ${f.pass ? 'PASS' : 'FAIL'}  ${f.figure}: ${f.display} (limit ${f.limit})`);
}

if (isMain(import.meta.url)) {
  const r = await runImportBenchmark(backendFromArgs());
  printImportResult(r);
  console.log(`  → ${writeResult(`import-${r.backend.toLowerCase()}`, { loadavg: os.loadavg(), ...r })}`);
}
