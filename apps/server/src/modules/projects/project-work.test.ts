import { addMonths, shanghaiDate } from '@zhaoshang/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildUnit,
  buildUser,
  call,
  createTestEnv,
  login,
  type Session,
  systemCtx,
  type TestEnv,
  uniq,
} from '../../../test/factories.ts';
import { queryRows } from '../../db/client.ts';
import { runDailyProjectChecks } from './project-work.service.ts';

let env: TestEnv;
let office: Session;
beforeAll(async () => {
  env = await createTestEnv();
  const unit = await buildUnit(env.database, { kind: 'office', name: uniq('领导小组办公室') });
  const user = await buildUser(env.database, { role: 'office', unitId: unit.id });
  office = await login(env.app, user.username);
});
afterAll(() => env.close());

const today = shanghaiDate();
const plusDays = (n: number, from = today) => new Date(Date.parse(from) + n * 86_400_000).toISOString().slice(0, 10);

async function county() {
  const unit = await buildUnit(env.database, { kind: 'county', name: uniq('测试县') });
  const user = await buildUser(env.database, { unitId: unit.id });
  return { unit, user, session: await login(env.app, user.username) };
}

async function project(session: Session, hostUnitId: number, over: Record<string, unknown> = {}) {
  const res = await call(env.app, session, 'POST', '/api/v1/projects', {
    name: uniq('项目'),
    companyId: null,
    hostUnitId,
    sourceUnitIds: [hostUnitId],
    chain: '装备制造',
    fitsPositioning: true,
    agreedWan: '150000',
    stages: { signed: plusDays(-200) },
    ...over,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as number;
}

describe('major projects', () => {
  it('the board judges each plan: overdue, at risk within 30 days, on track, no plan', async () => {
    const a = await county();
    const overdue = await project(a.session, a.unit.id);
    const atRisk = await project(a.session, a.unit.id);
    const onTrack = await project(a.session, a.unit.id);
    const noPlan = await project(a.session, a.unit.id);
    await project(a.session, a.unit.id, { agreedWan: '99999.9999' }); // below 10亿元: not on the board
    const plan = (id: number, p: { stage: string; plannedOn: string }[]) =>
      call(env.app, a.session, 'PUT', `/api/v1/projects/${id}/milestones`, { plan: p });
    expect(
      (
        await plan(overdue, [
          { stage: 'contracted', plannedOn: plusDays(-3) },
          { stage: 'started', plannedOn: plusDays(60) },
        ])
      ).statusCode,
    ).toBe(204);
    expect((await plan(atRisk, [{ stage: 'registered', plannedOn: plusDays(20) }])).statusCode).toBe(204);
    expect(
      (
        await plan(onTrack, [
          { stage: 'signed', plannedOn: plusDays(-210) },
          { stage: 'started', plannedOn: plusDays(90) },
        ])
      ).statusCode,
    ).toBe(204);
    const disordered = await plan(noPlan, [
      { stage: 'started', plannedOn: plusDays(10) },
      { stage: 'ready', plannedOn: plusDays(40) },
    ]);
    expect(disordered.statusCode).toBe(400);
    expect(disordered.json().message).toBe(`开工的计划日期 ${plusDays(10)} 早于达到开工条件的计划日期 ${plusDays(40)}`);
    const board = (await call(env.app, a.session, 'GET', `/api/v1/major-projects?unitId=${a.unit.id}`)).json();
    expect(board.counts).toEqual({ overdue: 1, at_risk: 1, on_track: 1, no_plan: 1 });
    expect(board.items.map((i: { id: number; track: string }) => [i.id, i.track])).toEqual([
      [overdue, 'overdue'],
      [atRisk, 'at_risk'],
      [noPlan, 'no_plan'],
      [onTrack, 'on_track'],
    ]);
    expect(board.items[0]).toMatchObject({
      overdueStages: ['contracted'],
      nextStage: 'contracted',
      nextPlannedOn: plusDays(-3),
    });
  });

  it('the daily checks remind a week ahead, announce a slip, escalate overdue blockers — once, however many processes run them', async () => {
    const a = await county();
    const id = await project(a.session, a.unit.id);
    await call(env.app, a.session, 'PUT', `/api/v1/projects/${id}/milestones`, {
      plan: [{ stage: 'contracted', plannedOn: plusDays(5, '2031-01-01') }],
    });
    const day = '2031-01-01';
    const [first, second] = await Promise.all([
      runDailyProjectChecks(env.database, systemCtx, day),
      runDailyProjectChecks(env.database, systemCtx, day),
    ]);
    const ran = [first, second].filter(Boolean);
    expect(ran).toHaveLength(1);
    expect(ran[0]!.reminders).toBeGreaterThanOrEqual(1);
    const notes = await queryRows<{ title: string }>(
      env.database.db,
      sql`select title from notifications where user_id = ${a.user.id} and kind = 'milestone.due'`,
    );
    expect(notes.map((n) => n.title)).toEqual([`重大项目“${await name(id)}”计划于 2031-01-06 合同，还有 5 天`]);
    const slip = await runDailyProjectChecks(env.database, systemCtx, '2031-01-07');
    expect(slip!.slipped).toBeGreaterThanOrEqual(1);
    expect(await runDailyProjectChecks(env.database, systemCtx, '2031-01-07')).toBeNull();
    const slipped = await queryRows<{ title: string }>(
      env.database.db,
      sql`select title from notifications where user_id = ${a.user.id} and kind = 'milestone.slipped'`,
    );
    expect(slipped.map((n) => n.title)).toEqual([`重大项目“${await name(id)}”未按计划于 2031-01-06 合同，已逾期`]);
  });
});

const name = async (id: number) =>
  (await queryRows<{ name: string }>(env.database.db, sql`select name from projects where id = ${id}`))[0]!.name;

describe('look-back reviews', () => {
  it('selects idle signed projects, each unit answers its own, lost leaves the pipeline, the office closes it', async () => {
    const a = await county();
    const b = await county();
    const idle = await project(a.session, a.unit.id);
    const idleB = await project(b.session, b.unit.id);
    await env.database.db.execute(
      sql`update projects set stage_changed_on = ${addMonths(today, -7)}::date where id = any(${sql.param([idle, idleB])}::int[])`,
    );
    const launched = await call(env.app, office, 'POST', '/api/v1/reviews', {
      title: '2026年第四季度回头看',
      criteria: { stages: ['intent', 'signed'], idleMonths: 6 },
      dueOn: plusDays(14),
    });
    expect(launched.statusCode, launched.body).toBe(201);
    const reviewId = launched.json().id;
    const view = (await call(env.app, a.session, 'GET', `/api/v1/reviews/${reviewId}`)).json();
    expect(view.items.map((i: { projectId: number }) => i.projectId)).toEqual([idle]);
    const outside = await call(env.app, a.session, 'PUT', `/api/v1/reviews/${reviewId}/items/${idleB}`, {
      answer: 'alive',
      progress: '正常推进',
    });
    expect(outside.statusCode).toBe(403);
    expect(outside.json().message).toBe(`该项目由“${b.unit.name}”回复，本单位不能代为回复`);
    const lost = await call(env.app, a.session, 'PUT', `/api/v1/reviews/${reviewId}/items/${idle}`, {
      answer: 'lost',
      progress: '投资方转投外省',
      problems: '土地指标未落实',
    });
    expect(lost.statusCode).toBe(204);
    const [p] = await queryRows<{ status: string; status_reason: string; signed_on: string }>(
      env.database.db,
      sql`select status, status_reason, signed_on::text from projects where id = ${idle}`,
    );
    expect(p).toEqual({
      status: 'terminated',
      status_reason: '回头看“2026年第四季度回头看”：项目已流失。土地指标未落实',
      signed_on: plusDays(-200),
    });
    const officeView = (await call(env.app, office, 'GET', `/api/v1/reviews/${reviewId}`)).json();
    const mine = officeView.units.find((u: { unit: { id: number } }) => u.unit.id === a.unit.id);
    expect(mine).toEqual({
      unit: { id: a.unit.id, name: a.unit.name },
      total: 1,
      answered: 1,
      alive: 0,
      stalled: 0,
      lost: 1,
    });
    const undo = await call(env.app, a.session, 'PUT', `/api/v1/reviews/${reviewId}/items/${idle}`, {
      answer: 'alive',
      progress: '又谈回来了',
    });
    expect(undo.json().message).toBe('该项目已回复为流失并已终止；如项目恢复，请在项目页面修改其状态');
    expect(
      (await call(env.app, a.session, 'GET', '/api/v1/reviews'))
        .json()
        .items.find((c: { id: number }) => c.id === reviewId),
    ).toMatchObject({ total: 1, answered: 1 });
    expect((await call(env.app, office, 'POST', `/api/v1/reviews/${reviewId}/close`)).statusCode).toBe(204);
    const late = await call(env.app, b.session, 'PUT', `/api/v1/reviews/${reviewId}/items/${idleB}`, {
      answer: 'alive',
      progress: '正常推进',
    });
    expect(late.json().message).toBe('该回头看已结束，不能再回复');
  });
});

describe('blockers and joint meetings', () => {
  it('a blocker goes to the responsible department, onto the meeting agenda, gets a decision and is resolved', async () => {
    const a = await county();
    const dept = await buildUnit(env.database, { kind: 'department', name: uniq('自然资源局') });
    const deptUser = await buildUser(env.database, { unitId: dept.id, role: 'unit_manager' });
    const deptSession = await login(env.app, deptUser.username);
    const id = await project(a.session, a.unit.id);
    const raised = await call(env.app, a.session, 'POST', `/api/v1/projects/${id}/blockers`, {
      category: 'land',
      description: '用地指标未落实，影响开工',
      responsibleUnitId: dept.id,
      dueOn: plusDays(10),
    });
    expect(raised.statusCode).toBe(201);
    const blockerId = raised.json().id;
    // The department sees the project it must act on.
    expect((await call(env.app, deptSession, 'GET', `/api/v1/projects/${id}`)).statusCode).toBe(200);
    const meeting = await call(env.app, office, 'POST', '/api/v1/meetings', {
      title: '第12次联席会议',
      heldOn: today,
      blockerIds: [blockerId],
    });
    expect(meeting.statusCode).toBe(201);
    const meetingId = meeting.json().id;
    const decided = await call(env.app, office, 'PUT', `/api/v1/meetings/${meetingId}/items/${blockerId}`, {
      decision: '自然资源局牵头，两周内完成指标调剂',
      dueOn: plusDays(14),
    });
    expect(decided.statusCode).toBe(204);
    const m = (await call(env.app, office, 'GET', `/api/v1/meetings/${meetingId}`)).json();
    expect(m.items).toMatchObject([
      {
        decision: '自然资源局牵头，两周内完成指标调剂',
        blocker: { id: blockerId, dueOn: plusDays(14), status: 'open' },
      },
    ]);
    const wrongUnit = await call(env.app, a.session, 'POST', `/api/v1/blockers/${blockerId}/resolve`, {
      version: 2,
      resolution: '已解决',
    });
    expect(wrongUnit.statusCode).toBe(403);
    expect(wrongUnit.json().message).toBe(`该问题由“${dept.name}”办理，只有责任单位或领导小组办公室可以办结`);
    const stale = await call(env.app, deptSession, 'POST', `/api/v1/blockers/${blockerId}/resolve`, {
      version: 1,
      resolution: '已调剂',
    });
    expect(stale.statusCode).toBe(409);
    expect(
      (
        await call(env.app, deptSession, 'POST', `/api/v1/blockers/${blockerId}/resolve`, {
          version: 2,
          resolution: '已调剂 120 亩用地指标',
        })
      ).statusCode,
    ).toBe(204);
    const open = (await call(env.app, office, 'GET', '/api/v1/blockers?status=open')).json();
    expect(open.items.map((b: { id: number }) => b.id)).not.toContain(blockerId);
    const history = (await call(env.app, a.session, 'GET', `/api/v1/projects/${id}`))
      .json()
      .history.map((h: { kind: string }) => h.kind);
    expect(history).toEqual(['blocker', 'blocker', 'blocker', 'created']);
    // Another county sees neither the meeting nor its agenda; a closed meeting takes no more decisions.
    const other = await county();
    expect(
      (await call(env.app, other.session, 'GET', '/api/v1/meetings')).json().items.map((x: { id: number }) => x.id),
    ).not.toContain(meetingId);
    expect((await call(env.app, other.session, 'GET', `/api/v1/meetings/${meetingId}`)).statusCode).toBe(404);
    expect(
      (await call(env.app, deptSession, 'GET', '/api/v1/meetings')).json().items.map((x: { id: number }) => x.id),
    ).toContain(meetingId);
    expect((await call(env.app, office, 'POST', `/api/v1/meetings/${meetingId}/close`)).statusCode).toBe(204);
    const late = await call(env.app, office, 'PUT', `/api/v1/meetings/${meetingId}/items/${blockerId}`, {
      decision: '补充决定',
    });
    expect(late.json().message).toBe('会议已结束，不能再记录决定');
    expect((await call(env.app, office, 'POST', `/api/v1/meetings/${meetingId}/close`)).json().message).toBe(
      '会议已经结束',
    );
  });

  it('an overdue blocker escalates to the office once', async () => {
    const a = await county();
    const id = await project(a.session, a.unit.id);
    const raised = await call(env.app, a.session, 'POST', `/api/v1/projects/${id}/blockers`, {
      category: 'power',
      description: '电力增容未批复',
      responsibleUnitId: a.unit.id,
      dueOn: plusDays(1),
    });
    const result = await runDailyProjectChecks(env.database, systemCtx, '2032-06-01');
    expect(result!.escalated).toBeGreaterThanOrEqual(1);
    const escalated = (await call(env.app, office, 'GET', '/api/v1/blockers?escalated=true')).json();
    expect(escalated.items.find((b: { id: number }) => b.id === raised.json().id)).toMatchObject({
      escalated: true,
      overdue: false,
    });
    const past = await call(env.app, a.session, 'POST', `/api/v1/projects/${id}/blockers`, {
      category: 'power',
      description: 'x',
      responsibleUnitId: a.unit.id,
      dueOn: plusDays(-1),
    });
    expect(past.json().message).toBe('办结期限不能早于今天');
  });
});
