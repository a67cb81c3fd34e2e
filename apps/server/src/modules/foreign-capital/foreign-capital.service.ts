import { parseWan } from '@zhaoshang/shared';
import type { Database } from '../../db/client.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { kpiPolicy } from '../kpi/kpi.policy.ts';
import { foreignCapitalPolicy } from './foreign-capital.policy.ts';
import { findForeignCapital, upsertForeignCapital } from './foreign-capital.repository.ts';

const trim = (s: string) => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);

/** Foreign capital used per unit and month of a year, with last year's for comparison. */
export async function getForeignCapital(database: Database, ctx: RequestContext, year: number) {
  kpiPolicy.assert(requireActor(ctx), 'kpi.read');
  const rows = await findForeignCapital(database.db, [year, year - 1]);
  return {
    items: rows.map((r) => ({
      unit: { id: r.unit_id, name: r.unit_name },
      year: r.year,
      month: r.month,
      usedUsdWan: trim(r.used_usd_wan),
    })),
  };
}

export async function putForeignCapital(
  database: Database,
  ctx: RequestContext,
  rows: { unitId: number; year: number; month: number; usedUsdWan: string }[],
) {
  const actor = requireActor(ctx);
  foreignCapitalPolicy.assert(actor, 'foreignCapital.manage');
  const issues = rows.flatMap((r, i) => {
    const a = parseWan(r.usedUsdWan);
    return 'problem' in a
      ? [{ path: `items.${i}.usedUsdWan`, message: '金额应为不带单位的数字（万美元），最多四位小数' }]
      : [];
  });
  if (issues.length) throw new AppError('VALIDATION_FAILED', { issues });
  await database.db.transaction(async (tx) => {
    await upsertForeignCapital(
      tx,
      rows.map((r) => ({ ...r, usedUsdWan: (parseWan(r.usedUsdWan) as { value: string }).value })),
      actor.userId,
    );
    await recordAudit(tx, ctx, { action: 'foreignCapital.save', entityType: 'foreign_capital', after: { rows } });
  });
}
