import {
  INDICATOR_LABELS,
  type IndicatorKey,
  isRateIndicator,
  type Scheme,
  type SchemeProblem,
  UNIT_KIND_LABELS,
  type UnitKind,
} from '@zhaoshang/shared';
import { fractionToPercent, percentToFraction } from '../../components/figures.ts';
import type { MessageKey } from '../../i18n/zh.ts';

/** The scheme as the form holds it: floors in percent, blanks as null while the director types. */
export type SchemeFormValues = {
  indicators: { key: IndicatorKey; weight: number | null; floorPercent: number | null }[];
  bonus: Record<'signed' | 'started' | 'completed' | 'producing', number | null>;
  penalties: Record<'pastPlannedStart' | 'falsified', number | null>;
  bonusCap: number | null;
  groups: { name: string; unitKinds: UnitKind[] }[];
};

export function toFormValues(scheme: Scheme): SchemeFormValues {
  return {
    indicators: scheme.indicators.map((i) => ({
      key: i.key,
      weight: i.weight,
      floorPercent: i.floor == null ? null : fractionToPercent(i.floor),
    })),
    bonus: { ...scheme.bonus },
    penalties: { ...scheme.penalties },
    bonusCap: scheme.bonusCap ?? null,
    groups: scheme.groups.map((g) => ({ name: g.name, unitKinds: g.unitKinds as UnitKind[] })),
  };
}

// A blank number stays "not a number", so validateScheme names it instead of reading it as 0.
const num = (v: number | null | undefined) => (typeof v === 'number' ? v : Number.NaN);

/** The scheme to validate and save; floors are dropped from indicators that take none. */
export function toScheme(values: Partial<SchemeFormValues> | undefined, year: number): Scheme {
  const v = values ?? {};
  return {
    year,
    indicators: (v.indicators ?? []).filter(Boolean).map((i) => ({
      key: i.key,
      weight: num(i.weight),
      floor: isRateIndicator(i.key) && typeof i.floorPercent === 'number' ? percentToFraction(i.floorPercent) : null,
    })),
    bonus: {
      signed: num(v.bonus?.signed),
      started: num(v.bonus?.started),
      completed: num(v.bonus?.completed),
      producing: num(v.bonus?.producing),
    },
    penalties: { pastPlannedStart: num(v.penalties?.pastPlannedStart), falsified: num(v.penalties?.falsified) },
    groups: (v.groups ?? []).filter(Boolean).map((g) => ({ name: g.name ?? '', unitKinds: g.unitKinds ?? [] })),
    bonusCap: typeof v.bonusCap === 'number' ? v.bonusCap : null,
  };
}

/** The running weight total in hundredths of a point (exact), and as text: "100", "99.5". */
export function weightTotal(indicators: readonly { weight: number | null }[]): { hundredths: number; text: string } {
  const hundredths = indicators.reduce(
    (sum, i) => sum + (typeof i?.weight === 'number' && Number.isFinite(i.weight) ? Math.round(i.weight * 100) : 0),
    0,
  );
  const frac = String(Math.abs(hundredths) % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  const int = Math.trunc(Math.abs(hundredths) / 100);
  return { hundredths, text: `${hundredths < 0 ? '-' : ''}${int}${frac ? `.${frac}` : ''}` };
}

/**
 * A problem's path as the form names it: the server may say body.scheme.indicators.0.floor,
 * the shared check says indicators.0.floor; the form field is indicators.0.floorPercent.
 */
export function formPath(path: string): string {
  const bare = path.replace(/^(body\.)?(scheme\.)?/, '');
  return bare.replace(/^(indicators\.\d+)\.floor$/, '$1.floorPercent');
}

/** Problems grouped by form path, messages in order, duplicates dropped. */
export function problemsByPath(problems: readonly SchemeProblem[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const p of problems) {
    const key = formPath(p.path);
    const list = map.get(key) ?? [];
    if (!list.includes(p.message)) list.push(p.message);
    map.set(key, list);
  }
  return map;
}

type Translated = { key: MessageKey; vars?: Record<string, string> };

const zhToIndicator = new Map(Object.entries(INDICATOR_LABELS).map(([k, l]) => [l.zh, k as IndicatorKey]));
const zhToKind = new Map(Object.entries(UNIT_KIND_LABELS).map(([k, l]) => [l.zh, k as UnitKind]));

/**
 * The catalogue entry of a scheme problem (the shared check words them in Chinese), so the
 * English page reads them in English; null for a message it does not know, shown as is.
 * Indicator and unit-kind names inside are returned as codes for the caller to label.
 */
export function schemeProblemMessage(
  message: string,
): (Translated & { indicator?: IndicatorKey; kind?: UnitKind }) | null {
  const fixed: Record<string, MessageKey> = {
    '底线应在 0%–100% 之间': 'scheme.problem.floorRange',
    '权重应为数字，最多保留两位小数': 'scheme.problem.weightNumber',
    权重不能为负数: 'scheme.problem.weightNegative',
    只有比率类指标可以设置底线: 'scheme.problem.floorNotRate',
    加分和扣分应为非负数: 'scheme.problem.pointsNegative',
    至少需要一个排名分组: 'scheme.problem.noGroups',
    排名分组名称不能为空: 'scheme.problem.groupName',
    年度无效: 'scheme.problem.year',
  };
  if (fixed[message]) return { key: fixed[message] };
  let m = /^各指标权重之和应为 100，现为 (.+)$/.exec(message);
  if (m) return { key: 'scheme.problem.weightSum', vars: { sum: m[1]! } };
  m = /^指标“(.+)”重复$/.exec(message);
  if (m && zhToIndicator.has(m[1]!))
    return { key: 'scheme.problem.indicatorTwice', indicator: zhToIndicator.get(m[1]!) };
  m = /^排名分组“(.+)”重复$/.exec(message);
  if (m) return { key: 'scheme.problem.groupTwice', vars: { name: m[1]! } };
  m = /^单位类型“(.+)”同时出现在两个排名分组中$/.exec(message);
  if (m && zhToKind.has(m[1]!)) return { key: 'scheme.problem.kindTwice', kind: zhToKind.get(m[1]!) };
  return null;
}
