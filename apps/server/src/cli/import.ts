import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../db/client.ts';
import { importCompanies } from '../modules/companies/companies-import.ts';
import { importLeads } from '../modules/leads/leads-import.ts';
import { exportProjectsFile, importProjects } from '../modules/projects/projects-import.ts';
import { readTableFile, SpreadsheetError } from '../spreadsheet/read-table.ts';
import { CliError, cliContext, type Out } from './runtime.ts';

const IMPORTERS = { companies: importCompanies, leads: importLeads, projects: importProjects };

/** `import companies|leads FILE [--dry-run]`: every bad row listed, and then nothing written. */
export async function importFile(
  database: Database,
  kind: keyof typeof IMPORTERS,
  file: string | undefined,
  dryRun: boolean,
  out: Out,
): Promise<number> {
  if (!file) throw new CliError(`缺少文件名：zhaoshang import ${kind} FILE [--dry-run]`);
  if (!fs.existsSync(file)) throw new CliError(`找不到文件 ${file}`);
  const table = await readTableFile(file).catch((e) => {
    throw e instanceof SpreadsheetError ? new CliError(e.message) : e;
  });
  const report = await IMPORTERS[kind](database, cliContext(`import ${kind}`), table, {
    dryRun,
    fileName: path.basename(file),
    fileBytes: fs.readFileSync(file),
  });
  const lines = report.errors.length
    ? [
        `${report.errors.length} 处错误，未写入任何数据：`,
        ...report.errors.map((e) => `  第 ${e.row} 行，列“${e.column}”：${e.reason}`),
      ]
    : [
        `${dryRun ? '试导入（未写入）' : '已导入'} ${report.rows} 行：新增 ${report.created}，更新 ${report.updated}，未变 ${report.unchanged}` +
          (table.encoding === 'gbk' ? '（文件为 GBK 编码，已自动识别）' : ''),
      ];
  out.print(lines.join('\n'), report);
  return report.errors.length ? 1 : 0;
}

/** `export projects FILE.xlsx`: every project, in the import's columns. */
export async function exportProjects(database: Database, file: string | undefined, out: Out): Promise<number> {
  if (!file) throw new CliError('缺少文件名：zhaoshang export projects FILE.xlsx');
  if (!/\.xlsx$/i.test(file)) throw new CliError(`导出文件须以 .xlsx 结尾：${file}`);
  if (!fs.existsSync(path.dirname(path.resolve(file))))
    throw new CliError(`目录不存在：${path.dirname(path.resolve(file))}`);
  const { file: bytes, rows } = await exportProjectsFile(database, cliContext('export projects'), {});
  fs.writeFileSync(file, bytes);
  out.print(`已导出 ${rows} 个项目到 ${file}`, { file, rows });
  return 0;
}
