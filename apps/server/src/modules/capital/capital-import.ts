import { msg } from '@zhaoshang/shared';
import type { Database } from '../../db/client.ts';
import type { RequestContext } from '../../http/context.ts';
import type { ColumnSpec, Table } from '../../spreadsheet/read-table.ts';
import { type ImportOptions, type ImportReport, startImport } from '../../spreadsheet/start-import.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { capitalPolicy } from './capital.policy.ts';
import {
  type ArrivalValues,
  findCapitalProjectsByName,
  findExistingArrivals,
  upsertArrivals,
} from './capital.repository.ts';
import { capitalMonthProblem, parseCapitalAmount } from './capital.service.ts';

type Field = 'project' | 'host' | 'year' | 'month' | 'domestic' | 'foreign';

/** The statistics sheet the bureau receives: one row per project and month. */
export const CAPITAL_COLUMNS: ColumnSpec<Field>[] = [
  { key: 'project', zh: '项目名称', aliases: ['project', 'project name', '项目'], required: true },
  { key: 'host', zh: '承载地', aliases: ['host unit', 'host', '承载单位'] },
  { key: 'year', zh: '年份', aliases: ['year', '年度'], required: true },
  { key: 'month', zh: '月份', aliases: ['month'], required: true },
  {
    key: 'domestic',
    zh: '国内到位资金(万元)',
    aliases: ['国内到位资金', '到位资金(万元)', '到位资金', 'domestic', 'domestic arrived'],
    required: true,
  },
  {
    key: 'foreign',
    zh: '外资到位资金(万美元)',
    aliases: ['外资到位资金', '外资到位(万美元)', 'foreign', 'foreign arrived'],
  },
];

/**
 * Imports capital arrived per project and month. Every bad row is reported and then nothing is
 * written; a month already recorded is replaced (a re-import of the same sheet changes nothing).
 */
export async function importCapital(
  database: Database,
  ctx: RequestContext,
  table: Table,
  opts: ImportOptions,
): Promise<ImportReport> {
  if (ctx.actor) capitalPolicy.assert(ctx.actor, 'capital.import');
  const run = startImport(ctx, table, CAPITAL_COLUMNS, opts);
  if (run.headersFailed) return run.report();
  const errors = run.problems;
  const names = [...new Set(table.rows.map((r) => (r.cells[run.columns.get('project') ?? ''] ?? '').trim()))];
  const projects = await findCapitalProjectsByName(database.db, names.filter(Boolean));
  const seen = new Map<string, number>();
  const rows: ArrivalValues[] = run.readRows(({ row, get, fail }) => {
    const before = errors.length;
    const name = get('project');
    const host = get('host');
    const candidates = projects.filter((p) => p.name === name && (!host || p.host_unit_name === host));
    if (!name) fail('project', msg('capital.projectRequired'));
    else if (!candidates.length) fail('project', msg('capital.projectNotFound', { name }));
    else if (candidates.length > 1)
      fail('project', msg('capital.projectAmbiguous', { name, count: candidates.length }));
    const year = Number(get('year'));
    if (!/^\d{4}$/.test(get('year')) || year < 2000 || year > 2100)
      fail('year', msg('import.yearInvalid', { value: get('year') }));
    const month = Number(get('month'));
    if (!/^\d{1,2}$/.test(get('month')) || month < 1 || month > 12)
      fail('month', msg('import.monthInvalid', { value: get('month') }));
    const domestic = parseCapitalAmount(get('domestic'), 'wan');
    if ('problem' in domestic) fail('domestic', domestic.problem);
    const foreign = parseCapitalAmount(get('foreign'), 'wanUsd');
    if ('problem' in foreign) fail('foreign', foreign.problem);
    if (errors.length > before) return;
    const project = candidates[0]!;
    const problem = capitalMonthProblem(project, year, month);
    if (problem) {
      fail('month', problem);
      return;
    }
    const key = `${project.id}|${year}|${month}`;
    if (seen.has(key)) {
      fail('project', msg('capital.sameProjectMonthRow', { row: seen.get(key)! }));
      return;
    }
    seen.set(key, row);
    return {
      projectId: project.id,
      year,
      month,
      domesticWan: (domestic as { value: string }).value,
      foreignUsdWan: (foreign as { value: string }).value,
    };
  });
  if (errors.length) return run.report();
  const existing = new Map(
    (await findExistingArrivals(database.db, rows)).map((a) => [`${a.project_id}|${a.year}|${a.month}`, a]),
  );
  const changed = rows.filter((r) => {
    const e = existing.get(`${r.projectId}|${r.year}|${r.month}`);
    return (
      !e || Number(e.domestic_wan) !== Number(r.domesticWan) || Number(e.foreign_usd_wan) !== Number(r.foreignUsdWan)
    );
  });
  const created = rows.filter((r) => !existing.has(`${r.projectId}|${r.year}|${r.month}`)).length;
  const counts = { created, updated: changed.length - created, unchanged: rows.length - changed.length };
  if (opts.dryRun) return run.report(counts);
  await database.db.transaction(async (tx) => {
    await upsertArrivals(tx, changed, ctx.actor?.userId ?? null);
    await recordAudit(tx, ctx, {
      action: 'capital.import',
      entityType: 'capital',
      after: { ...run.fileFacts(), rows: rows.length, ...counts },
    });
  });
  return run.report(counts);
}
