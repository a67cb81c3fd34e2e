import {
  type IndicatorValues,
  indicatorValues,
  type KpiFigures,
  type KpiRole,
  type KpiUnit,
  type KpiWindow,
  lastYearWindow,
  quarterName,
  quarterStart,
  SCHEME_KEYS,
  SCHEME_ROLES,
  type SchemeSet,
  schemeOfUnit,
  shanghaiDate,
  type ValuesBlock,
  validateWindow,
  yuanToWan,
} from '@zhaoshang/shared';
import type { Database } from '../../db/client.ts';
import type { KpiFigureFilter } from '../../db/fragments/kpi-bits.ts';
import type { RequestContext } from '../../http/context.ts';
import { requireActor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { listProjects } from '../projects/projects.service.ts';
import { defaultSchemes } from '../schemes/schemes.service.ts';
import { findStaleCounts } from '../sites/sites.repository.ts';
import { kpiPolicy } from './kpi.policy.ts';
import { type CohortTallies, findCreditedYuan, findKpiUnits, type KpiUnitRow, tallyWindow } from './kpi.repository.ts';

/** Checks a window, answering the clerk's mistake precisely. */
export function assertWindow(w: KpiWindow): void {
  const problem = validateWindow(w);
  if (problem)
    throw new AppError(
      'VALIDATION_FAILED',
      { issues: [{ path: problem.code === 'kpi.fromInvalid' ? 'from' : 'to', message: problem }] },
      problem,
    );
}

/** The city's block and each unit's, per role, hosts first then sources, each in the order of `units`. */
export function figuresOf(tally: CohortTallies, w: KpiWindow, units: readonly KpiUnit[]): KpiFigures {
  const block = (role: 'city' | KpiRole, unitId: number): ValuesBlock => ({
    ...indicatorValues(tally(role, unitId, 0)),
    lastYear: indicatorValues(tally(role, unitId, 1)),
  });
  return {
    window: { from: w.from, to: w.to },
    lastYearWindow: lastYearWindow(w),
    city: block('city', 0),
    units: (['host', 'source'] as const).flatMap((role) =>
      units.filter((u) => u.roles.includes(role)).map((u) => ({ unitId: u.id, role, indicators: block(role, u.id) })),
    ),
  };
}

/** The indicators of a window for the city and every credited unit, with last year's. */
export async function computeWindowKpi(
  database: Database,
  ctx: RequestContext,
  w: KpiWindow,
): Promise<{ result: KpiFigures; units: KpiUnitRow[] }> {
  if (ctx.actor) kpiPolicy.assert(ctx.actor, 'kpi.read');
  assertWindow(w);
  const prev = lastYearWindow(w);
  const [tally, units] = await Promise.all([tallyWindow(database.db, w), findKpiUnits(database.db, prev.from, w.to)]);
  const credited = units
    .filter((u) => u.hosts || u.sources)
    .map((u) => ({
      id: u.id,
      roles: [...(u.hosts ? ['host' as const] : []), ...(u.sources ? ['source' as const] : [])],
    }));
  return { result: figuresOf(tally, w, credited), units };
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

/**
 * The `kpi --json` shape of contract.md: each unit row also names the scheme the unit is assessed
 * under (`scheme`, null for none), and `schemes` has one row per ranking group of each of the
 * year's schemes with the role its units are credited in and their names.
 */
export function kpiContractJson(
  w: KpiWindow,
  result: KpiFigures,
  units: KpiUnitRow[],
  schemes: SchemeSet = defaultSchemes(Number(w.to.slice(0, 4))),
) {
  const names = new Map(units.map((u) => [u.id, u.name]));
  const schemeOf = new Map(units.map((u) => [u.id, schemeOfUnit(schemes, u)]));
  return {
    from: w.from,
    to: w.to,
    city: { ...values(result.city), lastYear: values(result.city.lastYear) },
    units: result.units.map((u) => ({
      unit: names.get(u.unitId)!,
      role: u.role,
      scheme: schemeOf.get(u.unitId) ?? null,
      ...values(u.indicators),
      lastYear: values(u.indicators.lastYear),
    })),
    schemes: SCHEME_KEYS.flatMap((key) =>
      schemes[key].groups.map((g, j) => ({
        scheme: key,
        name: schemes[key].name ?? key,
        group: g.name,
        role: SCHEME_ROLES[key],
        units: units
          .filter((u) => schemeOf.get(u.id) === key)
          .filter((u) => {
            const listed =
              schemes[key].unitIds?.includes(u.id) && !schemes[key].groups.some((x) => x.unitKinds.includes(u.kind));
            return listed ? j === 0 : g.unitKinds.includes(u.kind);
          })
          .map((u) => u.name),
      })),
    ),
  };
}

/**
 * The drill-down of an indicator: the projects behind one figure of a window, for the city or
 * one unit as host or source, paged through the project list (the engine's rules in SQL).
 */
export async function kpiProjects(
  database: Database,
  ctx: RequestContext,
  q: { kpi: KpiFigureFilter; page: number; pageSize: number },
) {
  kpiPolicy.assert(requireActor(ctx), 'kpi.read');
  assertWindow(q.kpi);
  const page = await listProjects(database, ctx, { kpi: q.kpi }, { by: 'signedOn', desc: true }, q.page, q.pageSize);
  return { ...page, items: await withCredited(database, page.items, q.kpi.unitId ?? null) };
}

/**
 * Drill-down projects with what their figure credits each (`creditedWan`), so the amounts listed
 * add up to the figure: a unit's share of a joint filing's project; in a bulletin (`bulletinId`),
 * the amount and share frozen with it.
 */
export async function withCredited<P extends { id: number; agreedWan: string }>(
  database: Database,
  items: P[],
  unitId: number | null,
  bulletinId?: number,
): Promise<(P & { creditedWan: string })[]> {
  const credited = await findCreditedYuan(
    database.db,
    items.map((p) => p.id),
    unitId,
    bulletinId,
  );
  return items.map((p) => {
    const yuan = credited.get(p.id);
    return { ...p, creditedWan: yuan === undefined ? p.agreedWan : yuanToWan(yuan) };
  });
}

/**
 * The site-confirmation duty beside the indicators: per owner unit, its sites and those not
 * confirmed since this quarter began. A standing duty, so counted as of today for any window.
 */
export async function siteConfirmationOf(database: Database) {
  const today = shanghaiDate();
  const rows = await findStaleCounts(database.db, quarterStart(today));
  return {
    quarter: quarterName(today),
    since: quarterStart(today),
    units: rows.map((r) => ({ unitId: r.unit_id, unit: r.unit_name, total: r.total, stale: r.stale })),
  };
}
