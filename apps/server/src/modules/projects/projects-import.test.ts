import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUnit, createTestEnv, loginAs, systemCtx, type TestEnv, uploadFile } from '../../../test/factories.ts';
import { saveWithLibreOffice } from '../../../test/libreoffice.ts';
import { queryRows } from '../../db/client.ts';
import { readTable } from '../../spreadsheet/read-table.ts';
import { exportProjectsFile, importProjects } from './projects-import.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
  await buildUnit(env.database, { name: '宿城区', kind: 'county' });
  await buildUnit(env.database, { name: '沭阳县', kind: 'county' });
  await buildUnit(env.database, { name: '驻上海招商局', kind: 'resident_bureau' });
});
afterAll(() => env.close());

const HEADER =
  '项目名称,投资方,统一社会信用代码,招引单位,承载地,产业链,符合产业定位,协议投资(万元),外资(万美元),投资方类型,签约日期,合同日期,注册日期,达到开工条件日期,开工日期,竣工日期,投产日期,状态,备注';
const csv = (...rows: string[]) => Buffer.from(`\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`);
const run = async (bytes: Buffer, dryRun = false, name = 'projects.csv') =>
  importProjects(env.database, systemCtx, await readTable(bytes, name), { dryRun, fileName: name });

const GOOD = [
  '新能源电池项目,江苏澜江新能源有限公司,,驻上海招商局,宿城区,新能源,是,50000,,民营,2021-03-01,2021-03-10,2021-04-01,,2021-05-01,,,在建,',
  '食品加工项目,澜江某食品有限公司,,宿城区、驻上海招商局,沭阳县,食品,否,12345.6789,100.5,外资,2021-06-15,,,,,,,停滞,资金未到位',
  '光伏项目,澜江光伏科技有限公司,,沭阳县,沭阳县,新能源,是,3000,,民营,2020-04-01,2020-05-01,2020-05-02,2020-06-01,,,,终止,资金链断裂',
];

