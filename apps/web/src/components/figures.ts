import {
  AMOUNT_PROBLEM_LABELS,
  type AmountProblem,
  formatMoney,
  wanToYuan as unsignedWanToYuan,
  yuanToWan,
} from '@zhaoshang/shared';

/**
 * Exact arithmetic on the decimal strings the server sends: amounts in 万元 or 万美元 with at
 * most four decimals (one yuan, one dollar). Never a float until a chart needs a number.
 */

/** A 万 decimal string in its smallest unit (yuan or dollar), sign included. */
function wanToYuan(wan: string): bigint {
  return wan.startsWith('-') ? -unsignedWanToYuan(wan.slice(1)) : unsignedWanToYuan(wan);
}

/** The sum of decimal strings in 万 (万元 or 万美元), exact; blanks count as zero. */
export function sumWan(values: readonly (string | null | undefined)[]): string {
  return yuanToWan(values.reduce<bigint>((sum, v) => sum + (v ? wanToYuan(v) : 0n), 0n));
}

/** a − b of two 万 amounts, exact (may be negative). */
export function subtractWan(a: string, b: string): string {
  return yuanToWan(wanToYuan(a) - wanToYuan(b));
}

/** 万元 → 亿元 as an exact decimal string: "12345.6789" → "1.23456789". */
export function wanToYiText(wan: string): string {
  const yuan = wanToYuan(wan);
  const int = yuan / 100_000_000n;
  const frac = (yuan % 100_000_000n).toString().padStart(8, '0').replace(/0+$/, '');
  return frac ? `${int}.${frac}` : `${int}`;
}

/** 万元 → 亿元 as a number for a chart axis, read from the exact decimal (no division in floating point). */
export function wanToYi(wan: string): number {
  return Number(wanToYiText(wan));
}

/** A 万美元 amount as dollars in millions, the way foreign investors say it: "12345.6" → "$123.5M". */
export function formatUsdMillions(usdWan: string): string {
  return `$${formatMoney(usdWan, { scale: 'million' })}M`;
}

/** n / d as a fraction, or null when d is zero or either side is missing. */
export function ratio(n: string | null, d: string | null): number | null {
  if (n === null || d === null) return null;
  const denominator = wanToYuan(d);
  if (denominator === 0n) return null;
  // Both are integers of the same unit, so one division gives the nearest double.
  return Number(wanToYuan(n)) / Number(denominator);
}

/** A fraction as a percentage with fixed decimals, "—" when unknown: 0.5634 → "56.3%". */
export function formatPercent(fraction: number | null | undefined, decimals = 1): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '—';
  return `${(fraction * 100).toFixed(decimals)}%`;
}

/** A year-on-year change with its sign: 0.534 → "+53.4%", -0.12 → "-12.0%", null → "—". */
export function formatChange(change: number | null | undefined, decimals = 1): string {
  if (change === null || change === undefined || !Number.isFinite(change)) return '—';
  const text = formatPercent(Math.abs(change), decimals);
  if (text === formatPercent(0, decimals)) return text;
  return `${change > 0 ? '+' : '-'}${text}`;
}

/**
 * A change of a rate in percentage points with its sign, from the two rates as fractions:
 * 0.562 against 0.53 → "+3.2", 0.5 against 0.8 → "-30.0", "0.0" when equal, "—" when either is unknown.
 */
export function formatPpChange(now: number | null | undefined, last: number | null | undefined, decimals = 1): string {
  if (now === null || now === undefined || last === null || last === undefined) return '—';
  if (!Number.isFinite(now) || !Number.isFinite(last)) return '—';
  // Rounding the difference of the percentages (not of the fractions) keeps 56.2 − 53.0 at 3.2.
  const pp = Number(((now - last) * 100).toFixed(9));
  const text = Math.abs(pp).toFixed(decimals);
  if (Number(text) === 0) return (0).toFixed(decimals);
  return `${pp > 0 ? '+' : '-'}${text}`;
}

/** A fraction in percent for an axis or a floor line, exact for the floors people type: 0.6 → 60, 0.575 → 57.5. */
export function fractionToPercent(fraction: number): number {
  // Shifting the decimal point in the text avoids 0.07 × 100 = 7.000000000000001.
  const shifted = Number(`${fraction}e2`);
  return Number.isFinite(shifted) ? shifted : Number((fraction * 100).toPrecision(12));
}

/** The inverse: 60 → 0.6, 57.5 → 0.575. */
export function percentToFraction(percent: number): number {
  const shifted = Number(`${percent}e-2`);
  return Number.isFinite(shifted) ? shifted : Number((percent / 100).toPrecision(12));
}

/** The words for a bad amount, in 万美元 when the field is in dollars (the server words it the same way). */
export function amountProblemText(problem: AmountProblem, lang: 'zh' | 'en', currency: 'cny' | 'usd'): string {
  const text = AMOUNT_PROBLEM_LABELS[problem][lang];
  if (currency === 'cny') return text;
  return lang === 'zh' ? text.replaceAll('万元', '万美元') : text.replaceAll('10,000 yuan', '10,000 US dollars');
}
