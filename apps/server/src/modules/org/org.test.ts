import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildUnit,
  buildUser,
  call,
  createTestEnv,
  login,
  loginAs,
  type TestEnv,
  uniq,
} from '../../../test/factories.ts';
import { queryRows } from '../../db/client.ts';

let env: TestEnv;
let admin: Awaited<ReturnType<typeof loginAs>>;
beforeAll(async () => {
  env = await createTestEnv();
  admin = await loginAs(env, 'admin');
});
afterAll(() => env.close());

async function lastAudit(action: string) {
  const rows = await queryRows<Record<string, unknown>>(
    env.database.db,
    sql`select * from audit_log where action = ${action} order by id desc limit 1`,
  );
  return rows[0] as Record<string, unknown>;
}

describe('units', () => {
  it('the admin adds a unit under a parent; the change is audited with the admin and the after state', async () => {
    const parent = await buildUnit(env.database, { kind: 'office' });
    const name = uniq('驻成都招商局');
    const res = await call(env.app, admin.session, 'POST', '/api/v1/units', {
      name,
      kind: 'resident_bureau',
      parentId: parent.id,
    });
    expect(res.statusCode).toBe(201);
    const unit = res.json();
    expect(unit).toEqual({
      id: unit.id,
      name,
      kind: 'resident_bureau',
      parentId: parent.id,
      divisionCode: null,
      active: true,
      version: 1,
      userCount: 0,
    });
    const audit = await lastAudit('unit.create');
    expect(audit).toMatchObject({
      username: admin.user.username,
      entity_type: 'unit',
      entity_id: String(unit.id),
      outcome: 'success',
      before: null,
    });
    expect(audit.after).toEqual(unit);
  });

  it('refuses a duplicate name, an unknown parent and a parent loop, changing nothing', async () => {
    const a = await buildUnit(env.database);
    const dup = await call(env.app, admin.session, 'POST', '/api/v1/units', { name: a.name, kind: 'county' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toEqual({
      code: 'DUPLICATE',
      message: '已存在同名记录',
      details: { field: 'name', name: a.name },
    });
    const orphan = await call(env.app, admin.session, 'POST', '/api/v1/units', {
      name: uniq('x'),
      kind: 'county',
      parentId: 999999,
    });
    expect(orphan.statusCode).toBe(400);
    expect(orphan.json().code).toBe('INVALID_REFERENCE');
    const b = await buildUnit(env.database, { parentId: a.id });
    const loop = await call(env.app, admin.session, 'PATCH', `/api/v1/units/${a.id}`, { version: 1, parentId: b.id });
    expect(loop.statusCode).toBe(400);
    expect(loop.json().details).toEqual({
      issues: [{ path: 'parentId', message: '上级单位不能是本单位或其下级单位' }],
    });
    const after = (await call(env.app, admin.session, 'GET', '/api/v1/units?includeInactive=true'))
      .json()
      .items.find((u: { id: number }) => u.id === a.id);
    expect(after).toMatchObject({ parentId: null, version: 1 });
  });

  it('detects a concurrent edit: a save against a stale version answers 409 and keeps the other edit', async () => {
    const u = await buildUnit(env.database);
    const first = await call(env.app, admin.session, 'PATCH', `/api/v1/units/${u.id}`, {
      version: 1,
      divisionCode: '329988',
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ divisionCode: '329988', version: 2 });
    const stale = await call(env.app, admin.session, 'PATCH', `/api/v1/units/${u.id}`, { version: 1, active: false });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'CONFLICT_VERSION',
      message: '数据已被他人修改，请刷新后再保存',
      details: { current: { divisionCode: '329988', version: 2 } },
    });
  });

  it('deactivated units disappear from the default list but stay with includeInactive', async () => {
    const u = await buildUnit(env.database);
    await call(env.app, admin.session, 'PATCH', `/api/v1/units/${u.id}`, { version: 1, active: false });
    const active = (await call(env.app, admin.session, 'GET', '/api/v1/units'))
      .json()
      .items.map((x: { id: number }) => x.id);
    const all = (await call(env.app, admin.session, 'GET', '/api/v1/units?includeInactive=true'))
      .json()
      .items.map((x: { id: number }) => x.id);
    expect(active).not.toContain(u.id);
    expect(all).toContain(u.id);
  });

  it('only the admin changes units; the auditor cannot even list them', async () => {
    const office = await loginAs(env, 'office');
    const auditor = await loginAs(env, 'auditor');
    const create = await call(env.app, office.session, 'POST', '/api/v1/units', { name: uniq('x'), kind: 'county' });
    expect(create.statusCode).toBe(403);
    expect(create.json()).toEqual({
      code: 'FORBIDDEN',
      message: '没有权限执行此操作',
      details: { permission: 'unit.create' },
    });
    expect((await call(env.app, office.session, 'GET', '/api/v1/units')).statusCode).toBe(200);
    expect((await call(env.app, auditor.session, 'GET', '/api/v1/units')).statusCode).toBe(403);
  });
});

