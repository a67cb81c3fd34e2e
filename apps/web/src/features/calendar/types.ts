import type { CalendarDayKind } from '@zhaoshang/shared';

/** A day that differs from Monday to Friday, as GET /calendar/:year answers it. */
export type CalendarDay = {
  date: string;
  kind: CalendarDayKind;
  name: string;
  source: 'seed' | 'office';
  updatedAt: string;
};

export type CalendarYear = { year: number; seededFrom: string | null; days: CalendarDay[] };

export type CalendarDayInput = { date: string; kind: CalendarDayKind; name: string };
