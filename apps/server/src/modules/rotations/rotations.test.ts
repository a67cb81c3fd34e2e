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
import { plusDays, recordProject, today } from '../../../test/project-work.ts';
import { queryRows } from '../../db/client.ts';
import { readXlsxText } from '../../spreadsheet/xlsx-reader.ts';
import { createCompany } from '../companies/companies.service.ts';

let env: TestEnv;
let office: Session;
beforeAll(async () => {
  env = await createTestEnv();
  const unit = await buildUnit(env.database, { kind: 'office', name: uniq('领导小组办公室') });
  office = await login(env.app, (await buildUser(env.database, { role: 'office', unitId: unit.id })).username);
});
afterAll(() => env.close());

const count = async (table: string, where = sql`true`) =>
  (
    await queryRows<{ n: number }>(
      env.database.db,
      sql`select count(*)::int as n from ${sql.raw(table)} where ${where}`,
    )
  )[0]!.n;
const company = async () =>
  (await createCompany(env.database, systemCtx, { name: `${uniq('澜江交接企业')}有限公司` })).id as number;

/** A bureau, a county, a person of the county posted to the bureau in a round, a colleague at the bureau. */
async function buildRotation() {
  const bureau = await buildUnit(env.database, { kind: 'resident_bureau', name: uniq('驻深圳招商局') });
  const county = await buildUnit(env.database, { kind: 'county', name: uniq('测试县') });
  const leaving = await buildUser(env.database, { unitId: county.id, displayName: uniq('张') });
  const successor = await buildUser(env.database, { unitId: bureau.id, displayName: uniq('李') });
  const round = await call(env.app, office, 'POST', '/api/v1/rotations/rounds', {
    name: uniq('轮换批次'),
    startsOn: plusDays(-60),
  });
  expect(round.statusCode, round.body).toBe(201);
  const posting = await call(env.app, office, 'POST', '/api/v1/rotations/postings', {
    roundId: round.json().id,
    userId: leaving.id,
    unitId: bureau.id,
    startDate: plusDays(-30),
  });
  expect(posting.statusCode, posting.body).toBe(201);
  return { bureau, county, leaving, successor, round: round.json(), posting: posting.json() };
}

