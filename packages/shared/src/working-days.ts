import { isCalendarDate } from './dates.ts';
import { labelTable } from './messages/index.ts';

/**
 * Days that differ from the Monday-to-Friday rule, as the State Council publishes them each
 * year: a holiday (休, e.g. 春节 on a Tuesday) or a make-up working day (调休上班, a Saturday or
 * Sunday worked to bridge a holiday). A holiday may also fall on a weekend: the package lists
 * the whole break, which the office's page shows as one run.
 */
export const CALENDAR_DAY_KINDS = ['holiday', 'workday'] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];
export type CalendarException = { date: string; kind: CalendarDayKind };

export const CALENDAR_DAY_KIND_LABELS = labelTable('label.calendarDayKind', CALENDAR_DAY_KINDS);

export const CALENDAR_DAY_PROBLEMS = ['not_a_date', 'unknown_kind', 'workday_not_weekend', 'name_missing'] as const;
export type CalendarDayProblem = (typeof CALENDAR_DAY_PROBLEMS)[number];

export const CALENDAR_DAY_PROBLEM_LABELS = labelTable('label.calendarDayProblem', CALENDAR_DAY_PROBLEMS);

/** Day of the week of a YYYY-MM-DD date: 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

const isWeekend = (date: string) => {
  const dow = dayOfWeek(date);
  return dow === 0 || dow === 6;
};

/** Why a day the office enters cannot be kept, as a code; null when it can. */
export function checkCalendarDay(day: { date: string; kind: string; name: string }): CalendarDayProblem | null {
  if (!isCalendarDate(day.date)) return 'not_a_date';
  if (!(CALENDAR_DAY_KINDS as readonly string[]).includes(day.kind)) return 'unknown_kind';
  if (!day.name.trim()) return 'name_missing';
  if (day.kind === 'workday' && !isWeekend(day.date)) return 'workday_not_weekend';
  return null;
}

export type WorkingCalendar = {
  isWorkingDay(date: string): boolean;
  /** The date `days` working days after `date` (the day itself does not count). */
  addWorkingDays(date: string, days: number): string;
  /** Working days in (from, to]: 0 when to ≤ from. */
  workingDaysBetween(from: string, to: string): number;
};

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOf = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/**
 * The working-day calendar: Monday to Friday, except the given days. Days are counted as
 * integers (days since 1970-01-01, a Thursday) so the overdue list's thousands of clocks stay
 * cheap, and each answer is remembered: most leads share their report dates.
 */
export function workingCalendar(exceptions: Iterable<CalendarException>): WorkingCalendar {
  const kinds = new Map<number, CalendarDayKind>();
  for (const e of exceptions) kinds.set(dayNumber(e.date), e.kind);
  const working = (n: number) => {
    const kind = kinds.get(n);
    if (kind) return kind === 'workday';
    const dow = (((n + 4) % 7) + 7) % 7;
    return dow !== 0 && dow !== 6;
  };
  const added = new Map<string, string>();
  return {
    isWorkingDay: (date) => working(dayNumber(date)),
    addWorkingDays(date, days) {
      const key = `${date}+${days}`;
      let answer = added.get(key);
      if (answer === undefined) {
        let n = dayNumber(date);
        for (let left = days; left > 0; ) if (working(++n)) left--;
        answer = dateOf(n);
        added.set(key, answer);
      }
      return answer;
    },
    workingDaysBetween(from, to) {
      let count = 0;
      for (let n = dayNumber(from) + 1, end = dayNumber(to); n <= end; n++) if (working(n)) count++;
      return count;
    },
  };
}

/** Monday to Friday alone: what the clocks use for a year nobody has published. */
export const MONDAY_TO_FRIDAY = workingCalendar([]);

/** English names of the holidays the State Council's notices use, for the English page. */
export const HOLIDAY_NAMES_EN: Record<string, string> = {
  元旦: "New Year's Day",
  春节: 'Spring Festival',
  清明: 'Tomb-sweeping Day',
  清明节: 'Tomb-sweeping Day',
  劳动节: 'Labour Day',
  端午: 'Dragon Boat Festival',
  端午节: 'Dragon Boat Festival',
  中秋: 'Mid-autumn Festival',
  中秋节: 'Mid-autumn Festival',
  国庆节: 'National Day',
  中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日: 'Anti-Fascist War Victory 70th Anniversary',
};
