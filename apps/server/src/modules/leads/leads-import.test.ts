import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorCtx, buildUnit, buildUser, createTestEnv, systemCtx, type TestEnv } from '../../../test/factories.ts';
import { queryRows } from '../../db/client.ts';
import { readTable } from '../../spreadsheet/read-table.ts';
import { createCompany } from '../companies/companies.service.ts';
import { importLeads } from './leads-import.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
  await buildUnit(env.database, { name: '澜江市驻深圳招商局', kind: 'resident_bureau' });
  await buildUnit(env.database, { name: '澜城区', kind: 'county' });
  await createCompany(env.database, systemCtx, { name: '华为技术有限公司', uscc: '914403001922038216' });
});
afterAll(() => env.close());

const HEADER = '企业名称,统一社会信用代码,报送单位,产业链,预计投资(万元),线索来源,报送日期,说明';
const csv = (lines: string[]) => Buffer.from(`\ufeff${[HEADER, ...lines].join('\n')}\n`, 'utf8');
const run = async (bytes: Buffer, ctx = systemCtx, dryRun = false) =>
  importLeads(env.database, ctx, await readTable(bytes, 'leads.csv'), { dryRun, fileName: 'leads.csv' });
const leadCount = async () =>
  (await queryRows<{ n: number }>(env.database.db, sql`select count(*)::int as n from leads`))[0]!.n;

describe('import leads', () => {
  it('every bad row is reported precisely and nothing is written', async () => {
    const report = await run(
      csv([
        '华为技术有限公司,,澜江市驻深圳招商局,新一代信息技术,"1,234.5万",活动,2021-08-02,绿洽会',
        '某某科技有限公司,,澜江市驻深圳招商局,,-3,活动,2021-08-02,',
        '某某电子有限公司,,澜江市驻深圳招商局,,100,活动,2021-02-30,',
        '某某材料有限公司,,不存在的单位,,100,活动,2021-08-02,',
        '某某能源有限公司,,澜城区,,100,飞鸽传书,2021-08-02,',
        '某某能源有限公司,,澜城区,,100,活动,2099-01-01,',
      ]),
    );
    expect(report.errors).toEqual([
      { row: 2, column: '预计投资(万元)', reason: '金额只填数字（单位已是万元），不要带“万”“元”或千分位逗号' },
      { row: 3, column: '预计投资(万元)', reason: '金额不能为负数' },
      { row: 4, column: '报送日期', reason: '“2021-02-30”不是有效日期（格式 YYYY-MM-DD）' },
      { row: 5, column: '报送单位', reason: '找不到单位“不存在的单位”（须与单位管理中的名称一致）' },
      { row: 6, column: '线索来源', reason: '“飞鸽传书”不是有效的线索来源，可填：活动、推介、上门拜访、调研、其他' },
      { row: 7, column: '报送日期', reason: '报送日期不能晚于今天' },
    ]);
    expect(await leadCount()).toBe(0);
  });

  it('imports a guest list: known companies are linked, new ones join the registry; a re-import updates', async () => {
    const file = csv([
      '華為技術有限公司,,澜江市驻深圳招商局,新一代信息技术,50000,活动,2021-08-02,绿洽会洽谈',
      '澜江新材料研究院有限公司,,澜江市驻深圳招商局,新材料,1200.25,调研,2021-08-03,',
    ]);
    expect(await run(file, systemCtx, true)).toMatchObject({ rows: 2, created: 2, updated: 0, errors: [] });
    expect(await leadCount()).toBe(0);
    expect(await run(file)).toMatchObject({ rows: 2, created: 2, updated: 0, errors: [] });
    const rows = await queryRows<Record<string, unknown>>(
      env.database.db,
      sql`select c.name, l.estimated_amount_wan::text as amount, l.source, to_char(l.reported_on, 'YYYY-MM-DD') as d from leads l join companies c on c.id = l.company_id order by l.id`,
    );
    expect(rows).toEqual([
      { name: '华为技术有限公司', amount: '50000.0000', source: 'event', d: '2021-08-02' },
      { name: '澜江新材料研究院有限公司', amount: '1200.2500', source: 'research', d: '2021-08-03' },
    ]);
    expect(
      await run(csv(['華為技術有限公司,,澜江市驻深圳招商局,新一代信息技术,60000,活动,2021-08-02,'])),
    ).toMatchObject({ created: 0, updated: 1 });
    expect(await leadCount()).toBe(2);
    const [huawei] = await queryRows<{ amount: string; notes: string }>(
      env.database.db,
      sql`select estimated_amount_wan::text as amount, notes from leads where id = 1`,
    );
    expect(huawei).toEqual({ amount: '60000.0000', notes: '绿洽会洽谈' });
  });

  it('a county clerk imports only the leads of their own unit', async () => {
    const user = await buildUser(env.database, { role: 'unit_staff' });
    const report = await run(csv(['某企业有限公司,,澜城区,,,,2021-08-02,']), actorCtx(user));
    expect(report.errors).toEqual([{ row: 2, column: '报送单位', reason: '只能导入本单位报送的线索' }]);
  });
});
