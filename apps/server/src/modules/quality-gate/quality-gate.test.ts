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
import { plusDays } from '../../../test/project-work.ts';
import { queryRows } from '../../db/client.ts';

let env: TestEnv;
let office: Session;
beforeAll(async () => {
  env = await createTestEnv();
  const unit = await buildUnit(env.database, { kind: 'office', name: uniq('领导小组办公室') });
  office = await login(env.app, (await buildUser(env.database, { role: 'office', unitId: unit.id })).username);
});
afterAll(() => env.close());

/** A county with a clerk and two heads (unit managers), each signed in. */
async function county() {
  const unit = await buildUnit(env.database, { kind: 'county', name: uniq('测试县') });
  const sign = async (role: 'unit_staff' | 'unit_manager') =>
    login(env.app, (await buildUser(env.database, { unitId: unit.id, role })).username);
  return { unit, clerk: await sign('unit_staff'), head: await sign('unit_manager'), head2: await sign('unit_manager') };
}

const count = async (table: string) =>
  (await queryRows<{ n: number }>(env.database.db, sql`select count(*)::int as n from ${sql.raw(table)}`))[0]!.n;

const record = async (s: Session, hostUnitId: number, over: Record<string, unknown> = {}) =>
  call(env.app, s, 'POST', '/api/v1/projects', {
    name: uniq('项目'),
    companyId: null,
    hostUnitId,
    sourceUnitIds: [hostUnitId],
    chain: '装备制造',
    fitsPositioning: true,
    agreedWan: '1000',
    stages: { signed: '2025-03-10' },
    ...over,
  });

const kpiOf = async (unitId: number) => {
  const res = await call(env.app, office, 'GET', '/api/v1/kpi?from=2025-03-01&to=2025-03-31');
  expect(res.statusCode, res.body).toBe(200);
  const row = res.json().units.find((u: { unitId: number; role: string }) => u.unitId === unitId && u.role === 'host');
  return { signedCount: row?.signedCount ?? 0, signedAmountWan: row?.signedAmountWan ?? 0 };
};

const setCriteria = (body: Record<string, unknown>) => call(env.app, office, 'PUT', '/api/v1/intake-criteria', body);

