import { describe, expect, it } from 'vitest';
import { formatLargeYuan, formatMoney, parseWan } from './amounts.ts';

describe('amounts in 万元', () => {
  it.each([
    ['1234.5', { value: '1234.5' }],
    ['0012.3400', { value: '12.34' }],
    ['5000', { value: '5000' }],
    ['0.0001', { value: '0.0001' }],
    ['１２３', { value: '123' }],
    ['1,234.5万', { problem: 'has_unit_or_separator' }],
    ['1234万元', { problem: 'has_unit_or_separator' }],
    ['-3', { problem: 'negative' }],
    ['1.23456', { problem: 'too_many_decimals' }],
    ['abc', { problem: 'not_a_number' }],
    ['', { problem: 'not_a_number' }],
    ['123456789012345', { problem: 'too_large' }],
  ])('%s → %j', (raw, expected) => expect(parseWan(raw)).toEqual(expected));
});

describe('formatMoney', () => {
  it('shows 万 amounts exactly, grouped, without trailing zeros', () => {
    expect(formatMoney('250000')).toBe('250,000');
    expect(formatMoney('48500.5000')).toBe('48,500.5');
    expect(formatMoney('12345678901234.1234')).toBe('12,345,678,901,234.1234');
    expect(formatMoney('100000.0001')).toBe('100,000.0001');
    expect(formatMoney('999')).toBe('999');
    expect(formatMoney('0')).toBe('0');
    expect(formatMoney('0.5')).toBe('0.5');
    expect(formatMoney('-2500')).toBe('-2,500');
    expect(formatMoney('-1234567')).toBe('-1,234,567');
    expect(formatMoney('1234567.5')).toBe('1,234,567.5');
    expect(formatMoney(' 1200.5000 ')).toBe('1,200.5');
  });

  it('reads whole yuan as 万元', () => {
    expect(formatMoney(12_345_678_900n, { from: 'yuan' })).toBe('1,234,567.89');
    expect(formatMoney('12345678900', { from: 'yuan' })).toBe('1,234,567.89');
    expect(formatMoney(5n, { from: 'yuan' })).toBe('0.0005');
    expect(formatMoney('21035000000000', { from: 'yuan' })).toBe('2,103,500,000');
    expect(formatMoney('0', { from: 'yuan' })).toBe('0');
  });

  it('shows 亿, billions and millions rounded half up', () => {
    expect(formatMoney('2225400', { scale: 'yi' })).toBe('222.54');
    expect(formatMoney('123456.7', { scale: 'yi' })).toBe('12.35');
    expect(formatMoney('250000', { scale: 'yi' })).toBe('25');
    expect(formatMoney('38000.5', { scale: 'yi' })).toBe('3.8');
    expect(formatMoney('12500', { scale: 'yi', decimals: 1 })).toBe('1.3');
    expect(formatMoney('2225400', { scale: 'billion' })).toBe('22.25');
    expect(formatMoney('48500', { scale: 'million' })).toBe('485');
    expect(formatMoney('12345', { scale: 'million' })).toBe('123.5');
    expect(formatMoney('123456789012', { scale: 'yi' })).toBe('12,345,678.9');
    expect(formatMoney('-123456.7', { scale: 'yi' })).toBe('-12.35');
    expect(formatMoney('-0.0001', { scale: 'yi' })).toBe('0');
    expect(formatMoney('21035000', { scale: 'yi' })).toBe('2,103.5');
    expect(formatMoney('0', { scale: 'yi' })).toBe('0');
    expect(formatMoney('2225412.3456', { scale: 'yi' })).toBe('222.54');
    expect(formatMoney('2225412.3456', { scale: 'billion' })).toBe('22.25');
    expect(formatMoney('100000', { scale: 'billion' })).toBe('1');
    expect(formatMoney('85000', { scale: 'million' })).toBe('850');
    expect(formatMoney('0', { scale: 'million' })).toBe('0');
  });

  it('shows a missing amount as a dash and leaves other text alone', () => {
    expect(formatMoney(null)).toBe('—');
    expect(formatMoney(undefined)).toBe('—');
    expect(formatMoney('n/a')).toBe('n/a');
  });

  it('says large amounts as people do, in either language', () => {
    expect(formatLargeYuan('9999.9999', 'zh')).toBeUndefined();
    expect(formatLargeYuan('250000', 'zh')).toBe('25 亿元');
    expect(formatLargeYuan('38000.5', 'zh')).toBe('3.8 亿元');
    expect(formatLargeYuan('250000', 'en')).toBe('2.5 billion yuan');
    expect(formatLargeYuan('38000.5', 'en')).toBe('380 million yuan');
    expect(formatLargeYuan('12345', 'en')).toBe('123.5 million yuan');
  });
});
