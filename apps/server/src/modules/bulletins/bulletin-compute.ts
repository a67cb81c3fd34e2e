import {
  type FourNewCounts,
  type IndicatorValues,
  type KpiRole,
  lastYearWindow,
  quarterStart,
  SCHEME_KEYS,
  type Scheme,
  type SchemeKey,
  type SchemeSet,
  schemeOfUnit,
  scoreFormula,
  scoreSchemes,
  type UnitScore,
  wanToYuan,
  yuanToWan,
} from '@zhaoshang/shared';
import type { Tx } from '../../db/client.ts';
import { countResolvedBlockersByUnit } from '../blockers/blockers.repository.ts';
import { findHeldEventsByOrganiser } from '../events/events.repository.ts';
import { findForeignCapital } from '../foreign-capital/foreign-capital.repository.ts';
import { type CohortTallies, countLeadsByUnit, findKpiUnits } from '../kpi/kpi.repository.ts';
import { figuresOf } from '../kpi/kpi.service.ts';
import { findTargets } from '../schemes/schemes.repository.ts';
import { countStaleSitesAsOf } from '../sites/sites.repository.ts';
import { countVisitsByUnit } from '../visits/visits.repository.ts';

export type Figures = Omit<IndicatorValues, 'signedAmountYuan'> & { signedAmountYuan: string };
export const RATE_KEYS = ['contractRate', 'registrationRate', 'readyRate', 'fitShareCount', 'fitShareAmount'] as const;
export type RateKey = (typeof RATE_KEYS)[number];

export type UnitEntry = Omit<UnitScore, 'group'> & {
  unitName: string;
  unitKind: string;
  role: KpiRole;
  figures: Figures;
  lastYear: Figures;
  actuals: Record<string, number>;
  targets: Record<string, number>;
  fourNew: FourNewCounts;
  pastPlannedStart: number;
  falsified: number;
  /** The unit's sites not confirmed in the quarter of the window's end (absent in bulletins sealed before they counted). */
  staleSites?: number;
};

/** An event as a bulletin freezes it. */
export type HeldEvent = { id: number; name: string; kind: string; level: string; startsOn: string };

export type BulletinSnapshot = {
  period: { year: number; month: number; from: string; to: string; lastYearFrom: string; lastYearTo: string };
  /** The counties and zones scheme (全市招商引资工作方案); `schemes` has all three. */
  scheme: Scheme;
  formula: { zh: string; en: string };
  /** The year's three schemes with their formulas; bulletins sealed before there were three lack it. */
  schemes?: { key: SchemeKey; scheme: Scheme; formula: { zh: string; en: string } }[];
  majorThresholdWan: string;
  city: {
    figures: Figures;
    lastYear: Figures;
    yoyPp: Record<RateKey, number | null>;
    signedCountChange: number | null;
  };
  foreignCapital: {
    usedUsdWan: string;
    targetUsdWan: string | null;
    share: number | null;
    lastYearUsedUsdWan: string;
    yoy: number | null;
  };
  /** The ranking tables, scheme by scheme (`scheme` absent in bulletins sealed before there were three). */
  groups: { name: string; scheme?: SchemeKey; units: UnitEntry[] }[];
  adjustments: { unitId: number; falsified: number; note: string }[];
  /**
   * The events behind each unit's events indicator (by unit id), frozen with the bulletin. Bulletins
   * sealed before events were recorded lack it: their indicator was 0.
   */
  events?: Record<string, HeldEvent[]>;
  /** The projects behind every figure, frozen with the bulletin (bulletin_projects): how many, and their SHA-256. */
  cohort?: { projects: number; sha256: string };
};

const figures = (v: IndicatorValues): Figures => ({
  signedCount: v.signedCount,
  signedAmountWan: v.signedAmountWan,
  signedAmountYuan: v.signedAmountYuan,
  contractRate: v.contractRate,
  registrationRate: v.registrationRate,
  readyRate: v.readyRate,
  fitShareCount: v.fitShareCount,
  fitShareAmount: v.fitShareAmount,
});

/** Sums amounts written in 万 (four decimals at most), exactly. */
export function sumWan(values: string[]): string {
  return yuanToWan(values.reduce((s, v) => s + wanToYuan(v), 0n));
}

