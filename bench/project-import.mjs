// Importing a project ledger from Excel (issue 4): 100,000 generated projects (bench/lib/
// projects-gen.mjs, its own seed) written to an .xlsx in the contract's columns (PROJECT_COLUMNS:
// 项目名称, 投资方, 统一社会信用代码, 招引单位 (several joined by 、), 承载地, 产业链, 符合产业定位, 协议投资(万元),
// 外资(万美元), 投资方类型, the seven stage dates as real date cells, 状态, 备注), imported by the
// product's code — readTableFile + importProjects(dryRun false), as `zhaoshang import projects
// FILE` does — in a child process whose memory is measured (bench/lib/import-child.mjs), against
// PostgreSQL's COPY of the same rows into the same migrated tables (projects + project_sources).
// Every database is fresh and prepared the same way before the clock starts: migrated, the 100
// units inserted by the product's insertUnitsBulk, the investors the ledger names already in the
// company registry (one for every 2.5 projects; 85% of projects name one, 30% of those with a credit
// code). Order: COPY, import, COPY again; figures: import time ≤ 4× COPY's (the mean of the two),
// peak RSS of the importing process ≤ 1 GB. Both databases are checked to hold the same projects
// and sourcing units afterwards (a checksum over every stored value the ledger carries).
// On PGlite (not in the issue) the reference is PGlite's own COPY … FROM '/dev/blob'.
//   node bench/project-import.mjs [--pg]          (--pg needs BENCH_DATABASE_URL)
// BENCH_PROJECT_IMPORT_ROWS (100,000) tunes it; BENCH_IMPORT_NODE_ARGS passes node flags to the importer.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { INVESTOR_TYPE_ZH, loadRepoModule } from './lib/companies-gen.mjs';
import { removeTempDir, spawnTracked, tempDir } from './lib/processes.mjs';
import {
  copyCompanies,
  createProjectGenerator,
  insertProvinceUnits,
  makeInvestors,
  rawRows,
  STAGES,
  shanghaiToday,
} from './lib/projects-gen.mjs';
import { copyLine, createScratchDatabase, dropScratchDatabase, serverSettings } from './lib/scratch-db.mjs';
import { backendFromArgs, backendLabel, fmtMs, isMain, writeResult } from './lib/zhaoshang.mjs';

export const IMPORT_RATIO_LIMIT = 4;
export const IMPORT_RSS_LIMIT_MB = 1024;
const ROWS = Number(process.env.BENCH_PROJECT_IMPORT_ROWS ?? 100_000);
const IMPORT_SEED = 4343;
const childPath = path.join(path.dirname(fileURLToPath(import.meta.url)), 'lib/import-child.mjs');

const STAGE_HEADERS = {
  signed: '签约日期',
  contracted: '合同日期',
  registered: '注册日期',
  ready: '达到开工条件日期',
  started: '开工日期',
  completed: '竣工日期',
  producing: '投产日期',
};
const STATUS_ZH = { active: '在建', stalled: '停滞', terminated: '终止' };
/** The columns the importer writes, in the order of the COPY file. */
// The sourcing units go on the project row too, as the importer writes them, so COPY's rows are also written once.
const PROJECT_COPY_COLUMNS = [
  'id',
  'name',
  'company_id',
  'host_unit_id',
  'chain',
  'fits_positioning',
  'agreed_yuan',
  'foreign_usd_wan',
  'investor_type',
  'status',
  'status_reason',
  ...STAGES.map((s) => `${s}_on`),
  'notes',
  'source_unit_ids',
];

/**
 * A ledger line as a clerk keeps it: the reason of a stalled or terminated project goes in 备注,
 * and the importer stores 备注 as the status reason too (and '' for a stalled one without).
 */
function ledgerOf(p) {
  const notes = p.status === 'active' ? p.notes : (p.notes ?? p.statusReason);
  return { ...p, notes, statusReason: p.status === 'active' ? null : (notes ?? '') };
}

