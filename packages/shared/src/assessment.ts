import { labelTable, type Message, msg, renderMessage, translate } from './messages/index.ts';
import { UNIT_KINDS, type UnitKind } from './org.ts';

/**
 * The yearly assessment: the scheme the office director configures (weighted indicators,
 * floors, "four new" bonus points, penalties, ranking groups) and the scores and ranks it
 * gives each unit.
 */

export const INDICATOR_KEYS = [
  'contractRate',
  'registrationRate',
  'readyRate',
  'fitShareCount',
  'fitShareAmount',
  'signedCountTarget',
  'signedAmountTarget',
  'leadsTarget',
  'eventsTarget',
  'foreignCapitalTarget',
  'visitsTarget',
  'postDaysTarget',
  'servicesTarget',
] as const;
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

export const RATE_INDICATOR_KEYS = [
  'contractRate',
  'registrationRate',
  'readyRate',
  'fitShareCount',
  'fitShareAmount',
] as const;
export type RateIndicatorKey = (typeof RATE_INDICATOR_KEYS)[number];

export type TargetIndicatorKey = Exclude<IndicatorKey, RateIndicatorKey>;
export type ActualKey =
  | 'signedCount'
  | 'signedAmountWan'
  | 'leads'
  | 'events'
  | 'foreignCapitalUsd'
  | 'visits'
  | 'postDays'
  /** Project blockers the unit was responsible for and resolved in the window (项目服务). */
  | 'services';

/** Which actual (and target) figure each target indicator compares. */
export const TARGET_ACTUAL_KEYS: Record<TargetIndicatorKey, ActualKey> = {
  signedCountTarget: 'signedCount',
  signedAmountTarget: 'signedAmountWan',
  leadsTarget: 'leads',
  eventsTarget: 'events',
  foreignCapitalTarget: 'foreignCapitalUsd',
  visitsTarget: 'visits',
  postDaysTarget: 'postDays',
  servicesTarget: 'services',
};

export const INDICATOR_LABELS = labelTable('label.indicator', INDICATOR_KEYS);

export type SchemeIndicator = {
  key: IndicatorKey;
  /** Points; the weights of a scheme sum to 100, with at most two decimals each. */
  weight: number;
  /** Fraction 0..1, only for rate indicators: reaching it earns the full weight. */
  floor?: number | null;
};

export type FourNewCounts = { signed: number; started: number; completed: number; producing: number };
/**
 * Penalty points per occurrence (a scheme) or occurrences (a unit). `staleSites`: land and
 * buildings the unit owns that it has not confirmed this quarter (issue 13); absent in schemes
 * saved before it counted, which deduct nothing for them.
 */
export type PenaltyCounts = { pastPlannedStart: number; falsified: number; staleSites?: number };

export type Scheme = {
  year: number;
  indicators: SchemeIndicator[];
  /** Points per "four new" major project. */
  bonus: FourNewCounts;
  /** Points subtracted per occurrence, written as positive numbers. */
  penalties: PenaltyCounts;
  /** Unit kinds ranked together, e.g. { name: '县区和功能区', unitKinds: ['county', 'function_zone'] }. */
  groups: { name: string; unitKinds: string[] }[];
  bonusCap?: number | null;
  /** The most points stale sites may cost a unit (none: no cap). */
  staleSitesCap?: number | null;
  /** The scheme's title, e.g. 全市招商引资工作方案 (a scheme of a year's set). */
  name?: string;
  /** Units assessed under this scheme whatever their kind (by default a unit follows its kind's group). */
  unitIds?: number[];
};

/** A scheme problem: the path of the field at fault and what is wrong, as a catalogue message. */
export type SchemeProblem = { path: string; message: Message };

/** True for the five rate indicators, the only ones that take a floor. */
export function isRateIndicator(key: IndicatorKey): key is RateIndicatorKey {
  return (RATE_INDICATOR_KEYS as readonly string[]).includes(key);
}

/** A weight in integer hundredths of a point, or null when it is not a number with at most two decimals. */
function toHundredths(weight: number): number | null {
  if (typeof weight !== 'number' || !Number.isFinite(weight)) return null;
  // The shortest decimal form is what the director typed, so reading it avoids float error.
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(String(weight));
  if (!m) return null;
  const h = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -h : h;
}

