import { amountProblemMessage, msg, parseWan } from '@zhaoshang/shared';
import type { Database } from '../../db/client.ts';
import type { RequestContext } from '../../http/context.ts';
import type { ColumnSpec, Table } from '../../spreadsheet/read-table.ts';
import { type ImportOptions, type ImportReport, startImport } from '../../spreadsheet/start-import.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findActiveUnitNames } from '../org/units.repository.ts';
import { foreignCapitalPolicy } from './foreign-capital.policy.ts';
import { countEnteredMonths, upsertForeignCapital } from './foreign-capital.repository.ts';

type Field = 'unit' | 'year' | 'month' | 'used';

export const FOREIGN_CAPITAL_COLUMNS: ColumnSpec<Field>[] = [
  { key: 'unit', zh: '单位', aliases: ['unit', '单位名称'], required: true },
  { key: 'year', zh: '年份', aliases: ['year', '年度'], required: true },
  { key: 'month', zh: '月份', aliases: ['month'], required: true },
  {
    key: 'used',
    zh: '实际使用外资(万美元)',
    aliases: ['实际使用外资', 'foreign capital used', 'used'],
    required: true,
  },
];

/** Imports actual use of foreign capital per unit and month; a row for a month already entered replaces it. */
export async function importForeignCapital(
  database: Database,
  ctx: RequestContext,
  table: Table,
  opts: ImportOptions,
): Promise<ImportReport> {
  if (ctx.actor) foreignCapitalPolicy.assert(ctx.actor, 'foreignCapital.manage');
  const run = startImport(ctx, table, FOREIGN_CAPITAL_COLUMNS, opts);
  if (run.headersFailed) return run.report();
  const errors = run.problems;
  const label = run.label;
  const units = new Map((await findActiveUnitNames(database.db)).map((u) => [u.name, u.id]));
  const seen = new Map<string, number>();
  const rows: { unitId: number; year: number; month: number; usedUsdWan: string }[] = run.readRows(
    ({ row, get, fail }) => {
      const before = errors.length;
      const unitId = units.get(get('unit'));
      if (!unitId)
        fail('unit', get('unit') ? msg('import.unitNotFound', { name: get('unit') }) : msg('import.unitRequired'));
      const year = Number(get('year'));
      if (!Number.isInteger(year) || year < 2000 || year > 2100)
        fail('year', msg('import.yearInvalid', { value: get('year') }));
      const month = Number(get('month'));
      if (!Number.isInteger(month) || month < 1 || month > 12)
        fail('month', msg('import.monthInvalid', { value: get('month') }));
      const used = parseWan(get('used'));
      if ('problem' in used) fail('used', amountProblemMessage(used.problem, 'wanUsd'));
      if (errors.length > before) return;
      const key = `${unitId}|${year}|${month}`;
      if (seen.has(key)) {
        errors.push({ row, column: label('unit'), reason: msg('import.sameUnitMonthRow', { row: seen.get(key)! }) });
        return;
      }
      seen.set(key, row);
      return { unitId: unitId!, year, month, usedUsdWan: (used as { value: string }).value };
    },
  );
  if (errors.length) return run.report();
  const updated = await countEnteredMonths(database.db, rows);
  if (opts.dryRun) return run.report({ created: rows.length - updated, updated });
  await database.db.transaction(async (tx) => {
    await upsertForeignCapital(tx, rows, ctx.actor?.userId ?? null);
    await recordAudit(tx, ctx, {
      action: 'foreignCapital.import',
      entityType: 'foreign_capital',
      after: {
        ...run.fileFacts(),
        rows: rows.length,
      },
    });
  });
  return run.report({ created: rows.length - updated, updated });
}
