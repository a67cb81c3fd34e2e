import { labelTable, type Message, msg } from './messages/index.ts';

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

/** Working days (Monday to Friday) after a YYYY-MM-DD date; public holidays are not modelled. */
export function addWorkingDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const dow = d.getUTCDay();
    if (dow !== 0 && dow !== 6) left--;
  }
  return d.toISOString().slice(0, 10);
}