const utcDate = (iso) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/** The .xlsx and the COPY files of the same projects. */
export async function writeLedgerFiles(dir, units, investors) {
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const gen = createProjectGenerator({ seed: IMPORT_SEED, units, investors, today: shanghaiToday() });
  const projects = Array.from({ length: ROWS }, () => ledgerOf(gen.next()));
  const { default: ExcelJS } = await import('exceljs');
  const xlsx = path.join(dir, '项目台账.xlsx');
  // Styles on: the stage dates are date cells (yyyy-mm-dd), as Excel and WPS save them.
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsx, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet('项目');
  const dateStyle = { numFmt: 'yyyy-mm-dd' };
  ws.columns = [
    { header: '项目名称', width: 36 },
    { header: '投资方', width: 32 },
    { header: '统一社会信用代码', width: 22 },
    { header: '招引单位', width: 24 },
    { header: '承载地', width: 16 },
    { header: '产业链', width: 16 },
    { header: '符合产业定位', width: 12 },
    { header: '协议投资(万元)', width: 16 },
    { header: '外资(万美元)', width: 14 },
    { header: '投资方类型', width: 12 },
    ...STAGES.map((s) => ({ header: STAGE_HEADERS[s], width: 14, style: dateStyle })),
    { header: '状态', width: 8 },
    { header: '备注', width: 30 },
  ];
  for (const p of projects) {
    const c = p.companyIndex === null ? null : investors[p.companyIndex];
    ws.addRow([
      p.name,
      c?.name ?? null,
      c?.uscc ?? null,
      p.sourceUnitIds.map((id) => unitName.get(id)).join('、'),
      unitName.get(p.hostUnitId),
      p.chain,
      p.fits ? '是' : '否',
      Number(p.agreedWan),
      p.foreignUsdWan === null ? null : Number(p.foreignUsdWan),
      p.investorType ? INVESTOR_TYPE_ZH[p.investorType] : null,
      ...STAGES.map((s) => utcDate(p.stages[s])),
      STATUS_ZH[p.status],
      p.notes,
    ]).commit();
  }
  ws.commit();
  await wb.commit();
  const projectsCopy = path.join(dir, 'projects.copy');
  const sourcesCopy = path.join(dir, 'project_sources.copy');
  fs.writeFileSync(
    projectsCopy,
    projects
      .map((p) =>
        copyLine([
          p.id,
          p.name,
          p.companyId,
          p.hostUnitId,
          p.chain,
          p.fits ? 't' : 'f',
          p.agreedYuan,
          p.foreignUsdWan,
          p.investorType,
          p.status,
          p.statusReason,
          ...STAGES.map((s) => p.stages[s]),
          p.notes,
          `{${[...new Set(p.sourceUnitIds)].sort((a, b) => a - b).join(',')}}`,
        ]),
      )
      .join(''),
  );
  fs.writeFileSync(sourcesCopy, projects.flatMap((p) => p.sourceUnitIds.map((u) => copyLine([p.id, u]))).join(''));
  const sources = projects.reduce((n, p) => n + p.sourceUnitIds.length, 0);
  return {
    xlsx,
    projectsCopy,
    sourcesCopy,
    xlsxBytes: fs.statSync(xlsx).size,
    sources,
    withInvestor: projects.filter((p) => p.companyId).length,
  };
}

function runPsql(databaseUrl, commands) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'psql',
      ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', databaseUrl, ...commands.flatMap((c) => ['-c', c])],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`psql exited ${code}: ${out.slice(-2000)}`)),
    );
  });
}

/**
 * What both databases must hold alike: every project the ledger carries (by name, investor and
 * signing date, not by id) with its sourcing units, as one md5.
 */
const CHECKSUM_SQL = `select count(*)::int as n, md5(string_agg(line, E'\\n' order by line)) as sum from (
  select concat_ws('|', p.name, p.company_id, p.host_unit_id, p.chain, p.fits_positioning, p.agreed_yuan, p.foreign_usd_wan::numeric(18,4), p.investor_type,
    p.status, p.status_reason, p.signed_on, p.contracted_on, p.registered_on, p.ready_on, p.started_on, p.completed_on, p.producing_on, p.stage, p.notes,
    (select string_agg(s.unit_id::text, ',' order by s.unit_id) from project_sources s where s.project_id = p.id)) as line
  from projects p) x`;

/** A fresh migrated database with the units and the investors, as every side of the comparison starts. */
async function prepare(target, investors, expectedUnits) {
  const { openDatabase, migrateDatabase } = await loadRepoModule('apps/server/src/db/client.ts');
  const database = await openDatabase(target);
  try {
    await migrateDatabase(database);
    const units = await insertProvinceUnits(database);
    if (expectedUnits && units.some((u, i) => u.id !== expectedUnits[i].id))
      throw new Error('unit ids differ between the prepared databases');
    await copyCompanies(database, target.databaseUrl, investors);
    await rawRows(database, 'analyze');
    return { database, units };
  } catch (e) {
    await database.close();
    throw e;
  }
}

/** PostgreSQL's COPY of the projects and their sourcing units into a fresh prepared database. */
async function copyOnPostgres(adminUrl, label, files, investors, units) {
  const databaseUrl = await createScratchDatabase(adminUrl, label);
  try {
    const { database } = await prepare({ databaseUrl }, investors, units);
    try {
      const t0 = performance.now();
      await runPsql(databaseUrl, [
        `\\copy projects (${PROJECT_COPY_COLUMNS.join(', ')}) from '${files.projectsCopy}'`,
        `\\copy project_sources (project_id, unit_id) from '${files.sourcesCopy}'`,
      ]);
      const ms = performance.now() - t0;
      const [check] = await rawRows(database, CHECKSUM_SQL);
      if (check.n !== ROWS) throw new Error(`COPY loaded ${check.n} projects, wanted ${ROWS}`);
      return { ms, checksum: check.sum };
    } finally {
      await database.close();
    }
  } finally {
    await dropScratchDatabase(adminUrl, label);
  }
}

