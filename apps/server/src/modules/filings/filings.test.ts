import { addMonths, shanghaiDate } from '@zhaoshang/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  actorCtx,
  buildUnit,
  buildUser,
  call,
  createTestEnv,
  login,
  systemCtx,
  type TestEnv,
  uniq,
} from '../../../test/factories.ts';
import { queryRows } from '../../db/client.ts';
import { createCompany } from '../companies/companies.service.ts';
import {
  decideConflict,
  fileInvestor,
  listFilings,
  renewFiling,
  runFilingExpiry,
  setFilingPeriod,
} from './filings.service.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

async function clerk(role: 'unit_staff' | 'office' | 'leader' = 'unit_staff') {
  const unit = await buildUnit(env.database, { kind: role === 'unit_staff' ? 'county' : 'office' });
  const user = await buildUser(env.database, { role, unitId: unit.id });
  return { unit, user, ctx: actorCtx(user) };
}
const company = (name = uniq('澜江测试企业'), groupId?: number) =>
  createCompany(env.database, systemCtx, { name: `${name}有限公司`, groupId });
const today = shanghaiDate();

describe('filing an investor', () => {
  it('the first unit files it for 6 months; its own second filing is refused; another unit gets a conflict', async () => {
    const c = await company();
    const a = await clerk();
    const b = await clerk();
    const first = await fileInvestor(env.database, a.ctx, {
      companyId: c.id,
      projectName: '智能装备基地',
      notes: '已上门拜访两次',
    });
    expect(first).toEqual({
      outcome: 'filed',
      filingId: first.outcome === 'filed' ? first.filingId : 0,
      expiresOn: addMonths(today, 6),
    });
    await expect(fileInvestor(env.database, a.ctx, { companyId: c.id })).rejects.toMatchObject({
      code: 'DUPLICATE',
      message: `本单位已报备该企业，有效期至 ${addMonths(today, 6)}`,
    });
    const second = await fileInvestor(env.database, b.ctx, { companyId: c.id, projectName: '同一家企业' });
    expect(second).toMatchObject({
      outcome: 'conflict',
      heldBy: { unitId: a.unit.id, expiresOn: addMonths(today, 6) },
    });
    const notes = await queryRows<{ user_id: number; kind: string; title: string }>(
      env.database.db,
      sql`select user_id, kind, title from notifications where entity_type = 'conflict' order by user_id`,
    );
    expect(notes).toEqual([
      { user_id: a.user.id, kind: 'conflict.opened', title: `“${c.name}”的报备出现冲突，等待领导小组办公室协调` },
      { user_id: b.user.id, kind: 'conflict.opened', title: `“${c.name}”的报备出现冲突，等待领导小组办公室协调` },
    ]);
  });

  it('a subsidiary of a filed group is the same investor: a conflict, not a second filing', async () => {
    const group = await company('澜江测试集团');
    const sub = await company('澜江测试集团子公司', group.id);
    const a = await clerk();
    const b = await clerk();
    expect((await fileInvestor(env.database, a.ctx, { companyId: group.id })).outcome).toBe('filed');
    expect((await fileInvestor(env.database, b.ctx, { companyId: sub.id })).outcome).toBe('conflict');
    // The group's page shows its subsidiary and who holds it, without the holder's contents for others.
    const s = await login(env.app, b.user.username);
    const detail = (await call(env.app, s, 'GET', `/api/v1/companies/${group.id}`)).json();
    expect(detail.company).toMatchObject({
      id: group.id,
      name: group.name,
      group: null,
      subsidiaries: [{ id: sub.id, name: sub.name }],
    });
    expect(detail.filings).toEqual([
      expect.objectContaining({
        unit: { id: a.unit.id, name: a.unit.name },
        status: 'active',
        contentsVisible: false,
        projectName: null,
      }),
    ]);
    expect(detail.leads).toEqual([]);
    expect((await call(env.app, s, 'GET', '/api/v1/companies/999999')).statusCode).toBe(404);
  });

  it('everyone sees who holds a filing until when; only the holder, the office and leaders see its contents', async () => {
    const c = await company();
    const holder = await clerk();
    const other = await clerk();
    const office = await clerk('office');
    const leader = await clerk('leader');
    await fileInvestor(env.database, holder.ctx, {
      companyId: c.id,
      projectName: '新能源电池项目',
      notes: '联系人：王总',
    });
    const seenBy = async (who: { ctx: ReturnType<typeof actorCtx> }) =>
      (await listFilings(env.database, who.ctx, { companyId: c.id }))[0]!;
    expect(await seenBy(other)).toMatchObject({
      unit: { id: holder.unit.id },
      expiresOn: addMonths(today, 6),
      projectName: null,
      notes: null,
      contentsVisible: false,
    });
    for (const who of [holder, office, leader]) {
      expect(await seenBy(who)).toMatchObject({
        projectName: '新能源电池项目',
        notes: '联系人：王总',
        contentsVisible: true,
      });
    }
  });
});