describe('importing projects', () => {
  it('reports every bad row with its column and reason, and writes nothing', async () => {
    const report = await run(
      csv(
        GOOD[0]!,
        '坏项目一,,,某某招商局,宿城区,,是,100,,,2021-01-01,,,,,,,在建,',
        '坏项目二,,,,宿城县,,也许,1亿,,,2021-13-01,,,,,,,在建,',
        '坏项目三,,,,宿城区,,否,100,,,2021-01-01,,,2021-03-01,2021-02-01,,,终止,',
        '坏项目四,,,,宿城区,,否,100,,,2099-01-01,,,,,,,在建,',
        GOOD[0]!,
      ),
    );
    expect(report.errors).toEqual([
      {
        row: 3,
        column: '招引单位',
        reason: '找不到单位“某某招商局”（须与单位管理中的名称一致，多个单位用“、”或“;”分隔）',
      },
      { row: 4, column: '承载地', reason: '找不到单位“宿城县”（须与单位管理中的名称一致）' },
      { row: 4, column: '符合产业定位', reason: '“也许”应为“是”或“否”' },
      { row: 4, column: '协议投资(万元)', reason: '金额只填数字（单位已是万元），不要带“万”“元”或千分位逗号' },
      { row: 4, column: '签约日期', reason: '“2021-13-01”不是有效日期（格式 YYYY-MM-DD）' },
      { row: 5, column: '开工日期', reason: '开工日期 2021-02-01 早于达到开工条件日期 2021-03-01' },
      { row: 5, column: '备注', reason: '状态为“终止”的项目须在备注中写明终止原因' },
      { row: 6, column: '签约日期', reason: '签约日期 2099-01-01 晚于今天，不能预填将来的日期' },
      { row: 7, column: '项目名称', reason: '与第 2 行是同一项目（项目名称、投资方和签约日期相同）' },
    ]);
    const [n] = await queryRows<{ n: number }>(env.database.db, sql`select count(*)::int as n from projects`);
    expect(n!.n).toBe(0);
  });

  it('imports, then a re-import updates by name + investor + signing date, or leaves unchanged rows alone', async () => {
    expect(await run(csv(...GOOD), true)).toMatchObject({
      dryRun: true,
      rows: 3,
      created: 3,
      updated: 0,
      unchanged: 0,
      errors: [],
    });
    expect(await run(csv(...GOOD))).toMatchObject({ created: 3, updated: 0, unchanged: 0, errors: [] });
    const rows = await queryRows<{
      name: string;
      agreed_yuan: string;
      status: string;
      status_reason: string | null;
      stage: string;
      sources: string;
    }>(
      env.database.db,
      sql`select p.name, p.agreed_yuan::text, p.status, p.status_reason, p.stage,
            (select string_agg(u.name, '、' order by u.name) from project_sources s join units u on u.id = s.unit_id where s.project_id = p.id) as sources
          from projects p order by p.id`,
    );
    expect(rows).toEqual([
      {
        name: '新能源电池项目',
        agreed_yuan: '500000000',
        status: 'active',
        status_reason: null,
        stage: 'started',
        sources: '驻上海招商局',
      },
      {
        name: '食品加工项目',
        agreed_yuan: '123456789',
        status: 'stalled',
        status_reason: '资金未到位',
        stage: 'signed',
        sources: '宿城区、驻上海招商局',
      },
      {
        name: '光伏项目',
        agreed_yuan: '30000000',
        status: 'terminated',
        status_reason: '资金链断裂',
        stage: 'ready',
        sources: '沭阳县',
      },
    ]);
    expect(await run(csv(...GOOD))).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    const changed = GOOD[0]!.replace(',2021-05-01,,,在建,', ',2021-05-01,2021-10-01,,在建,');
    expect(await run(csv(changed, GOOD[1]!, GOOD[2]!))).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    const [v] = await queryRows<{ version: number; completed_on: string }>(
      env.database.db,
      sql`select version, completed_on::text from projects where name = '新能源电池项目'`,
    );
    expect(v).toEqual({ version: 2, completed_on: '2021-10-01' });
  });

  it('exports in the import columns; opened and saved by LibreOffice Calc, the file imports back unchanged', async () => {
    const { file, rows } = await exportProjectsFile(env.database, systemCtx, {});
    expect(rows).toBe(3);
    const table = await readTable(file, 'projects.xlsx');
    expect(table.headers).toEqual(HEADER.split(','));
    expect(table.rows.find((r) => r.cells.项目名称 === '食品加工项目')!.cells).toMatchObject({
      项目名称: '食品加工项目',
      招引单位: '宿城区、驻上海招商局',
      '协议投资(万元)': '12345.6789',
      '外资(万美元)': '100.5',
      投资方类型: '外资',
      状态: '停滞',
    });
    const resaved = saveWithLibreOffice(file, 'projects.xlsx', 'xlsx');
    const again = await readTable(resaved, 'projects.xlsx');
    expect(again.rows.map((r) => r.cells)).toEqual(table.rows.map((r) => r.cells));
    expect(
      await importProjects(env.database, systemCtx, again, { dryRun: false, fileName: 'resaved.xlsx' }),
    ).toMatchObject({ created: 0, updated: 0, unchanged: 3, errors: [] });
    const asCsv = saveWithLibreOffice(file, 'projects.xlsx', 'csv');
    expect(await run(asCsv, false, 'projects-libreoffice.csv')).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 3,
      errors: [],
    });
  });

  it('a county clerk imports only projects of their own unit, through the web API', async () => {
    const [suCheng] = await queryRows<{ id: number }>(env.database.db, sql`select id from units where name = '宿城区'`);
    const { session } = await loginAs(env, 'unit_staff', { unitId: suCheng!.id });
    const res = await uploadFile(
      env.app,
      session,
      '/api/v1/imports/projects?dryRun=true',
      csv('别县的项目,,,沭阳县,沭阳县,,否,10,,,2021-01-01,,,,,,,在建,'),
      '项目.csv',
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().errors).toEqual([
      { row: 2, column: '承载地', reason: '只能导入本单位作为承载地或招引单位的项目' },
    ]);
  });
});
