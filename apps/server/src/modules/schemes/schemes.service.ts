import type { UnitKind } from '@zhaoshang/shared';
import { INDICATOR_LABELS, msg, type Scheme, translate, validateScheme } from '@zhaoshang/shared';
import type { Database } from '../../db/client.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { kpiPolicy } from '../kpi/kpi.policy.ts';
import { findAllUnitIds } from '../org/units.repository.ts';
import { schemesPolicy } from './schemes.policy.ts';
import { findScheme, findTargets, saveScheme, upsertTargets } from './schemes.repository.ts';

/**
 * The scheme a year starts with when the director has not set one: the seed's floors
 * (contract 60%, registration 80%, ready to start 50%), one point per "four new" major
 * project, counties and zones, resident bureaus and service centres ranked apart.
 */
export function defaultScheme(year: number): Scheme {
  return {
    year,
    indicators: [
      { key: 'contractRate', weight: 25, floor: 0.6 },
      { key: 'registrationRate', weight: 25, floor: 0.8 },
      { key: 'readyRate', weight: 20, floor: 0.5 },
      { key: 'fitShareCount', weight: 10, floor: null },
      { key: 'signedCountTarget', weight: 10, floor: null },
      { key: 'signedAmountTarget', weight: 10, floor: null },
    ],
    bonus: { signed: 1, started: 1, completed: 1, producing: 1 },
    penalties: { pastPlannedStart: 1, falsified: 5 },
    groups: [
      { name: translate('zh', 'scheme.defaultGroup.countiesZones'), unitKinds: ['county', 'function_zone'] },
      { name: translate('zh', 'scheme.defaultGroup.residentBureaus'), unitKinds: ['resident_bureau'] },
      { name: translate('zh', 'scheme.defaultGroup.serviceCenters'), unitKinds: ['service_center'] },
    ],
    bonusCap: 10,
  };
}

/** The year's scheme (the default until one is saved) and its version (0 = not saved). */
export async function getScheme(database: Database, ctx: RequestContext, year: number) {
  kpiPolicy.assert(requireActor(ctx), 'kpi.read');
  return loadScheme(database, year);
}

export async function loadScheme(
  database: Database,
  year: number,
): Promise<{ scheme: Scheme; version: number; saved: boolean }> {
  const row = await findScheme(database.db, year);
  return row
    ? { scheme: row.scheme, version: row.version, saved: true }
    : { scheme: defaultScheme(year), version: 0, saved: false };
}

export async function putScheme(
  database: Database,
  ctx: RequestContext,
  year: number,
  scheme: Scheme,
  version: number,
) {
  const actor = requireActor(ctx);
  schemesPolicy.assert(actor, 'scheme.manage');
  const problems = validateScheme({ ...scheme, year });
  if (scheme.year !== year)
    problems.unshift({ path: 'year', message: msg('scheme.yearMismatch', { year: scheme.year, pathYear: year }) });
  if (problems.length)
    throw new AppError(
      'VALIDATION_FAILED',
      { issues: problems },
      msg('scheme.problems', { count: problems.length, first: problems[0]!.message }),
    );
  return database.db.transaction(async (tx) => {
    const before = await findScheme(tx, year);
    if (!(await saveScheme(tx, year, scheme, version, actor.userId))) {
      throw new AppError(
        'CONFLICT_VERSION',
        { currentVersion: before?.version ?? 0 },
        msg('scheme.staleYear', { year }),
      );
    }
    await recordAudit(tx, ctx, {
      action: 'scheme.save',
      entityType: 'scheme',
      entityId: year,
      before: before?.scheme ?? null,
      after: scheme,
    });
    return { version: version + 1, labels: INDICATOR_LABELS };
  });
}

export type TargetInput = {
  unitId: number;
  signedCount: number | null;
  signedAmountWan: string | null;
  leads: number | null;
  events: number | null;
  foreignUsdWan: string | null;
};

export async function getTargets(database: Database, ctx: RequestContext, year: number) {
  kpiPolicy.assert(requireActor(ctx), 'kpi.read');
  const rows = await findTargets(database.db, year);
  return {
    items: rows.map((r) => ({
      unit: { id: r.unit_id, name: r.unit_name, kind: r.unit_kind as UnitKind },
      signedCount: r.signed_count,
      signedAmountWan: r.signed_amount_wan && trim(r.signed_amount_wan),
      leads: r.leads,
      events: r.events,
      foreignUsdWan: r.foreign_usd_wan && trim(r.foreign_usd_wan),
    })),
  };
}

const trim = (s: string) => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);

export async function putTargets(database: Database, ctx: RequestContext, year: number, rows: TargetInput[]) {
  schemesPolicy.assert(requireActor(ctx), 'scheme.manage');
  if (year < 2000 || year > 2100)
    throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'year', message: msg('scheme.year') }] });
  await database.db.transaction(async (tx) => {
    const known = new Set(await findAllUnitIds(tx));
    const unknown = rows.filter((r) => !known.has(r.unitId));
    if (unknown.length)
      throw new AppError(
        'INVALID_REFERENCE',
        { unitIds: unknown.map((r) => r.unitId) },
        msg('scheme.unknownUnits', { ids: unknown.map((r) => r.unitId).join(', ') }),
      );
    await upsertTargets(tx, year, rows);
    await recordAudit(tx, ctx, {
      action: 'targets.save',
      entityType: 'targets',
      entityId: year,
      after: { units: rows.length },
    });
  });
}
