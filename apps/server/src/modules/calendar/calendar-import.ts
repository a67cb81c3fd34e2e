import { type CalendarDayKind, checkCalendarDay, msg } from '@zhaoshang/shared';
import type { Database } from '../../db/client.ts';
import type { RequestContext } from '../../http/context.ts';
import type { ColumnSpec, Table } from '../../spreadsheet/read-table.ts';
import { type ImportOptions, type ImportReport, startImport } from '../../spreadsheet/start-import.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { calendarPolicy } from './calendar.policy.ts';
import { findCalendarDays, upsertCalendarDays } from './calendar.repository.ts';
import { forgetWorkingCalendar } from './calendar.service.ts';
import { ensureWorkingCalendarSeeded } from './calendar-seed.ts';

type Field = 'date' | 'kind' | 'name';

/** A year's notice as the office types it: one day a row. */
export const CALENDAR_COLUMNS: ColumnSpec<Field>[] = [
  { key: 'date', zh: '日期', aliases: ['date'], required: true },
  { key: 'kind', zh: '类型', aliases: ['kind', 'type'], required: true },
  { key: 'name', zh: '名称', aliases: ['name', '节日', 'holiday'], required: true },
];

const KINDS: Record<string, CalendarDayKind> = {
  放假: 'holiday',
  休: 'holiday',
  假: 'holiday',
  holiday: 'holiday',
  调休上班: 'workday',
  上班: 'workday',
  班: 'workday',
  workday: 'workday',
};

/** 2025/1/26 as spreadsheets write it becomes 2025-01-26. */
const normaliseDate = (s: string) => {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s.trim());
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : s.trim();
};

/**
 * Imports the office's days (the State Council's notice for a year the package does not cover
 * yet, or corrections): each date is added or changed to the office's; days not in the file are
 * left alone. Every bad row is reported and then nothing is written.
 */
export async function importCalendarDays(
  database: Database,
  ctx: RequestContext,
  table: Table,
  opts: ImportOptions,
): Promise<ImportReport> {
  if (ctx.actor) calendarPolicy.assert(ctx.actor, 'calendar.edit');
  const run = startImport(ctx, table, CALENDAR_COLUMNS, opts);
  if (run.headersFailed) return run.report();
  const seen = new Map<string, number>();
  const days = run.readRows(({ row, get, fail }) => {
    const date = normaliseDate(get('date'));
    const rawKind = get('kind');
    const kind = KINDS[rawKind.toLowerCase()];
    const day = { date, kind: kind ?? rawKind, name: get('name') };
    const problem = checkCalendarDay(day);
    if (problem) {
      const field: Field = problem === 'not_a_date' ? 'date' : problem === 'name_missing' ? 'name' : 'kind';
      fail(field, msg(`label.calendarDayProblem.${problem}`));
      return;
    }
    if (seen.has(date)) {
      fail('date', msg('calendar.duplicateRow', { date, row: seen.get(date)! }));
      return;
    }
    seen.set(date, row);
    return day as { date: string; kind: CalendarDayKind; name: string };
  });
  if (run.problems.length || days.length === 0) return run.report();
  // Counted against the seeded calendar, so a file's counts do not depend on whether it came first.
  await ensureWorkingCalendarSeeded(database.db);
  const dates = days.map((d) => d.date).sort();
  const result = await database.db.transaction(async (tx) => {
    const existing = new Map((await findCalendarDays(tx, dates[0]!, dates.at(-1)!)).map((d) => [d.date, d] as const));
    let created = 0;
    let updated = 0;
    for (const d of days) {
      const before = existing.get(d.date);
      if (!before) created++;
      else if (before.kind !== d.kind || before.name !== d.name || before.source !== 'office') updated++;
    }
    const result = run.report({ created, updated, unchanged: days.length - created - updated });
    if (opts.dryRun) return result;
    await upsertCalendarDays(tx, days, ctx.actor?.userId ?? null);
    await recordAudit(tx, ctx, {
      action: 'calendar.import',
      entityType: 'calendar_day',
      after: { file: opts.fileName, from: dates[0], to: dates.at(-1), created, updated, unchanged: result.unchanged },
    });
    return result;
  });
  if (!opts.dryRun) forgetWorkingCalendar(database.db);
  return result;
}
