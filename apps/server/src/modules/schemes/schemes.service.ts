import type { SchemeKey, SchemeProblem, SchemeSet, UnitKind } from '@zhaoshang/shared';
import {
  INDICATOR_LABELS,
  membershipProblems,
  msg,
  SCHEME_KEYS,
  type Scheme,
  schemeOfUnit,
  translate,
  validateScheme,
} from '@zhaoshang/shared';
import type { Database, Tx } from '../../db/client.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { roleOfKind } from '../bulletins/bulletin-compute.ts';
import { kpiPolicy } from '../kpi/kpi.policy.ts';
import { countFourNewByMonth } from '../kpi/kpi.repository.ts';
import { findAllUnitIds, findUnits } from '../org/units.repository.ts';
import { findMajorThreshold } from '../projects/projects.repository.ts';
import { schemesPolicy } from './schemes.policy.ts';
import {
  findScheme,
  findSchemes,
  findTargets,
  lockSchemesOfYear,
  saveScheme,
  upsertTargets,
} from './schemes.repository.ts';

/**
 * The scheme a year's counties and zones start with (全市招商引资工作方案) when the director has
 * not set one: the seed's floors (contract 60%, registration 80%, ready to start 50%), one
 * point per "four new" major project.
 */
export function defaultScheme(year: number): Scheme {
  return defaultSchemes(year).host;
}

/**
 * The three schemes a year starts with; in each, a site of land or buildings its owner has not
 * confirmed this quarter costs half a point, at most 5. Service centres and city departments (市直部门招商引资考核办法)
 * are assessed on the projects they sourced, the amount, the events they organised, the leads they
 * reported and their services to projects (blockers resolved, 项目服务); resident
 * bureaus (驻外招商局管理和考核办法) on 项目引进 (projects sourced), 招商活动组织 (events organised),
 * 任务完成 (the amount target), 信息线索报送 (leads reported) and 驻点招商开展 (visits made, days at post).
 */
export function defaultSchemes(year: number): SchemeSet {
  const fourNew = { signed: 1, started: 1, completed: 1, producing: 1 };
  // Half a point per site its owner left unconfirmed this quarter, at most 5 (载体资源 kept current).
  const penalties = { pastPlannedStart: 1, falsified: 5, staleSites: 0.5 };
  const staleSitesCap = 5;
  return {
    host: {
      year,
      name: translate('zh', 'label.scheme.host'),
      indicators: [
        { key: 'contractRate', weight: 25, floor: 0.6 },
        { key: 'registrationRate', weight: 25, floor: 0.8 },
        { key: 'readyRate', weight: 20, floor: 0.5 },
        { key: 'fitShareCount', weight: 10, floor: null },
        { key: 'signedCountTarget', weight: 10, floor: null },
        { key: 'signedAmountTarget', weight: 10, floor: null },
      ],
      bonus: fourNew,
      penalties,
      groups: [{ name: translate('zh', 'scheme.defaultGroup.countiesZones'), unitKinds: ['county', 'function_zone'] }],
      bonusCap: 10,
      staleSitesCap,
    },
    department: {
      year,
      name: translate('zh', 'label.scheme.department'),
      indicators: [
        // 40/20/30/10 before services counted, scaled to 90: without a services target the
        // indicator drops out and the others weigh exactly as before.
        { key: 'signedCountTarget', weight: 36, floor: null },
        { key: 'signedAmountTarget', weight: 18, floor: null },
        { key: 'eventsTarget', weight: 27, floor: null },
        { key: 'leadsTarget', weight: 9, floor: null },
        { key: 'servicesTarget', weight: 10, floor: null },
      ],
      bonus: fourNew,
      penalties,
      groups: [
        { name: translate('zh', 'scheme.defaultGroup.serviceCenters'), unitKinds: ['service_center', 'department'] },
      ],
      bonusCap: 10,
      staleSitesCap,
    },
    bureau: {
      year,
      name: translate('zh', 'label.scheme.bureau'),
      indicators: [
        { key: 'signedCountTarget', weight: 30, floor: null },
        { key: 'eventsTarget', weight: 15, floor: null },
        { key: 'signedAmountTarget', weight: 20, floor: null },
        { key: 'leadsTarget', weight: 15, floor: null },
        { key: 'visitsTarget', weight: 10, floor: null },
        { key: 'postDaysTarget', weight: 10, floor: null },
      ],
      bonus: fourNew,
      penalties,
      groups: [{ name: translate('zh', 'scheme.defaultGroup.residentBureaus'), unitKinds: ['resident_bureau'] }],
      bonusCap: 10,
      staleSitesCap,
    },
  };
}

/** The year's scheme (the default until one is saved) and its version (0 = not saved). */
export async function getScheme(database: Database, ctx: RequestContext, year: number, key: SchemeKey = 'host') {
  kpiPolicy.assert(requireActor(ctx), 'kpi.read');
  return loadScheme(database, year, key);
}

/** The year's three schemes, each with its version (0 = the default, not saved). */
export async function getSchemes(database: Database, ctx: RequestContext, year: number) {
  kpiPolicy.assert(requireActor(ctx), 'kpi.read');
  const { set, versions } = await loadSchemes(database, year);
  return {
    items: SCHEME_KEYS.map((key) => ({ key, scheme: set[key], version: versions[key], saved: versions[key] > 0 })),
  };
}

