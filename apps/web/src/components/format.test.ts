import { describe, expect, it } from 'vitest';
import { progressPercent } from './format.ts';

describe('progressPercent', () => {
  it('rounds down so a campaign shows 100 only when every item is in', () => {
    expect(progressPercent(1, 3)).toBe(33);
    expect(progressPercent(199, 200)).toBe(99);
    expect(progressPercent(5, 5)).toBe(100);
    expect(progressPercent(0, 0)).toBe(0);
  });
});
