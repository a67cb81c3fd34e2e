import { describe, expect, it } from 'vitest';
import { addMonths, isCalendarDate, shanghaiDate } from './dates.ts';

describe('calendar dates', () => {
  it.each([
    ['2021-08-31', true],
    ['2024-02-29', true],
    ['2021-02-29', false],
    ['2021-02-30', false],
    ['2021-13-01', false],
    ['2021-8-31', false],
    ['2021/08/31', false],
    ['', false],
  ])('%s is a calendar date: %s', (s, ok) => expect(isCalendarDate(s)).toBe(ok));

  it('is the Asia/Shanghai day: 16:00 UTC is already tomorrow in Beijing', () => {
    expect(shanghaiDate(new Date('2021-08-31T15:59:59Z'))).toBe('2021-08-31');
    expect(shanghaiDate(new Date('2021-08-31T16:00:00Z'))).toBe('2021-09-01');
  });
});

describe('addMonths', () => {
  it.each([
    ['2021-03-01', 6, '2021-09-01'],
    ['2021-08-31', 6, '2022-02-28'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2021-12-15', 1, '2022-01-15'],
    ['2021-01-31', 36, '2024-01-31'],
  ])('%s + %i months = %s', (d, n, expected) => expect(addMonths(d, n)).toBe(expected));
});
