// Reading an .xlsx (issue 10, part 5): the product's own reader (apps/server/src/spreadsheet/
// xlsx-reader.ts: the sheet's XML through regular expressions) against exceljs's streaming
// WorkbookReader, on one generated 100,000-row project ledger in the import's columns (contract.md:
// 项目名称 … 备注, the seven stage dates as date cells, amounts with thousands formats as clerks keep
// them). Both give a Table: the WorkbookReader's cells go through the same number formats
// (number-format.ts), since exceljs itself shows a number without its format. The answers are
// compared cell by cell (they must be equal), and on the three committed fixtures too (LibreOffice,
// exceljs, WPS-style). Each read runs in a process of its own, three times per reader, in turn; the
// figures are the median time of the read and the process's peak RSS (VmHWM).
//   node bench/xlsx-readers.mjs              (npm run xlsx-readers -w bench)
// BENCH_XLSX_ROWS (100,000) tunes it. Writes bench/results/xlsx-readers.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { INVESTOR_TYPE_ZH, loadRepoModule } from './lib/companies-gen.mjs';
import { spawnTracked, tempDir } from './lib/processes.mjs';
import { createProjectGenerator, makeInvestors, provinceUnits, STAGES, shanghaiToday } from './lib/projects-gen.mjs';
import { fmtMs, isMain, machineInfo, repoDir, writeResult } from './lib/zhaoshang.mjs';

const ROWS = Number(process.env.BENCH_XLSX_ROWS ?? 100_000);
const RUNS = 3;
const SEED = 1010;
const selfPath = fileURLToPath(import.meta.url);
const FIXTURES = path.join(repoDir, 'apps/server/test/fixtures/spreadsheets');

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

/** The ledger as a clerk's Excel keeps it: shared strings, styled dates, amounts with separators. */
export async function writeLedger(file) {
  const units = provinceUnits().map((u, i) => ({ ...u, id: i + 1 }));
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const investors = await makeInvestors(Math.ceil(ROWS / 2.5), SEED);
  const gen = createProjectGenerator({ seed: SEED, units, investors, today: shanghaiToday() });
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet('项目');
  ws.columns = [
    { header: '项目名称', width: 36 },
    { header: '投资方', width: 32 },
    { header: '统一社会信用代码', width: 22 },
    { header: '招引单位', width: 24 },
    { header: '承载地', width: 16 },
    { header: '产业链', width: 16 },
    { header: '符合产业定位', width: 12 },
    { header: '协议投资(万元)', width: 16, style: { numFmt: '#,##0.00##' } },
    { header: '外资(万美元)', width: 14, style: { numFmt: '#,##0.0000' } },
    { header: '投资方类型', width: 12 },
    ...STAGES.map((s) => ({
      header: STAGE_HEADERS[s],
      width: 14,
      style: { numFmt: s === 'signed' ? 'yyyy"年"m"月"d"日"' : 'yyyy-mm-dd' },
    })),
    { header: '状态', width: 8 },
    { header: '备注', width: 30 },
  ];
  const utcDate = (iso) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
  for (let i = 0; i < ROWS; i++) {
    const p = gen.next();
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
      p.notes ?? null,
    ]).commit();
  }
  ws.commit();
  await wb.commit();
}

/**
 * The first sheet through exceljs's WorkbookReader as the same Table the own reader gives: header
 * row, trimmed cell texts, rows without any text left out. exceljs turns date-styled numbers into
 * Dates (1900 system) and gives the style's format code; the text comes from number-format.ts.
 */
