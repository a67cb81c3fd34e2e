import { shanghaiDate } from '@zhaoshang/shared';
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
import { buildCounty, plusDays, recordProject } from '../../../test/project-work.ts';
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

/** A county with a blocker 5 days past its deadline and a lead reported 30 days ago, never acknowledged. */
async function countyWithOverdueItems() {
  const county = await buildCounty(env);
  const projectId = await recordProject(env, county.session, county.unit.id);
  const raised = await call(env.app, office, 'POST', `/api/v1/projects/${projectId}/blockers`, {
    category: 'land',
    description: '用地指标未落实',
    responsibleUnitId: county.unit.id,
    dueOn: plusDays(10),
  });
  expect(raised.statusCode, raised.body).toBe(201);
  const blockerId: number = raised.json().id;
  await env.database.db.execute(sql`update blockers set due_on = ${plusDays(-5)}::date where id = ${blockerId}`);
  const companyName = uniq('澜江精密机械有限公司');
  const [company] = await queryRows<{ id: number }>(
    env.database.db,
    sql`insert into companies (name, normalised_name, similarity_key) values (${companyName}, ${companyName}, ${companyName}) returning id`,
  );
  const [lead] = await queryRows<{ id: number }>(
    env.database.db,
    sql`insert into leads (company_id, reporting_unit_id, handling_unit_id, source, reported_on)
        values (${company!.id}, ${county.unit.id}, ${county.unit.id}, 'visit', ${plusDays(-30)}::date) returning id`,
  );
  return { ...county, projectId, blockerId, leadId: lead!.id, companyName };
}

