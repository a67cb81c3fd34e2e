import { sql } from 'drizzle-orm';
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
import { buildCounty, plusDays, projectName, recordProject } from '../../../test/project-work.ts';
import { queryRows } from '../../db/client.ts';

let env: TestEnv;
let office: Session;
let leader: Awaited<ReturnType<typeof buildUser>>;
let leaderSession: Session;
beforeAll(async () => {
  env = await createTestEnv();
  const unit = await buildUnit(env.database, { kind: 'office', name: uniq('领导小组办公室') });
  office = await login(env.app, (await buildUser(env.database, { role: 'office', unitId: unit.id })).username);
  leader = await buildUser(env.database, { role: 'leader', unitId: unit.id, displayName: uniq('张市长') });
  leaderSession = await login(env.app, leader.username);
});
afterAll(() => env.close());

const links = async () =>
  (await queryRows<{ n: number }>(env.database.db, sql`select count(*)::int as n from project_leaders`))[0]!.n;

describe('city leaders on major projects', () => {
  it('the office links a leader to a major project and an event; the leader’s page lists tracks, milestones and open blockers', async () => {
    const c = await buildCounty(env);
    const projectId = await recordProject(env, c.session, c.unit.id, { agreedWan: '150000' });
    const planned = await call(env.app, c.session, 'PUT', `/api/v1/projects/${projectId}/milestones`, {
      plan: [{ stage: 'started', plannedOn: plusDays(-10) }],
    });
    expect(planned.statusCode, planned.body).toBe(204);
    const blocker = await call(env.app, c.session, 'POST', `/api/v1/projects/${projectId}/blockers`, {
      category: 'power',
      description: '用电增容未批复',
      responsibleUnitId: c.unit.id,
      dueOn: plusDays(5),
    });
    const [event] = await queryRows<{ id: number }>(
      env.database.db,
      sql`insert into events (name, kind, level, starts_on, ends_on) values ('深圳投资环境说明会', 'briefing', 'city_major', ${plusDays(3)}::date, ${plusDays(4)}::date) returning id`,
    );

    const linked = await call(env.app, office, 'POST', `/api/v1/leaders/${leader.id}/projects`, {
      targetId: projectId,
    });
    expect(linked.statusCode, linked.body).toBe(204);
    expect(
      (await call(env.app, office, 'POST', `/api/v1/leaders/${leader.id}/events`, { targetId: event!.id })).statusCode,
    ).toBe(204);
    const twice = await call(env.app, office, 'POST', `/api/v1/leaders/${leader.id}/projects`, { targetId: projectId });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().message).toBe(`${leader.displayName} 已挂钩“${await projectName(env, projectId)}”`);

    const page = await call(env.app, leaderSession, 'GET', `/api/v1/leaders/${leader.id}`);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json()).toEqual({
      leader: { id: leader.id, name: leader.displayName },
      projects: [
        {
          id: projectId,
          name: await projectName(env, projectId),
          hostUnit: c.unit.name,
          agreedWan: '150000',
          stage: 'signed',
          track: 'overdue',
          milestones: [{ stage: 'started', plannedOn: plusDays(-10), reachedOn: null }],
          blockers: [
            {
              id: blocker.json().id,
              category: 'power',
              description: '用电增容未批复',
              unit: c.unit.name,
              dueOn: plusDays(5),
              overdue: false,
            },
          ],
        },
      ],
      events: [{ id: event!.id, name: '深圳投资环境说明会', startsOn: plusDays(3), endsOn: plusDays(4) }],
    });
    const list = (await call(env.app, office, 'GET', '/api/v1/leaders')).json().items;
    expect(list.find((l: { id: number }) => l.id === leader.id)).toEqual({
      id: leader.id,
      name: leader.displayName,
      projects: 1,
      events: 1,
    });
    expect((await call(env.app, c.session, 'GET', `/api/v1/leaders/${leader.id}`)).statusCode).toBe(403);

    const unlinked = await call(env.app, office, 'DELETE', `/api/v1/leaders/${leader.id}/projects/${projectId}`);
    expect(unlinked.statusCode).toBe(204);
    expect((await call(env.app, office, 'GET', `/api/v1/leaders/${leader.id}`)).json().projects).toEqual([]);
  });

  it('refuses a non-major project, a user who is no leader, and a unit linking; nothing is written', async () => {
    const c = await buildCounty(env);
    const small = await recordProject(env, c.session, c.unit.id, { agreedWan: '5000' });
    const before = await links();
    const res = await call(env.app, office, 'POST', `/api/v1/leaders/${leader.id}/projects`, { targetId: small });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe(
      `只有重大项目可以挂钩市领导：“${await projectName(env, small)}”协议投资 5000 万元，未达重大项目标准 100000 万元`,
    );
    const english = await env.app.inject({
      method: 'POST',
      url: `/api/v1/leaders/${leader.id}/projects`,
      payload: { targetId: small },
      headers: { cookie: office.cookie, 'x-csrf-token': office.csrf, 'accept-language': 'en' },
    });
    expect(english.json().message).toBe(
      `Only major projects are linked to city leaders: "${await projectName(env, small)}" is agreed at 5000 10k yuan, below the threshold of 100000 10k yuan`,
    );
    const big = await recordProject(env, c.session, c.unit.id);
    const notLeader = await call(env.app, office, 'POST', `/api/v1/leaders/${c.user.id}/projects`, { targetId: big });
    expect(notLeader.statusCode).toBe(400);
    expect(notLeader.json().message).toBe(`“${c.user.displayName}”不是市领导账号，不能挂钩项目或活动`);
    const byUnit = await call(env.app, c.session, 'POST', `/api/v1/leaders/${leader.id}/projects`, { targetId: big });
    expect(byUnit.statusCode).toBe(403);
    const missing = await call(env.app, office, 'POST', `/api/v1/leaders/${leader.id}/projects`, { targetId: 999999 });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().message).toBe('项目不存在');
    expect(await links()).toBe(before);
  });
});