async function readWithWorkbookReader(file) {
  const [{ default: ExcelJS }, { numberFormat, generalValue }] = await Promise.all([
    import('exceljs'),
    loadRepoModule('apps/server/src/spreadsheet/number-format.ts'),
  ]);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const number = (n, fmt) =>
    typeof fmt === 'string' && !/^general$/i.test(fmt) ? numberFormat(fmt).value(n) : generalValue(n);
  const text = (value, fmt) => {
    if (value === null || value === undefined) return '';
    if (typeof value === 'number') return number(value, fmt);
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
    if (value instanceof Date) return number(value.getTime() / 86_400_000 + 25569, fmt);
    if (typeof value === 'string') return value;
    if (value.richText) return value.richText.map((r) => r.text).join('');
    if ('result' in value || 'formula' in value || 'sharedFormula' in value) return text(value.result, fmt);
    if (value.error) return value.error;
    if (value.text !== undefined) return String(value.text);
    return String(value);
  };
  let headers = [];
  const rows = [];
  for await (const ws of reader) {
    for await (const row of ws) {
      const values = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        values[col - 1] = text(cell.value, cell.numFmt).trim();
      });
      if (row.number === 1) {
        headers = Array.from(values, (v) => v ?? '');
        continue;
      }
      const cells = {};
      headers.forEach((h, i) => {
        if (h) cells[h] = values[i] ?? '';
      });
      if (Object.values(cells).some((v) => v !== '')) rows.push({ rowNumber: row.number, cells });
    }
    break; // the first sheet only, as the own reader
  }
  return { headers, rows };
}

async function readWithOwnReader(file) {
  const { readTableFile } = await loadRepoModule('apps/server/src/spreadsheet/read-table.ts');
  return readTableFile(file);
}

const READERS = { own: readWithOwnReader, workbookReader: readWithWorkbookReader };

/** In the child: one read, its time and the process's memory; the table as JSON lines when asked. */
async function child(reader, file, out) {
  // Modules load (and tsx compiles) before the clock starts: the figure is the read alone.
  await Promise.all([
    loadRepoModule('apps/server/src/spreadsheet/read-table.ts'),
    loadRepoModule('apps/server/src/spreadsheet/number-format.ts'),
    import('jszip'),
    import('exceljs'),
  ]);
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  const table = await READERS[reader](file);
  const ms = performance.now() - t0;
  const hwmKb = Number(/VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1]);
  if (out)
    fs.writeFileSync(
      out,
      [JSON.stringify(table.headers), ...table.rows.map((r) => JSON.stringify([r.rowNumber, r.cells]))].join('\n'),
    );
  const cells = table.rows.reduce((n, r) => n + Object.keys(r.cells).length, 0);
  console.log(
    `RESULT ${JSON.stringify({ ms, peakRssMB: Math.round(hwmKb / 102.4) / 10, rssBeforeMB: Math.round(rssBefore / 104857.6) / 10, rows: table.rows.length, cells })}`,
  );
}

async function runChild(reader, file, out) {
  const proc = spawnTracked(process.execPath, [selfPath, '--child', reader, file, out ?? ''], { cwd: repoDir });
  const { code } = await proc.exited;
  const line = /RESULT (.+)/.exec(proc.output)?.[1];
  if (code !== 0 || !line) throw new Error(`${reader} read failed (exit ${code}): ${proc.output.slice(-2000)}`);
  return JSON.parse(line);
}

/** Cell-by-cell comparison of two tables written as JSON lines. */
function compareTables(aFile, bFile) {
  const a = fs.readFileSync(aFile, 'utf8').split('\n');
  const b = fs.readFileSync(bFile, 'utf8').split('\n');
  const differences = [];
  let compared = 0;
  let differing = 0;
  const note = (where, own, other) => {
    differing++;
    if (differences.length < 10) differences.push({ where, own, workbookReader: other });
  };
  if (a[0] !== b[0]) note('headers', a[0], b[0]);
  for (let i = 1; i < Math.max(a.length, b.length); i++) {
    const [rowA, cellsA = {}] = a[i] ? JSON.parse(a[i]) : [null];
    const [rowB, cellsB = {}] = b[i] ? JSON.parse(b[i]) : [null];
    if (rowA !== rowB) note(`line ${i} row number`, rowA, rowB);
    for (const key of new Set([...Object.keys(cellsA), ...Object.keys(cellsB)])) {
      compared++;
      if (cellsA[key] !== cellsB[key]) note(`row ${rowA ?? rowB} ${key}`, cellsA[key], cellsB[key]);
    }
  }
  return { compared, differing, firstDifferences: differences };
}

