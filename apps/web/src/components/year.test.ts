import { describe, expect, it } from 'vitest';
import { largeYuan } from './figures.ts';
import { monthLabels, periodLabel, yearFromSearch } from './year.ts';

describe('years, months and large amounts', () => {
  it('reads the year from the address, falling back for bad or future years', () => {
    expect(yearFromSearch('2025', 2026)).toBe(2025);
    expect(yearFromSearch(undefined, 2026)).toBe(2026);
    expect(yearFromSearch('2027', 2026)).toBe(2026);
    expect(yearFromSearch('2027', 2027, 2026)).toBe(2027);
    expect(yearFromSearch('1999', 2026)).toBe(2026);
    expect(yearFromSearch('2025.5', 2026)).toBe(2026);
    expect(yearFromSearch('', 2026)).toBe(2026);
  });

  it('names months and periods in both languages', () => {
    expect(monthLabels('zh')).toEqual([
      '1月',
      '2月',
      '3月',
      '4月',
      '5月',
      '6月',
      '7月',
      '8月',
      '9月',
      '10月',
      '11月',
      '12月',
    ]);
    expect(monthLabels('en').slice(0, 3)).toEqual(['Jan', 'Feb', 'Mar']);
    expect(periodLabel(6, 'zh', (to) => `1–${to}`)).toBe('1–6月');
    expect(periodLabel(11, 'en', (to) => `Jan–${to}`)).toBe('Jan–Nov');
    expect(periodLabel(1, 'en', (to) => `Jan–${to}`)).toBe('Jan');
  });

  it('says large amounts in 亿元 or billions of yuan', () => {
    expect(largeYuan('2225412.3456', 'zh', '亿元')).toBe('222.54 亿元');
    expect(largeYuan('2225412.3456', 'en', 'billion yuan')).toBe('22.25 billion yuan');
    expect(largeYuan('100000', 'en', 'billion yuan')).toBe('1 billion yuan');
    expect(largeYuan('0', 'zh', '亿元')).toBe('0 亿元');
  });
});
