import { addMonths } from '@zhaoshang/shared';
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
import { buildCounty, plusDays, recordProject, today } from '../../../test/project-work.ts';
import { queryRows } from '../../db/client.ts';

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
    // Another unit's item answers as one not listed: no existence leak.
    expect([outside.statusCode, outside.json().message]).toEqual([404, '该项目不在本次回头看的名单中']);
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
