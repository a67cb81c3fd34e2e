import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildUnit,
  buildUser,
  call,
  createTestEnv,
  login,
  type Session,
  type TestEnv,
  uniq,
} from '../../../test/factories.ts';
import { buildCounty, plusDays, recordProject } from '../../../test/project-work.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
  const unit = await buildUnit(env.database, { kind: 'office', name: uniq('领导小组办公室') });
  const user = await buildUser(env.database, { role: 'office', unitId: unit.id });
  // The office unit exists, as in every city: the daily run notifies it.
  await login(env.app, user.username);
});
afterAll(() => env.close());

const county = () => buildCounty(env);
const project = (session: Session, hostUnitId: number, over: Record<string, unknown> = {}) =>
  recordProject(env, session, hostUnitId, over);

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
});
