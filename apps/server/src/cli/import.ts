import fs from 'node:fs';
import path from 'node:path';
import { msg, renderMessage, translate } from '@zhaoshang/shared';
import type { Database } from '../db/client.ts';
import { exportCapital } from '../modules/capital/capital.service.ts';
import { importCapital } from '../modules/capital/capital-import.ts';
import { exportCatalogue } from '../modules/catalogue/catalogue.service.ts';
import { importCatalogue } from '../modules/catalogue/catalogue-import.ts';
import { importChains } from '../modules/chains/chains-import.ts';
import { importTargets } from '../modules/chains/targets-import.ts';
import { importCompanies } from '../modules/companies/companies-import.ts';
import { importEvents } from '../modules/events/events-import.ts';
import { exportCarriers, exportIur } from '../modules/innovation/innovation.service.ts';
import { importCarriers, importIur } from '../modules/innovation/innovation-import.ts';
import { importLeads } from '../modules/leads/leads-import.ts';
import { exportProjectsFile, importProjects } from '../modules/projects/projects-import.ts';
import { exportSites } from '../modules/sites/sites.service.ts';
import { importSites } from '../modules/sites/sites-import.ts';
import { readTableFile, SpreadsheetError } from '../spreadsheet/read-table.ts';
import { CliError, cliContext, cliLanguage, type Out, say } from './runtime.ts';

const IMPORTERS = {
  companies: importCompanies,
  leads: importLeads,
  projects: importProjects,
  events: importEvents,
  chains: importChains,
  targets: importTargets,
  carriers: importCarriers,
  iur: importIur,
  capital: importCapital,
  catalogue: importCatalogue,
  sites: importSites,
};

/** `import companies|leads FILE [--dry-run]`: every bad row listed, and then nothing written. */
export async function importFile(
  database: Database,
  kind: keyof typeof IMPORTERS,
  file: string | undefined,
  dryRun: boolean,
  out: Out,
): Promise<number> {
  if (!file) throw new CliError(say('cli.missingFileOf', { usage: `zhaoshang import ${kind} FILE [--dry-run]` }));
  if (!fs.existsSync(file)) throw new CliError(say('cli.fileNotFound', { file }));
  const table = await readTableFile(file).catch((e) => {
    throw e instanceof SpreadsheetError ? new CliError(renderMessage(cliLanguage(), e.problem)) : e;
  });
  const report = await IMPORTERS[kind](database, cliContext(`import ${kind}`), table, {
    dryRun,
    fileName: path.basename(file),
    fileBytes: fs.readFileSync(file),
  });
  const lang = cliLanguage();
  const lines = report.errors.length
    ? [
        translate(lang, 'cli.importErrors', { count: report.errors.length }),
        ...report.errors.map((e) => translate(lang, 'cli.importRowError', { ...e })),
      ]
    : [
        translate(lang, 'cli.importDone', {
          what: msg(dryRun ? 'cli.dryRun' : 'cli.imported'),
          rows: report.rows,
          created: report.created,
          updated: report.updated,
          unchanged: report.unchanged,
        }) + (table.encoding === 'gbk' ? translate(lang, 'cli.gbk') : ''),
      ];
  out.print(lines.join('\n'), report);
  return report.errors.length ? 1 : 0;
}

/** `export projects FILE.xlsx`: every project, in the import's columns. */
export async function exportProjects(database: Database, file: string | undefined, out: Out): Promise<number> {
  if (!file) throw new CliError(say('cli.missingFileOf', { usage: 'zhaoshang export projects FILE.xlsx' }));
  if (!/\.xlsx$/i.test(file)) throw new CliError(say('cli.exportNeedsXlsx', { file }));
  if (!fs.existsSync(path.dirname(path.resolve(file))))
    throw new CliError(say('cli.noSuchDirectory', { dir: path.dirname(path.resolve(file)) }));
  const { file: bytes, rows } = await exportProjectsFile(database, cliContext('export projects'), {});
  fs.writeFileSync(file, bytes);
  out.print(say('cli.exported', { count: rows, file }), { file, rows });
  return 0;
}

type Exported = { file: Buffer | Uint8Array; rows: number };
export type LedgerKind = 'carriers' | 'iur' | 'capital' | 'catalogue' | 'sites';

/** Each ledger's export: the file types it writes, and how. */
const EXPORTERS: Record<LedgerKind, { pdf?: boolean; run: (database: Database, pdf: boolean) => Promise<Exported> }> = {
  carriers: { run: (database) => exportCarriers(database, cliContext('export carriers'), {}) },
  iur: { run: (database) => exportIur(database, cliContext('export iur'), {}) },
  capital: { run: (database) => exportCapital(database, cliContext('export capital')) },
  catalogue: {
    pdf: true,
    run: (database, pdf) => exportCatalogue(database, cliContext('export catalogue'), {}, pdf ? 'pdf' : 'xlsx'),
  },
  sites: { run: (database) => exportSites(database, cliContext('export sites'), {}) },
};

/** `export carriers|iur|capital|sites FILE.xlsx`, `export catalogue FILE.xlsx|FILE.pdf`: the whole ledger, as the web exports it. */
export async function exportLedger(
  database: Database,
  kind: LedgerKind,
  file: string | undefined,
  out: Out,
): Promise<number> {
  const exporter = EXPORTERS[kind];
  const usage = `zhaoshang export ${kind} ${exporter.pdf ? 'FILE.xlsx|FILE.pdf' : 'FILE.xlsx'}`;
  if (!file) throw new CliError(say('cli.missingFileOf', { usage }));
  const pdf = exporter.pdf === true && /\.pdf$/i.test(file);
  if (!pdf && !/\.xlsx$/i.test(file))
    throw new CliError(say(exporter.pdf ? 'cli.exportNeedsXlsxOrPdf' : 'cli.exportNeedsXlsx', { file }));
  if (!fs.existsSync(path.dirname(path.resolve(file))))
    throw new CliError(say('cli.noSuchDirectory', { dir: path.dirname(path.resolve(file)) }));
  const { file: bytes, rows } = await exporter.run(database, pdf);
  fs.writeFileSync(file, bytes);
  out.print(say('cli.exportedRows', { count: rows, file }), { file, rows });
  return 0;
}
