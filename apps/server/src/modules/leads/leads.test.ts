import { MONDAY_TO_FRIDAY, shanghaiDate, type UnitKind } from '@zhaoshang/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  actorCtx,
  buildUnit,
  buildUser,
  call,
  createTestEnv,
  login,
  systemCtx,
  type TestEnv,
  uniq,
} from '../../../test/factories.ts';
import { readTable } from '../../spreadsheet/read-table.ts';
import { loadWorkingCalendar } from '../calendar/calendar.service.ts';
import { createCompany } from '../companies/companies.service.ts';
import { advanceLead, listLeads, reportLead, responseClock, setResponseRule } from './leads.service.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

async function clerk(role: 'unit_staff' | 'office' = 'unit_staff', kind: UnitKind = 'county') {
  const unit = await buildUnit(env.database, { kind });
  const user = await buildUser(env.database, { role, unitId: unit.id });
  return { unit, user, ctx: actorCtx(user, kind) };
}
const company = () => createCompany(env.database, systemCtx, { name: `${uniq('澜江线索企业')}有限公司` });
const today = shanghaiDate();

describe('response clock', () => {
  const rule = { acknowledgeDays: 1, assessDays: 3, feedbackDays: 7 };
  it('counts working days from the report and lists the steps overdue', () => {
    const lead = {
      reported_on: '2021-09-03',
      status: 'new',
      acknowledged_on: null,
      assessed_on: null,
      feedback_on: null,
    };
    expect(responseClock(lead, rule, '2021-09-06', MONDAY_TO_FRIDAY)).toEqual({
      acknowledgeBy: '2021-09-06',
      assessBy: '2021-09-08',
      feedbackBy: '2021-09-14',
      overdue: [],
    });
    expect(responseClock(lead, rule, '2021-09-07', MONDAY_TO_FRIDAY).overdue).toEqual(['acknowledge']);
    expect(
      responseClock({ ...lead, acknowledged_on: '2021-09-06' }, rule, '2021-09-09', MONDAY_TO_FRIDAY).overdue,
    ).toEqual(['assess']);
    expect(responseClock(lead, rule, '2021-09-15', MONDAY_TO_FRIDAY).overdue).toEqual([
      'acknowledge',
      'assess',
      'feedback',
    ]);
    expect(responseClock({ ...lead, status: 'dropped' }, rule, '2021-09-15', MONDAY_TO_FRIDAY).overdue).toEqual([]);
  });
});

