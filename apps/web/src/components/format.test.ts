import { describe, expect, it, onTestFinished } from 'vitest';
import { dayOf, formatDateTime, progressPercent } from './format.ts';

describe('progressPercent', () => {
  it('rounds down so a campaign shows 100 only when every item is in', () => {
    expect(progressPercent(1, 3)).toBe(33);
    expect(progressPercent(199, 200)).toBe(99);
    expect(progressPercent(5, 5)).toBe(100);
    expect(progressPercent(0, 0)).toBe(0);
  });
});

describe('times on the Shanghai clock', () => {
  it.each(['UTC', 'America/New_York', 'Asia/Shanghai'])(
    'shows a UTC timestamp at UTC+8 in a browser on %s time, so the day matches the platform’s dates',
    (zone) => {
      const before = process.env.TZ;
      process.env.TZ = zone;
      onTestFinished(() => {
        if (before === undefined) delete process.env.TZ;
        else process.env.TZ = before;
      });
      expect(new Date('2026-12-06T21:39:05Z').getTimezoneOffset()).toBe(
        { UTC: 0, 'America/New_York': 300, 'Asia/Shanghai': -480 }[zone],
      );
      expect(formatDateTime('2026-12-06T21:39:05.123Z')).toBe('2026-12-07 05:39');
      expect(formatDateTime('2026-12-06T21:39:05.123Z', true)).toBe('2026-12-07 05:39:05');
      expect(dayOf('2026-12-06T15:59:59Z')).toBe('2026-12-06');
      expect(dayOf('2026-12-06T16:00:00Z')).toBe('2026-12-07');
      expect(formatDateTime('2026-12-06T08:00:00+08:00')).toBe('2026-12-06 08:00');
      expect(formatDateTime('not a time')).toBe('not a time');
      expect(formatDateTime(null)).toBe('');
      expect(dayOf(undefined)).toBe('');
    },
  );
});
