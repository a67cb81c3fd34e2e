import { type ProjectStage, type RateIndicatorKey, roundScore } from '@zhaoshang/shared';
import type { FigureKey } from './api.ts';

/** Which way a change points, for its colour: up is green, down red. */
export type Tone = 'up' | 'down' | 'flat';

export const TONE_COLORS: Record<Tone, string | undefined> = { up: '#389e0d', down: '#cf1322', flat: undefined };

/** Two decimals, half away from zero, ignoring binary noise: 0.60625 × 100 gives "60.63" where toFixed says "60.62". */
export function fixed2(x: number): string {
  return roundScore(x).toFixed(2);
}

/** A fraction as a percentage with two decimals: 0.6 → "60.00%"; null (empty cohort) → "—". */
export function formatRate(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${fixed2(rate * 100)}%`;
}

/** A number with its sign always written: 3.2 → "+3.20", -1.5 → "-1.50", 0 → "0.00". */
export function signedFixed2(x: number): string {
  const text = fixed2(x);
  return Number(text) > 0 ? `+${text}` : text === '-0.00' ? '0.00' : text;
}

export function toneOf(x: number): Tone {
  const rounded = Number(fixed2(x));
  return rounded > 0 ? 'up' : rounded < 0 ? 'down' : 'flat';
}

/** A year-on-year change already in percentage points: the signed value to put in "{value} 个百分点", and its tone. */
export function ppChange(pp: number | null | undefined): { value: string; tone: Tone } | null {
  if (pp === null || pp === undefined) return null;
  return { value: signedFixed2(pp), tone: toneOf(pp) };
}

/** A relative change given as a fraction: 0.25 → "+25.00%". */
export function percentChange(fraction: number | null | undefined): { value: string; tone: Tone } | null {
  if (fraction === null || fraction === undefined) return null;
  return { value: `${signedFixed2(fraction * 100)}%`, tone: toneOf(fraction) };
}

/**
 * A unit's move since last month's bulletin (previousRank − rank, positive = up):
 * "↑2" green, "↓1" red, "—" when unchanged or there was no ranked bulletin last month.
 */
export function rankChangeView(change: number | null): { text: string; tone: Tone; known: boolean } {
  if (change === null) return { text: '—', tone: 'flat', known: false };
  if (change > 0) return { text: `↑${change}`, tone: 'up', known: true };
  if (change < 0) return { text: `↓${-change}`, tone: 'down', known: true };
  return { text: '—', tone: 'flat', known: true };
}

/** The figure whose projects make a rate's numerator. */
export const RATE_NUMERATOR: Record<RateIndicatorKey, FigureKey> = {
  contractRate: 'contracted',
  registrationRate: 'registered',
  readyRate: 'ready',
  fitShareCount: 'fit',
  fitShareAmount: 'fitAmount',
};

/** The figure whose projects make a rate's denominator: the signed cohort, by count or by amount. */
export function rateDenominator(rate: RateIndicatorKey): FigureKey {
  return rate === 'fitShareAmount' ? 'amount' : 'signed';
}

/** The stage date worth a column when listing a figure's projects (the date that put each one in). */
export const FIGURE_STAGE: Partial<Record<FigureKey, ProjectStage>> = {
  contracted: 'contracted',
  registered: 'registered',
  ready: 'ready',
  readyImplied: 'started',
  fourNewSigned: 'signed',
  fourNewStarted: 'started',
  fourNewCompleted: 'completed',
  fourNewProducing: 'producing',
};

/** The first hex digits of a seal: enough to compare two copies by eye. */
export const shortHash = (hash: string) => hash.slice(0, 12);

/** A month not yet ended cannot be drafted (the server refuses it too). */
export function isMonthOver(year: number, month: number, today: string): boolean {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return year < y || (year === y && month < m);
}
