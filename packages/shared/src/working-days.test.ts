import { describe, expect, it } from 'vitest';
import { type CalendarException, checkCalendarDay, MONDAY_TO_FRIDAY, workingCalendar } from './working-days.ts';

const run = (from: string, to: string): string[] => {
  const days: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1))
    days.push(d.toISOString().slice(0, 10));
  return days;
};
const holidays = (from: string, to: string): CalendarException[] =>
  run(from, to).map((date) => ({ date, kind: 'holiday' }));

// As the State Council published them for 2025 (and as chinese-days 1.5.7 lists them).
const CALENDAR_2025 = workingCalendar([
  ...holidays('2025-01-28', '2025-02-04'),
  { date: '2025-01-26', kind: 'workday' },
  { date: '2025-02-08', kind: 'workday' },
  ...holidays('2025-10-01', '2025-10-08'),
  { date: '2025-09-28', kind: 'workday' },
  { date: '2025-10-11', kind: 'workday' },
]);

describe('Monday to Friday', () => {
  it.each([
    ['2021-08-30', 1, '2021-08-31'],
    ['2021-09-03', 1, '2021-09-06'],
    ['2021-09-03', 3, '2021-09-08'],
    ['2021-09-04', 1, '2021-09-06'],
    ['2021-08-30', 7, '2021-09-08'],
    ['2021-08-30', 0, '2021-08-30'],
  ])('%s + %i working days = %s', (d, n, expected) => expect(MONDAY_TO_FRIDAY.addWorkingDays(d, n)).toBe(expected));
});

describe('春节 2025 (holidays 01-28 to 02-04; Sunday 01-26 and Saturday 02-08 worked)', () => {
  it.each([
    [1, '2025-01-26'],
    [2, '2025-01-27'],
    [3, '2025-02-05'],
    [6, '2025-02-08'],
    [7, '2025-02-10'],
  ])('a lead received Friday 2025-01-24 + %i working days = %s', (n, expected) =>
    expect(CALENDAR_2025.addWorkingDays('2025-01-24', n)).toBe(expected),
  );

  it('differs from Monday to Friday, which would answer 01-27, 01-29 and 02-04', () => {
    expect(
      ['2025-01-24', '2025-01-24', '2025-01-24'].map((d, i) => MONDAY_TO_FRIDAY.addWorkingDays(d, [1, 3, 7][i]!)),
    ).toEqual(['2025-01-27', '2025-01-29', '2025-02-04']);
  });

  it('knows which days are worked', () => {
    expect(run('2025-01-24', '2025-02-10').filter((d) => CALENDAR_2025.isWorkingDay(d))).toEqual([
      '2025-01-24',
      '2025-01-26',
      '2025-01-27',
      '2025-02-05',
      '2025-02-06',
      '2025-02-07',
      '2025-02-08',
      '2025-02-10',
    ]);
  });

  it('counts the working days between two dates', () => {
    expect(CALENDAR_2025.workingDaysBetween('2025-01-24', '2025-02-10')).toBe(7);
    expect(CALENDAR_2025.workingDaysBetween('2025-01-27', '2025-02-04')).toBe(0);
    expect(CALENDAR_2025.workingDaysBetween('2025-02-10', '2025-01-24')).toBe(0);
    expect(MONDAY_TO_FRIDAY.workingDaysBetween('2025-01-24', '2025-02-10')).toBe(11);
  });
});

describe('国庆 2025 (holidays 10-01 to 10-08; Sunday 09-28 and Saturday 10-11 worked)', () => {
  it.each([
    ['2025-09-26', 1, '2025-09-28'],
    ['2025-09-26', 3, '2025-09-30'],
    ['2025-09-26', 4, '2025-10-09'],
    ['2025-09-26', 7, '2025-10-13'],
    ['2025-09-30', 1, '2025-10-09'],
    ['2025-09-30', 3, '2025-10-11'],
    ['2025-09-30', 7, '2025-10-16'],
    ['2025-10-03', 1, '2025-10-09'],
  ])('%s + %i working days = %s', (d, n, expected) => expect(CALENDAR_2025.addWorkingDays(d, n)).toBe(expected));

  it('counts seven working days from Friday 09-26 to Monday 10-13', () =>
    expect(CALENDAR_2025.workingDaysBetween('2025-09-26', '2025-10-13')).toBe(7));
});

describe('a year no one has published: Monday to Friday plus what the office entered', () => {
  const calendar = workingCalendar([
    ...holidays('2025-10-01', '2025-10-08'),
    { date: '2027-10-01', kind: 'holiday' },
    { date: '2027-10-09', kind: 'workday' },
  ]);
  it.each([
    ['2027-09-30', 1, '2027-10-04'],
    ['2027-10-07', 2, '2027-10-09'],
    ['2027-10-07', 3, '2027-10-11'],
    ['2027-02-05', 1, '2027-02-08'],
  ])('%s + %i working days = %s', (d, n, expected) => expect(calendar.addWorkingDays(d, n)).toBe(expected));
});

describe('a day the office enters', () => {
  it.each([
    [{ date: '2025-09-28', kind: 'workday', name: '国庆节' }, null],
    [{ date: '2025-02-01', kind: 'holiday', name: '春节' }, null],
    [{ date: '2025-10-01', kind: 'holiday', name: '国庆节' }, null],
    [{ date: '2025-09-29', kind: 'workday', name: '国庆节' }, 'workday_not_weekend'],
    [{ date: '2025-02-30', kind: 'holiday', name: '春节' }, 'not_a_date'],
    [{ date: '2025-10-01', kind: 'vacation', name: '国庆节' }, 'unknown_kind'],
    [{ date: '2025-10-01', kind: 'holiday', name: '  ' }, 'name_missing'],
  ])('%j → %s', (day, problem) => expect(checkCalendarDay(day)).toBe(problem));
});