/** PGlite's COPY … FROM '/dev/blob' of the same rows into a fresh prepared PGlite. */
async function copyOnPglite(files, investors, units) {
  const dir = tempDir('project-import-copy');
  try {
    const { database } = await prepare({ pgliteDir: path.join(dir, 'pgdata') }, investors, units);
    try {
      const projects = new Blob([fs.readFileSync(files.projectsCopy)]);
      const sources = new Blob([fs.readFileSync(files.sourcesCopy)]);
      const t0 = performance.now();
      await database.pglite.query(`copy projects (${PROJECT_COPY_COLUMNS.join(', ')}) from '/dev/blob'`, [], {
        blob: projects,
      });
      await database.pglite.query(`copy project_sources (project_id, unit_id) from '/dev/blob'`, [], { blob: sources });
      const ms = performance.now() - t0;
      const [check] = await rawRows(database, CHECKSUM_SQL);
      if (check.n !== ROWS) throw new Error(`COPY loaded ${check.n} projects, wanted ${ROWS}`);
      return { ms, checksum: check.sum };
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
    env: { ...process.env, BENCH_IMPORT: JSON.stringify({ ...target, file, kind: 'projects' }) },
  });
  let stdout = '';
  child.stdout.on('data', (d) => (stdout += d));
  const { code, signal } = await child.exited;
  const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (code !== 0 || !line) throw new Error(`import child exited (code ${code}, signal ${signal}):\n${child.output}`);
  return JSON.parse(line.slice('RESULT '.length));
}

/** The import into a fresh prepared database, in the child; then the checksum of what it stored. */
async function importOnce(backend, files, investors, units, dir) {
  const { openDatabase } = await loadRepoModule('apps/server/src/db/client.ts');
  if (backend.kind === 'pg') {
    const databaseUrl = await createScratchDatabase(backend.adminUrl, 'project_import_app');
    try {
      await (await prepare({ databaseUrl }, investors, units)).database.close();
      const imp = await importInChild({ databaseUrl }, files.xlsx);
      const database = await openDatabase({ databaseUrl });
      try {
        const [check] = await rawRows(database, CHECKSUM_SQL);
        return {
          ...imp,
          checksum: check.sum,
          storedProjects: check.n,
          companies: (await rawRows(database, 'select count(*)::int as n from companies'))[0].n,
        };
      } finally {
        await database.close();
      }
    } finally {
      await dropScratchDatabase(backend.adminUrl, 'project_import_app');
    }
  }
  const pgliteDir = path.join(dir, 'import-pgdata');
  try {
    await (await prepare({ pgliteDir }, investors, units)).database.close();
    const imp = await importInChild({ pgliteDir }, files.xlsx);
    const database = await openDatabase({ pgliteDir });
    try {
      const [check] = await rawRows(database, CHECKSUM_SQL);
      return {
        ...imp,
        checksum: check.sum,
        storedProjects: check.n,
        companies: (await rawRows(database, 'select count(*)::int as n from companies'))[0].n,
      };
    } finally {
      await database.close();
    }
  } finally {
    fs.rmSync(pgliteDir, { recursive: true, force: true });
  }
}

