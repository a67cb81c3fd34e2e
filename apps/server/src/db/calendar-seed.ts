import { createRequire } from 'node:module';
import type { SQL } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import type { Db, Tx } from './client.ts';

// client.ts calls the seed after migrating: only types come back from it, so no import cycle.
const rowsOf = async <T>(db: Tx, query: SQL) => ((await db.execute(query)) as unknown as { rows: T[] }).rows;

const require = createRequire(import.meta.url);

/** chinese-days' data: date → "English name,中文名,number" for holidays and make-up working days. */
type ChineseDays = { holidays: Record<string, string>; workdays: Record<string, string> };

export type SeedDay = { date: string; kind: 'holiday' | 'workday'; name: string };

/** The package's days by year (the years it covers), with the package's version. */
export function packageCalendar(): { source: string; years: Map<number, SeedDay[]> } {
  const data = require('chinese-days/dist/chinese-days.json') as ChineseDays;
  const { version } = require('chinese-days/package.json') as { version: string };
  const years = new Map<number, SeedDay[]>();
  const add = (entries: Record<string, string>, kind: SeedDay['kind']) => {
    for (const [date, label] of Object.entries(entries)) {
      const year = Number(date.slice(0, 4));
      const days = years.get(year) ?? [];
      days.push({ date, kind, name: label.split(',')[1] ?? label });
      years.set(year, days);
    }
  };
  add(data.holidays, 'holiday');
  add(data.workdays, 'workday');
  return { source: `chinese-days@${version}`, years };
}

/**
 * Seeds each year the package covers that was never seeded: its days are added where the
 * office has no row of its own (an office row is never overwritten), and the year is recorded,
 * so a seeded day the office later removed stays removed. Claiming the years first (one
 * statement) makes two processes starting at once seed each year once.
 */
export async function seedWorkingCalendar(db: Db): Promise<number[]> {
  const { source, years } = packageCalendar();
  const done = new Set(
    (await rowsOf<{ year: number }>(db, sql`select year from calendar_seeded_years`)).map((r) => r.year),
  );
  if ([...years.keys()].every((y) => done.has(y))) return [];
  return db.transaction(async (tx) => {
    const claimed = (
      await rowsOf<{ year: number }>(
        tx,
        sql`insert into calendar_seeded_years (year, source)
            select y, ${source} from unnest(${sql.param([...years.keys()])}::int[]) as y
            on conflict (year) do nothing returning year`,
      )
    )
      .map((r) => r.year)
      .sort();
    const days = claimed.flatMap((y) => years.get(y) ?? []);
    if (days.length)
      await tx.execute(sql`
        insert into calendar_days (day, kind, name, source)
        select d, k, n, 'seed' from unnest(${sql.param(days.map((d) => d.date))}::date[],
          ${sql.param(days.map((d) => d.kind))}::text[], ${sql.param(days.map((d) => d.name))}::text[]) as t(d, k, n)
        on conflict (day) do nothing`);
    return claimed;
  });
}