describe('users', () => {
  it('the admin creates a county user who must change the password at first login', async () => {
    const county = await buildUnit(env.database, { kind: 'county' });
    const username = uniq('county.');
    const res = await call(env.app, admin.session, 'POST', '/api/v1/users', {
      username,
      displayName: '李县',
      password: 'Initial#2026x',
      role: 'unit_staff',
      unitId: county.id,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      username,
      displayName: '李县',
      role: 'unit_staff',
      homeUnit: { id: county.id, name: county.name },
      unit: { id: county.id, name: county.name },
      disabled: false,
      lockedUntil: null,
      mustChangePassword: true,
      lastLoginAt: null,
      version: 1,
    });
    const s = await login(env.app, username, 'Initial#2026x');
    expect((await call(env.app, s, 'GET', '/api/v1/auth/me')).json().user.passwordChangeReason).toBe('first_login');
    const audit = await lastAudit('user.create');
    expect(audit.after).toEqual({
      username,
      displayName: '李县',
      role: 'unit_staff',
      homeUnit: county.name,
      disabled: false,
    });
    expect(JSON.stringify(audit)).not.toContain('argon2');
  });

  it('refuses a weak initial password and a taken username (any case)', async () => {
    const unit = await buildUnit(env.database);
    const weak = await call(env.app, admin.session, 'POST', '/api/v1/users', {
      username: uniq('w'),
      displayName: 'x',
      password: 'abc',
      role: 'unit_staff',
      unitId: unit.id,
    });
    expect(weak.json()).toEqual({
      code: 'WEAK_PASSWORD',
      message: '新密码不符合密码策略',
      details: { problems: ['too_short', 'too_few_classes'] },
    });
    const existing = await buildUser(env.database, { username: uniq('Taken') });
    const taken = await call(env.app, admin.session, 'POST', '/api/v1/users', {
      username: existing.username.toLowerCase(),
      displayName: 'x',
      password: 'Initial#2026x',
      role: 'unit_staff',
      unitId: unit.id,
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().message).toBe(`用户名“${existing.username.toLowerCase()}”已被使用`);
  });

  it('lists with filters, sorting and paging', async () => {
    const unit = await buildUnit(env.database);
    for (const name of ['c.zhou', 'a.zhao', 'b.qian'])
      await buildUser(env.database, { username: `${name}${unit.id}`, unitId: unit.id });
    await buildUser(env.database, { username: `d.manager${unit.id}`, unitId: unit.id, role: 'unit_manager' });
    const page1 = (
      await call(
        env.app,
        admin.session,
        'GET',
        `/api/v1/users?unitId=${unit.id}&role=unit_staff&sort=-username&pageSize=2`,
      )
    ).json();
    expect(page1.total).toBe(3);
    expect(page1.items.map((u: { username: string }) => u.username)).toEqual([`c.zhou${unit.id}`, `b.qian${unit.id}`]);
    const page2 = (
      await call(
        env.app,
        admin.session,
        'GET',
        `/api/v1/users?unitId=${unit.id}&role=unit_staff&sort=-username&pageSize=2&page=2`,
      )
    ).json();
    expect(page2.items.map((u: { username: string }) => u.username)).toEqual([`a.zhao${unit.id}`]);
    const q = (await call(env.app, admin.session, 'GET', `/api/v1/users?q=ZHAO${unit.id}`)).json();
    expect(q.items.map((u: { username: string }) => u.username)).toEqual([`a.zhao${unit.id}`]);
  });

  it('a unit manager sees only the people of their own unit; unit staff see none', async () => {
    const unit = await buildUnit(env.database);
    const other = await buildUnit(env.database);
    const colleague = await buildUser(env.database, { unitId: unit.id });
    await buildUser(env.database, { unitId: other.id });
    const manager = await loginAs(env, 'unit_manager', { unitId: unit.id });
    const list = (await call(env.app, manager.session, 'GET', `/api/v1/users?unitId=${other.id}`)).json();
    expect(list.items.map((u: { id: number }) => u.id).sort()).toEqual([colleague.id, manager.user.id].sort());
    const staff = await loginAs(env, 'unit_staff', { unitId: unit.id });
    expect((await call(env.app, staff.session, 'GET', '/api/v1/users')).statusCode).toBe(403);
  });

  it('disabling a user ends their sessions at once and is audited as user.disable', async () => {
    const target = await loginAs(env, 'unit_staff');
    expect((await call(env.app, target.session, 'GET', '/api/v1/auth/me')).statusCode).toBe(200);
    const res = await call(env.app, admin.session, 'PATCH', `/api/v1/users/${target.user.id}`, {
      version: 1,
      disabled: true,
    });
    expect(res.json()).toMatchObject({ disabled: true, version: 2 });
    expect((await call(env.app, target.session, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
    const audit = await lastAudit('user.disable');
    expect(audit).toMatchObject({
      entity_id: String(target.user.id),
      before: { disabled: false },
      after: { disabled: true },
    });
    const self = await call(env.app, admin.session, 'PATCH', `/api/v1/users/${admin.user.id}`, {
      version: admin.user.version,
      disabled: true,
    });
    expect(self.json().message).toBe('不能停用自己的账号或修改自己的角色');
  });

  it('the admin resets a password (forced change at next login) and unlocks an account', async () => {
    const target = await buildUser(env.database);
    for (let i = 0; i < 5; i++)
      await env.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: target.username, password: 'Wrong#pass1' },
      });
    const listed = (
      await call(env.app, admin.session, 'GET', `/api/v1/users?q=${target.username}&status=locked`)
    ).json();
    expect(listed.total).toBe(1);
    expect((await call(env.app, admin.session, 'POST', `/api/v1/users/${target.id}/unlock`)).statusCode).toBe(204);
    expect(
      (
        await call(env.app, admin.session, 'POST', `/api/v1/users/${target.id}/password`, {
          password: 'Reset#Pass2026',
        })
      ).statusCode,
    ).toBe(204);
    const s = await login(env.app, target.username, 'Reset#Pass2026');
    expect((await call(env.app, s, 'GET', '/api/v1/auth/me')).json().user.mustChangePassword).toBe(true);
  });
});

describe('secondments', () => {
  it('a person seconded to a resident bureau works there during the dates; their history stays', async () => {
    const county = await buildUnit(env.database, { kind: 'county' });
    const bureau = await buildUnit(env.database, { kind: 'resident_bureau' });
    const person = await buildUser(env.database, { unitId: county.id });
    const [{ today, start, end }] = (await queryRows<Record<string, unknown>>(
      env.database.db,
      sql`select to_char(d, 'YYYY-MM-DD') as today, to_char(d - 10, 'YYYY-MM-DD') as start, to_char(d + interval '3 years' - interval '1 day', 'YYYY-MM-DD') as end
            from (select (now() at time zone 'Asia/Shanghai')::date as d) x`,
    )) as { today: string; start: string; end: string }[];
    void today;
    const res = await call(env.app, admin.session, 'POST', `/api/v1/users/${person.id}/secondments`, {
      toUnitId: bureau.id,
      startDate: start,
      endDate: end,
      note: '第三轮驻外招商',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      userId: person.id,
      fromUnit: { id: county.id },
      toUnit: { id: bureau.id },
      startDate: start,
      endDate: end,
      note: '第三轮驻外招商',
    });
    const now = (await call(env.app, admin.session, 'GET', `/api/v1/users?q=${person.username}`)).json().items[0];
    expect(now.unit).toEqual({ id: bureau.id, name: bureau.name });
    expect(now.homeUnit).toEqual({ id: county.id, name: county.name });
    const s = await login(env.app, person.username);
    expect((await call(env.app, s, 'GET', '/api/v1/auth/me')).json().user.unit.id).toBe(bureau.id);

    const overlap = await call(env.app, admin.session, 'POST', `/api/v1/users/${person.id}/secondments`, {
      toUnitId: bureau.id,
      startDate: end,
      endDate: '2099-01-01',
    });
    expect(overlap.json().details).toEqual({ issues: [{ path: 'startDate', message: '与已有借调的日期重叠' }] });
    const badDate = await call(env.app, admin.session, 'POST', `/api/v1/users/${person.id}/secondments`, {
      toUnitId: bureau.id,
      startDate: '2021-02-30',
      endDate: '2024-02-28',
    });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().details.issues).toEqual([
      { path: 'startDate', message: '日期格式应为 YYYY-MM-DD，且为真实日期' },
    ]);
    const list = (await call(env.app, admin.session, 'GET', `/api/v1/users/${person.id}/secondments`)).json().items;
    expect(list).toHaveLength(1);
  });

  it('a secondment that has ended or not begun leaves the person in their home unit', async () => {
    const county = await buildUnit(env.database);
    const bureau = await buildUnit(env.database, { kind: 'resident_bureau' });
    const person = await buildUser(env.database, { unitId: county.id });
    await call(env.app, admin.session, 'POST', `/api/v1/users/${person.id}/secondments`, {
      toUnitId: bureau.id,
      startDate: '2018-03-01',
      endDate: '2021-02-28',
    });
    await call(env.app, admin.session, 'POST', `/api/v1/users/${person.id}/secondments`, {
      toUnitId: bureau.id,
      startDate: '2090-03-01',
      endDate: '2093-02-28',
    });
    const now = (await call(env.app, admin.session, 'GET', `/api/v1/users?q=${person.username}`)).json().items[0];
    expect(now.unit.id).toBe(county.id);
  });
});