describe('arbitration', () => {
  async function conflictBetween() {
    const c = await company();
    const a = await clerk();
    const b = await clerk();
    await fileInvestor(env.database, a.ctx, { companyId: c.id });
    const r = await fileInvestor(env.database, b.ctx, { companyId: c.id, projectName: 'B 的项目' });
    if (r.outcome !== 'conflict') throw new Error('expected a conflict');
    return { c, a, b, conflictId: r.conflictId };
  }
  const activeFilings = (companyId: number) =>
    queryRows<{ unit_id: number; credit_share: string | null }>(
      env.database.db,
      sql`select unit_id, credit_share::text from filings where company_id = ${companyId} and status = 'active' order by id`,
    );

  it('assigning to the claimant supersedes the holder; the decision, reason and decider are recorded', async () => {
    const { c, b, conflictId } = await conflictBetween();
    const office = await clerk('office');
    expect(
      await decideConflict(env.database, office.ctx, conflictId, {
        kind: 'assign',
        unitId: b.unit.id,
        reason: '乙县先行接触并已签订意向书',
      }),
    ).toEqual({ id: conflictId, status: 'assigned' });
    expect(await activeFilings(c.id)).toEqual([{ unit_id: b.unit.id, credit_share: null }]);
    const [row] = await queryRows<Record<string, unknown>>(
      env.database.db,
      sql`select status, decided_by, decision from conflicts where id = ${conflictId}`,
    );
    expect(row).toEqual({
      status: 'assigned',
      decided_by: office.user.id,
      decision: { kind: 'assign', unitId: b.unit.id, reason: '乙县先行接触并已签订意向书' },
    });
    await expect(
      decideConflict(env.database, office.ctx, conflictId, { kind: 'reject', reason: '再次协调' }),
    ).rejects.toMatchObject({ message: '该冲突已有协调结论' });
  });

  it('a joint filing splits the credit 60/40 between both units; a split that is not 100% is refused', async () => {
    const { c, a, b, conflictId } = await conflictBetween();
    const office = await clerk('office');
    await expect(
      decideConflict(env.database, office.ctx, conflictId, {
        kind: 'joint',
        shares: [
          { unitId: a.unit.id, percent: 60 },
          { unitId: b.unit.id, percent: 30 },
        ],
        reason: '共同招引',
      }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { issues: [{ path: 'shares', message: { code: 'filing.jointShares' } }] },
    });
    await decideConflict(env.database, office.ctx, conflictId, {
      kind: 'joint',
      shares: [
        { unitId: a.unit.id, percent: 60 },
        { unitId: b.unit.id, percent: 40 },
      ],
      reason: '共同招引',
    });
    expect(await activeFilings(c.id)).toEqual([
      { unit_id: a.unit.id, credit_share: '60.00' },
      { unit_id: b.unit.id, credit_share: '40.00' },
    ]);
  });

  it('only the office decides; over HTTP a unit clerk gets 403', async () => {
    const { conflictId } = await conflictBetween();
    const user = await buildUser(env.database, { role: 'unit_staff' });
    const s = await login(env.app, user.username);
    const res = await call(env.app, s, 'POST', `/api/v1/conflicts/${conflictId}/decision`, {
      kind: 'reject',
      reason: '不成立',
    });
    expect(res.statusCode).toBe(403);
    const blank = await call(env.app, s, 'POST', `/api/v1/conflicts/${conflictId}/decision`, {
      kind: 'reject',
      reason: '  ',
    });
    expect(blank.json().details.issues).toEqual([{ path: 'reason', message: '请填写协调结论的理由' }]);
  });
});