export async function runProjectImportBenchmark(backend = { kind: 'pglite' }, { log = console.log } = {}) {
  const dir = tempDir('project-import');
  try {
    // The unit ids every prepared database gets (insertUnitsBulk is deterministic), from a probe.
    const investors = await makeInvestors(Math.round(ROWS / 2.5), IMPORT_SEED + 1);
    const { openDatabase, migrateDatabase } = await loadRepoModule('apps/server/src/db/client.ts');
    const probe = await openDatabase({});
    await migrateDatabase(probe);
    const units = await insertProvinceUnits(probe);
    await probe.close();

    const tGen = performance.now();
    const files = await writeLedgerFiles(dir, units, investors);
    const generateMs = performance.now() - tGen;
    log(
      `  wrote ${ROWS.toLocaleString('en')} projects (${files.sources.toLocaleString('en')} sourcing units, ${files.withInvestor.toLocaleString('en')} with an investor): xlsx ${(files.xlsxBytes / 1048576).toFixed(1)} MB in ${fmtMs(generateMs)}`,
    );

    if (backend.kind === 'pg') await runPsql(backend.adminUrl, ['checkpoint']);
    const copy = (n) =>
      backend.kind === 'pg'
        ? copyOnPostgres(backend.adminUrl, `project_import_copy_${n}`, files, investors, units)
        : copyOnPglite(files, investors, units);
    const loads = [os.loadavg()[0]];
    const copies = [await copy(1)];
    log(`  COPY ${fmtMs(copies[0].ms)}`);
    loads.push(os.loadavg()[0]);
    const imp = await importOnce(backend, files, investors, units, dir);
    log(
      `  import ${fmtMs(imp.totalMs)} (read ${fmtMs(imp.readMs)}, importProjects ${fmtMs(imp.importMs)}), peak RSS ${imp.memory.vmHwmMB} MB`,
    );
    loads.push(os.loadavg()[0]);
    copies.push(await copy(2));
    log(`  COPY again ${fmtMs(copies[1].ms)}`);
    loads.push(os.loadavg()[0]);
    if (imp.report.created !== ROWS || imp.report.errorCount)
      throw new Error(
        `import created ${imp.report.created} of ${ROWS} projects, ${imp.report.errorCount} errors: ${JSON.stringify(imp.report.errors)}`,
      );
    const sameData = imp.checksum === copies[0].checksum && copies[0].checksum === copies[1].checksum;
    if (!sameData)
      log(`  WARNING: the import stored other values than COPY (checksums ${imp.checksum} / ${copies[0].checksum})`);
    if (imp.companies !== investors.length)
      log(`  WARNING: the import added ${imp.companies - investors.length} companies to the registry`);

    const copyMs = (copies[0].ms + copies[1].ms) / 2;
    const ratio = imp.totalMs / copyMs;
    const peakMB = Math.max(imp.memory.vmHwmMB, imp.memory.peakRssSampledMB);
    const ref = backend.kind === 'pg' ? 'PostgreSQL COPY' : 'PGlite COPY';
    const note = backend.kind === 'pg' ? '' : ' (not in the issue)';
    const small = ROWS < 100_000 ? ` — at ${ROWS.toLocaleString('en')} rows, not 100,000` : '';
    return {
      name: 'project-import',
      backend: backendLabel(backend),
      date: new Date().toISOString(),
      rows: ROWS,
      sourcingUnits: files.sources,
      investors: investors.length,
      withInvestor: files.withInvestor,
      xlsxBytes: files.xlsxBytes,
      filesWrittenMs: generateMs,
      postgres: backend.kind === 'pg' ? await serverSettings(backend.adminUrl) : undefined,
      copyMs: copies.map((c) => c.ms),
      sameData,
      importer: { ...imp, checksum: undefined },
      ratio,
      loadavg1: loads,
      figures: [
        {
          figure: `import ${ROWS.toLocaleString('en')} projects from xlsx ÷ ${ref} of projects + project_sources${note}`,
          value: ratio,
          display: `${ratio.toFixed(2)}× (${fmtMs(imp.totalMs)}: read ${fmtMs(imp.readMs)} + import ${fmtMs(imp.importMs)}; COPY ${copies.map((c) => fmtMs(c.ms)).join(', ')})${sameData ? '' : ' — stored data differ'}${small}`,
          limit: `≤ ${IMPORT_RATIO_LIMIT}×`,
          pass: ratio <= IMPORT_RATIO_LIMIT && ROWS >= 100_000 && sameData,
        },
        {
          figure: `import ${ROWS.toLocaleString('en')} projects, peak RSS of the importing process${note}`,
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

export function printProjectImportResult(r, log = console.log) {
  log(
    `project-import (${r.backend}), ${r.rows.toLocaleString('en')} projects, ${r.sourcingUnits.toLocaleString('en')} sourcing units, xlsx ${(r.xlsxBytes / 1048576).toFixed(1)} MB; same data stored as COPY: ${r.sameData}`,
  );
  const i = r.importer;
  log(
    `  readTableFile ${fmtMs(i.readMs)}; importProjects ${fmtMs(i.importMs)} = SQL ${fmtMs(i.importSqlMs)} + JS ${fmtMs(i.importJsMs)}`,
  );
  for (const s of i.statements) log(`    ${String(s.ms).padStart(7)} ms  ${s.sql}`);
  log(`  memory: ${JSON.stringify(i.memory)}`);
  for (const f of r.figures) log(`  ${f.pass ? 'PASS' : 'FAIL'}  ${f.figure}: ${f.display} (limit ${f.limit})`);
}

if (isMain(import.meta.url)) {
  const r = await runProjectImportBenchmark(backendFromArgs());
  printProjectImportResult(r);
  console.log(`  → ${writeResult(`project-import-${r.backend.toLowerCase()}`, { loadavg: os.loadavg(), ...r })}`);
}
