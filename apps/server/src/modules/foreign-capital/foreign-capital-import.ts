import { createHash } from 'node:crypto';
import { AMOUNT_PROBLEM_LABELS, parseWan } from '@zhaoshang/shared';
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client.ts';
import type { RequestContext } from '../../http/context.ts';
import { type ColumnSpec, mapColumns, type Table } from '../../spreadsheet/read-table.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ImportReport, RowError } from '../companies/companies-import.ts';
import { foreignCapitalPolicy } from './foreign-capital.policy.ts';
import { upsertForeignCapital } from './foreign-capital.repository.ts';

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
  opts: { dryRun: boolean; fileName: string; fileBytes?: Buffer },
): Promise<ImportReport> {
  if (ctx.actor) foreignCapitalPolicy.assert(ctx.actor, 'foreignCapital.manage');
  const errors: RowError[] = [];
  const { columns, errors: headerErrors } = mapColumns(table, FOREIGN_CAPITAL_COLUMNS);
  errors.push(...headerErrors);
  const empty: ImportReport = {
    dryRun: opts.dryRun,
    rows: table.rows.length,
    created: 0,
    updated: 0,
    unchanged: 0,
    errors,
  };
  if (errors.length) return empty;
  const units = new Map(
    (await queryRows<{ id: number; name: string }>(database.db, sql`select id, name from units where active`)).map(
      (u) => [u.name, u.id],
    ),
  );
  const label = (f: Field) => columns.get(f) ?? FOREIGN_CAPITAL_COLUMNS.find((c) => c.key === f)!.zh;
  const rows: { unitId: number; year: number; month: number; usedUsdWan: string }[] = [];
  const seen = new Map<string, number>();
  for (const { rowNumber: row, cells } of table.rows) {
    const get = (f: Field) => (cells[columns.get(f)!] ?? '').trim();
    const fail = (f: Field, reason: string) => errors.push({ row, column: label(f), reason });
    const before = errors.length;
    const unitId = units.get(get('unit'));
    if (!unitId) fail('unit', get('unit') ? `找不到单位“${get('unit')}”（须与单位管理中的名称一致）` : '单位不能为空');
    const year = Number(get('year'));
    if (!Number.isInteger(year) || year < 2000 || year > 2100) fail('year', `“${get('year')}”不是有效年份`);
    const month = Number(get('month'));
    if (!Number.isInteger(month) || month < 1 || month > 12) fail('month', `“${get('month')}”不是 1–12 的月份`);
    const used = parseWan(get('used'));
    if ('problem' in used) fail('used', AMOUNT_PROBLEM_LABELS[used.problem].zh.replace('万元', '万美元'));
    if (errors.length > before) continue;
    const key = `${unitId}|${year}|${month}`;
    if (seen.has(key)) {
      errors.push({ row, column: label('unit'), reason: `与第 ${seen.get(key)} 行是同一单位、同一月份` });
      continue;
    }
    seen.set(key, row);
    rows.push({ unitId: unitId!, year, month, usedUsdWan: (used as { value: string }).value });
  }
  if (errors.length) return { ...empty, errors };
  const existing = await queryRows<{ n: number }>(
    database.db,
    sql`select count(*)::int as n from foreign_capital_use f join unnest(${sql.param(rows.map((r) => r.unitId))}::int[], ${sql.param(rows.map((r) => r.year))}::int[], ${sql.param(rows.map((r) => r.month))}::int[]) as k(u, y, m)
        on f.unit_id = k.u and f.year = k.y and f.month = k.m`,
  );
  const updated = existing[0]!.n;
  if (opts.dryRun) return { ...empty, created: rows.length - updated, updated };
  await database.db.transaction(async (tx) => {
    await upsertForeignCapital(tx, rows, ctx.actor?.userId ?? null);
    await recordAudit(tx, ctx, {
      action: 'foreignCapital.import',
      entityType: 'foreign_capital',
      after: {
        file: opts.fileName,
        sha256: opts.fileBytes ? createHash('sha256').update(opts.fileBytes).digest('hex') : null,
        rows: rows.length,
      },
    });
  });
  return { ...empty, created: rows.length - updated, updated };
}
