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
import { mergeCompanies, undoMerge } from '../companies/company-merge.ts';
import { decideConflict, fileInvestor, listConflicts, listFilings } from './filings.service.ts';
import { findActiveFilingGroups, findHolderSetClashes } from './holder-sets.repository.ts';
import { checkHolderSets } from './holder-sets.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

async function clerk() {
  const unit = await buildUnit(env.database);
  const user = await buildUser(env.database, { role: 'unit_staff', unitId: unit.id });
  return { unit, user, ctx: actorCtx(user) };
}
const office = async () => actorCtx(await buildUser(env.database, { role: 'office' }));
const admin = async () => actorCtx(await buildUser(env.database, { role: 'admin' }));
const company = async (name: string, groupId?: number) =>
  (await createCompany(env.database, systemCtx, { name: `${uniq(name)}有限公司`, groupId })).id;
const filed = async (ctx: ReturnType<typeof actorCtx>, companyId: number) => {
  const r = await fileInvestor(env.database, ctx, { companyId });
  if (r.outcome !== 'filed') throw new Error('expected a filing');
  return r.filingId;
};
const claim = async (ctx: ReturnType<typeof actorCtx>, companyId: number) => {
  const r = await fileInvestor(env.database, ctx, { companyId });
  if (r.outcome !== 'conflict') throw new Error(`expected a conflict, got ${JSON.stringify(r)}`);
  return r;
};
const activeOf = async (ids: number[]) =>
  (await findActiveFilingGroups(env.database.db)).filter((f) => ids.includes(f.id)).map((f) => f.id);

