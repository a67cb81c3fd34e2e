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

export const AMOUNT_PROBLEM_LABELS: Record<AmountProblem, { zh: string; en: string }> = {
  not_a_number: { zh: '金额应为数字（单位：万元）', en: 'The amount must be a number (in 10,000 yuan)' },
  negative: { zh: '金额不能为负数', en: 'The amount cannot be negative' },
  too_many_decimals: { zh: '金额最多保留四位小数（精确到元）', en: 'At most four decimals (one yuan)' },
  too_large: { zh: '金额过大，请核对单位是否为万元', en: 'The amount is too large; is it in 10,000 yuan?' },
  has_unit_or_separator: {
    zh: '金额只填数字（单位已是万元），不要带“万”“元”或千分位逗号',
    en: 'Numbers only: no 万/元 and no thousands separators',
  },
};
