import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorCtx, buildUser, call, createTestEnv, loginAs, type TestEnv } from '../../../test/factories.ts';
import { queryRows } from '../../db/client.ts';
import { readTable } from '../../spreadsheet/read-table.ts';
import { responseClock } from '../leads/leads.service.ts';
import { addCalendarDay, loadWorkingCalendar, removeCalendarDay } from './calendar.service.ts';
import { importCalendarDays } from './calendar-import.ts';
import { seedWorkingCalendar } from './calendar-seed.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

const office = async () => {
  const user = await buildUser(env.database, { role: 'office' });
  return actorCtx(user, 'office');
};
const auditOf = (action: string, entityId: string) =>
  queryRows<{ before: unknown; after: unknown }>(
    env.database.db,
    sql`select before, after from audit_log where action = ${action} and entity_id = ${entityId} order by id`,
  );

describe('the seeded calendar', () => {
  it('holds 2025 as chinese-days 1.5.7 publishes it: 28 days off and 5 make-up working days', async () => {
    const { session } = await loginAs(env, 'unit_staff');
    const res = await call(env.app, session, 'GET', '/api/v1/calendar/2025');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.seededFrom).toBe('chinese-days@1.5.7');
    expect(body.days).toHaveLength(33);
    const pick = (kind: string, name: string) =>
      body.days
        .filter((d: { kind: string; name: string }) => d.kind === kind && d.name === name)
        .map((d: { date: string }) => d.date);
    expect(pick('workday', '春节')).toEqual(['2025-01-26', '2025-02-08']);
    expect(pick('holiday', '春节')).toEqual([
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-02-02',
      '2025-02-03',
      '2025-02-04',
    ]);
    expect(pick('workday', '国庆节')).toEqual(['2025-09-28', '2025-10-11']);
    expect(body.days.find((d: { date: string }) => d.date === '2025-10-06')).toMatchObject({
      kind: 'holiday',
      name: '中秋',
      source: 'seed',
    });
  });

  it('a year the package does not cover is empty: Monday to Friday plus what the office enters', async () => {
    const { session } = await loginAs(env, 'office');
    const res = await call(env.app, session, 'GET', '/api/v1/calendar/2027');
    expect(res.json()).toEqual({ year: 2027, seededFrom: null, days: [] });
    const lead = {
      reported_on: '2026-12-31',
      status: 'new',
      acknowledged_on: null,
      assessed_on: null,
      feedback_on: null,
    };
    const rule = { acknowledgeDays: 1, assessDays: 3, feedbackDays: 7 };
    // 2026-12-31 is a Thursday; 2027-01-01 a Friday.
    expect(responseClock(lead, rule, '2026-12-31', await loadWorkingCalendar(env.database.db))).toEqual({
      acknowledgeBy: '2027-01-01',
      assessBy: '2027-01-05',
      feedbackBy: '2027-01-11',
      overdue: [],
    });
    const ctx = await office();
    await addCalendarDay(env.database, ctx, { date: '2027-01-01', kind: 'holiday', name: '元旦' });
    await addCalendarDay(env.database, ctx, { date: '2027-01-09', kind: 'workday', name: '元旦' });
    expect(responseClock(lead, rule, '2026-12-31', await loadWorkingCalendar(env.database.db))).toEqual({
      acknowledgeBy: '2027-01-04',
      assessBy: '2027-01-06',
      feedbackBy: '2027-01-11',
      overdue: [],
    });
  });

  it('seeds each year once and never over the office: a changed day stays, a removed one stays removed', async () => {
    const ctx = await office();
    expect((await call(env.app, null, 'GET', '/api/v1/calendar/2024')).statusCode).toBe(401);
    await removeCalendarDay(env.database, ctx, '2024-10-07');
    const { session } = await loginAs(env, 'office');
    expect(
      (
        await call(env.app, session, 'PUT', '/api/v1/calendar/days/2024-10-06', {
          kind: 'holiday',
          name: '国庆节（调整）',
        })
      ).statusCode,
    ).toBe(200);
    expect(await seedWorkingCalendar(env.database.db)).toEqual([]);
    const days2024 = async () =>
      (await call(env.app, session, 'GET', '/api/v1/calendar/2024')).json().days as {
        date: string;
        name: string;
        source: string;
      }[];
    expect((await days2024()).filter((d) => d.date >= '2024-10-05' && d.date <= '2024-10-08')).toEqual([
      expect.objectContaining({ date: '2024-10-05', name: '国庆节', source: 'seed' }),
      expect.objectContaining({ date: '2024-10-06', name: '国庆节（调整）', source: 'office' }),
    ]);
    // A year whose record is gone (as for a year a newer package adds) is seeded around the office's rows.
    await env.database.db.execute(sql`delete from calendar_seeded_years where year = 2024`);
    expect(await seedWorkingCalendar(env.database.db)).toEqual([2024]);
    expect((await days2024()).filter((d) => d.date >= '2024-10-05' && d.date <= '2024-10-08')).toEqual([
      expect.objectContaining({ date: '2024-10-05', source: 'seed' }),
      expect.objectContaining({ date: '2024-10-06', name: '国庆节（调整）', source: 'office' }),
      expect.objectContaining({ date: '2024-10-07', name: '国庆节', source: 'seed' }),
    ]);
  });
});

