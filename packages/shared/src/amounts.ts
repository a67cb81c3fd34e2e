import { labelTable, type Message, msg, translate } from './messages/index.ts';

/**
 * Money is never a float (style.md). Amounts in 万元 travel as decimal strings with at most
 * four decimals (one yuan), exactly as the clerk typed them, and are stored as numeric.
 */
export type AmountProblem = 'not_a_number' | 'negative' | 'too_many_decimals' | 'too_large' | 'has_unit_or_separator';

/** The canonical decimal string of an amount in 万元, or the reason it is not one. */
export function parseWan(raw: string): { value: string } | { problem: AmountProblem } {
  const s = raw.normalize('NFKC').trim();
  if (/[,，万亿元¥￥\s]/.test(s) && /\d/.test(s)) return { problem: 'has_unit_or_separator' };
  if (!/^-?\d+(\.\d+)?$/.test(s)) return { problem: 'not_a_number' };
  if (s.startsWith('-')) return { problem: 'negative' };
  const [int, frac = ''] = s.split('.') as [string, string?];
  if (frac.length > 4) return { problem: 'too_many_decimals' };
  if (int.replace(/^0+(?=\d)/, '').length > 14) return { problem: 'too_large' };
  const trimmedFrac = frac.replace(/0+$/, '');
  return { value: `${int.replace(/^0+(?=\d)/, '')}${trimmedFrac ? `.${trimmedFrac}` : ''}` };
}

const AMOUNT_PROBLEMS = [
  'not_a_number',
  'negative',
  'too_many_decimals',
  'too_large',
  'has_unit_or_separator',
] as const satisfies readonly AmountProblem[];

/** Why an amount was refused, as a catalogue message; `unit` names the unit of the field (万元 or 万美元). */
export function amountProblemMessage(problem: AmountProblem, unit: 'wan' | 'wanUsd' = 'wan'): Message {
  return msg(`label.amountProblem.${problem}`, { unit: msg(`label.amountUnit.${unit}`) });
}

export const AMOUNT_PROBLEM_LABELS = labelTable('label.amountProblem', AMOUNT_PROBLEMS, {
  unit: msg('label.amountUnit.wan'),
});

/** The scale an amount is shown in: 万 as stored, 亿 (10⁸), billions (10⁹) or millions (10⁶) of the currency. */
export type MoneyScale = 'wan' | 'yi' | 'billion' | 'million';

const SCALE_SHIFT: Record<MoneyScale, number> = { wan: 0, yi: 4, billion: 5, million: 2 };
const DEFAULT_DECIMALS: Record<MoneyScale, number | undefined> = { wan: undefined, yi: 2, billion: 2, million: 1 };

export type MoneyFormat = {
  /** What the value counts: 万 (万元 or 万美元, the default) or whole yuan. */
  from?: 'wan' | 'yuan';
  /** The scale shown (default 万). */
  scale?: MoneyScale;
  /** Places kept, rounded half away from zero; trailing zeros are always dropped. 万 keeps every place by default, 亿 and billions two, millions one. */
  decimals?: number;
};

/**
 * The one money formatter of web pages, exports and documents: an exact decimal (a string as
 * the server sends it, or a bigint of yuan) shown with thousands separators in the chosen
 * scale — "48500.5000" → "48,500.5", 万 → 亿 "2225400" → "222.54". Digits only: the unit
 * ("万元", "亿元", "billion yuan") belongs to the sentence around it, which is translated.
 * Never a float; null or undefined is "—", and text that is not a number comes back as is.
 */
export function formatMoney(value: string | bigint | null | undefined, format: MoneyFormat = {}): string {
  if (value === null || value === undefined) return '—';
  const text = typeof value === 'bigint' ? value.toString() : value.trim();
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return typeof value === 'bigint' ? text : value;
  const [, sign, int, frac = ''] = match as unknown as [string, string, string, string | undefined];
  const scale = format.scale ?? 'wan';
  // The value is digits × 10^-places in the shown scale.
  let digits = BigInt(int + frac);
  let places = frac.length + SCALE_SHIFT[scale] + (format.from === 'yuan' ? 4 : 0);
  const decimals = format.decimals ?? DEFAULT_DECIMALS[scale];
  if (decimals !== undefined && places > decimals) {
    const drop = 10n ** BigInt(places - decimals);
    digits = (digits + drop / 2n) / drop;
    places = decimals;
  }
  const all = digits.toString().padStart(places + 1, '0');
  const whole = all.slice(0, all.length - places);
  const fraction = all.slice(all.length - places).replace(/0+$/, '');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const negative = sign === '-' && digits !== 0n;
  return `${negative ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/**
 * A 万元 amount in the larger unit people say aloud — 亿元 in Chinese, billion or million yuan
 * in English — or undefined below 1 亿元, where 万元 already reads well.
 */
export function formatLargeYuan(wan: string, lang: 'zh' | 'en'): string | undefined {
  const match = /^(\d+)/.exec(wan.trim());
  if (!match || BigInt(match[1]!) < 10_000n) return undefined;
  if (lang === 'zh') return translate('zh', 'label.money.yi', { amount: formatMoney(wan, { scale: 'yi' }) });
  return BigInt(match[1]!) >= 100_000n
    ? `${formatMoney(wan, { scale: 'billion' })} billion yuan`
    : `${formatMoney(wan, { scale: 'million' })} million yuan`;
}