describe('point-to-point notices', () => {
  it('the office attaches a unit’s overdue items, its people confirm reading, the office sees who read when', async () => {
    const c = await countyWithOverdueItems();
    const colleague = await buildUser(env.database, { unitId: c.unit.id, role: 'unit_manager' });
    const attachable = await call(env.app, office, 'GET', `/api/v1/notices/attachable?unitId=${c.unit.id}`);
    expect(attachable.statusCode, attachable.body).toBe(200);
    const projectName = (
      await queryRows<{ name: string }>(env.database.db, sql`select name from projects where id = ${c.projectId}`)
    )[0]!.name;
    // The unit's figures come first when its project was signed this year (the next test pins them).
    expect(attachable.json().items.filter((i: { kind: string }) => i.kind !== 'figures')).toEqual([
      { kind: 'lead', id: c.leadId, name: c.companyName, overdue: ['acknowledge', 'assess', 'feedback'] },
      { kind: 'blocker', id: c.blockerId, name: projectName, category: 'land', dueOn: plusDays(-5) },
    ]);

    const sent = await call(env.app, office, 'POST', '/api/v1/notices', {
      unitId: c.unit.id,
      title: '关于线索反馈逾期的通报',
      body: '请于三日内完成反馈并报办公室。',
      items: [
        { kind: 'lead', id: c.leadId },
        { kind: 'blocker', id: c.blockerId },
      ],
    });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json().recipients).toBe(2);
    const noticeId: number = sent.json().id;

    const bell = (await call(env.app, c.session, 'GET', '/api/v1/notifications')).json();
    expect(bell.items[0]).toMatchObject({
      kind: 'notice.sent',
      title: '点对点通报：关于线索反馈逾期的通报',
      entityType: 'notice',
      entityId: String(noticeId),
      read: false,
    });

    const confirmed = await call(env.app, c.session, 'POST', `/api/v1/notices/${noticeId}/confirm`);
    expect(confirmed.statusCode, confirmed.body).toBe(204);
    const again = await call(env.app, c.session, 'POST', `/api/v1/notices/${noticeId}/confirm`);
    expect(again.statusCode).toBe(204);
    expect((await call(env.app, c.session, 'GET', '/api/v1/notifications')).json().items[0].read).toBe(true);

    const seen = (await call(env.app, office, 'GET', `/api/v1/notices/${noticeId}`)).json();
    expect(seen).toMatchObject({ recipients: 2, confirmed: 1, unit: { id: c.unit.id, name: c.unit.name } });
    expect(seen.readers.map((r: { name: string; readAt: string | null }) => [r.name, r.readAt !== null])).toEqual([
      [c.user.displayName, true],
      [colleague.displayName, false],
    ]);
    const mine = (await call(env.app, c.session, 'GET', '/api/v1/notices')).json().items;
    expect(mine.map((n: { id: number; myReadAt: string | null }) => [n.id, n.myReadAt !== null])).toEqual([
      [noticeId, true],
    ]);
    const [audits] = await queryRows<{ n: number }>(
      env.database.db,
      sql`select count(*)::int as n from audit_log where entity_type = 'notice' and entity_id = ${String(noticeId)}`,
    );
    expect(audits!.n).toBe(2);
  });

  it('refuses an item that is not the unit’s overdue item, a confirmation from another unit, and hides other units’ notices', async () => {
    const c = await countyWithOverdueItems();
    const other = await buildCounty(env);
    const before = await queryRows<{ n: number }>(env.database.db, sql`select count(*)::int as n from notices`);
    const wrong = await call(env.app, office, 'POST', '/api/v1/notices', {
      unitId: other.unit.id,
      title: '通报',
      body: '内容',
      items: [{ kind: 'blocker', id: c.blockerId }],
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().message).toBe(`所附事项（问题 ${c.blockerId}）不是“${other.unit.name}”当前的逾期事项`);
    const noUnit = await call(env.app, office, 'POST', '/api/v1/notices', {
      unitId: 999999,
      title: '通报',
      body: '内容',
    });
    expect(noUnit.statusCode).toBe(400);
    expect(noUnit.json().message).toBe('通报对象单位不存在');
    const blank = await call(env.app, office, 'POST', '/api/v1/notices', {
      unitId: c.unit.id,
      title: ' ',
      body: '内容',
    });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().details.issues).toEqual([{ path: 'title', message: '请填写通报标题' }]);
    expect(await queryRows(env.database.db, sql`select count(*)::int as n from notices`)).toEqual(before);

    const sent = await call(env.app, office, 'POST', '/api/v1/notices', {
      unitId: c.unit.id,
      title: '通报',
      body: '内容',
    });
    const noticeId = sent.json().id;
    const foreign = await call(env.app, other.session, 'POST', `/api/v1/notices/${noticeId}/confirm`);
    // Another unit's notice answers as one that does not exist: no existence leak.
    expect([foreign.statusCode, foreign.json()]).toEqual([404, { code: 'NOT_FOUND', message: '找不到要访问的内容' }]);
    expect((await call(env.app, other.session, 'GET', `/api/v1/notices/${noticeId}`)).statusCode).toBe(404);
    expect((await call(env.app, other.session, 'GET', '/api/v1/notices')).json().items).toEqual([]);
    const byOffice = await call(env.app, office, 'POST', `/api/v1/notices/${noticeId}/confirm`);
    expect(byOffice.statusCode).toBe(403);
    const [reads] = await queryRows<{ n: number }>(
      env.database.db,
      sql`select count(*)::int as n from notice_reads where notice_id = ${noticeId}`,
    );
    expect(reads!.n).toBe(0);
  });

  it('attaches the unit’s own figures this year to date beside last year’s, frozen as sent; a unit that hosts nothing has none', async () => {
    const county = await buildCounty(env);
    const today = shanghaiDate();
    const year = Number(today.slice(0, 4));
    await recordProject(env, county.session, county.unit.id, { stages: { signed: `${year}-01-01` } });
    await recordProject(env, county.session, county.unit.id, {
      agreedWan: '50000',
      stages: { signed: `${year}-01-01`, contracted: `${year}-01-01` },
    });
    await recordProject(env, county.session, county.unit.id, { stages: { signed: `${year - 1}-01-01` } });
    const attachable = (
      await call(env.app, office, 'GET', `/api/v1/notices/attachable?unitId=${county.unit.id}`)
    ).json();
    const figures = {
      kind: 'figures',
      id: year,
      name: `${year}-01-01 ~ ${today}`,
      figures: { signedCount: 2, signedAmountWan: 200000, contractRate: 0.5, registrationRate: 0, readyRate: 0 },
      lastYear: { signedCount: 1, signedAmountWan: 150000, contractRate: 0, registrationRate: 0, readyRate: 0 },
    };
    expect(attachable.items).toEqual([figures]);
    const sent = await call(env.app, office, 'POST', '/api/v1/notices', {
      unitId: county.unit.id,
      title: '关于合同率低于底线的通报',
      body: '请说明原因并报整改措施。',
      items: [{ kind: 'figures', id: year }],
    });
    expect(sent.statusCode, sent.body).toBe(201);
    // A later signing changes today's figures, not the notice's.
    await recordProject(env, county.session, county.unit.id, { stages: { signed: `${year}-01-01` } });
    const seen = (await call(env.app, county.session, 'GET', `/api/v1/notices/${sent.json().id}`)).json();
    expect(seen.items).toEqual([figures]);

    const idle = await buildUnit(env.database, { kind: 'resident_bureau', name: uniq('澜江市驻深圳招商局') });
    const before = await queryRows(env.database.db, sql`select count(*)::int as n from notices`);
    const none = await call(env.app, office, 'POST', '/api/v1/notices', {
      unitId: idle.id,
      title: '通报',
      body: '内容',
      items: [{ kind: 'figures', id: year }],
    });
    expect(none.statusCode).toBe(400);
    expect(none.json().details.issues).toEqual([
      { path: 'items.0', message: `“${idle.name}”不是项目承载地，${year}年以来也未承载项目，没有承载指标可附` },
    ]);
    expect(await queryRows(env.database.db, sql`select count(*)::int as n from notices`)).toEqual(before);
  });
});
