import { type IndicatorValues, type KpiResult, type KpiWindow, computeKpi, lastYearWindow, validateWindow } from '@zhaoshang/shared';
import type { Database } from '../../db/client.ts';
import type { RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { assessmentPolicy } from './assessment.policy.ts';
import { type KpiUnitRow, findKpiProjects, findKpiUnits } from './kpi.repository.ts';

/** Checks a window, answering the clerk's mistake precisely. */
export function assertWindow(w: KpiWindow): void {
  const problem = validateWindow(w);
  if (problem) throw new AppError('VALIDATION_FAILED', { issues: [{ path: problem.startsWith('开始') ? 'from' : 'to', message: problem }] }, problem);
}

/** The indicators of a window for the city and every credited unit, with last year's and the ids behind each. */
export async function computeWindowKpi(database: Database, ctx: RequestContext, w: KpiWindow): Promise<{ result: KpiResult; units: KpiUnitRow[] }> {
  if (ctx.actor) assessmentPolicy.assert(ctx.actor, 'kpi.read');
  assertWindow(w);
  const prev = lastYearWindow(w);
  const [projects, units] = await Promise.all([findKpiProjects(database.db, prev.from, w.to), findKpiUnits(database.db, prev.from, w.to)]);
  const result = computeKpi(
    projects,
    w,
    units.filter((u) => u.hosts || u.sources).map((u) => ({ id: u.id, roles: [...(u.hosts ? ['host' as const] : []), ...(u.sources ? ['source' as const] : [])] })),
  );
  return { result, units };
}

const values = (v: IndicatorValues) => ({
  signedCount: v.signedCount,
  signedAmountWan: v.signedAmountWan,
  contractRate: v.contractRate,
  registrationRate: v.registrationRate,
  readyRate: v.readyRate,
  fitShareCount: v.fitShareCount,
  fitShareAmount: v.fitShareAmount,
});

/** The `kpi --json` shape of contract.md. */
export function kpiContractJson(w: KpiWindow, result: KpiResult, units: KpiUnitRow[]) {
  const names = new Map(units.map((u) => [u.id, u.name]));
  return {
    from: w.from,
    to: w.to,
    city: { ...values(result.city), lastYear: values(result.city.lastYear) },
    units: result.units.map((u) => ({ unit: names.get(u.unitId)!, role: u.role, ...values(u.indicators), lastYear: values(u.indicators.lastYear) })),
  };
}