describe('rotation rounds and postings', () => {
  it('opens a 3-year round, posts a person seconded from their home unit, lists, filters, pages and exports', async () => {
    const march = await call(env.app, office, 'POST', '/api/v1/rotations/rounds', {
      name: uniq('2026年轮换'),
      startsOn: '2026-03-01',
    });
    expect(march.statusCode, march.body).toBe(201);
    expect(march.json()).toMatchObject({ startsOn: '2026-03-01', endsOn: '2029-02-28', postingCount: 0 });
    const taken = await call(env.app, office, 'POST', '/api/v1/rotations/rounds', {
      name: march.json().name,
      startsOn: '2027-03-01',
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().message).toBe(`已有名为“${march.json().name}”的轮换批次`);

    const r = await buildRotation();
    expect(r.posting).toMatchObject({
      person: { id: r.leaving.id, name: r.leaving.displayName },
      unit: { id: r.bureau.id, name: r.bureau.name },
      fromUnit: { id: r.county.id, name: r.county.name },
      startDate: plusDays(-30),
      endDate: r.round.endsOn,
    });
    // The posting is a secondment: the person works in the bureau today.
    const me = await login(env.app, r.leaving.username);
    expect((await call(env.app, me, 'GET', '/api/v1/auth/me')).json().user.unit).toEqual({
      id: r.bureau.id,
      name: r.bureau.name,
      kind: 'resident_bureau',
    });

    const list = (await call(env.app, office, 'GET', `/api/v1/rotations/postings?roundId=${r.round.id}`)).json();
    expect(list.total).toBe(1);
    expect(list.items.map((p: { person: { name: string } }) => p.person.name)).toEqual([r.leaving.displayName]);
    expect(
      (
        await call(env.app, office, 'GET', `/api/v1/rotations/postings?unitId=${r.bureau.id}&userId=${r.successor.id}`)
      ).json().total,
    ).toBe(0);
    const rounds = (await call(env.app, office, 'GET', '/api/v1/rotations/rounds')).json().items;
    expect(rounds.find((x: { id: number }) => x.id === r.round.id).postingCount).toBe(1);

    const file = await call(env.app, office, 'GET', `/api/v1/exports/rotations/postings?roundId=${r.round.id}`);
    expect(file.statusCode).toBe(200);
    const table = await readXlsxText(file.rawPayload);
    expect(table.headers).toEqual(['轮换批次', '姓名', '派驻单位', '派出单位', '开始日期', '结束日期', '备注']);
    expect(table.rows.map((x) => [x.cells['姓名'], x.cells['派出单位'], x.cells['开始日期']])).toEqual([
      [r.leaving.displayName, r.county.name, plusDays(-30)],
    ]);
  });

  it('refuses a posting overlapping another of the same person, to a unit that is no bureau, or outside the round, and writes nothing', async () => {
    const r = await buildRotation();
    const other = await buildUnit(env.database, { kind: 'resident_bureau', name: uniq('驻西安招商局') });
    const before = await count('secondments');
    const audits = await count('audit_log', sql`action = 'rotation.post'`);
    const overlap = await call(env.app, office, 'POST', '/api/v1/rotations/postings', {
      roundId: r.round.id,
      userId: r.leaving.id,
      unitId: other.id,
      startDate: plusDays(10),
    });
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json()).toMatchObject({
      code: 'DUPLICATE',
      message: `“${r.leaving.displayName}”在 ${plusDays(-30)} 至 ${r.round.endsOn} 已派驻或借调到“${r.bureau.name}”，日期不能重叠`,
      details: { postingId: r.posting.id },
    });
    const county = await call(env.app, office, 'POST', '/api/v1/rotations/postings', {
      roundId: r.round.id,
      userId: r.successor.id,
      unitId: r.county.id,
      startDate: plusDays(-1),
    });
    expect(county.statusCode).toBe(400);
    expect(county.json().message).toBe(`“${r.county.name}”不是驻外招商局，只能派驻到驻外招商局`);
    const outside = await call(env.app, office, 'POST', '/api/v1/rotations/postings', {
      roundId: r.round.id,
      userId: r.successor.id,
      unitId: other.id,
      startDate: plusDays(-90),
    });
    expect(outside.json().details.issues).toEqual([
      {
        path: 'startDate',
        message: `派驻日期须在批次“${r.round.name}”的期限内（${r.round.startsOn} 至 ${r.round.endsOn}）`,
      },
    ]);
    const byCounty = await call(
      env.app,
      await login(env.app, r.successor.username),
      'POST',
      '/api/v1/rotations/postings',
      {
        roundId: r.round.id,
        userId: r.successor.id,
        unitId: other.id,
        startDate: plusDays(1),
      },
    );
    expect(byCounty.statusCode).toBe(403);
    expect(await count('secondments')).toBe(before);
    expect(await count('audit_log', sql`action = 'rotation.post'`)).toBe(audits);
  });
});

describe('ending a posting and who reads postings', () => {
  it('the office ends a running posting today; a bureau manager reads their own bureau only, a clerk nothing', async () => {
    const r = await buildRotation();
    const other = await buildRotation();
    const ended = await call(env.app, office, 'POST', `/api/v1/rotations/postings/${r.posting.id}/end`);
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({ startDate: plusDays(-30), endDate: today });
    const again = await call(env.app, office, 'POST', `/api/v1/rotations/postings/${r.posting.id}/end`);
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe(`该派驻已于 ${today} 结束，无需再结束`);
    expect(await count('audit_log', sql`action = 'rotation.endPosting' and entity_id = ${String(r.posting.id)}`)).toBe(
      1,
    );
    const missing = await call(env.app, office, 'POST', '/api/v1/rotations/postings/999999/end');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().message).toBe('派驻记录不存在');

    const manager = await login(
      env.app,
      (await buildUser(env.database, { role: 'unit_manager', unitId: r.bureau.id })).username,
    );
    const seen = (await call(env.app, manager, 'GET', `/api/v1/rotations/postings?unitId=${other.bureau.id}`)).json();
    expect(seen.items.map((p: { id: number }) => p.id)).toEqual([r.posting.id]);
    const clerk = await login(env.app, r.successor.username);
    expect((await call(env.app, clerk, 'GET', '/api/v1/rotations/postings')).statusCode).toBe(403);
    expect(
      (await call(env.app, manager, 'POST', `/api/v1/rotations/postings/${other.posting.id}/end`)).statusCode,
    ).toBe(403);
  });
});

