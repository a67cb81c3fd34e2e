import { describe, expect, it } from 'vitest';
import { calendarYears, canEditCalendar, holidayName, weekdayLabel } from './calendar-format.ts';

describe('the calendar page', () => {
  it('names the weekday of the make-up working days of 春节 2025', () => {
    expect(weekdayLabel('2025-01-26', 'zh')).toBe('周日');
    expect(weekdayLabel('2025-02-08', 'en')).toBe('Sat');
    expect(weekdayLabel('2025-10-01', 'zh')).toBe('周三');
  });

  it('shows the notice names in English, and the office own names as typed', () => {
    expect(holidayName('国庆节', 'en')).toBe('National Day');
    expect(holidayName('中秋', 'en')).toBe('Mid-autumn Festival');
    expect(holidayName('国庆节', 'zh')).toBe('国庆节');
    expect(holidayName('澜江市庆', 'en')).toBe('澜江市庆');
  });

  it('lets the office and the admin change it', () => {
    expect(
      ['admin', 'office', 'leader', 'unit_manager', 'unit_staff', 'auditor'].filter((r) => canEditCalendar(r as never)),
    ).toEqual(['admin', 'office']);
  });

  it('offers the years from next year back to 2004', () => {
    const years = calendarYears(2026);
    expect([years[0], years[1], years.at(-1), years.length]).toEqual([2027, 2026, 2004, 24]);
  });
});
