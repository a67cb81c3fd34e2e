import {
  type Behind,
  type IndicatorValues,
  type KpiProject,
  type KpiRole,
  type Scheme,
  type UnitScore,
  computeKpi,
  lastYearWindow,
  scoreFormula,
  scoreUnits,
  wanToYuan,
  yuanToWan,
} from '@zhaoshang/shared';
import type { Tx } from '../../db/client.ts';
import { findMajorThreshold } from '../projects/projects.repository.ts';
import { countLeadsByUnit, findForeignCapital, findPastPlannedStart, findTargets } from './assessment.repository.ts';
import { findKpiProjects, findKpiUnits } from './kpi.repository.ts';

export type Figures = Omit<IndicatorValues, 'signedAmountYuan'> & { signedAmountYuan: string };
export const RATE_KEYS = ['contractRate', 'registrationRate', 'readyRate', 'fitShareCount', 'fitShareAmount'] as const;
export type RateKey = (typeof RATE_KEYS)[number];

export type UnitEntry = Omit<UnitScore, 'group'> & {
  unitName: string;
  unitKind: string;
  role: KpiRole;
  figures: Figures;
  lastYear: Figures;
  behind: Behind;
  actuals: Record<string, number>;
  targets: Record<string, number>;
  fourNew: { signed: number[]; started: number[]; completed: number[]; producing: number[] };
  pastPlannedStart: number[];
  falsified: number;
};

