import fs from 'node:fs';
import path from 'node:path';
import { CALENDAR_DAY_KIND_LABELS, msg, renderMessage } from '@zhaoshang/shared';
import type { Database } from '../db/client.ts';
import { listCalendarYearAsSystem } from '../modules/calendar/calendar.service.ts';
import { importCalendarDays } from '../modules/calendar/calendar-import.ts';
import { readTableFile, SpreadsheetError } from '../spreadsheet/read-table.ts';
import { CliError, cliContext, cliLanguage, type Out, say } from './runtime.ts';

/** `calendar import FILE [--dry-run]`: the office's days (日期, 类型, 名称); bad rows listed, then nothing written. */
export async function importCalendarFile(
  database: Database,
  file: string | undefined,
  dryRun: boolean,
  out: Out,
): Promise<number> {
  if (!file) throw new CliError(say('cli.missingFileOf', { usage: 'zhaoshang calendar import FILE [--dry-run]' }));
  if (!fs.existsSync(file)) throw new CliError(say('cli.fileNotFound', { file }));
  const table = await readTableFile(file).catch((e) => {
    throw e instanceof SpreadsheetError ? new CliError(renderMessage(cliLanguage(), e.problem)) : e;
  });
  const report = await importCalendarDays(database, cliContext('calendar import'), table, {
    dryRun,
    fileName: path.basename(file),
  });
  const lines = report.errors.length
    ? [
        say('cli.importErrors', { count: report.errors.length }),
        ...report.errors.map((e) => say('cli.importRowError', { ...e })),
      ]
    : [
        say('cli.calendarDone', {
          what: msg(dryRun ? 'cli.dryRun' : 'cli.imported'),
          rows: report.rows,
          created: report.created,
          updated: report.updated,
          unchanged: report.unchanged,
        }),
      ];
  out.print(lines.join('\n'), report);
  return report.errors.length ? 1 : 0;
}

/** `calendar list --year YYYY`: the year's holidays and make-up working days. */
export async function listCalendarCommand(database: Database, year: string | undefined, out: Out): Promise<number> {
  if (!year || !/^\d{4}$/.test(year)) throw new CliError(say('cli.yearNeeded'));
  const result = await listCalendarYearAsSystem(database, Number(year));
  const source = result.seededFrom
    ? say('cli.calendarSeeded', { source: result.seededFrom })
    : say('cli.calendarNotSeeded');
  out.print(
    [
      say('cli.calendarYear', { year, count: result.days.length, source }),
      ...result.days.map(
        (d) => `${d.date}\t${CALENDAR_DAY_KIND_LABELS[d.kind][cliLanguage()]}\t${d.name}\t${d.source}`,
      ),
    ].join('\n'),
    result,
  );
  return 0;
}
