import { describe, expect, it } from 'vitest';
import {
  amountProblemText,
  formatChange,
  formatPercent,
  formatUsdMillions,
  fractionToPercent,
  percentToFraction,
  ratio,
  subtractWan,
  sumWan,
  wanToYi,
  wanToYiText,
} from './figures.ts';

describe('exact 万 arithmetic', () => {
  it('sums decimal strings without float error', () => {
    expect(sumWan(['0.1', '0.2'])).toBe('0.3');
    expect(sumWan(['12345.6789', '0.0011', null, undefined, '100'])).toBe('12445.68');
    expect(sumWan([])).toBe('0');
  });

  it('subtracts, going negative', () => {
    expect(subtractWan('100', '250.5')).toBe('-150.5');
    expect(subtractWan('48500', '31617')).toBe('16883');
  });

  it('converts 万元 to 亿元 exactly', () => {
    expect(wanToYiText('12345.6789')).toBe('1.23456789');
    expect(wanToYiText('10000')).toBe('1');
    expect(wanToYiText('0.0001')).toBe('0.00000001');
    expect(wanToYi('21035000')).toBe(2103.5);
    // Number(x) / 10000 would give 0.30000000000000004 here.
    expect(wanToYi('3000.0000000')).toBe(0.3);
  });

  it('computes ratios from exact amounts, null without a denominator', () => {
    expect(ratio('48500', '86150')).toBe(48500 / 86150);
    expect(ratio('0.1', '0.3')).toBe(1 / 3);
    expect(formatPercent(ratio('48500', '86150'))).toBe('56.3%');
    expect(ratio('1', '0')).toBeNull();
    expect(ratio('1', null)).toBeNull();
    expect(ratio(subtractWan('48500', '31617'), '31617')).toBe(16883 / 31617);
    expect(formatChange(ratio(subtractWan('48500', '31617'), '31617'))).toBe('+53.4%');
  });

  it('formats percentages and signed changes', () => {
    expect(formatPercent(0.5634)).toBe('56.3%');
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(Number.NaN)).toBe('—');
    expect(formatPercent(0.6, 0)).toBe('60%');
    expect(formatChange(0.534)).toBe('+53.4%');
    expect(formatChange(-0.12)).toBe('-12.0%');
    expect(formatChange(0.00001)).toBe('0.0%');
    expect(formatChange(null)).toBe('—');
  });

  it('says 万美元 as millions of dollars, rounded to one place', () => {
    expect(formatUsdMillions('12345.6')).toBe('$123.5M');
    expect(formatUsdMillions('1234567')).toBe('$12,345.7M');
    expect(formatUsdMillions('0')).toBe('$0M');
  });

  it('turns floors into percent and back without float noise', () => {
    expect(fractionToPercent(0.6)).toBe(60);
    expect(fractionToPercent(0.07)).toBe(7);
    expect(fractionToPercent(0.575)).toBe(57.5);
    expect(fractionToPercent(0.8805)).toBe(88.05);
    expect(percentToFraction(7)).toBe(0.07);
    expect(percentToFraction(57.5)).toBe(0.575);
    expect(percentToFraction(88.05)).toBe(0.8805);
    expect(fractionToPercent(1e-7)).toBe(0.00001);
  });

  it('words amount problems in dollars for dollar fields', () => {
    expect(amountProblemText('not_a_number', 'zh', 'usd')).toBe('金额应为数字（单位：万美元）');
    expect(amountProblemText('not_a_number', 'zh', 'cny')).toBe('金额应为数字（单位：万元）');
    expect(amountProblemText('not_a_number', 'en', 'usd')).toBe('The amount must be a number (in 10,000 US dollars)');
  });
});