describe('handover wizard', () => {
  it('previews, refuses a stale confirmation, then moves every open item in one go: history kept, both notified, posting ended', async () => {
    const r = await buildRotation();
    const leaver = await login(env.app, r.leaving.username);
    const lead = await call(env.app, leaver, 'POST', '/api/v1/leads', { companyId: await company(), source: 'visit' });
    expect(lead.statusCode, lead.body).toBe(201);
    const filing = await call(env.app, leaver, 'POST', '/api/v1/filings', { companyId: await company() });
    expect(filing.statusCode, filing.body).toBe(201);
    const projectId = await recordProject(env, leaver, r.bureau.id);
    const blocker = await call(env.app, leaver, 'POST', `/api/v1/projects/${projectId}/blockers`, {
      category: 'land',
      description: '用地指标待落实',
      responsibleUnitId: r.county.id,
      dueOn: plusDays(20),
    });
    expect(blocker.statusCode, blocker.body).toBe(201);

    const url = `/api/v1/rotations/handover-preview?unitId=${r.bureau.id}&fromUserId=${r.leaving.id}`;
    const preview = (await call(env.app, office, 'GET', url)).json();
    expect(preview.counts).toEqual({ lead: 1, filing: 1, project: 1, blocker: 1 });
    expect(preview.items.map((i: { kind: string }) => i.kind)).toEqual(['lead', 'filing', 'project', 'blocker']);
    expect(preview.runningPosting).toEqual({ id: r.posting.id, startDate: plusDays(-30), endDate: r.round.endsOn });

    // Meanwhile the leaving person reports one more lead: the preview no longer holds.
    await call(env.app, leaver, 'POST', '/api/v1/leads', { companyId: await company(), source: 'referral' });
    const body = {
      unitId: r.bureau.id,
      fromUserId: r.leaving.id,
      toUserId: r.successor.id,
      fingerprint: preview.fingerprint,
      endPosting: true,
    };
    const stale = await call(env.app, office, 'POST', '/api/v1/rotations/handovers', body);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().message).toBe('待交接事项在预览后已有变动，请重新预览后再确认');
    expect(await count('handovers', sql`from_user_id = ${r.leaving.id}`)).toBe(0);

    const fresh = (await call(env.app, office, 'GET', url)).json();
    expect(fresh.counts).toEqual({ lead: 2, filing: 1, project: 1, blocker: 1 });
    const done = await call(env.app, office, 'POST', '/api/v1/rotations/handovers', {
      ...body,
      fingerprint: fresh.fingerprint,
    });
    expect(done.statusCode, done.body).toBe(201);
    expect(done.json()).toMatchObject({
      from: { id: r.leaving.id },
      to: { id: r.successor.id },
      counts: { lead: 2, filing: 1, project: 1, blocker: 1 },
      endedPostingId: r.posting.id,
    });
    const [owners] = await queryRows<{ leads: number; filings: number; projects: number; blockers: number }>(
      env.database.db,
      sql`select (select count(*)::int from leads where created_by = ${r.successor.id}) as leads,
        (select count(*)::int from filings where created_by = ${r.successor.id}) as filings,
        (select count(*)::int from projects where created_by = ${r.successor.id}) as projects,
        (select count(*)::int from blockers where raised_by = ${r.successor.id}) as blockers`,
    );
    expect(owners).toEqual({ leads: 2, filings: 1, projects: 1, blockers: 1 });
    const [posting] = await queryRows<{ end_date: string }>(
      env.database.db,
      sql`select end_date::text as end_date from secondments where id = ${r.posting.id}`,
    );
    expect(posting!.end_date).toBe(today);

    const bell = async (s: Session) =>
      (await call(env.app, s, 'GET', '/api/v1/notifications')).json().items.map((n: { title: string }) => n.title);
    expect(await bell(await login(env.app, r.successor.username))).toContain(
      `您已接手${r.leaving.displayName}在“${r.bureau.name}”的 5 项工作（线索、备案、项目、问题）`,
    );
    expect(await bell(leaver)).toContain(`您在“${r.bureau.name}”的 5 项工作已交接给${r.successor.displayName}`);
    const history = (await call(env.app, office, 'GET', `/api/v1/rotations/handovers?unitId=${r.bureau.id}`)).json();
    expect(history.items).toHaveLength(1);
    expect(history.items[0].items).toHaveLength(5);
    expect(await count('audit_log', sql`action = 'rotation.handover' and entity_id = ${String(done.json().id)}`)).toBe(
      1,
    );
    expect(await count('audit_log', sql`action = 'rotation.endPosting' and entity_id = ${String(r.posting.id)}`)).toBe(
      1,
    );
    expect((await call(env.app, office, 'GET', url)).json().counts).toEqual({
      lead: 0,
      filing: 0,
      project: 0,
      blocker: 0,
    });
  });

  it('refuses a successor outside the unit, the person themself, and another unit’s people; nothing is written', async () => {
    const r = await buildRotation();
    const leaver = await login(env.app, r.leaving.username);
    await call(env.app, leaver, 'POST', '/api/v1/leads', { companyId: await company(), source: 'visit' });
    const url = `/api/v1/rotations/handover-preview?unitId=${r.bureau.id}&fromUserId=${r.leaving.id}`;
    const preview = (await call(env.app, office, 'GET', url)).json();
    expect(preview.counts.lead).toBe(1);
    const elsewhere = await buildUser(env.database, { unitId: r.county.id, displayName: uniq('王') });
    const body = { unitId: r.bureau.id, fromUserId: r.leaving.id, fingerprint: preview.fingerprint };
    const before = { handovers: await count('handovers'), notifications: await count('notifications') };

    const outside = await call(env.app, office, 'POST', '/api/v1/rotations/handovers', {
      ...body,
      toUserId: elsewhere.id,
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().message).toBe(`接手人“${elsewhere.displayName}”不是“${r.bureau.name}”的在岗人员`);
    expect(outside.json().details.issues).toEqual([
      { path: 'toUserId', message: `接手人“${elsewhere.displayName}”不是“${r.bureau.name}”的在岗人员` },
    ]);
    const self = await call(env.app, office, 'POST', '/api/v1/rotations/handovers', {
      ...body,
      toUserId: r.leaving.id,
    });
    expect(self.statusCode).toBe(400);
    expect(self.json().message).toBe('接手人不能是交出人本人');

    // A county's manager cannot hand over the bureau's people, nor a county clerk anyone.
    const manager = await buildUser(env.database, { role: 'unit_manager', unitId: r.county.id });
    const managerSession = await login(env.app, manager.username);
    const foreign = await call(env.app, managerSession, 'POST', '/api/v1/rotations/handovers', {
      ...body,
      toUserId: r.successor.id,
    });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().message).toBe(`只能交接本单位（${r.county.name}）人员的工作`);
    expect((await call(env.app, managerSession, 'GET', url)).statusCode).toBe(403);
    const clerk = await call(env.app, await login(env.app, elsewhere.username), 'POST', '/api/v1/rotations/handovers', {
      ...body,
      toUserId: r.successor.id,
    });
    expect(clerk.statusCode).toBe(403);
    // The bureau's own manager may: the successor works there.
    const bureauManager = await buildUser(env.database, { role: 'unit_manager', unitId: r.bureau.id });
    const own = await call(env.app, await login(env.app, bureauManager.username), 'GET', url);
    expect(own.statusCode).toBe(200);

    expect(await count('handovers')).toBe(before.handovers);
    expect(await count('notifications')).toBe(before.notifications);
    expect(await count('leads', sql`created_by = ${r.leaving.id}`)).toBe(1);
  });
});
