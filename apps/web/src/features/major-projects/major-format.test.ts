import { describe, expect, it } from 'vitest';
import { formatWan, nextTrackFilter } from './major-format.ts';

describe('formatWan', () => {
  it('groups thousands and keeps the decimals as sent', () => {
    expect(formatWan('150000')).toBe('150,000');
    expect(formatWan('1234567.5')).toBe('1,234,567.5');
    expect(formatWan('999')).toBe('999');
    expect(formatWan('100000.0001')).toBe('100,000.0001');
    expect(formatWan('-2500')).toBe('-2,500');
  });

  it('leaves text that is not a plain amount alone', () => {
    expect(formatWan('n/a')).toBe('n/a');
  });
});

describe('board helpers', () => {
  it('toggles the track filter off when the same card is clicked again', () => {
    expect(nextTrackFilter(undefined, 'overdue')).toBe('overdue');
    expect(nextTrackFilter('overdue', 'overdue')).toBeUndefined();
    expect(nextTrackFilter('overdue', 'no_plan')).toBe('no_plan');
  });
});