describe('holder sets', () => {
  it('after a joint decision a claim on a subsidiary of the group is a conflict naming both holders', async () => {
    const group = await company('澜江联合集团');
    const sub = await company('澜江联合集团子公司', group);
    const [a, b, c] = [await clerk(), await clerk(), await clerk()];
    const fa = await filed(a.ctx, group);
    const first = await claim(b.ctx, group);
    const o = await office();
    await decideConflict(env.database, o, first.conflictId, {
      kind: 'joint',
      shares: [
        { unitId: a.unit.id, percent: 60 },
        { unitId: b.unit.id, percent: 40 },
      ],
      reason: '两单位共同接洽',
    });
    const fb = (await listFilings(env.database, o, { unitId: b.unit.id, status: 'active' }))[0]!.id;
    const third = await claim(c.ctx, sub);
    expect(third.heldBy.unitId).toBe(a.unit.id);
    expect(third.holders.map((h) => [h.filingId, h.unitId, h.creditShare])).toEqual([
      [fa, a.unit.id, 60],
      [fb, b.unit.id, 40],
    ]);
    const listed = (await listConflicts(env.database, o, 'open')).find((x) => x.id === third.conflictId)!;
    expect(listed.holders).toEqual([
      { filingId: fa, unit: { id: a.unit.id, name: a.unit.name } },
      { filingId: fb, unit: { id: b.unit.id, name: b.unit.name } },
    ]);
    // A joint of all three parties: one holder set of three filings.
    await decideConflict(env.database, o, third.conflictId, {
      kind: 'joint',
      shares: [
        { unitId: a.unit.id, percent: 50 },
        { unitId: b.unit.id, percent: 30 },
        { unitId: c.unit.id, percent: 20 },
      ],
      reason: '三方共同接洽',
    });
    const held = (await findActiveFilingGroups(env.database.db)).filter((f) => f.top === group);
    expect(held.map((f) => [f.unit_id, f.joint_conflict_id])).toEqual([
      [a.unit.id, third.conflictId],
      [b.unit.id, third.conflictId],
      [c.unit.id, third.conflictId],
    ]);
    // Assigning a later claim to one joint holder leaves it alone, no longer joint.
    const d = await clerk();
    const fourth = await claim(d.ctx, group);
    expect(fourth.holders).toHaveLength(3);
    await decideConflict(env.database, o, fourth.conflictId, {
      kind: 'assign',
      unitId: b.unit.id,
      reason: '乙单位主导',
    });
    const after = (await findActiveFilingGroups(env.database.db)).filter((f) => f.top === group);
    expect(after.map((f) => [f.id, f.joint_conflict_id])).toEqual([[fb, null]]);
    expect(await findHolderSetClashes(env.database.db)).toEqual([]);
  });

  it('a joint split must name every party once, each above 0, 100% in all', async () => {
    const x = await company('澜江份额');
    const [a, b] = [await clerk(), await clerk()];
    await filed(a.ctx, x);
    const c = await claim(b.ctx, x);
    const o = await office();
    for (const shares of [
      [
        { unitId: a.unit.id, percent: 100 },
        { unitId: b.unit.id, percent: 0 },
      ],
      [
        { unitId: a.unit.id, percent: 50 },
        { unitId: a.unit.id, percent: 50 },
      ],
      [
        { unitId: a.unit.id, percent: 60.5 },
        { unitId: b.unit.id, percent: 39.4 },
      ],
    ])
      await expect(
        decideConflict(env.database, o, c.conflictId, { kind: 'joint', shares, reason: '份额' }),
      ).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { issues: [{ path: 'shares', message: { code: 'filing.jointShares' } }] },
      });
  });

  it('a decision on a conflict whose holders changed meanwhile is stale (409); rejecting it is still allowed', async () => {
    const x = await company('澜江过时');
    const [a, b, c] = [await clerk(), await clerk(), await clerk()];
    const fa = await filed(a.ctx, x);
    const byB = await claim(b.ctx, x);
    const byC = await claim(c.ctx, x);
    expect(byC.holders.map((h) => h.filingId)).toEqual([fa]);
    const o = await office();
    await decideConflict(env.database, o, byB.conflictId, {
      kind: 'assign',
      unitId: b.unit.id,
      reason: '乙单位先签约',
    });
    await expect(
      decideConflict(env.database, o, byC.conflictId, { kind: 'assign', unitId: c.unit.id, reason: '丙' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT_VERSION',
      message: '该企业的报备单位在冲突提出后已发生变化，请驳回后由申请单位重新报备',
    });
    const officer = await buildUser(env.database, { role: 'office' });
    const s = await login(env.app, officer.username);
    const http = await call(env.app, s, 'POST', `/api/v1/conflicts/${byC.conflictId}/decision`, {
      kind: 'joint',
      shares: [
        { unitId: b.unit.id, percent: 50 },
        { unitId: c.unit.id, percent: 50 },
      ],
      reason: '联合',
    });
    expect([http.statusCode, http.json().message]).toEqual([
      409,
      '该企业的报备单位在冲突提出后已发生变化，请驳回后由申请单位重新报备',
    ]);
    expect(await decideConflict(env.database, o, byC.conflictId, { kind: 'reject', reason: '已判给乙单位' })).toEqual({
      id: byC.conflictId,
      status: 'rejected',
    });
    expect(await activeOf([fa])).toEqual([]);
  });

  it('a merge moves a filed subsidiary into the survivor group; a later claim on the survivor is a conflict', async () => {
    const x = await company('澜江甲集团');
    const xs = await company('澜江甲集团子公司', x);
    const y = await company('澜江乙集团');
    const [a, b] = [await clerk(), await clerk()];
    const fa = await filed(a.ctx, xs);
    await mergeCompanies(env.database, await office(), { survivorId: y, mergedId: x, reason: '同一集团' });
    const r = await claim(b.ctx, y);
    expect(r.holders.map((h) => h.filingId)).toEqual([fa]);
    expect((await findActiveFilingGroups(env.database.db)).find((f) => f.id === fa)).toMatchObject({
      top: y,
      recorded_group_id: y,
    });
  });

  it('refuses a merge that makes a loop of parent groups, and an undo that would give a group two holders', async () => {
    const p = await company('澜江母公司');
    const m = await company('澜江子公司', p);
    const o = await office();
    await expect(mergeCompanies(env.database, o, { survivorId: m, mergedId: p, reason: '重复' })).rejects.toMatchObject(
      {
        details: { issues: [{ path: 'mergedId', message: { code: 'company.mergeLoop' } }] },
      },
    );
    const s = await company('澜江独立公司');
    const [a, b] = [await clerk(), await clerk()];
    const fa = await filed(a.ctx, m);
    const merge = await mergeCompanies(env.database, o, { survivorId: s, mergedId: m, reason: '同一企业' });
    // The parent's group is free now: another unit files it.
    const fb = await filed(b.ctx, p);
    await expect(undoMerge(env.database, await admin(), merge.id)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { issues: [{ path: 'mergedId', message: { code: 'company.unmergeFilingClash' } }] },
    });
    expect(await activeOf([fa, fb])).toEqual([fa, fb]);
    expect(await findHolderSetClashes(env.database.db)).toEqual([]);
  });
});

describe('the holder-set check', () => {
  it('names a group whose filings were written around the rules (two joint sets), with its filings', async () => {
    const g = await company('澜江检查集团');
    const sub = await company('澜江检查子公司', g);
    const [a, b] = [await clerk(), await clerk()];
    const day = '2026-01-01';
    const rows = await queryRows<{ id: number }>(
      env.database.db,
      sql`insert into filings (company_id, group_company_id, unit_id, starts_on, expires_on, joint_conflict_id, credit_share)
            values (${g}, ${g}, ${a.unit.id}, ${day}, '2099-01-01', 900001, 50), (${sub}, ${g}, ${b.unit.id}, ${day}, '2099-01-01', 900002, 50)
            returning id`,
    );
    const clashes = await checkHolderSets(env.database.db);
    expect(clashes.ok).toBe(false);
    expect(clashes.groups.filter((x) => x.groupCompanyId === g)).toEqual([
      {
        groupCompanyId: g,
        groupName: expect.stringContaining('澜江检查集团'),
        holderSets: 2,
        filingIds: rows.map((r) => r.id),
      },
    ]);
    await env.database.db.execute(sql`update filings set status = 'released' where company_id in (${g}, ${sub})`);
    expect(await checkHolderSets(env.database.db)).toEqual({ ok: true, groups: [] });
  });
});