describe('after signing: push and nurture departments, blockers routed by stage', () => {
  it('names the departments, refuses a unit that is no department, routes blockers by stage and lets the department read', async () => {
    const c = await county();
    const push = await buildUnit(env.database, { kind: 'department', name: uniq('发改委') });
    const nurture = await buildUnit(env.database, { kind: 'service_center', name: uniq('工信服务中心') });
    const pushUser = await login(env.app, (await buildUser(env.database, { unitId: push.id })).username);
    const nurtureUser = await login(env.app, (await buildUser(env.database, { unitId: nurture.id })).username);
    const before = await count('projects');
    const wrong = await record(c.clerk, c.unit.id, { pushDepartmentUnitId: c.unit.id });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().message).toBe(`推进部门须为市直部门或招商服务中心，“${c.unit.name}”是县区`);
    expect(wrong.json().details.issues).toEqual([
      { path: 'pushDepartmentUnitId', message: `推进部门须为市直部门或招商服务中心，“${c.unit.name}”是县区` },
    ]);
    const missing = await record(c.clerk, c.unit.id, { nurtureDepartmentUnitId: 99_999_999 });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().message).toBe('单位 99999999 不存在或已停用');
    expect(await count('projects')).toBe(before);

    const res = await record(c.clerk, c.unit.id, {
      pushDepartmentUnitId: push.id,
      nurtureDepartmentUnitId: nurture.id,
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as number;
    const page = (await call(env.app, pushUser, 'GET', `/api/v1/projects/${id}`)).json();
    expect(page.project.pushDepartment).toEqual({ id: push.id, name: push.name });
    expect(page.project.nurtureDepartment).toEqual({ id: nurture.id, name: nurture.name });
    // The department reads the project (read-only) and finds it in its list.
    expect(page.canEdit).toBe(false);
    const list = (await call(env.app, pushUser, 'GET', '/api/v1/projects')).json();
    expect(list.items.map((p: { id: number }) => p.id)).toEqual([id]);
    const edit = await call(env.app, pushUser, 'PUT', `/api/v1/projects/${id}`, {
      name: page.project.name,
      companyId: null,
      hostUnitId: c.unit.id,
      sourceUnitIds: [c.unit.id],
      chain: '装备制造',
      fitsPositioning: true,
      agreedWan: '1',
      stages: { signed: '2025-03-10' },
      version: page.project.version,
    });
    expect(edit.statusCode).toBe(403);

    // Before the start: the push department.
    const raised = await call(env.app, c.clerk, 'POST', `/api/v1/projects/${id}/blockers`, {
      category: 'permit',
      description: '环评批复未下达',
      dueOn: plusDays(7),
    });
    expect(raised.statusCode, raised.body).toBe(201);
    const pushList = (await call(env.app, pushUser, 'GET', '/api/v1/blockers')).json().items;
    expect(pushList).toHaveLength(1);
    expect(pushList[0]).toMatchObject({
      id: raised.json().id,
      responsibleUnit: { id: push.id, name: push.name },
      routedAs: 'push',
      project: {
        id,
        pushDepartment: { id: push.id, name: push.name },
        nurtureDepartment: { id: nurture.id, name: nurture.name },
      },
    });
    const bell = (await call(env.app, pushUser, 'GET', '/api/v1/notifications')).json();
    expect(bell.items.map((n: { kind: string }) => n.kind)).toEqual(['blocker.assigned']);

    // Started: the nurture department.
    const current = (await call(env.app, c.clerk, 'GET', `/api/v1/projects/${id}`)).json().project;
    const started = await call(env.app, c.clerk, 'PUT', `/api/v1/projects/${id}`, {
      name: current.name,
      companyId: null,
      hostUnitId: c.unit.id,
      sourceUnitIds: [c.unit.id],
      chain: '装备制造',
      fitsPositioning: true,
      agreedWan: '1000',
      stages: { signed: '2025-03-10', ready: '2025-05-01', started: '2025-06-01' },
      pushDepartmentUnitId: push.id,
      nurtureDepartmentUnitId: nurture.id,
      version: current.version,
    });
    expect(started.statusCode, started.body).toBe(200);
    const second = await call(env.app, c.clerk, 'POST', `/api/v1/projects/${id}/blockers`, {
      category: 'power',
      description: '投产用电增容',
      dueOn: plusDays(7),
    });
    expect(second.statusCode).toBe(201);
    // The nurture department now answers for the new blocker and, reading the project, sees the earlier one too.
    const nurtureList = (await call(env.app, nurtureUser, 'GET', '/api/v1/blockers')).json().items;
    expect(
      nurtureList.map((b: { id: number; routedAs: string; responsibleUnit: { id: number } }) => [
        b.id,
        b.routedAs,
        b.responsibleUnit.id,
      ]),
    ).toEqual([
      [raised.json().id, 'push', push.id],
      [second.json().id, 'nurture', nurture.id],
    ]);
    const nurtureBell = (await call(env.app, nurtureUser, 'GET', '/api/v1/notifications')).json().items;
    expect(nurtureBell.map((n: { kind: string }) => n.kind)).toEqual(['blocker.assigned']);
    const onPage = (await call(env.app, c.clerk, 'GET', `/api/v1/projects/${id}`)).json().blockers;
    expect(onPage.map((b: { routedAs: string }) => b.routedAs)).toEqual(['push', 'nurture']);
  });

  it('asks for a responsible unit when the project names no department for its stage', async () => {
    const c = await county();
    const id = (await record(c.clerk, c.unit.id)).json().id;
    const before = await count('blockers');
    const res = await call(env.app, c.clerk, 'POST', `/api/v1/projects/${id}/blockers`, {
      category: 'land',
      description: '用地未落实',
      dueOn: plusDays(7),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe('请指定责任单位：该项目未设推进部门');
    expect(await count('blockers')).toBe(before);
  });
});

describe('the quality gate', () => {
  it('gates nothing while no criteria are set; refuses a negative minimum and writes nothing', async () => {
    const c = await county();
    const res = await record(c.clerk, c.unit.id, { agreedWan: '1' });
    const p = (await call(env.app, c.clerk, 'GET', `/api/v1/projects/${res.json().id}`)).json().project;
    expect(p.gate).toEqual({ status: 'clear', reasons: [] });
    const versions = await count('intake_criteria');
    const negative = await setCriteria({ minAgreedWan: '-100', chainFitRequired: false });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().message).toBe('最低投资额不能为负数');
    expect((await setCriteria({ minAgreedWan: '12亿', chainFitRequired: false })).statusCode).toBe(400);
    expect(
      (await call(env.app, c.head, 'PUT', '/api/v1/intake-criteria', { minAgreedWan: '1', chainFitRequired: false }))
        .statusCode,
    ).toBe(403);
    expect(await count('intake_criteria')).toBe(versions);
  });

  it('a project below the minimum waits for its unit head and counts only once approved', async () => {
    const c = await county();
    const set = await setCriteria({ minAgreedWan: '5000', chainFitRequired: false, note: '2025 年引进标准' });
    expect(set.statusCode, set.body).toBe(200);
    const criteria = (await call(env.app, c.clerk, 'GET', '/api/v1/intake-criteria')).json();
    expect(criteria.current).toMatchObject({
      version: set.json().version,
      minAgreedWan: '5000',
      chainFitRequired: false,
    });

    const big = await record(c.clerk, c.unit.id, { agreedWan: '8000' });
    const small = await record(c.clerk, c.unit.id, { agreedWan: '1000' });
    const smallId = small.json().id as number;
    const page = (await call(env.app, c.clerk, 'GET', `/api/v1/projects/${smallId}`)).json().project;
    expect(page.gate).toEqual({ status: 'pending', reasons: ['belowMinimum'] });
    expect((await call(env.app, c.clerk, 'GET', `/api/v1/projects/${big.json().id}`)).json().project.gate.status).toBe(
      'clear',
    );
    // Pending: only the big one counts.
    expect(await kpiOf(c.unit.id)).toEqual({ signedCount: 1, signedAmountWan: 8000 });

    const pending = (await call(env.app, c.head, 'GET', '/api/v1/gate-reviews?status=pending')).json().items;
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({
      project: { id: smallId, agreedWan: '1000' },
      unit: { id: c.unit.id },
      reasons: ['belowMinimum'],
      status: 'pending',
    });
    const headBell = (await call(env.app, c.head, 'GET', '/api/v1/notifications')).json().items;
    expect(headBell.map((n: { title: string }) => n.title)).toContain(
      `项目“${page.name}”未达引进标准（协议投资低于最低投资额），待本单位负责人审批`,
    );
    const reviewId = pending[0].id as number;
    // A clerk may not decide; a head of another unit may not either.
    expect(
      (await call(env.app, c.clerk, 'POST', `/api/v1/gate-reviews/${reviewId}/decision`, { decision: 'approved' }))
        .statusCode,
    ).toBe(403);
    const other = await county();
    const foreign = await call(env.app, other.head, 'POST', `/api/v1/gate-reviews/${reviewId}/decision`, {
      decision: 'approved',
    });
    // Another unit's review answers as one that does not exist: no existence leak.
    expect([foreign.statusCode, foreign.json()]).toEqual([404, { code: 'NOT_FOUND', message: '找不到要访问的内容' }]);
    const noNote = await call(env.app, c.head, 'POST', `/api/v1/gate-reviews/${reviewId}/decision`, {
      decision: 'rejected',
    });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().message).toBe('请填写审批意见');
    expect(await kpiOf(c.unit.id)).toEqual({ signedCount: 1, signedAmountWan: 8000 });

    const ok = await call(env.app, c.head, 'POST', `/api/v1/gate-reviews/${reviewId}/decision`, {
      decision: 'approved',
      note: '延链补链项目，同意引进',
    });
    expect(ok.statusCode, ok.body).toBe(204);
    expect(await kpiOf(c.unit.id)).toEqual({ signedCount: 2, signedAmountWan: 9000 });
    const again = await call(env.app, c.head2, 'POST', `/api/v1/gate-reviews/${reviewId}/decision`, {
      decision: 'rejected',
      note: '不同意',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('该审批已处理（已审批通过）');
    const after = (await call(env.app, c.clerk, 'GET', `/api/v1/projects/${smallId}`)).json();
    expect(after.project.gate).toEqual({ status: 'approved', reasons: ['belowMinimum'] });
    expect(after.history[0]).toMatchObject({ kind: 'gate', reason: '延链补链项目，同意引进' });
  });

  it('refuses an approval by the filer themself; a rejected project does not count; chain fit is a criterion', async () => {
    const c = await county();
    await setCriteria({ minAgreedWan: '5000', chainFitRequired: true });
    const own = await record(c.head, c.unit.id, { agreedWan: '6000', fitsPositioning: false });
    const ownId = own.json().id as number;
    const review = (await call(env.app, c.head, 'GET', '/api/v1/gate-reviews?status=pending')).json().items[0];
    expect(review).toMatchObject({ project: { id: ownId }, reasons: ['chainMisfit'] });
    const audits = await count('audit_log');
    const self = await call(env.app, c.head, 'POST', `/api/v1/gate-reviews/${review.id}/decision`, {
      decision: 'approved',
      note: '同意',
    });
    expect(self.statusCode).toBe(403);
    expect(self.json().message).toBe('不能审批自己录入的项目，请由本单位其他负责人审批');
    expect(await count('audit_log')).toBe(audits);
    expect((await call(env.app, c.head, 'GET', `/api/v1/projects/${ownId}`)).json().project.gate.status).toBe(
      'pending',
    );
    const rejected = await call(env.app, c.head2, 'POST', `/api/v1/gate-reviews/${review.id}/decision`, {
      decision: 'rejected',
      note: '不符合产业定位',
    });
    expect(rejected.statusCode).toBe(204);
    expect(await kpiOf(c.unit.id)).toEqual({ signedCount: 0, signedAmountWan: 0 });
    expect(
      (
        await call(env.app, c.head2, 'POST', `/api/v1/gate-reviews/${review.id}/decision`, { decision: 'approved' })
      ).json().message,
    ).toBe('该审批已处理（审批未通过）');
  });

  it('a save judges the project again: an approval stands while nothing more is missed; meeting the criteria withdraws the request', async () => {
    const c = await county();
    await setCriteria({ minAgreedWan: '5000', chainFitRequired: false });
    const save = async (id: number, agreedWan: string) => {
      const p = (await call(env.app, c.clerk, 'GET', `/api/v1/projects/${id}`)).json().project;
      const res = await call(env.app, c.clerk, 'PUT', `/api/v1/projects/${id}`, {
        name: p.name,
        companyId: null,
        hostUnitId: c.unit.id,
        sourceUnitIds: [c.unit.id],
        chain: '装备制造',
        fitsPositioning: true,
        agreedWan,
        stages: { signed: '2025-03-10' },
        version: p.version,
      });
      expect(res.statusCode, res.body).toBe(200);
      return (await call(env.app, c.clerk, 'GET', `/api/v1/projects/${id}`)).json().project.gate;
    };
    const a = (await record(c.clerk, c.unit.id, { agreedWan: '1000' })).json().id as number;
    const b = (await record(c.clerk, c.unit.id, { agreedWan: '2000' })).json().id as number;
    const requests = (await call(env.app, c.head, 'GET', '/api/v1/gate-reviews?status=pending')).json().items;
    const requestOf = (id: number) => requests.find((r: { project: { id: number } }) => r.project.id === id).id;
    expect(
      (
        await call(env.app, c.head, 'POST', `/api/v1/gate-reviews/${requestOf(a)}/decision`, {
          decision: 'approved',
          note: '同意',
        })
      ).statusCode,
    ).toBe(204);
    expect(await save(a, '1500')).toEqual({ status: 'approved', reasons: ['belowMinimum'] });
    expect(await save(b, '6000')).toEqual({ status: 'clear', reasons: [] });
    const withdrawn = await call(env.app, c.head, 'POST', `/api/v1/gate-reviews/${requestOf(b)}/decision`, {
      decision: 'approved',
    });
    expect(withdrawn.statusCode).toBe(409);
    expect(withdrawn.json().message).toBe('该审批已撤回：项目保存后已重新判定');
    expect(await kpiOf(c.unit.id)).toEqual({ signedCount: 2, signedAmountWan: 7500 });
    expect((await call(env.app, c.head, 'GET', '/api/v1/gate-reviews?status=pending')).json().items).toEqual([]);
  });
});
