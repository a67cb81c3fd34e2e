import { sql } from 'drizzle-orm';
import { check, date, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './org.ts';

/**
 * The days that differ from Monday to Friday (the State Council's yearly notice): holidays
 * and make-up working days (调休), with the holiday's name. `seed` rows come from the
 * chinese-days package for the years it covers; `office` rows are the office's own (a year
 * the package does not cover yet, or a correction) and are never overwritten by a seed.
 */
export const calendarDays = pgTable(
  'calendar_days',
  {
    day: date('day').primaryKey(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    source: text('source').notNull().default('office'),
    updatedBy: integer('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('calendar_days_kind_check', sql`${t.kind} in ('holiday','workday')`),
    check('calendar_days_source_check', sql`${t.source} in ('seed','office')`),
    /** A make-up working day is a Saturday or Sunday: Monday to Friday are worked anyway. */
    check('calendar_days_workday_weekend_check', sql`${t.kind} <> 'workday' or extract(isodow from ${t.day}) >= 6`),
  ],
);

/**
 * The years already seeded from the package, and from which version: a year is seeded once,
 * so a seeded day the office removed stays removed, and a newer package's new year is added.
 */
export const calendarSeededYears = pgTable('calendar_seeded_years', {
  year: integer('year').primaryKey(),
  source: text('source').notNull(),
  seededAt: timestamp('seeded_at', { withTimezone: true }).notNull().defaultNow(),
});
