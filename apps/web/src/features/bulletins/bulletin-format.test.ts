import { formatMoney } from '@zhaoshang/shared';
import { describe, expect, it } from 'vitest';
import {
  fixed2,
  formatRate,
  isMonthOver,
  percentChange,
  ppChange,
  RATE_NUMERATOR,
  rankChangeView,
  rateDenominator,
  shortHash,
  signedFixed2,
} from './bulletin-format.ts';
import { canDraftBulletins, canReadDrafts } from './bulletin-policy.ts';

describe('formatRate', () => {
  it('writes a fraction as a percentage with two decimals, half away from zero', () => {
    expect(formatRate(0.6)).toBe('60.00%');
    expect(formatRate(0.8805)).toBe('88.05%');
    expect(formatRate(2 / 3)).toBe('66.67%');
    // toFixed would say 60.62 here: 0.60625 × 100 is 60.62499… in binary.
    expect(formatRate(0.60625)).toBe('60.63%');
    expect(formatRate(1)).toBe('100.00%');
    expect(formatRate(0)).toBe('0.00%');
  });

  it('shows an empty cohort as a dash, not 0%', () => {
    expect(formatRate(null)).toBe('—');
    expect(formatRate(undefined)).toBe('—');
  });
});

describe('year-on-year changes', () => {
  it('gives percentage points with their sign and tone', () => {
    expect(ppChange(3.2)).toEqual({ value: '+3.20', tone: 'up' });
    expect(ppChange(34.2)).toEqual({ value: '+34.20', tone: 'up' });
    expect(ppChange(-1.5)).toEqual({ value: '-1.50', tone: 'down' });
    expect(ppChange(0)).toEqual({ value: '0.00', tone: 'flat' });
    expect(ppChange(null)).toBeNull();
  });

  it('treats a change that rounds to zero as no change', () => {
    expect(ppChange(-0.001)).toEqual({ value: '0.00', tone: 'flat' });
    expect(signedFixed2(0.004)).toBe('0.00');
    expect(signedFixed2(0.005)).toBe('+0.01');
  });

  it('gives relative changes as signed percentages', () => {
    expect(percentChange(0.534)).toEqual({ value: '+53.40%', tone: 'up' });
    expect(percentChange(-0.25)).toEqual({ value: '-25.00%', tone: 'down' });
    expect(percentChange(null)).toBeNull();
  });

  it('rounds scores like the server (half away from zero)', () => {
    expect(fixed2(87.125)).toBe('87.13');
    expect(fixed2(-2.5)).toBe('-2.50');
  });
});

describe('rankChangeView', () => {
  it('shows moves up green, down red, and a dash otherwise', () => {
    expect(rankChangeView(2)).toEqual({ text: '↑2', tone: 'up', known: true });
    expect(rankChangeView(-1)).toEqual({ text: '↓1', tone: 'down', known: true });
    expect(rankChangeView(0)).toEqual({ text: '—', tone: 'flat', known: true });
    expect(rankChangeView(null)).toEqual({ text: '—', tone: 'flat', known: false });
  });
});

describe('rate drill-down', () => {
  it('lists the numerator projects of each rate', () => {
    expect(RATE_NUMERATOR).toEqual({
      contractRate: 'contracted',
      registrationRate: 'registered',
      readyRate: 'ready',
      fitShareCount: 'fit',
      fitShareAmount: 'fitAmount',
    });
  });

  it('takes the signed cohort as denominator, by amount for the amount share', () => {
    expect(rateDenominator('contractRate')).toBe('signed');
    expect(rateDenominator('fitShareCount')).toBe('signed');
    expect(rateDenominator('fitShareAmount')).toBe('amount');
  });
});

describe('amounts, seals and months', () => {
  it('groups actuals and targets with the one money formatter, without losing decimals or showing float noise', () => {
    const actual = (n: number) => formatMoney(String(n), { decimals: 4 });
    expect(actual(227401.5)).toBe('227,401.5');
    expect(actual(400000)).toBe('400,000');
    expect(actual(3)).toBe('3');
    expect(actual(0.1 + 0.2)).toBe('0.3');
  });

  it('shortens a hash to its first 12 digits', () => {
    expect(shortHash('a3f9c0de12b45678aa')).toBe('a3f9c0de12b4');
  });

  it('allows drafting a month only after it has ended', () => {
    expect(isMonthOver(2021, 7, '2021-08-01')).toBe(true);
    expect(isMonthOver(2021, 8, '2021-08-31')).toBe(false);
    expect(isMonthOver(2021, 12, '2022-01-01')).toBe(true);
    expect(isMonthOver(2022, 1, '2021-12-31')).toBe(false);
  });

  it('lets the office draft and leaders read drafts', () => {
    expect(canDraftBulletins('office')).toBe(true);
    expect(canDraftBulletins('leader')).toBe(false);
    expect(canReadDrafts('leader')).toBe(true);
    expect(canReadDrafts('unit_manager')).toBe(false);
  });
});