export type BulletinSnapshot = {
  period: { year: number; month: number; from: string; to: string; lastYearFrom: string; lastYearTo: string };
  scheme: Scheme;
  formula: { zh: string; en: string };
  majorThresholdWan: string;
  city: { figures: Figures; lastYear: Figures; yoyPp: Record<RateKey, number | null>; signedCountChange: number | null; behind: Behind; lastYearBehind: Behind };
  foreignCapital: { usedUsdWan: string; targetUsdWan: string | null; share: number | null; lastYearUsedUsdWan: string; yoy: number | null };
  groups: { name: string; units: UnitEntry[] }[];
  adjustments: { unitId: number; falsified: number; note: string }[];
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
export const roleOfKind = (kind: string): KpiRole => (kind === 'county' || kind === 'function_zone' ? 'host' : 'source');

/**
 * A month's bulletin, computed from the data as it stands: the year-to-date window (January to
 * the month's end) against the same months a year earlier, each unit scored and ranked in its
 * group under the year's scheme, every figure with the project ids behind it.
 */
export async function computeBulletin(
  db: Tx,
  q: { year: number; month: number; scheme: Scheme; previousRanks: Map<number, number>; adjustments: { unitId: number; falsified: number; note: string }[] },
): Promise<BulletinSnapshot> {
  const w = { from: `${q.year}-01-01`, to: monthEnd(q.year, q.month) };
  const prev = lastYearWindow(w);
  const [projects, units, threshold, targets, foreign, leads] = await Promise.all([
    findKpiProjects(db, prev.from, w.to),
    findKpiUnits(db, prev.from, w.to),
    findMajorThreshold(db),
    findTargets(db, q.year),
    findForeignCapital(db, [q.year, q.year - 1]),
    countLeadsByUnit(db, w.from, w.to),
  ]);
  const pastStart = await findPastPlannedStart(db, w.to, threshold);
  const grouped = units.filter((u) => q.scheme.groups.some((g) => g.unitKinds.includes(u.kind)));
  const kpi = computeKpi(projects, w, grouped.map((u) => ({ id: u.id, roles: [roleOfKind(u.kind)] })));
  const within = (d: string | null) => d !== null && d >= w.from && d <= w.to;
  const major = (p: KpiProject) => p.agreedYuan >= threshold;
  const credited = (p: { hostUnitId?: number; host_unit_id?: number; sourceUnitIds?: number[]; sources?: number[] }, unitId: number, role: KpiRole) =>
    role === 'host' ? (p.hostUnitId ?? p.host_unit_id) === unitId : (p.sourceUnitIds ?? p.sources ?? []).includes(unitId);
  const foreignOf = (unitId: number | null, year: number) =>
    sumWan(foreign.filter((f) => f.year === year && f.month <= q.month && (unitId === null || f.unit_id === unitId)).map((f) => f.used_usd_wan));
  const targetOf = new Map(targets.map((t) => [t.unit_id, t]));
  const inputs = kpi.units.map((entry) => {
    const unit = grouped.find((u) => u.id === entry.unitId)!;
    const t = targetOf.get(unit.id);
    const mine = projects.filter((p) => major(p) && credited(p, unit.id, entry.role));
    const fourNew = {
      signed: mine.filter((p) => within(p.signedOn)).map((p) => p.id),
      started: mine.filter((p) => within(p.startedOn)).map((p) => p.id),
      completed: mine.filter((p) => within(p.completedOn)).map((p) => p.id),
      producing: mine.filter((p) => within(p.producingOn)).map((p) => p.id),
    };
    const past = pastStart.filter((p) => credited(p, unit.id, entry.role)).map((p) => p.id);
    const falsified = q.adjustments.filter((a) => a.unitId === unit.id).reduce((s, a) => s + a.falsified, 0);
    const num = (v: string | number | null | undefined) => (v === null || v === undefined ? undefined : Number(v));
    const actuals = {
      signedCount: entry.indicators.signedCount,
      signedAmountWan: entry.indicators.signedAmountWan,
      leads: leads.get(unit.id) ?? 0,
      events: 0,
      foreignCapitalUsd: Number(foreignOf(unit.id, q.year)),
    };
    const targetValues = Object.fromEntries(
      Object.entries({ signedCount: num(t?.signed_count), signedAmountWan: num(t?.signed_amount_wan), leads: num(t?.leads), events: num(t?.events), foreignCapitalUsd: num(t?.foreign_usd_wan) }).filter(([, v]) => v !== undefined),
    ) as Record<string, number>;
    return { unit, entry, fourNew, past, falsified, actuals, targets: targetValues };
  });
  const scores = scoreUnits(
    q.scheme,
    inputs.map((i) => ({
      unitId: i.unit.id,
      unitKind: i.unit.kind,
      rates: Object.fromEntries(RATE_KEYS.map((k) => [k, i.entry.indicators[k]])),
      actuals: i.actuals,
      targets: i.targets,
      fourNew: { signed: i.fourNew.signed.length, started: i.fourNew.started.length, completed: i.fourNew.completed.length, producing: i.fourNew.producing.length },
      penalties: { pastPlannedStart: i.past.length, falsified: i.falsified },
    })),
    q.previousRanks,
  );
  const groups = q.scheme.groups.map((g) => ({
    name: g.name,
    units: scores
      .filter((s) => s.group === g.name)
      .map((s): UnitEntry => {
        const i = inputs.find((x) => x.unit.id === s.unitId)!;
        const { group: _g, ...score } = s;
        return {
          ...score,
          unitName: i.unit.name,
          unitKind: i.unit.kind,
          role: i.entry.role,
          figures: figures(i.entry.indicators),
          lastYear: figures(i.entry.indicators.lastYear),
          behind: i.entry.indicators.behind,
          actuals: i.actuals,
          targets: i.targets,
          fourNew: i.fourNew,
          pastPlannedStart: i.past,
          falsified: i.falsified,
        };
      }),
  }));
  const city = kpi.city;
  const pp = (a: number | null, b: number | null) => (a === null || b === null ? null : (a - b) * 100);
  const used = foreignOf(null, q.year);
  const lastUsed = foreignOf(null, q.year - 1);
  const targetSum = targets.filter((t) => t.foreign_usd_wan !== null).map((t) => t.foreign_usd_wan!);
  const target = targetSum.length ? sumWan(targetSum) : null;
  return {
    period: { year: q.year, month: q.month, from: w.from, to: w.to, lastYearFrom: prev.from, lastYearTo: prev.to },
    scheme: q.scheme,
    formula: { zh: scoreFormula(q.scheme, 'zh'), en: scoreFormula(q.scheme, 'en') },
    majorThresholdWan: yuanToWan(threshold),
    city: {
      figures: figures(city),
      lastYear: figures(city.lastYear),
      yoyPp: Object.fromEntries(RATE_KEYS.map((k) => [k, pp(city[k], city.lastYear[k])])) as Record<RateKey, number | null>,
      signedCountChange: city.lastYear.signedCount ? (city.signedCount - city.lastYear.signedCount) / city.lastYear.signedCount : null,
      behind: city.behind,
      lastYearBehind: city.lastYear.behind,
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
  };
}
