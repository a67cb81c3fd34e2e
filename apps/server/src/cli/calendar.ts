import fs from 'node:fs';
import path from 'node:path';
import { CALENDAR_DAY_KIND_LABELS } from '@zhaoshang/shared';
import type { Database } from '../db/client.ts';
import { listCalendarYearAsSystem } from '../modules/calendar/calendar.service.ts';
import { importCalendarDays } from '../modules/calendar/calendar-import.ts';
import { readTableFile, SpreadsheetError } from '../spreadsheet/read-table.ts';
import { CliError, cliContext, type Out } from './runtime.ts';

/** `calendar import FILE [--dry-run]`: the office's days (日期, 类型, 名称); bad rows listed, then nothing written. */
export async function importCalendarFile(
  database: Database,
  file: string | undefined,
  dryRun: boolean,
  out: Out,
): Promise<number> {
  if (!file) throw new CliError('缺少文件名：zhaoshang calendar import FILE [--dry-run]');
  if (!fs.existsSync(file)) throw new CliError(`找不到文件 ${file}`);
  const table = await readTableFile(file).catch((e) => {
    throw e instanceof SpreadsheetError ? new CliError(e.message) : e;
  });
  const report = await importCalendarDays(database, cliContext('calendar import'), table, {
    dryRun,
    fileName: path.basename(file),
  });
  const lines = report.errors.length
    ? [
        `${report.errors.length} 处错误，未写入任何数据：`,
        ...report.errors.map((e) => `  第 ${e.row} 行，列“${e.column}”：${e.reason}`),
      ]
    : [
        `${dryRun ? '试导入（未写入）' : '已导入'} ${report.rows} 天：新增 ${report.created}，更新 ${report.updated}，未变 ${report.unchanged}`,
      ];
  out.print(lines.join('\n'), report);
  return report.errors.length ? 1 : 0;
}

/** `calendar list --year YYYY`: the year's holidays and make-up working days. */
export async function listCalendarCommand(database: Database, year: string | undefined, out: Out): Promise<number> {
  if (!year || !/^\d{4}$/.test(year)) throw new CliError('请用 --year YYYY 指定年份（e.g. --year 2025）');
  const result = await listCalendarYearAsSystem(database, Number(year));
  const source = result.seededFrom
    ? `来自 ${result.seededFrom}，含办公室的修改`
    : '数据包未覆盖该年，仅办公室录入的日子';
  out.print(
    [
      `${year} 年：放假与调休上班 ${result.days.length} 天（${source}）`,
      ...result.days.map((d) => `${d.date}\t${CALENDAR_DAY_KIND_LABELS[d.kind].zh}\t${d.name}\t${d.source}`),
    ].join('\n'),
    result,
  );
  return 0;
}
