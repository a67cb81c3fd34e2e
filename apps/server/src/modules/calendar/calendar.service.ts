import {
  CALENDAR_DAY_PROBLEM_LABELS,
  type CalendarDayKind,
  checkCalendarDay,
  isCalendarDate,
  type WorkingCalendar,
  workingCalendar,
} from '@zhaoshang/shared';
import type { Database, Db } from '../../db/client.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { calendarPolicy } from './calendar.policy.ts';
import {
  type CalendarDayRow,
  deleteCalendarDay,
  findCalendarDay,
  findCalendarDays,
  findCalendarExceptions,
  findSeededYears,
  insertCalendarDay,
  updateCalendarDay,
} from './calendar.repository.ts';
import { ensureWorkingCalendarSeeded } from './calendar-seed.ts';

export type CalendarDayInput = { date: string; kind: CalendarDayKind; name: string };

/**
 * How long a process keeps the calendar before reading it again. The calendar changes a few
 * times a year; a change made through this process is seen at once, one made through another
 * server process (several behind one proxy) within this time.
 */
const CALENDAR_TTL_MS = 60_000;
const cached = new WeakMap<object, { at: number; calendar: WorkingCalendar }>();

/**
 * The working-day calendar every lead clock counts with: Monday to Friday, except the table's
 * holidays and make-up working days. Kept per database for a minute, so a list of leads
 * costs no query for it, and the calendar's remembered answers serve every request.
 */
export async function loadWorkingCalendar(db: Db): Promise<WorkingCalendar> {
  const hit = cached.get(db);
  if (hit && Date.now() - hit.at < CALENDAR_TTL_MS) return hit.calendar;
  await ensureWorkingCalendarSeeded(db);
  const calendar = workingCalendar(await findCalendarExceptions(db));
  cached.set(db, { at: Date.now(), calendar });
  return calendar;
}

/** After a change: the next clock reads the table again. */
export function forgetWorkingCalendar(db: Db): void {
  cached.delete(db);
}

const presentDay = (r: CalendarDayRow) => ({
  date: r.date,
  kind: r.kind,
  name: r.name,
  source: r.source,
  updatedAt: new Date(r.updated_at).toISOString(),
});

/** A year's days that differ from Monday to Friday, and whether the package's data seeded it. */
export async function listCalendarYear(database: Database, ctx: RequestContext, year: number) {
  calendarPolicy.assert(requireActor(ctx), 'calendar.read');
  return listCalendarYearAsSystem(database, year);
}

/** The same for the command line, which acts as the machine's administrator. */
export async function listCalendarYearAsSystem(database: Database, year: number) {
  await ensureWorkingCalendarSeeded(database.db);
  const [days, seeded] = await Promise.all([
    findCalendarDays(database.db, `${year}-01-01`, `${year}-12-31`),
    findSeededYears(database.db),
  ]);
  return { year, seededFrom: seeded.get(year) ?? null, days: days.map(presentDay) };
}

/** Refuses a day that cannot be kept, in the clerk's language. */
function assertDay(ctx: RequestContext, day: CalendarDayInput): void {
  const problem = checkCalendarDay(day);
  if (problem === 'workday_not_weekend') throw new AppError('CALENDAR_WORKDAY_NOT_WEEKEND', { date: day.date });
  if (problem) {
    const path = problem === 'not_a_date' ? 'date' : problem === 'unknown_kind' ? 'kind' : 'name';
    throw new AppError('VALIDATION_FAILED', {
      issues: [{ path, problem, message: CALENDAR_DAY_PROBLEM_LABELS[problem][ctx.lang] }],
    });
  }
}

const assertDate = (date: string) => {
  if (!isCalendarDate(date)) throw new AppError('NOT_FOUND', { entity: 'calendar_day', date });
};

/** The office adds a day (a year the package does not cover, or one it lacks); audited. */
export async function addCalendarDay(database: Database, ctx: RequestContext, input: CalendarDayInput) {
  const actor = requireActor(ctx);
  calendarPolicy.assert(actor, 'calendar.edit');
  await ensureWorkingCalendarSeeded(database.db);
  const day = { ...input, name: input.name.trim() };
  assertDay(ctx, day);
  const added = await database.db.transaction(async (tx) => {
    if (!(await insertCalendarDay(tx, { ...day, userId: actor.userId }))) {
      const existing = await findCalendarDay(tx, day.date);
      throw new AppError('CALENDAR_DAY_EXISTS', { date: day.date, existing: existing && presentDay(existing) });
    }
    await recordAudit(tx, ctx, { action: 'calendar.add', entityType: 'calendar_day', entityId: day.date, after: day });
    return presentDay((await findCalendarDay(tx, day.date))!);
  });
  forgetWorkingCalendar(database.db);
  return added;
}

/** The office changes a day's kind or name; the day becomes the office's, never reseeded. */
export async function changeCalendarDay(
  database: Database,
  ctx: RequestContext,
  date: string,
  input: Omit<CalendarDayInput, 'date'>,
) {
  const actor = requireActor(ctx);
  calendarPolicy.assert(actor, 'calendar.edit');
  await ensureWorkingCalendarSeeded(database.db);
  assertDate(date);
  const day = { date, kind: input.kind, name: input.name.trim() };
  assertDay(ctx, day);
  const changed = await database.db.transaction(async (tx) => {
    const before = await findCalendarDay(tx, date);
    if (!before) throw new AppError('NOT_FOUND', { entity: 'calendar_day', date });
    await updateCalendarDay(tx, { ...day, userId: actor.userId });
    await recordAudit(tx, ctx, {
      action: 'calendar.change',
      entityType: 'calendar_day',
      entityId: date,
      before: { kind: before.kind, name: before.name, source: before.source },
      after: { kind: day.kind, name: day.name, source: 'office' },
    });
    return presentDay((await findCalendarDay(tx, date))!);
  });
  forgetWorkingCalendar(database.db);
  return changed;
}

/** The office removes a day: it is Monday to Friday again. A removed seeded day stays removed. */
export async function removeCalendarDay(database: Database, ctx: RequestContext, date: string) {
  calendarPolicy.assert(requireActor(ctx), 'calendar.edit');
  await ensureWorkingCalendarSeeded(database.db);
  assertDate(date);
  await database.db.transaction(async (tx) => {
    const before = await findCalendarDay(tx, date);
    if (!before) throw new AppError('NOT_FOUND', { entity: 'calendar_day', date });
    await deleteCalendarDay(tx, date);
    await recordAudit(tx, ctx, {
      action: 'calendar.remove',
      entityType: 'calendar_day',
      entityId: date,
      before: { kind: before.kind, name: before.name, source: before.source },
    });
  });
  forgetWorkingCalendar(database.db);
}