describe('leads', () => {
  it('a bureau reports a lead for a county; the county acknowledges and assesses; contents follow the sharing rule', async () => {
    const bureau = await clerk('unit_staff', 'resident_bureau');
    const county = await clerk();
    const stranger = await clerk();
    const c = await company();
    const { id } = await reportLead(env.database, bureau.ctx, {
      companyId: c.id,
      handlingUnitId: county.unit.id,
      chain: '新能源汽车',
      estimatedAmountWan: '50000.5',
      source: 'event',
      contact: '张经理 138…',
      notes: '绿洽会上接洽',
    });
    const seenBy = async (who: { ctx: ReturnType<typeof actorCtx> }) =>
      (await listLeads(env.database, who.ctx, { companyId: c.id }, 1, 20)).items[0]!;
    const forCounty = await seenBy(county);
    const calendar = await loadWorkingCalendar(env.database.db);
    expect(forCounty).toMatchObject({
      id,
      handlingUnit: { id: county.unit.id },
      status: 'new',
      estimatedAmountWan: '50000.5000',
      contact: '张经理 138…',
      contentsVisible: true,
      clock: {
        acknowledgeBy: calendar.addWorkingDays(today, 1),
        assessBy: calendar.addWorkingDays(today, 3),
        feedbackBy: calendar.addWorkingDays(today, 7),
        overdue: [],
      },
    });
    expect(await seenBy(stranger)).toMatchObject({
      chain: '新能源汽车',
      estimatedAmountWan: null,
      contact: null,
      notes: null,
      contentsVisible: false,
    });
    const ack = await advanceLead(env.database, county.ctx, id, { version: 1, step: 'acknowledge' });
    expect(ack).toEqual({ id, status: 'following' });
    await expect(advanceLead(env.database, county.ctx, id, { version: 1, step: 'assess' })).rejects.toMatchObject({
      code: 'CONFLICT_VERSION',
    });
    await expect(advanceLead(env.database, stranger.ctx, id, { version: 2, step: 'assess' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(advanceLead(env.database, county.ctx, id, { version: 2, drop: ' ' })).rejects.toMatchObject({
      details: { issues: [{ path: 'drop', message: { code: 'lead.dropReason' } }] },
    });
    expect(await advanceLead(env.database, county.ctx, id, { version: 2, drop: '企业已落户外省' })).toEqual({
      id,
      status: 'dropped',
    });
  });

  it('the same unit reporting the same company on the same day is one lead', async () => {
    const a = await clerk();
    const c = await company();
    await reportLead(env.database, a.ctx, { companyId: c.id, source: 'visit' });
    await expect(reportLead(env.database, a.ctx, { companyId: c.id, source: 'visit' })).rejects.toMatchObject({
      code: 'DUPLICATE',
      message: `本单位已于 ${today} 报送过“${c.name}”的线索`,
    });
  });

  it('an old unanswered lead is overdue and listed; the office can change the deadlines', async () => {
    const a = await clerk();
    const office = await clerk('office', 'office');
    const c = await company();
    const longAgo = '2021-08-02';
    await reportLead(env.database, a.ctx, { companyId: c.id, source: 'research', reportedOn: longAgo });
    const overdue = await listLeads(env.database, a.ctx, { unitId: a.unit.id, overdueOnly: true }, 1, 20);
    expect(overdue.total).toBe(1);
    expect(overdue.items[0]!.clock).toEqual({
      acknowledgeBy: '2021-08-03',
      assessBy: '2021-08-05',
      feedbackBy: '2021-08-11',
      overdue: ['acknowledge', 'assess', 'feedback'],
    });
    await expect(
      setResponseRule(env.database, office.ctx, 'county', { acknowledgeDays: 3, assessDays: 2, feedbackDays: 7 }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await setResponseRule(env.database, office.ctx, 'county', { acknowledgeDays: 2, assessDays: 5, feedbackDays: 10 });
    const after = await listLeads(env.database, a.ctx, { unitId: a.unit.id }, 1, 20);
    expect(after.items[0]!.clock.acknowledgeBy).toBe('2021-08-04');
    await expect(
      setResponseRule(env.database, a.ctx, 'county', { acknowledgeDays: 1, assessDays: 3, feedbackDays: 7 }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  // The seeded calendar (chinese-days 1.5.7): 春节 2025 off 01-28..02-04, Sunday 01-26 and
  // Saturday 02-08 worked; 国庆 2025 off 10-01..10-08, Sunday 09-28 and Saturday 10-11 worked.
  // Function zones keep the default deadlines (1, 3 and 7 working days) in this file.
  it.each([
    ['the Friday before 春节 2025', '2025-01-24', '2025-01-26', '2025-02-05', '2025-02-10'],
    ['the Monday of 春节 week 2025', '2025-01-27', '2025-02-05', '2025-02-07', '2025-02-12'],
    ['the Friday before 国庆 2025', '2025-09-26', '2025-09-28', '2025-09-30', '2025-10-13'],
    ['the last day before 国庆 2025', '2025-09-30', '2025-10-09', '2025-10-11', '2025-10-16'],
    ['a day inside 国庆 2025', '2025-10-03', '2025-10-09', '2025-10-11', '2025-10-16'],
  ])('a lead received on %s (%s) is due %s, %s and %s', async (_, reportedOn, ack, assess, feedback) => {
    const zone = await clerk('unit_staff', 'function_zone');
    const c = await company();
    await reportLead(env.database, zone.ctx, { companyId: c.id, source: 'visit', reportedOn });
    const { items } = await listLeads(env.database, zone.ctx, { companyId: c.id }, 1, 20);
    expect(items[0]!.clock).toEqual({
      acknowledgeBy: ack,
      assessBy: assess,
      feedbackBy: feedback,
      overdue: ['acknowledge', 'assess', 'feedback'],
    });
  });

  it('the overdue list judges by the calendar: acknowledged on the make-up Sunday, a 春节 lead is on time', async () => {
    const zone = await clerk('unit_staff', 'function_zone');
    const c = await company();
    const { id } = await reportLead(env.database, zone.ctx, {
      companyId: c.id,
      source: 'visit',
      reportedOn: '2025-01-24',
    });
    const overdueSteps = async () =>
      (await listLeads(env.database, zone.ctx, { unitId: zone.unit.id, overdueOnly: true }, 1, 20)).items.map(
        (l) => l.clock.overdue,
      );
    expect(await overdueSteps()).toEqual([['acknowledge', 'assess', 'feedback']]);
    for (const step of ['acknowledge', 'assess', 'feedback'] as const) {
      const { items } = await listLeads(env.database, zone.ctx, { companyId: c.id }, 1, 1);
      await advanceLead(env.database, zone.ctx, id, { version: items[0]!.version, step });
    }
    expect(await overdueSteps()).toEqual([]);
  });

  it('over HTTP: amounts like "1,234.5万" or "-3" and future dates are refused with the reason', async () => {
    const user = await buildUser(env.database, { role: 'unit_staff' });
    const s = await login(env.app, user.username);
    const c = await company();
    const post = (body: object) =>
      call(env.app, s, 'POST', '/api/v1/leads', { companyId: c.id, source: 'visit', ...body });
    for (const amount of ['1,234.5万', '-3', '1.23456']) {
      const res = await post({ estimatedAmountWan: amount });
      expect(res.statusCode).toBe(400);
      expect(res.json().details.issues).toEqual([
        { path: 'estimatedAmountWan', message: '金额应为不带单位的数字（万元），最多四位小数' },
      ]);
    }
    expect((await post({ reportedOn: '2021-02-30' })).json().details.issues).toEqual([
      { path: 'reportedOn', message: '报送日期不是有效日期' },
    ]);
    expect((await post({ reportedOn: '2099-01-01' })).json().details.issues).toEqual([
      { path: 'reportedOn', message: '报送日期不能晚于今天' },
    ]);
    const ok = await post({ estimatedAmountWan: '1234.5' });
    expect(ok.statusCode).toBe(201);
    const list = await call(env.app, s, 'GET', `/api/v1/leads?companyId=${c.id}`);
    expect(list.json().items[0]).toMatchObject({ estimatedAmountWan: '1234.5000', source: 'visit', status: 'new' });
  });
});

describe('lead export', () => {
  it('exports what the asker may see: another unit gets the lead without its contact, notes and amount', async () => {
    const reporter = await buildUser(env.database, { role: 'unit_staff' });
    const other = await buildUser(env.database, { role: 'unit_staff' });
    const c = await company();
    await reportLead(env.database, actorCtx(reporter), {
      companyId: c.id,
      source: 'referral',
      estimatedAmountWan: '800',
      notes: '内部评估：意向强',
      chain: '高端装备',
    });
    const rowsFor = async (user: typeof reporter) => {
      const s = await login(env.app, user.username);
      const res = await call(env.app, s, 'GET', '/api/v1/exports/leads');
      expect(res.statusCode).toBe(200);
      const table = await readTable(res.rawPayload, 'leads.xlsx');
      return table.rows.map((r) => r.cells).filter((r) => r['企业名称'] === c.name);
    };
    expect(await rowsFor(reporter)).toEqual([
      expect.objectContaining({
        企业名称: c.name,
        产业链: '高端装备',
        '预计投资(万元)': '800.0000',
        线索来源: '推介',
        说明: '内部评估：意向强',
        状态: '新报送',
      }),
    ]);
    expect(await rowsFor(other)).toEqual([
      expect.objectContaining({ 企业名称: c.name, 产业链: '高端装备', '预计投资(万元)': '', 说明: '' }),
    ]);
  });
});
