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
import { readTable } from '../../spreadsheet/read-table.ts';
import { fileInvestor } from '../filings/filings.service.ts';
import { reportLead } from '../leads/leads.service.ts';
import { importProjects } from '../projects/projects-import.ts';
import { createCompany } from './companies.service.ts';
import { mergeCompanies, undoMerge } from './company-merge.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

const person = async (role: 'unit_staff' | 'office' | 'admin') => {
  const unit = await buildUnit(env.database);
  return actorCtx(await buildUser(env.database, { role, unitId: unit.id }));
};
const companyOf = (table: 'leads' | 'filings', id: number) =>
  queryRows<{ company_id: number }>(
    env.database.db,
    sql`select company_id from ${sql.raw(table)} where id = ${id}`,
  ).then((r) => r[0]!.company_id);

describe('merging duplicate companies', () => {
  it('moves leads and filings to the survivor, and an admin can undo it exactly', async () => {
    const survivor = await createCompany(env.database, systemCtx, { name: `${uniq('澜江重工')}股份有限公司` });
    const duplicate = await createCompany(env.database, systemCtx, { name: `${uniq('澜江重工股份')}公司` });
    const clerk = await person('unit_staff');
    const lead = await reportLead(env.database, clerk, { companyId: duplicate.id, source: 'visit' });
    const filing = await fileInvestor(env.database, clerk, { companyId: duplicate.id });
    if (filing.outcome !== 'filed') throw new Error('expected a filing');
    const office = await person('office');
    const merge = await mergeCompanies(env.database, office, {
      survivorId: survivor.id,
      mergedId: duplicate.id,
      reason: '同一企业录入两次',
    });
    expect(merge.moved).toEqual({
      leads: [lead.id],
      filings: [filing.filingId],
      conflicts: [],
      projects: [],
      subsidiaries: [],
    });
    expect(await companyOf('leads', lead.id)).toBe(survivor.id);
    expect(await companyOf('filings', filing.filingId)).toBe(survivor.id);
    const admin = await person('admin');
    await expect(undoMerge(env.database, office, merge.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await undoMerge(env.database, admin, merge.id)).toEqual({ id: merge.id, moved: merge.moved });
    expect(await companyOf('leads', lead.id)).toBe(duplicate.id);
    expect(await companyOf('filings', filing.filingId)).toBe(duplicate.id);
    await expect(undoMerge(env.database, admin, merge.id)).rejects.toMatchObject({ message: '该合并已撤销' });
    const audit = await queryRows<{ action: string }>(
      env.database.db,
      sql`select action from audit_log where action like 'company.%merge' order by id`,
    );
    expect(audit.map((a) => a.action)).toEqual(['company.merge', 'company.unmerge']);
  });

  it('refuses a merge that would give one investor two active filings', async () => {
    const a = await createCompany(env.database, systemCtx, { name: `${uniq('甲')}有限公司` });
    const b = await createCompany(env.database, systemCtx, { name: `${uniq('乙')}有限公司` });
    await fileInvestor(env.database, await person('unit_staff'), { companyId: a.id });
    await fileInvestor(env.database, await person('unit_staff'), { companyId: b.id });
    const office = await person('office');
    await expect(
      mergeCompanies(env.database, office, { survivorId: a.id, mergedId: b.id, reason: '重复' }),
    ).rejects.toMatchObject({
      details: {
        issues: [{ path: 'mergedId', message: { code: 'company.mergeFilingClash' } }],
      },
    });
  });

  it('over HTTP: only the office merges, with a reason', async () => {
    const a = await createCompany(env.database, systemCtx, { name: `${uniq('丙')}有限公司` });
    const b = await createCompany(env.database, systemCtx, { name: `${uniq('丁')}有限公司` });
    const clerk = await buildUser(env.database, { role: 'unit_staff' });
    const s = await login(env.app, clerk.username);
    expect(
      (await call(env.app, s, 'POST', '/api/v1/company-merges', { survivorId: a.id, mergedId: b.id, reason: '重复' }))
        .statusCode,
    ).toBe(403);
    const officer = await buildUser(env.database, { role: 'office' });
    const o = await login(env.app, officer.username);
    const blank = await call(env.app, o, 'POST', '/api/v1/company-merges', {
      survivorId: a.id,
      mergedId: b.id,
      reason: ' ',
    });
    expect(blank.json().details.issues).toEqual([{ path: 'reason', message: '请填写合并理由' }]);
    const ok = await call(env.app, o, 'POST', '/api/v1/company-merges', {
      survivorId: a.id,
      mergedId: b.id,
      reason: '重复录入',
    });
    expect(ok.statusCode).toBe(201);
    expect((await call(env.app, o, 'GET', `/api/v1/companies/${b.id}`)).json()).toMatchObject({
      code: 'NOT_FOUND',
      message: '该企业已合并到另一条记录',
    });
  });

  it('moves the duplicate’s projects too (listed by GET /projects?companyId=), and refuses two projects of one name and date', async () => {
    const unitName = uniq('宿城区');
    await buildUnit(env.database, { name: unitName, kind: 'county' });
    const survivor = await createCompany(env.database, systemCtx, { name: `${uniq('澜江项目')}有限公司` });
    const duplicate = await createCompany(env.database, systemCtx, { name: `${uniq('澜江项目重复')}有限公司` });
    const header =
      '项目名称,投资方,统一社会信用代码,招引单位,承载地,产业链,符合产业定位,协议投资(万元),外资(万美元),投资方类型,签约日期,合同日期,注册日期,达到开工条件日期,开工日期,竣工日期,投产日期,状态,备注';
    const row = (name: string, company: string, date: string) =>
      `${name},${company},,${unitName},${unitName},新能源,是,1000,,,${date},,,,,,,在建,`;
    const table = await readTable(
      Buffer.from(
        [
          header,
          row('澜江基地一期', duplicate.name, '2026-03-01'),
          row('澜江基地二期', survivor.name, '2026-04-01'),
        ].join('\n'),
      ),
      'merge.csv',
    );
    expect(
      await importProjects(env.database, systemCtx, table, { dryRun: false, fileName: 'merge.csv' }),
    ).toMatchObject({
      created: 2,
      errors: [],
    });
    const officer = await buildUser(env.database, { role: 'office' });
    const o = await login(env.app, officer.username);
    const names = async (companyId: number) =>
      ((await call(env.app, o, 'GET', `/api/v1/projects?companyId=${companyId}`)).json().items as { name: string }[])
        .map((p) => p.name)
        .sort();
    expect(await names(duplicate.id)).toEqual(['澜江基地一期']);
    const merge = await mergeCompanies(env.database, await person('office'), {
      survivorId: survivor.id,
      mergedId: duplicate.id,
      reason: '同一企业',
    });
    expect(merge.moved.projects).toHaveLength(1);
    expect(await names(survivor.id)).toEqual(['澜江基地一期', '澜江基地二期']);
    await undoMerge(env.database, await person('admin'), merge.id);
    expect(await names(duplicate.id)).toEqual(['澜江基地一期']);
    // The same project recorded under both companies: merging would duplicate it.
    const again = await readTable(
      Buffer.from([header, row('澜江基地二期', duplicate.name, '2026-04-01')].join('\n')),
      'again.csv',
    );
    await importProjects(env.database, systemCtx, again, { dryRun: false, fileName: 'again.csv' });
    await expect(
      mergeCompanies(env.database, await person('office'), {
        survivorId: survivor.id,
        mergedId: duplicate.id,
        reason: '重复',
      }),
    ).rejects.toMatchObject({
      details: { issues: [{ path: 'mergedId', message: { code: 'company.mergeProjectClash', params: { count: 1 } } }] },
    });
  });
});