export async function loadScheme(
  database: Database,
  year: number,
  key: SchemeKey = 'host',
): Promise<{ scheme: Scheme; version: number; saved: boolean }> {
  const row = await findScheme(database.db, year, key);
  return row
    ? { scheme: row.scheme, version: row.version, saved: true }
    : { scheme: defaultSchemes(year)[key], version: 0, saved: false };
}

/** A year's three schemes as in effect (the saved ones, the defaults for the others). */
export async function loadSchemes(
  db: Database | Tx,
  year: number,
): Promise<{ set: SchemeSet; versions: Record<SchemeKey, number> }> {
  const rows = await findSchemes('db' in db ? db.db : db, year);
  const set = defaultSchemes(year);
  const versions = { host: 0, department: 0, bureau: 0 };
  for (const r of rows) {
    set[r.key] = r.scheme;
    versions[r.key] = r.version;
  }
  return { set, versions };
}

const problemsError = (problems: SchemeProblem[]) =>
  new AppError(
    'VALIDATION_FAILED',
    { issues: problems },
    msg('scheme.problems', { count: problems.length, first: problems[0]!.message }),
  );

/**
 * Saves one of the year's schemes: weights summing to 100 and the other rules of
 * validateScheme, and no unit assessed under two schemes (400 naming the unit or kind).
 */
export async function putScheme(
  database: Database,
  ctx: RequestContext,
  year: number,
  scheme: Scheme,
  version: number,
  key: SchemeKey = 'host',
) {
  const actor = requireActor(ctx);
  schemesPolicy.assert(actor, 'scheme.manage');
  const problems = validateScheme({ ...scheme, year });
  if (scheme.year !== year)
    problems.unshift({ path: 'year', message: msg('scheme.yearMismatch', { year: scheme.year, pathYear: year }) });
  if (problems.length) throw problemsError(problems);
  return database.db.transaction(async (tx) => {
    await lockSchemesOfYear(tx, year);
    const { set } = await loadSchemes(tx, year);
    const unitIds = [...new Set(scheme.unitIds ?? [])];
    if (unitIds.length) {
      const known = new Set(await findAllUnitIds(tx));
      const unknown = unitIds.filter((id) => !known.has(id));
      if (unknown.length)
        throw new AppError(
          'INVALID_REFERENCE',
          { unitIds: unknown },
          msg('scheme.unknownUnits', { ids: unknown.join(', ') }),
        );
    }
    const overlap = membershipProblems(
      { ...set, [key]: scheme },
      new Map((await findUnits(tx, true)).map((u) => [u.id, u.name])),
    );
    if (overlap.length) throw problemsError(overlap);
    const before = await findScheme(tx, year, key);
    if (!(await saveScheme(tx, year, key, scheme, version, actor.userId))) {
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
      after: { key, ...scheme },
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
  visits?: number | null;
  postDays?: number | null;
  services?: number | null;
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
      visits: r.visits,
      postDays: r.post_days,
      services: r.services,
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

const STAGES = ['signed', 'started', 'completed', 'producing'] as const;

/**
 * "Four new" assessed by stage (分段考核): per unit of a scheme, per month of the year, the major
 * projects newly signed, started, completed and in production, and the points each month earns
 * under the unit's scheme (the yearly cap applies to the year's total, as in the bulletin).
 */
export async function getFourNewByMonth(database: Database, ctx: RequestContext, year: number) {
  kpiPolicy.assert(requireActor(ctx), 'kpi.read');
  const db = database.db;
  const [{ set }, units, rows] = await Promise.all([
    loadSchemes(database, year),
    findUnits(db, false),
    findMajorThreshold(db).then((t) => countFourNewByMonth(db, year, t)),
  ]);
  const items = units.flatMap((u) => {
    const key = schemeOfUnit(set, u);
    if (!key) return [];
    const role = roleOfKind(u.kind);
    const mine = rows.filter((r) => r.unit_id === u.id && r.role === role);
    if (!mine.length) return [];
    const bonus = set[key].bonus;
    const months = Array.from({ length: 12 }, (_, i) => {
      const of = (stage: (typeof STAGES)[number]) =>
        mine.filter((r) => r.month === i + 1 && r.stage === stage).reduce((n, r) => n + r.n, 0);
      const counts = {
        signed: of('signed'),
        started: of('started'),
        completed: of('completed'),
        producing: of('producing'),
      };
      return { month: i + 1, ...counts, points: STAGES.reduce((p, k) => p + counts[k] * bonus[k], 0) };
    });
    const total = Object.fromEntries(
      [...STAGES, 'points' as const].map((k) => [k, months.reduce((n, m) => n + m[k], 0)]),
    ) as Record<(typeof STAGES)[number] | 'points', number>;
    const cap = set[key].bonusCap ?? null;
    return [
      {
        unit: { id: u.id, name: u.name, kind: u.kind as UnitKind },
        scheme: key,
        months,
        total: { ...total, points: cap === null ? total.points : Math.min(total.points, cap) },
      },
    ];
  });
  return { year, items };
}
