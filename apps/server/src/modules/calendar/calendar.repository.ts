import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';

export type CalendarDayRow = {
  date: string;
  kind: 'holiday' | 'workday';
  name: string;
  source: 'seed' | 'office';
  updated_at: Date | string;
};

const COLUMNS = sql`to_char(day, 'YYYY-MM-DD') as date, kind, name, source, updated_at`;

/** The days of [from, to] that differ from Monday to Friday, in date order. */
export async function findCalendarDays(db: Tx, from: string, to: string): Promise<CalendarDayRow[]> {
  return queryRows<CalendarDayRow>(
    db,
    sql`select ${COLUMNS} from calendar_days where day between ${from}::date and ${to}::date order by day`,
  );
}

/** Only what a clock needs, date and kind: about 35 rows a year. */
export async function findCalendarExceptions(db: Tx): Promise<{ date: string; kind: 'holiday' | 'workday' }[]> {
  return queryRows(db, sql`select to_char(day, 'YYYY-MM-DD') as date, kind from calendar_days`);
}

export async function findCalendarDay(db: Tx, date: string): Promise<CalendarDayRow | undefined> {
  const [row] = await queryRows<CalendarDayRow>(
    db,
    sql`select ${COLUMNS} from calendar_days where day = ${date}::date for update`,
  );
  return row;
}

/** Inserts the office's day; false when the date already has a row. */
export async function insertCalendarDay(
  db: Tx,
  d: { date: string; kind: string; name: string; userId: number | null },
): Promise<boolean> {
  const rows = await queryRows(
    db,
    sql`insert into calendar_days (day, kind, name, source, updated_by)
        values (${d.date}::date, ${d.kind}, ${d.name}, 'office', ${d.userId})
        on conflict (day) do nothing returning day`,
  );
  return rows.length === 1;
}

/** Changes a day; it becomes the office's, so no seed ever replaces it. */
export async function updateCalendarDay(
  db: Tx,
  d: { date: string; kind: string; name: string; userId: number | null },
): Promise<void> {
  await db.execute(
    sql`update calendar_days set kind = ${d.kind}, name = ${d.name}, source = 'office', updated_by = ${d.userId},
        updated_at = now() where day = ${d.date}::date`,
  );
}

export async function deleteCalendarDay(db: Tx, date: string): Promise<void> {
  await db.execute(sql`delete from calendar_days where day = ${date}::date`);
}

export type SeedDay = { date: string; kind: 'holiday' | 'workday'; name: string };

/** Claims the years no process has seeded yet (one statement, so two processes never both seed a year). */
export async function claimSeedYears(db: Tx, years: number[], source: string): Promise<number[]> {
  const rows = await queryRows<{ year: number }>(
    db,
    sql`insert into calendar_seeded_years (year, source)
        select y, ${source} from unnest(${sql.param(years)}::int[]) as y
        on conflict (year) do nothing returning year`,
  );
  return rows.map((r) => r.year).sort();
}

/** The package's days, each where the table has no row for the date (the office's rows stay). */
export async function insertSeedDays(db: Tx, days: SeedDay[]): Promise<void> {
  if (!days.length) return;
  await db.execute(sql`
    insert into calendar_days (day, kind, name, source)
    select d, k, n, 'seed' from unnest(${sql.param(days.map((d) => d.date))}::date[],
      ${sql.param(days.map((d) => d.kind))}::text[], ${sql.param(days.map((d) => d.name))}::text[]) as t(d, k, n)
    on conflict (day) do nothing`);
}

/** The years seeded from the package, and from which version. */
export async function findSeededYears(db: Tx): Promise<Map<number, string>> {
  const rows = await queryRows<{ year: number; source: string }>(
    db,
    sql`select year, source from calendar_seeded_years`,
  );
  return new Map(rows.map((r) => [r.year, r.source]));
}

/**
 * Writes a year's days from a file in one statement: each given date is inserted or changed
 * to the office's; nothing else is touched.
 */
export async function upsertCalendarDays(
  db: Tx,
  days: { date: string; kind: string; name: string }[],
  userId: number | null,
): Promise<void> {
  await db.execute(sql`
    insert into calendar_days (day, kind, name, source, updated_by)
    select d, k, n, 'office', ${userId}::int from unnest(${sql.param(days.map((d) => d.date))}::date[],
      ${sql.param(days.map((d) => d.kind))}::text[], ${sql.param(days.map((d) => d.name))}::text[]) as t(d, k, n)
    on conflict (day) do update set kind = excluded.kind, name = excluded.name, source = 'office',
      updated_by = excluded.updated_by, updated_at = now()`);
}