/**
 * The issue's rule: the own reader stays only where it is clearly (≥ 1.2×) faster with the same
 * answers. Differing answers are read in firstDifferences: when they are the WorkbookReader's
 * errors (broken characters, formats it does not know) switching would make imports wrong.
 */
export function decide(speedup, sameAnswers) {
  if (sameAnswers)
    return speedup >= 1.2 ? 'keep the own reader: clearly faster, same answers' : 'switch to WorkbookReader';
  return `answers differ (see firstDifferences); the own reader is ${speedup >= 1.2 ? 'also clearly faster' : 'not clearly faster'}`;
}

const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];

export async function runXlsxReadersBenchmark() {
  const dir = tempDir('xlsx');
  const file = path.join(dir, '项目台账.xlsx');
  const machine = machineInfo();
  const loadBefore = os.loadavg();
  const tGen = performance.now();
  await writeLedger(file);
  console.log(
    `  wrote ${ROWS.toLocaleString('en')} rows: ${(fs.statSync(file).size / 1048576).toFixed(1)} MB in ${fmtMs(performance.now() - tGen)}`,
  );
  const runs = { own: [], workbookReader: [] };
  const outputs = { own: path.join(dir, 'own.jsonl'), workbookReader: path.join(dir, 'workbook-reader.jsonl') };
  for (let i = 0; i < RUNS; i++) {
    for (const reader of Object.keys(runs)) {
      const r = await runChild(reader, file, i === 0 ? outputs[reader] : null);
      runs[reader].push(r);
      console.log(`  ${reader.padEnd(15)} run ${i + 1}: ${fmtMs(r.ms)}, peak RSS ${r.peakRssMB} MB, ${r.rows} rows`);
    }
  }
  const ledger = compareTables(outputs.own, outputs.workbookReader);
  const fixtures = {};
  for (const name of fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx'))) {
    const own = path.join(dir, `${name}.own.jsonl`);
    const other = path.join(dir, `${name}.wr.jsonl`);
    await runChild('own', path.join(FIXTURES, name), own);
    await runChild('workbookReader', path.join(FIXTURES, name), other);
    fixtures[name] = compareTables(own, other);
  }
  const summary = Object.fromEntries(
    Object.entries(runs).map(([reader, list]) => [
      reader,
      {
        medianMs: Math.round(median(list.map((r) => r.ms))),
        runsMs: list.map((r) => Math.round(r.ms)),
        medianPeakRssMB: median(list.map((r) => r.peakRssMB)),
        peakRssMB: list.map((r) => r.peakRssMB),
        rows: list[0].rows,
        cells: list[0].cells,
      },
    ]),
  );
  const speedup = summary.workbookReader.medianMs / summary.own.medianMs;
  const sameAnswers = ledger.differing === 0 && Object.values(fixtures).every((f) => f.differing === 0);
  const result = {
    benchmark: 'xlsx-readers',
    machine: { ...machine, loadAverageBefore: loadBefore, loadAverageAfter: os.loadavg() },
    file: { rows: ROWS, bytes: fs.statSync(file).size, columns: 19 },
    readers: summary,
    workbookReaderOverOwn: Math.round(speedup * 100) / 100,
    ledgerComparison: ledger,
    fixtureComparison: fixtures,
    sameAnswers,
    decision: decide(speedup, sameAnswers),
  };
  console.log(
    `  own ${fmtMs(summary.own.medianMs)} / ${summary.own.medianPeakRssMB} MB; WorkbookReader ${fmtMs(summary.workbookReader.medianMs)} / ${summary.workbookReader.medianPeakRssMB} MB (${result.workbookReaderOverOwn}× the own reader's time); ledger cells differing: ${ledger.differing} of ${ledger.compared}; fixtures: ${Object.entries(
      fixtures,
    )
      .map(([n, f]) => `${n} ${f.differing}/${f.compared}`)
      .join(', ')}`,
  );
  console.log(`  → ${writeResult('xlsx-readers', result)}`);
  return result;
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4], process.argv[5] || null);
else if (isMain(import.meta.url)) await runXlsxReadersBenchmark();
