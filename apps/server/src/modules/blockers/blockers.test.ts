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
import { buildCounty, plusDays, recordProject, today } from '../../../test/project-work.ts';
import { runDailyProjectChecks } from '../jobs/jobs.service.ts';

let env: TestEnv;
let office: Session;
beforeAll(async () => {
  env = await createTestEnv();
  const unit = await buildUnit(env.database, { kind: 'office', name: uniq('领导小组办公室') });
  const user = await buildUser(env.database, { role: 'office', unitId: unit.id });
  office = await login(env.app, user.username);
});
afterAll(() => env.close());

const county = () => buildCounty(env);
const project = (session: Session, hostUnitId: number, over: Record<string, unknown> = {}) =>
  recordProject(env, session, hostUnitId, over);

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
    // Another unit's blocker answers as one that does not exist: no existence leak.
    expect([wrongUnit.statusCode, wrongUnit.json()]).toEqual([
      404,
      { code: 'NOT_FOUND', message: '找不到要访问的内容' },
    ]);
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
