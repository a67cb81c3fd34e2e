import { describe, expect, it } from 'vitest';
import { gateReasonsOf, nextGateStatus } from './quality-gate.ts';

describe('the quality gate', () => {
  const criteria = { minAgreedYuan: 50_000_000n, chainFitRequired: true };
  it('gates nothing while the office has set no criteria', () => {
    expect(gateReasonsOf(null, { agreedYuan: 0n, fitsPositioning: false })).toEqual([]);
  });
  it('names each criterion a project misses', () => {
    expect(gateReasonsOf(criteria, { agreedYuan: 49_999_999n, fitsPositioning: false })).toEqual([
      'belowMinimum',
      'chainMisfit',
    ]);
    expect(gateReasonsOf(criteria, { agreedYuan: 50_000_000n, fitsPositioning: true })).toEqual([]);
  });
  it('keeps an approval while the project misses no more than was approved', () => {
    expect(nextGateStatus({ status: 'approved', reasons: ['belowMinimum'] }, ['belowMinimum'])).toBe('approved');
    expect(nextGateStatus({ status: 'approved', reasons: ['belowMinimum'] }, ['belowMinimum', 'chainMisfit'])).toBe(
      'pending',
    );
    expect(nextGateStatus({ status: 'rejected', reasons: ['belowMinimum'] }, ['belowMinimum'])).toBe('pending');
    expect(nextGateStatus({ status: 'pending', reasons: ['belowMinimum'] }, [])).toBe('clear');
  });
});
