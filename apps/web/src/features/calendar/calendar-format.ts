import { dayOfWeek, HOLIDAY_NAMES_EN, type Role } from '@zhaoshang/shared';
import { may } from '../../components/policy.ts';
import type { Lang } from '../../i18n/language.ts';

const WEEKDAYS = {
  zh: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
} as const;

export function weekdayLabel(date: string, lang: Lang): string {
  return WEEKDAYS[lang][dayOfWeek(date)]!;
}

/** The notice's name in the page's language; a name the office typed stays as typed. */
export function holidayName(name: string, lang: Lang): string {
  return lang === 'en' ? (HOLIDAY_NAMES_EN[name] ?? name) : name;
}

/** The office keeps the calendar (and the admin, who runs the system); everyone else reads it. */
export function canEditCalendar(role: Role): boolean {
  return may({ role }, 'calendar.edit');
}

/** The years the picker offers: the package's first year (2004) to next year, newest first. */
export function calendarYears(thisYear: number): number[] {
  return Array.from({ length: thisYear + 1 - 2004 + 1 }, (_, i) => thisYear + 1 - i);
}
