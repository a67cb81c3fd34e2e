import {
  AMOUNT_PROBLEM_LABELS,
  type AmountProblem,
  wanToYuan as unsignedWanToYuan,
  yuanToWan,
} from '@zhaoshang/shared';

/** Groups the integer part of a decimal string in threes: "250000.5" → "250,000.5". Exact, no floats. */
export function groupThousands(decimal: string): string {
  const [int = '', frac] = decimal.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

/** n / 10^scale rounded half up to `decimals` places, trailing zeros trimmed (n ≥ 0). */
export function scaledDecimal(n: bigint, scale: number, decimals: number): string {
  const drop = 10n ** BigInt(scale - decimals);
  const rounded = (n + drop / 2n) / drop;
  const unit = 10n ** BigInt(decimals);
  const frac = (rounded % unit).toString().padStart(decimals, '0').replace(/0+$/, '');
  return `${groupThousands((rounded / unit).toString())}${frac ? `.${frac}` : ''}`;
}

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

/** 万元 in 亿元 rounded half up to two decimals, thousands grouped: "123456.7" → "12.35". */
export function formatYi(wan: string, decimals = 2): string {
  return scaledDecimal(wanToYuan(wan), 8, decimals);
}

/** A 万 amount with thousands grouped and trailing zeros trimmed: "48500.5000" → "48,500.5". */
export function formatWan(wan: string): string {
  const text = yuanToWan(wanToYuan(wan));
  return text.startsWith('-') ? `-${groupThousands(text.slice(1))}` : groupThousands(text);
}

/** 万美元 → millions of US dollars (1 万美元 = $10,000): "48500" → "485", "12345" → "123.5". */
export function usdMillions(usdWan: string, decimals = 1): string {
  return scaledDecimal(wanToYuan(usdWan), 6, decimals);
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

/** A 万元 amount as people say it: "222.54 亿元", or "22.25 billion yuan" in English. */
export function largeYuan(wan: string, lang: 'zh' | 'en', unit: string): string {
  const yuan = wanToYuan(wan);
  return `${lang === 'zh' ? scaledDecimal(yuan, 8, 2) : scaledDecimal(yuan, 9, 2)} ${unit}`;
}
