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
import { buildCounty, plusDays, today } from '../../../test/project-work.ts';
import { queryRows } from '../../db/client.ts';
import { readXlsxText } from '../../spreadsheet/xlsx-reader.ts';

let env: TestEnv;
let office: Session;
let leader: Session;
beforeAll(async () => {
  env = await createTestEnv();
  const unit = await buildUnit(env.database, { kind: 'office', name: uniq('领导小组办公室') });
  const user = await buildUser(env.database, { role: 'office', unitId: unit.id });
  office = await login(env.app, user.username);
  leader = await login(env.app, (await buildUser(env.database, { role: 'leader', unitId: unit.id })).username);
});
afterAll(() => env.close());

const record = (unitId: number, over: Record<string, unknown> = {}) =>
  call(env.app, office, 'POST', '/api/v1/inspections', {
    unitId,
    subject: '线索台账更新情况',
    checkedOn: plusDays(-3),
    findings: '3 条线索超期未反馈',
    dueOn: plusDays(7),
    ...over,
  });
const count = async () =>
  (await queryRows<{ n: number }>(env.database.db, sql`select count(*)::int as n from inspections`))[0]!.n;

describe('daily inspections', () => {
  it('the office records, the unit rectifies, the office closes; lists filter by state and unit; the xlsx follows the filter', async () => {
    const a = await buildCounty(env);
    const b = await buildCounty(env);
    const made = await record(a.unit.id);
    expect(made.statusCode, made.body).toBe(201);
    const id: number = made.json().id;
    const late = (
      await record(a.unit.id, { subject: '项目推进', checkedOn: plusDays(-20), dueOn: plusDays(-2) })
    ).json().id as number;
    await record(b.unit.id, { subject: '活动组织' });

    const bell = (await call(env.app, a.session, 'GET', '/api/v1/notifications')).json();
    expect(bell.items.map((n: { title: string }) => n.title)).toEqual([
      `日常督查“项目推进”：请在 ${plusDays(-2)} 前整改并填报`,
      `日常督查“线索台账更新情况”：请在 ${plusDays(7)} 前整改并填报`,
    ]);
    const states = async (session: Session, query = '') =>
      (await call(env.app, session, 'GET', `/api/v1/inspections?unitId=${a.unit.id}${query}`))
        .json()
        .items.map((i: { id: number; state: string }) => [i.id, i.state]);
    expect(await states(office)).toEqual([
      [late, 'overdue'],
      [id, 'open'],
    ]);
    expect(await states(office, '&state=overdue')).toEqual([[late, 'overdue']]);
    // A unit sees its own whatever unit it asks for.
    expect(
      (await call(env.app, b.session, 'GET', `/api/v1/inspections?unitId=${a.unit.id}`))
        .json()
        .items.map((i: { subject: string }) => i.subject),
    ).toEqual(['活动组织']);

    const early = await call(env.app, office, 'POST', `/api/v1/inspections/${id}/close`);
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toBe('单位尚未填报整改情况，不能销号');
    const fixed = await call(env.app, a.session, 'POST', `/api/v1/inspections/${id}/rectification`, {
      rectification: '已全部反馈，台账已更新',
    });
    expect(fixed.statusCode, fixed.body).toBe(204);
    expect(await states(leader, '&state=rectified')).toEqual([[id, 'rectified']]);
    const closed = await call(env.app, office, 'POST', `/api/v1/inspections/${id}/close`);
    expect(closed.statusCode).toBe(204);
    const again = await call(env.app, a.session, 'POST', `/api/v1/inspections/${id}/rectification`, {
      rectification: '补充',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('该督查事项已销号');
    const shown = (await call(env.app, office, 'GET', `/api/v1/inspections?unitId=${a.unit.id}&state=closed`)).json()
      .items[0];
    expect(shown).toMatchObject({
      id,
      state: 'closed',
      rectification: '已全部反馈，台账已更新',
      rectifiedBy: a.user.displayName,
      checkedOn: plusDays(-3),
      dueOn: plusDays(7),
    });

    const file = await call(env.app, office, 'GET', `/api/v1/exports/inspections?unitId=${a.unit.id}`);
    expect(file.statusCode).toBe(200);
    const table = await readXlsxText(file.rawPayload);
    expect(table.headers).toEqual([
      '被督查单位',
      '督查内容',
      '督查日期',
      '发现问题',
      '整改期限',
      '状态',
      '整改情况',
      '销号时间',
    ]);
    expect(table.rows.map((r) => [r.cells['督查内容'], r.cells['状态']])).toEqual([
      ['项目推进', '逾期未整改'],
      ['线索台账更新情况', '已销号'],
    ]);
    const [audits] = await queryRows<{ n: number }>(
      env.database.db,
      sql`select count(*)::int as n from audit_log where entity_type = 'inspection' and entity_id = ${String(id)}`,
    );
    expect(audits!.n).toBe(3);
  });

  it('refuses a deadline before the inspection, a future date, a unit reporting for another, and writes nothing', async () => {
    const a = await buildCounty(env);
    const b = await buildCounty(env);
    const before = await count();
    const backwards = await record(a.unit.id, { checkedOn: today, dueOn: plusDays(-1) });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().details.issues).toEqual([{ path: 'dueOn', message: '整改期限不能早于督查日期' }]);
    const future = await record(a.unit.id, { checkedOn: plusDays(1), dueOn: plusDays(9) });
    expect(future.json().details.issues).toEqual([{ path: 'checkedOn', message: '督查日期不能晚于今天' }]);
    const noUnit = await record(999999);
    expect(noUnit.json().details.issues).toEqual([{ path: 'unitId', message: '被督查单位不存在' }]);
    const byUnit = await call(env.app, a.session, 'POST', '/api/v1/inspections', {
      unitId: a.unit.id,
      subject: '自查',
      checkedOn: today,
      findings: '无',
      dueOn: today,
    });
    expect(byUnit.statusCode).toBe(403);
    expect(await count()).toBe(before);

    const id = (await record(a.unit.id)).json().id;
    const foreign = await call(env.app, b.session, 'POST', `/api/v1/inspections/${id}/rectification`, {
      rectification: '代为整改',
    });
    // Another unit's item answers as one that does not exist: no existence leak.
    expect([foreign.statusCode, foreign.json()]).toEqual([404, { code: 'NOT_FOUND', message: '找不到要访问的内容' }]);
    const byOffice = await call(env.app, office, 'POST', `/api/v1/inspections/${id}/rectification`, {
      rectification: '代为整改',
    });
    expect(byOffice.statusCode).toBe(403);
    const blank = await call(env.app, a.session, 'POST', `/api/v1/inspections/${id}/rectification`, {
      rectification: '  ',
    });
    expect(blank.json().details.issues).toEqual([{ path: 'rectification', message: '请填写整改情况' }]);
    const [row] = await queryRows<{ status: string }>(
      env.database.db,
      sql`select status from inspections where id = ${id}`,
    );
    expect(row!.status).toBe('open');
  });
});
