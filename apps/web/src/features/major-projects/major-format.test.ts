import { describe, expect, it } from 'vitest';
import { nextTrackFilter } from './major-format.ts';

describe('board helpers', () => {
  it('toggles the track filter off when the same card is clicked again', () => {
    expect(nextTrackFilter(undefined, 'overdue')).toBe('overdue');
    expect(nextTrackFilter('overdue', 'overdue')).toBeUndefined();
    expect(nextTrackFilter('overdue', 'no_plan')).toBe('no_plan');
  });
});