/** The last calendar day of a month, YYYY-MM-DD. */
export function monthEnd(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** The host units (counties, zones) are credited as hosts; every other unit for what it sourced. */
export const roleOfKind = (kind: string): KpiRole =>
  kind === 'county' || kind === 'function_zone' ? 'host' : 'source';

/** The window of a month's bulletin: January to the month's end. */
export const bulletinWindow = (year: number, month: number) => ({ from: `${year}-01-01`, to: monthEnd(year, month) });

/**
 * A month's bulletin from the tally of its cohort (bulletinCohortSql: the rows frozen with a draft,
 * or the data as it stands): the year-to-date window against the same months a year
 * earlier, each unit scored and ranked in its group under the year's scheme.
 */
export async function computeBulletin(
  db: Tx,
  q: {
    year: number;
    month: number;
    schemes: SchemeSet;
    majorThresholdYuan: bigint;
    tally: CohortTallies;
    previousRanks: Map<number, number>;
    adjustments: { unitId: number; falsified: number; note: string }[];
  },
): Promise<BulletinSnapshot> {
  const w = bulletinWindow(q.year, q.month);
  const prev = lastYearWindow(w);
  const tally = q.tally;
  // One after another: `db` is the publishing transaction's one client, which runs one query at a time
  // (pg warns of concurrent queries on a client, and pg 9 refuses them).
  const units = await findKpiUnits(db, prev.from, w.to);
  const targets = await findTargets(db, q.year);
  const foreign = await findForeignCapital(db, [q.year, q.year - 1]);
  const leads = await countLeadsByUnit(db, w.from, w.to);
  const held = await findHeldEventsByOrganiser(db, w.from, w.to);
  const visits = await countVisitsByUnit(db, w.from, w.to);
  const stale = await countStaleSitesAsOf(db, w.to, quarterStart(w.to));
  const services = await countResolvedBlockersByUnit(db, w.from, w.to);
  const heldBy = new Map<number, HeldEvent[]>();
  for (const e of held) {
    const list = heldBy.get(e.unit_id) ?? [];
    list.push({ id: e.id, name: e.name, kind: e.kind, level: e.level, startsOn: e.starts_on });
    heldBy.set(e.unit_id, list);
  }
  const schemeOf = new Map(units.map((u) => [u.id, schemeOfUnit(q.schemes, u)]));
  const grouped = units.filter((u) => schemeOf.get(u.id));
  const kpi = figuresOf(
    tally,
    w,
    grouped.map((u) => ({ id: u.id, roles: [roleOfKind(u.kind)] })),
  );
  const foreignOf = (unitId: number | null, year: number) =>
    sumWan(
      foreign
        .filter((f) => f.year === year && f.month <= q.month && (unitId === null || f.unit_id === unitId))
        .map((f) => f.used_usd_wan),
    );
  const targetOf = new Map(targets.map((t) => [t.unit_id, t]));
  const inputs = kpi.units.map((entry) => {
    const unit = grouped.find((u) => u.id === entry.unitId)!;
    const t = targetOf.get(unit.id);
    const t0 = tally(entry.role, unit.id, 0);
    const fourNew = {
      signed: t0.fourNewSigned,
      started: t0.fourNewStarted,
      completed: t0.fourNewCompleted,
      producing: t0.fourNewProducing,
    };
    const past = t0.pastPlannedStart;
    const falsified = q.adjustments.filter((a) => a.unitId === unit.id).reduce((sum, a) => sum + a.falsified, 0);
    const num = (v: string | number | null | undefined) => (v === null || v === undefined ? undefined : Number(v));
    const actuals = {
      signedCount: entry.indicators.signedCount,
      signedAmountWan: entry.indicators.signedAmountWan,
      leads: leads.get(unit.id) ?? 0,
      events: heldBy.get(unit.id)?.length ?? 0,
      foreignCapitalUsd: Number(foreignOf(unit.id, q.year)),
      visits: visits.get(unit.id)?.visits ?? 0,
      postDays: visits.get(unit.id)?.days ?? 0,
      services: services.get(unit.id) ?? 0,
    };
    const targetValues = Object.fromEntries(
      Object.entries({
        signedCount: num(t?.signed_count),
        signedAmountWan: num(t?.signed_amount_wan),
        leads: num(t?.leads),
        events: num(t?.events),
        foreignCapitalUsd: num(t?.foreign_usd_wan),
        visits: num(t?.visits),
        postDays: num(t?.post_days),
        services: num(t?.services),
      }).filter(([, v]) => v !== undefined),
    ) as Record<string, number>;
    return {
      unit,
      entry,
      fourNew,
      past,
      falsified,
      staleSites: stale.get(unit.id) ?? 0,
      actuals,
      targets: targetValues,
    };
  });
  const scores = scoreSchemes(
    q.schemes,
    inputs.map((i) => ({
      unitId: i.unit.id,
      unitKind: i.unit.kind,
      rates: Object.fromEntries(RATE_KEYS.map((k) => [k, i.entry.indicators[k]])),
      actuals: i.actuals,
      targets: i.targets,
      fourNew: i.fourNew,
      penalties: { pastPlannedStart: i.past, falsified: i.falsified, staleSites: i.staleSites },
    })),
    q.previousRanks,
  );
  const groups = SCHEME_KEYS.flatMap((key) => q.schemes[key].groups.map((g) => ({ key, name: g.name }))).map(
    ({ key, name }) => ({
      name,
      scheme: key,
      units: scores
        .filter((s) => s.scheme === key && s.group === name)
        .map((s): UnitEntry => {
          const i = inputs.find((x) => x.unit.id === s.unitId)!;
          const { group: _g, scheme: _s, ...score } = s;
          return {
            ...score,
            unitName: i.unit.name,
            unitKind: i.unit.kind,
            role: i.entry.role,
            figures: figures(i.entry.indicators),
            lastYear: figures(i.entry.indicators.lastYear),
            actuals: i.actuals,
            targets: i.targets,
            fourNew: i.fourNew,
            pastPlannedStart: i.past,
            falsified: i.falsified,
            staleSites: i.staleSites,
          };
        }),
    }),
  );
  const city = kpi.city;
  const pp = (a: number | null, b: number | null) => (a === null || b === null ? null : (a - b) * 100);
  const used = foreignOf(null, q.year);
  const lastUsed = foreignOf(null, q.year - 1);
  const targetSum = targets.filter((t) => t.foreign_usd_wan !== null).map((t) => t.foreign_usd_wan!);
  const target = targetSum.length ? sumWan(targetSum) : null;
  return {
    period: { year: q.year, month: q.month, from: w.from, to: w.to, lastYearFrom: prev.from, lastYearTo: prev.to },
    scheme: q.schemes.host,
    formula: { zh: scoreFormula(q.schemes.host, 'zh'), en: scoreFormula(q.schemes.host, 'en') },
    schemes: SCHEME_KEYS.map((key) => ({
      key,
      scheme: q.schemes[key],
      formula: { zh: scoreFormula(q.schemes[key], 'zh'), en: scoreFormula(q.schemes[key], 'en') },
    })),
    majorThresholdWan: yuanToWan(q.majorThresholdYuan),
    city: {
      figures: figures(city),
      lastYear: figures(city.lastYear),
      yoyPp: Object.fromEntries(RATE_KEYS.map((k) => [k, pp(city[k], city.lastYear[k])])) as Record<
        RateKey,
        number | null
      >,
      signedCountChange: city.lastYear.signedCount
        ? (city.signedCount - city.lastYear.signedCount) / city.lastYear.signedCount
        : null,
    },
    foreignCapital: {
      usedUsdWan: used,
      targetUsdWan: target,
      share: target && Number(target) > 0 ? Number(used) / Number(target) : null,
      lastYearUsedUsdWan: lastUsed,
      yoy: Number(lastUsed) > 0 ? (Number(used) - Number(lastUsed)) / Number(lastUsed) : null,
    },
    groups,
    adjustments: q.adjustments,
    events: Object.fromEntries(
      inputs.filter((i) => heldBy.has(i.unit.id)).map((i) => [String(i.unit.id), heldBy.get(i.unit.id)!]),
    ),
  };
}

/** The schemes a sealed bulletin was computed with: its three, or its one scheme for every unit before there were three. */
export function schemesOfSnapshot(snap: BulletinSnapshot): SchemeSet {
  if (snap.schemes) return Object.fromEntries(snap.schemes.map((s) => [s.key, s.scheme])) as SchemeSet;
  const none = { ...snap.scheme, groups: [], unitIds: [] };
  return { host: snap.scheme, department: none, bureau: none };
}
