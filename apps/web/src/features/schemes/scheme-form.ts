import {
  type IndicatorKey,
  isRateIndicator,
  type Message,
  type Scheme,
  type SchemeProblem,
  type UnitKind,
} from '@zhaoshang/shared';
import { fractionToPercent, percentToFraction } from '../../components/figures.ts';

/** The scheme as the form holds it: floors in percent, blanks as null while the director types. */
export type SchemeFormValues = {
  indicators: { key: IndicatorKey; weight: number | null; floorPercent: number | null }[];
  bonus: Record<'signed' | 'started' | 'completed' | 'producing', number | null>;
  penalties: Record<'pastPlannedStart' | 'falsified' | 'staleSites', number | null>;
  bonusCap: number | null;
  staleSitesCap: number | null;
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
    // A scheme saved before stale sites counted deducts nothing for them: the form shows 0.
    penalties: { ...scheme.penalties, staleSites: scheme.penalties.staleSites ?? 0 },
    bonusCap: scheme.bonusCap ?? null,
    staleSitesCap: scheme.staleSitesCap ?? null,
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
    penalties: {
      pastPlannedStart: num(v.penalties?.pastPlannedStart),
      falsified: num(v.penalties?.falsified),
      staleSites: num(v.penalties?.staleSites),
    },
    groups: (v.groups ?? []).filter(Boolean).map((g) => ({ name: g.name ?? '', unitKinds: g.unitKinds ?? [] })),
    bonusCap: typeof v.bonusCap === 'number' ? v.bonusCap : null,
    staleSitesCap: typeof v.staleSitesCap === 'number' ? v.staleSitesCap : null,
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

/**
 * A problem of the shared check (a catalogue message) or of the server's answer (its issue,
 * already worded in the page's language).
 */
export type ShownSchemeProblem = SchemeProblem | { path: string; message: string };

/** Problems grouped by form path, messages in order, duplicates dropped. */
export function problemsByPath(problems: readonly ShownSchemeProblem[]): Map<string, (Message | string)[]> {
  const map = new Map<string, (Message | string)[]>();
  for (const p of problems) {
    const key = formPath(p.path);
    const list = map.get(key) ?? [];
    if (!list.some((m) => JSON.stringify(m) === JSON.stringify(p.message))) list.push(p.message);
    map.set(key, list);
  }
  return map;
}