describe('the office keeps the calendar', () => {
  it('adds, changes and removes a day, each audited; a date twice is refused in the clerk language', async () => {
    const { session } = await loginAs(env, 'office');
    const add = await call(env.app, session, 'POST', '/api/v1/calendar/days', {
      date: '2028-01-29',
      kind: 'workday',
      name: '春节',
    });
    expect(add.statusCode).toBe(201);
    expect(add.json()).toMatchObject({ date: '2028-01-29', kind: 'workday', name: '春节', source: 'office' });
    expect(await auditOf('calendar.add', '2028-01-29')).toEqual([
      { before: null, after: { date: '2028-01-29', kind: 'workday', name: '春节' } },
    ]);
    const twice = await call(env.app, session, 'POST', '/api/v1/calendar/days', {
      date: '2028-01-29',
      kind: 'holiday',
      name: '春节',
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({
      code: 'CALENDAR_DAY_EXISTS',
      message: '该日期已在工作日历中，请修改或删除原有的一天',
      details: { date: '2028-01-29', existing: { kind: 'workday', name: '春节' } },
    });
    const inEnglish = await env.app.inject({
      method: 'POST',
      url: '/api/v1/calendar/days',
      payload: { date: '2028-01-29', kind: 'holiday', name: '春节' },
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'accept-language': 'en' },
    });
    expect(inEnglish.json().message).toBe(
      'This date is already in the working calendar; change or remove that day instead',
    );
    const change = await call(env.app, session, 'PUT', '/api/v1/calendar/days/2028-01-29', {
      kind: 'holiday',
      name: '春节',
    });
    expect(change.json()).toMatchObject({ date: '2028-01-29', kind: 'holiday', source: 'office' });
    expect(await auditOf('calendar.change', '2028-01-29')).toEqual([
      {
        before: { kind: 'workday', name: '春节', source: 'office' },
        after: { kind: 'holiday', name: '春节', source: 'office' },
      },
    ]);
    expect((await call(env.app, session, 'DELETE', '/api/v1/calendar/days/2028-01-29')).statusCode).toBe(204);
    expect(await auditOf('calendar.remove', '2028-01-29')).toHaveLength(1);
    const again = await call(env.app, session, 'DELETE', '/api/v1/calendar/days/2028-01-29');
    expect(again.statusCode).toBe(404);
    expect(again.json().code).toBe('NOT_FOUND');
  });

  it('refuses a make-up working day on a weekday, an unknown kind, a bad date and a blank name; allows a weekend holiday', async () => {
    const { session } = await loginAs(env, 'admin');
    const post = (payload: unknown) => call(env.app, session, 'POST', '/api/v1/calendar/days', payload);
    const monday = await post({ date: '2028-10-09', kind: 'workday', name: '国庆节' });
    expect(monday.statusCode).toBe(400);
    expect(monday.json()).toEqual({
      code: 'CALENDAR_WORKDAY_NOT_WEEKEND',
      message: '调休上班日只能是周六或周日（周一至周五本来就上班）',
      details: { date: '2028-10-09' },
    });
    const kind = await post({ date: '2028-10-09', kind: 'vacation', name: '国庆节' });
    expect(kind.statusCode).toBe(400);
    expect(kind.json().code).toBe('VALIDATION_FAILED');
    expect(kind.json().details.issues.map((i: { path: string }) => i.path)).toEqual(['kind']);
    expect((await post({ date: '2028-02-30', kind: 'holiday', name: '春节' })).json().details).toEqual({
      issues: [{ path: 'date', problem: 'not_a_date', message: '日期应为有效日期（YYYY-MM-DD）' }],
    });
    expect((await post({ date: '2028-10-02', kind: 'holiday', name: ' ' })).json().details).toEqual({
      issues: [{ path: 'name', problem: 'name_missing', message: '请填写名称（如 春节、国庆节）' }],
    });
    const saturday = await post({ date: '2028-10-07', kind: 'holiday', name: '国庆节' });
    expect(saturday.statusCode).toBe(201);
    const { session: staff } = await loginAs(env, 'unit_staff');
    const forbidden = await call(env.app, staff, 'POST', '/api/v1/calendar/days', {
      date: '2028-10-03',
      kind: 'holiday',
      name: '国庆节',
    });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().code).toBe('FORBIDDEN');
  });
});

