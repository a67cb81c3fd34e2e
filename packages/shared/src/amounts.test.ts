import { describe, expect, it } from 'vitest';
import { parseWan } from './amounts.ts';

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
