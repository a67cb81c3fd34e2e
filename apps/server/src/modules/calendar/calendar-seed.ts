import { createRequire } from 'node:module';
import type { Db } from '../../db/client.ts';
import { claimSeedYears, findSeededYears, insertSeedDays, type SeedDay } from './calendar.repository.ts';

const require = createRequire(import.meta.url);

/** chinese-days' data: date → "English name,中文名,number" for holidays and make-up working days. */
type ChineseDays = { holidays: Record<string, string>; workdays: Record<string, string> };

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
  const done = await findSeededYears(db);
  if ([...years.keys()].every((y) => done.has(y))) return [];
  return db.transaction(async (tx) => {
    const claimed = await claimSeedYears(tx, [...years.keys()], source);
    await insertSeedDays(
      tx,
      claimed.flatMap((y) => years.get(y) ?? []),
    );
    return claimed;
  });
}

const seeding = new WeakMap<Db, Promise<unknown>>();

/**
 * The published holidays are data, not schema: `migrate` leaves them out (contract.md: it
 * creates the schema and nothing else). They are seeded the first time this process needs
 * the calendar (a lead's clock, the calendar page or command, the office's changes) and when
 * `serve` starts; each database is looked at once per process.
 */
export function ensureWorkingCalendarSeeded(db: Db): Promise<unknown> {
  let pending = seeding.get(db);
  if (!pending) {
    pending = seedWorkingCalendar(db).catch((e) => {
      seeding.delete(db);
      throw e;
    });
    seeding.set(db, pending);
  }
  return pending;
}