describe('a year from a file', () => {
  const csv = (text: string) => readTable(Buffer.from(text, 'utf8'), 'calendar.csv');

  it('lists every bad row and writes nothing; a clean file adds and changes, audited once', async () => {
    const ctx = await office();
    const bad = await importCalendarDays(
      env.database,
      ctx,
      await csv(
        '日期,类型,名称\n2029-02-12,放假,春节\n2029-02-05,调休上班,春节\n2029-02-12,放假,春节\n2029-13-01,放假,春节\n2029-02-17,休息,春节\n',
      ),
      { dryRun: false, fileName: 'calendar.csv' },
    );
    expect(bad.errors).toEqual([
      { row: 3, column: '类型', reason: '调休上班日只能是周六或周日（周一至周五本来就上班）' },
      { row: 4, column: '日期', reason: '2029-02-12 与第 2 行重复' },
      { row: 5, column: '日期', reason: '日期应为有效日期（YYYY-MM-DD）' },
      { row: 6, column: '类型', reason: '类型应为“放假”（holiday）或“调休上班”（workday）' },
    ]);
    const { session } = await loginAs(env, 'office');
    expect((await call(env.app, session, 'GET', '/api/v1/calendar/2029')).json().days).toEqual([]);
    const file = await csv('日期,类型,名称\n2029/2/12,放假,春节\n2029-02-13,放假,春节\n2029-02-10,调休上班,春节\n');
    expect(await importCalendarDays(env.database, ctx, file, { dryRun: true, fileName: 'calendar.csv' })).toMatchObject(
      {
        created: 3,
        updated: 0,
        errors: [],
      },
    );
    expect((await call(env.app, session, 'GET', '/api/v1/calendar/2029')).json().days).toEqual([]);
    expect(
      await importCalendarDays(env.database, ctx, file, { dryRun: false, fileName: 'calendar.csv' }),
    ).toMatchObject({
      rows: 3,
      created: 3,
      updated: 0,
      unchanged: 0,
    });
    const changed = await csv('date,kind,name\n2029-02-13,holiday,春节\n2029-02-10,holiday,春节\n');
    expect(await importCalendarDays(env.database, ctx, changed, { dryRun: false, fileName: 'c2.csv' })).toMatchObject({
      created: 0,
      updated: 1,
      unchanged: 1,
    });
    const days = (await call(env.app, session, 'GET', '/api/v1/calendar/2029')).json().days;
    expect(days.map((d: { date: string; kind: string }) => [d.date, d.kind])).toEqual([
      ['2029-02-10', 'holiday'],
      ['2029-02-12', 'holiday'],
      ['2029-02-13', 'holiday'],
    ]);
    const audits = await queryRows<{ after: { file: string; created: number } }>(
      env.database.db,
      sql`select after from audit_log where action = 'calendar.import' order by id`,
    );
    expect(audits.map((a) => [a.after.file, a.after.created])).toEqual([
      ['calendar.csv', 3],
      ['c2.csv', 0],
    ]);
  });
});