function formatHundredths(h: number): string {
  const a = Math.abs(h);
  const frac = String(a % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${h < 0 ? '-' : ''}${Math.floor(a / 100)}${frac ? `.${frac}` : ''}`;
}

const nonNegative = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n >= 0;

/** Every problem of a scheme, each with the path of the field at fault; [] when the scheme is valid. */
export function validateScheme(s: Scheme): SchemeProblem[] {
  const problems: SchemeProblem[] = [];
  if (!Number.isInteger(s.year) || s.year < 2000 || s.year > 2100)
    problems.push({ path: 'year', message: msg('scheme.year') });

  let sum = 0;
  let sumKnown = true;
  const seen = new Set<string>();
  s.indicators.forEach((ind, i) => {
    const known = Object.hasOwn(INDICATOR_LABELS, ind.key);
    if (!known) {
      problems.push({ path: `indicators.${i}.key`, message: msg('scheme.unknownIndicator', { key: String(ind.key) }) });
    } else if (seen.has(ind.key)) {
      problems.push({
        path: `indicators.${i}.key`,
        message: msg('scheme.indicatorTwice', { indicator: msg(`label.indicator.${ind.key}`) }),
      });
    }
    seen.add(ind.key);
    const h = toHundredths(ind.weight);
    if (h === null) {
      sumKnown = false;
      problems.push({ path: `indicators.${i}.weight`, message: msg('scheme.weightNumber') });
    } else {
      sum += h;
      if (h < 0) problems.push({ path: `indicators.${i}.weight`, message: msg('scheme.weightNegative') });
    }
    if (ind.floor != null) {
      if (known && !isRateIndicator(ind.key)) {
        problems.push({ path: `indicators.${i}.floor`, message: msg('scheme.floorNotRate') });
      } else if (!(Number.isFinite(ind.floor) && ind.floor >= 0 && ind.floor <= 1)) {
        problems.push({ path: `indicators.${i}.floor`, message: msg('scheme.floorRange') });
      }
    }
  });
  if (sumKnown && sum !== 10000) {
    problems.push({ path: 'indicators', message: msg('scheme.weightSum', { sum: formatHundredths(sum) }) });
  }

  for (const k of ['signed', 'started', 'completed', 'producing'] as const) {
    if (!nonNegative(s.bonus[k])) problems.push({ path: `bonus.${k}`, message: msg('scheme.pointsNegative') });
  }
  for (const k of ['pastPlannedStart', 'falsified'] as const) {
    if (!nonNegative(s.penalties[k])) problems.push({ path: `penalties.${k}`, message: msg('scheme.pointsNegative') });
  }
  if (s.penalties.staleSites !== undefined && !nonNegative(s.penalties.staleSites))
    problems.push({ path: 'penalties.staleSites', message: msg('scheme.pointsNegative') });
  if (s.bonusCap != null && !nonNegative(s.bonusCap))
    problems.push({ path: 'bonusCap', message: msg('scheme.pointsNegative') });
  if (s.staleSitesCap != null && !nonNegative(s.staleSitesCap))
    problems.push({ path: 'staleSitesCap', message: msg('scheme.pointsNegative') });

  if (s.groups.length === 0) problems.push({ path: 'groups', message: msg('scheme.noGroups') });
  const groupOfKind = new Map<string, number>();
  const names = new Set<string>();
  s.groups.forEach((g, j) => {
    if (g.name.trim() === '') problems.push({ path: `groups.${j}.name`, message: msg('scheme.groupName') });
    else if (names.has(g.name.trim()))
      problems.push({ path: `groups.${j}.name`, message: msg('scheme.groupTwice', { name: g.name.trim() }) });
    names.add(g.name.trim());
    for (const kind of new Set(g.unitKinds)) {
      const other = groupOfKind.get(kind);
      if (other !== undefined) {
        problems.push({
          path: `groups.${j}.unitKinds`,
          message: msg('scheme.kindTwice', {
            kind: (UNIT_KINDS as readonly string[]).includes(kind) ? msg(`label.unitKind.${kind as UnitKind}`) : kind,
          }),
        });
      } else groupOfKind.set(kind, j);
    }
  });
  return problems;
}

/**
 * The scoring rule as the text shown next to every score:
 *   score = Σ weight × attainment + bonus − penalty, where attainment is
 *   min(actual/target, 1) for target indicators, min(rate/floor, 1) for rates with a floor
 *   and the rate itself otherwise; indicators without a target are left out and their weight
 *   is shared pro rata among the others; bonus = Σ points × "four new" projects (capped);
 *   penalty = Σ points × occurrences, stale sites' part capped.
 */
export function scoreFormula(scheme: Scheme, lang: 'zh' | 'en'): string {
  const b = scheme.bonus;
  const p = scheme.penalties;
  const fourNew = (['signed', 'started', 'completed', 'producing'] as const).map((k) =>
    msg('scheme.formula.fourNewItem', { stage: msg(`scheme.formula.fourNew.${k}`), points: b[k] }),
  );
  const cap = scheme.bonusCap ?? null;
  const staleCap = scheme.staleSitesCap ?? null;
  return translate(lang, 'scheme.formula.text', {
    fourNew,
    cap: cap === null ? '' : msg('scheme.formula.cap', { cap }),
    pastPlannedStart: p.pastPlannedStart,
    falsified: p.falsified,
    staleSites: p.staleSites
      ? msg('scheme.formula.staleSites', {
          points: p.staleSites,
          cap: staleCap === null ? '' : msg('scheme.formula.cap', { cap: staleCap }),
        })
      : '',
  });
}

export type UnitInput = {
  unitId: number;
  unitKind: string;
  /** Null when the cohort is empty. */
  rates: Partial<Record<RateIndicatorKey, number | null>>;
  actuals: Partial<Record<ActualKey, number>>;
  targets: Partial<Record<ActualKey, number>>;
  fourNew: FourNewCounts;
  penalties: PenaltyCounts;
};

export type Attainment = {
  key: IndicatorKey;
  /** The weight after sharing out the weight of indicators that do not apply. */
  weight: number;
  /** The rate, or actual/target for a target indicator; null without data or target. */
  value: number | null;
  /** In [0, 1]. */
  attainment: number;
  noData: boolean;
  /** False when the unit has no target for this indicator. */
  applicable: boolean;
};

export type UnitScore = {
  unitId: number;
  group: string | null;
  /** Rounded to two decimals (half away from zero); ranks compare this. */
  score: number;
  scoreExact: number;
  base: number;
  bonus: number;
  penalty: number;
  attainments: Attainment[];
  floorsMissed: IndicatorKey[];
  rank: number | null;
  previousRank: number | null;
  /** previousRank − rank: positive means the unit moved up. */
  rankChange: number | null;
};

/** Rounds to two decimals, half away from zero, ignoring binary noise below 1e-9. */
export function roundScore(x: number): number {
  const [int, frac] = Math.abs(x).toFixed(9).split('.') as [string, string];
  const cents = Number(int + frac.slice(0, 2)) + (frac[2]! >= '5' ? 1 : 0);
  const r = cents / 100;
  return x < 0 && r !== 0 ? -r : r;
}

type Scored = Omit<UnitScore, 'rank' | 'previousRank' | 'rankChange'>;

/** One indicator of one unit; `part` is hundredths of a point × attainment, `hundredths` the weight if it applies. */
type Row = Omit<Attainment, 'weight'> & { part: number; hundredths: number };

function rateRow(key: RateIndicatorKey, floor: number | null, w: number, u: UnitInput): Row {
  const rate = u.rates[key] ?? null;
  if (rate === null) return { key, value: null, attainment: 0, noData: true, applicable: true, part: 0, hundredths: w };
  const met = floor !== null && rate >= floor;
  const attainment = met ? 1 : floor === null ? rate : rate / floor;
  // Multiplying before dividing keeps hand-checkable cases exact (3000 × 0.5 / 0.6 = 2500).
  const part = met ? w : floor === null ? w * rate : (w * rate) / floor;
  return { key, value: rate, attainment, noData: false, applicable: true, part, hundredths: w };
}

function targetRow(key: TargetIndicatorKey, w: number, u: UnitInput): Row {
  const k = TARGET_ACTUAL_KEYS[key];
  const target = u.targets[k] ?? 0;
  if (!(target > 0))
    return { key, value: null, attainment: 0, noData: false, applicable: false, part: 0, hundredths: 0 };
  const actual = Math.max(0, u.actuals[k] ?? 0);
  const met = actual >= target;
  return {
    key,
    value: actual / target,
    attainment: met ? 1 : actual / target,
    noData: false,
    applicable: true,
    part: met ? w : (w * actual) / target,
    hundredths: w,
  };
}

function scoreOne(scheme: Scheme, weights: number[], u: UnitInput, group: string | null): Scored {
  const rows = scheme.indicators.map((ind, i) =>
    isRateIndicator(ind.key) ? rateRow(ind.key, ind.floor ?? null, weights[i]!, u) : targetRow(ind.key, weights[i]!, u),
  );
  const applicable = rows.reduce((s, r) => s + r.hundredths, 0);
  const base = applicable === 0 ? 0 : (rows.reduce((s, r) => s + r.part, 0) * 100) / applicable;
  const attainments: Attainment[] = rows.map(({ part: _part, hundredths, ...a }) => ({
    key: a.key,
    weight: applicable === 0 ? 0 : (hundredths * 100) / applicable,
    value: a.value,
    attainment: a.attainment,
    noData: a.noData,
    applicable: a.applicable,
  }));
  const f = u.fourNew;
  const b = scheme.bonus;
  const rawBonus = f.signed * b.signed + f.started * b.started + f.completed * b.completed + f.producing * b.producing;
  const bonus = scheme.bonusCap == null ? rawBonus : Math.min(rawBonus, scheme.bonusCap);
  const stale = (u.penalties.staleSites ?? 0) * (scheme.penalties.staleSites ?? 0);
  const penalty =
    u.penalties.pastPlannedStart * scheme.penalties.pastPlannedStart +
    u.penalties.falsified * scheme.penalties.falsified +
    (scheme.staleSitesCap == null ? stale : Math.min(stale, scheme.staleSitesCap));
  const scoreExact = base + bonus - penalty;
  const floorsMissed = scheme.indicators
    .filter((ind) => isRateIndicator(ind.key) && ind.floor != null)
    .filter((ind) => {
      const rate = u.rates[ind.key as RateIndicatorKey] ?? null;
      return rate === null || rate < ind.floor!;
    })
    .map((ind) => ind.key);
  return {
    unitId: u.unitId,
    group,
    score: roundScore(scoreExact),
    scoreExact,
    base,
    bonus,
    penalty,
    attainments,
    floorsMissed,
  };
}

/**
 * Scores and ranks units under a valid scheme (throws a RangeError naming the first problem
 * otherwise); see scoreFormula for the rule. A rate without data attains 0 and is flagged
 * noData; a target indicator without a positive target does not apply and its weight is
 * shared out. Ranks are competition ranks (1, 2, 2, 4) on the rounded score within each
 * group; units of a kind in no group get no rank. Output runs by group in scheme order,
 * then rank, then unitId, with ungrouped units last.
 */
export function scoreUnits(
  scheme: Scheme,
  units: readonly UnitInput[],
  previousRanks?: ReadonlyMap<number, number>,
): UnitScore[] {
  const problems = validateScheme(scheme);
  if (problems.length > 0) throw new RangeError(`${problems[0]!.path}: ${renderMessage('zh', problems[0]!.message)}`);
  const weights = scheme.indicators.map((ind) => toHundredths(ind.weight)!);
  const groupIndex = new Map<string, number>();
  scheme.groups.forEach((g, j) => {
    for (const kind of g.unitKinds) if (!groupIndex.has(kind)) groupIndex.set(kind, j);
  });
  const scored = units.map((u) => {
    const j = groupIndex.get(u.unitKind);
    return {
      j: j ?? scheme.groups.length,
      s: scoreOne(scheme, weights, u, j === undefined ? null : scheme.groups[j]!.name),
    };
  });
  scored.sort((a, b) => a.j - b.j || (a.s.group === null ? 0 : b.s.score - a.s.score) || a.s.unitId - b.s.unitId);
  const out: UnitScore[] = [];
  let position = 0;
  scored.forEach(({ j, s }, i) => {
    const before = i > 0 && scored[i - 1]!.j === j ? out[i - 1] : undefined;
    position = before ? position + 1 : 1;
    // Competition ranking: equal rounded scores share a rank and the next one skips.
    const rank = s.group === null ? null : before && before.score === s.score ? before.rank : position;
    const previousRank = previousRanks?.get(s.unitId) ?? null;
    out.push({
      ...s,
      rank,
      previousRank,
      rankChange: rank === null || previousRank === null ? null : previousRank - rank,
    });
  });
  return out;
}

/**
 * The three schemes a year runs: 全市招商引资工作方案 for counties and development zones (host),
 * 市直部门招商引资考核办法 for service centres and city departments, 驻外招商局管理和考核办法 for
 * the resident bureaus. Each has its own indicators, weights, floors and ranking.
 */
export const SCHEME_KEYS = ['host', 'department', 'bureau'] as const;
export type SchemeKey = (typeof SCHEME_KEYS)[number];
export type SchemeSet = Record<SchemeKey, Scheme>;

/** How a scheme's units are credited in the indicators: counties and zones as hosts, the others for what they sourced. */
export const SCHEME_ROLES: Record<SchemeKey, 'host' | 'source'> = {
  host: 'host',
  department: 'source',
  bureau: 'source',
};

/** The scheme a unit is assessed under: the one listing it, else the one whose groups take its kind; null for none. */
export function schemeOfUnit(set: SchemeSet, unit: { id: number; kind: string }): SchemeKey | null {
  for (const key of SCHEME_KEYS) if (set[key].unitIds?.includes(unit.id)) return key;
  for (const key of SCHEME_KEYS) if (set[key].groups.some((g) => g.unitKinds.includes(unit.kind))) return key;
  return null;
}

/**
 * Units assessed under two schemes of a year: a unit kind ranked in two schemes, or a unit
 * listed by two. `names` names units in the message (their id otherwise).
 */
export function membershipProblems(set: SchemeSet, names?: ReadonlyMap<number, string>): SchemeProblem[] {
  const problems: SchemeProblem[] = [];
  const kindOwner = new Map<string, SchemeKey>();
  const unitOwner = new Map<number, SchemeKey>();
  const schemeName = (k: SchemeKey) => set[k].name || msg(`label.scheme.${k}`);
  for (const key of SCHEME_KEYS) {
    const kinds = new Set(set[key].groups.flatMap((g) => g.unitKinds));
    for (const kind of kinds) {
      const other = kindOwner.get(kind);
      if (other)
        problems.push({
          path: `${key}.groups`,
          message: msg('scheme.kindInTwoSchemes', {
            kind: (UNIT_KINDS as readonly string[]).includes(kind) ? msg(`label.unitKind.${kind as UnitKind}`) : kind,
            first: schemeName(other),
            second: schemeName(key),
          }),
        });
      else kindOwner.set(kind, key);
    }
    for (const id of new Set(set[key].unitIds ?? [])) {
      const other = unitOwner.get(id);
      if (other)
        problems.push({
          path: `${key}.unitIds`,
          message: msg('scheme.unitInTwoSchemes', {
            unit: names?.get(id) ?? String(id),
            first: schemeName(other),
            second: schemeName(key),
          }),
        });
      else unitOwner.set(id, key);
    }
  }
  return problems;
}

export type SchemeUnitScore = UnitScore & { scheme: SchemeKey };

/**
 * Scores every unit under its own scheme (schemeOfUnit) and ranks it within that scheme's
 * groups; a unit listed by a scheme whose groups do not take its kind is ranked in the
 * scheme's first group. Units under no scheme are left out. Output runs scheme by scheme.
 */
export function scoreSchemes(
  set: SchemeSet,
  units: readonly UnitInput[],
  previousRanks?: ReadonlyMap<number, number>,
): SchemeUnitScore[] {
  return SCHEME_KEYS.flatMap((key) => {
    const scheme = set[key];
    const kinds = new Set(scheme.groups.flatMap((g) => g.unitKinds));
    const members = units
      .filter((u) => schemeOfUnit(set, { id: u.unitId, kind: u.unitKind }) === key)
      .map((u) => (kinds.has(u.unitKind) ? u : { ...u, unitKind: scheme.groups[0]?.unitKinds[0] ?? u.unitKind }));
    if (members.length === 0) return [];
    return scoreUnits(scheme, members, previousRanks).map((s) => ({ ...s, scheme: key }));
  });
}