describe('renewal and expiry', () => {
  it('renewal needs a progress update and extends the period by 6 months', async () => {
    const c = await company();
    const a = await clerk();
    const r = await fileInvestor(env.database, a.ctx, { companyId: c.id });
    if (r.outcome !== 'filed') throw new Error('expected a filing');
    await expect(renewFiling(env.database, a.ctx, r.filingId, '  ')).rejects.toMatchObject({
      details: { issues: [{ path: 'progress', message: { code: 'filing.renewProgress' } }] },
    });
    expect(await renewFiling(env.database, a.ctx, r.filingId, '已完成项目可研')).toEqual({
      id: r.filingId,
      expiresOn: addMonths(addMonths(today, 6), 6),
    });
    const updates = await queryRows<{ note: string }>(
      env.database.db,
      sql`select note from filing_updates where filing_id = ${r.filingId}`,
    );
    expect(updates).toEqual([{ note: '已完成项目可研' }]);
  });

  it('a week before the end the unit is told; after it the investor is free for another unit', async () => {
    const c = await company();
    const a = await clerk();
    const b = await clerk();
    const r = await fileInvestor(env.database, a.ctx, { companyId: c.id });
    if (r.outcome !== 'filed') throw new Error('expected a filing');
    await env.database.db.execute(sql`update filings set expires_on = ${today}::date + 5 where id = ${r.filingId}`);
    expect(await runFilingExpiry(env.database, systemCtx, today)).toEqual({ expired: 0, noticed: 1 });
    expect(await runFilingExpiry(env.database, systemCtx, today)).toEqual({ expired: 0, noticed: 0 });
    await env.database.db.execute(
      sql`update filings set starts_on = ${today}::date - 183, expires_on = ${today}::date - 1 where id = ${r.filingId}`,
    );
    expect(await runFilingExpiry(env.database, systemCtx, today)).toEqual({ expired: 1, noticed: 0 });
    const kinds = await queryRows<{ kind: string }>(
      env.database.db,
      sql`select kind from notifications where user_id = ${a.user.id} order by id`,
    );
    expect(kinds.map((k) => k.kind)).toEqual(['filing.expiring', 'filing.expired']);
    expect((await fileInvestor(env.database, b.ctx, { companyId: c.id })).outcome).toBe('filed');
  });
});

describe('filing period', () => {
  it('the office sets the period; new filings take it; a unit clerk cannot change it', async () => {
    const office = await clerk('office');
    const a = await clerk();
    await expect(setFilingPeriod(env.database, a.ctx, 3)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await setFilingPeriod(env.database, office.ctx, 3)).toEqual({ periodMonths: 3 });
    const r = await fileInvestor(env.database, a.ctx, { companyId: (await company()).id });
    expect(r).toMatchObject({ outcome: 'filed', expiresOn: addMonths(today, 3) });
    await setFilingPeriod(env.database, office.ctx, 6);
  });
});

describe('the database decides who was first', () => {
  it('20 concurrent filings of the same company from 20 units give exactly one filing and 19 conflicts', async () => {
    const c = await company();
    const clerks = await Promise.all(Array.from({ length: 20 }, () => clerk()));
    const results = await Promise.all(clerks.map((k) => fileInvestor(env.database, k.ctx, { companyId: c.id })));
    expect(results.filter((r) => r.outcome === 'filed')).toHaveLength(1);
    expect(results.filter((r) => r.outcome === 'conflict')).toHaveLength(19);
    const [counts] = await queryRows<{ filings: number; conflicts: number }>(
      env.database.db,
      sql`select (select count(*)::int from filings where company_id = ${c.id}) as filings,
                 (select count(*)::int from conflicts where company_id = ${c.id}) as conflicts`,
    );
    expect(counts).toEqual({ filings: 1, conflicts: 19 });
  });
});
