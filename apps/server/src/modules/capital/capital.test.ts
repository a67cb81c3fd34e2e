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
} from '../../../test/factories.ts';
import { queryRows } from '../../db/client.ts';
import { readTable } from '../../spreadsheet/read-table.ts';
import { importForeignCapital } from '../foreign-capital/foreign-capital-import.ts';
import { importProjects } from '../projects/projects-import.ts';
import { importCapital } from './capital-import.ts';

/**
 * A fixture city: 宿城区 hosts P1 (signed 2025-03-15, 50000 万元, 100 万美元), P3 (not signed) and
 * P4 (signed 2025-01-10, 10000 万元, 50 万美元); 沭阳县 hosts P2 (signed 2024-11-02, 20000 万元).
 */
let env: TestEnv;
let office: Session;
let leader: Session;
let suchengClerk: Session;
let shuyangClerk: Session;
const unitId: Record<string, number> = {};
const projectId: Record<string, number> = {};

const csv = (lines: string[]) => readTable(Buffer.from(`\ufeff${lines.join('\n')}\n`, 'utf8'), 'capital.csv');
const runImport = async (lines: string[], dryRun = false, lang: 'zh' | 'en' = 'zh') =>
  importCapital(env.database, { ...systemCtx, lang }, await csv(lines), { dryRun, fileName: 'capital.csv' });
const HEADER = '项目名称,承载地,年份,月份,国内到位资金(万元),外资到位资金(万美元)';
const GOOD = [
  HEADER,
  'P1,宿城区,2025,3,1000,10',
  'P1,,2025,4,2500.5,',
  'P2,沭阳县,2024,12,300,0',
  'P2,沭阳县,2025,3,700,5',
];
const count = async (table: string) =>
  (await queryRows<{ n: number }>(env.database.db, sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]!.n;
/** capital_unit_months recomputed from the raw tables: the triggers must agree with it. */
const drift = async () =>
  (
    await queryRows<{ n: number }>(
      env.database.db,
      sql`with truth as (
            select unit_id, ym, sum(d) as d, sum(f) as f, sum(a) as a, sum(af) as af from (
              select p.host_unit_id as unit_id, c.year * 12 + c.month - 1 as ym, c.domestic_wan as d, c.foreign_usd_wan as f, 0 as a, 0 as af
                from capital_arrivals c join projects p on p.id = c.project_id
              union all
              select host_unit_id, (extract(year from signed_on) * 12 + extract(month from signed_on) - 1)::int, 0, 0, agreed_yuan, coalesce(foreign_usd_wan, 0)
                from projects where signed_on is not null) x group by 1, 2)
          select count(*)::int as n from truth t full join capital_unit_months c using (unit_id, ym)
          where coalesce(t.d, 0) <> coalesce(c.domestic_wan, 0) or coalesce(t.f, 0) <> coalesce(c.foreign_usd_wan, 0)
            or coalesce(t.a, 0) <> coalesce(c.agreed_yuan, 0) or coalesce(t.af, 0) <> coalesce(c.agreed_foreign_usd_wan, 0)`,
    )
  )[0]!.n;

beforeAll(async () => {
  env = await createTestEnv();
  for (const name of ['宿城区', '沭阳县']) unitId[name] = (await buildUnit(env.database, { name, kind: 'county' })).id;
  const office_ = await buildUnit(env.database, { name: '招商服务中心', kind: 'office' });
  const users = {
    office: await buildUser(env.database, { role: 'office', unitId: office_.id }),
    leader: await buildUser(env.database, { role: 'leader', unitId: office_.id }),
    sucheng: await buildUser(env.database, { role: 'unit_staff', unitId: unitId['宿城区'] }),
    shuyang: await buildUser(env.database, { role: 'unit_staff', unitId: unitId['沭阳县'] }),
  };
  office = await login(env.app, users.office.username);
  leader = await login(env.app, users.leader.username);
  suchengClerk = await login(env.app, users.sucheng.username);
  shuyangClerk = await login(env.app, users.shuyang.username);
  const projects = await importProjects(
    env.database,
    systemCtx,
    await readTable(
      Buffer.from(
        [
          '项目名称,承载地,协议投资(万元),外资(万美元),签约日期',
          'P1,宿城区,50000,100,2025-03-15',
          'P2,沭阳县,20000,,2024-11-02',
          'P3,宿城区,3000,,',
          'P4,宿城区,10000,50,2025-01-10',
        ].join('\n'),
        'utf8',
      ),
      'projects.csv',
    ),
    { dryRun: false, fileName: 'projects.csv' },
  );
  expect(projects.errors).toEqual([]);
  for (const r of await queryRows<{ id: number; name: string }>(env.database.db, sql`select id, name from projects`))
    projectId[r.name] = r.id;
});
afterAll(() => env.close());

describe('the capital import', () => {
  it('reports every bad row — negative, non-numeric, before signing, unsigned, unknown, repeated — and writes nothing', async () => {
    const bad = [
      HEADER,
      'P1,宿城区,2025,3,-5,0',
      'P1,宿城区,2025,4,一千,0',
      'P1,宿城区,2025,2,100,0',
      'P3,宿城区,2025,5,100,0',
      'P9,,2025,5,100,0',
      'P2,沭阳县,2025,13,1,abc',
      'P2,沭阳县,2025,1,1,0',
      'P2,,2025,1,2,0',
    ];
    const report = await runImport(bad);
    expect(report).toEqual({
      dryRun: false,
      rows: 8,
      created: 0,
      updated: 0,
      unchanged: 0,
      errors: [
        { row: 2, column: '国内到位资金(万元)', reason: '金额不能为负数' },
        { row: 3, column: '国内到位资金(万元)', reason: '金额应为数字（单位：万元）' },
        { row: 4, column: '月份', reason: '2025 年 2 月早于项目签约（2025-03-15），不能登记到位资金' },
        { row: 5, column: '月份', reason: '项目“P3”尚未签约，不能登记到位资金' },
        { row: 6, column: '项目名称', reason: '找不到项目“P9”' },
        { row: 7, column: '月份', reason: '“13”不是 1–12 的月份' },
        { row: 7, column: '外资到位资金(万美元)', reason: '金额应为数字（单位：万美元）' },
        { row: 9, column: '项目名称', reason: '与第 8 行是同一项目、同一月份' },
      ],
    });
    expect((await runImport(bad, false, 'en')).errors[2]).toEqual({
      row: 4,
      column: '月份',
      reason: '2025-2 is before the project was signed (2025-03-15): no capital can arrive then',
    });
    expect(await count('capital_arrivals')).toBe(0);
    expect(
      await queryRows(
        env.database.db,
        sql`select 1 from capital_unit_months where domestic_wan <> 0 or foreign_usd_wan <> 0`,
      ),
    ).toEqual([]);
  });

  it('writes a clean sheet once: a dry run writes nothing, a re-import changes nothing, a changed month is updated', async () => {
    expect(await runImport(GOOD, true)).toMatchObject({
      dryRun: true,
      created: 4,
      updated: 0,
      unchanged: 0,
      errors: [],
    });
    expect(await count('capital_arrivals')).toBe(0);
    expect(await runImport(GOOD)).toMatchObject({ created: 4, updated: 0, unchanged: 0, errors: [] });
    expect(await runImport(GOOD)).toMatchObject({ created: 0, updated: 0, unchanged: 4, errors: [] });
    const changed = [HEADER, 'P1,宿城区,2025,4,2600,0'];
    expect(await runImport(changed)).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    expect(await runImport([HEADER, 'P1,宿城区,2025,4,2500.5,0'])).toMatchObject({ updated: 1 });
    expect(await count('capital_arrivals')).toBe(4);
    expect(await drift()).toBe(0);
  });
});

describe('the capital report', () => {
  it('sums per unit and city for the window, against agreed investment to date, with last year and foreign capital beside', async () => {
    const fc = await importForeignCapital(
      env.database,
      systemCtx,
      await readTable(
        Buffer.from('单位,年份,月份,实际使用外资(万美元)\n宿城区,2025,3,12.5\n宿城区,2024,3,4\n', 'utf8'),
        'f.csv',
      ),
      { dryRun: false, fileName: 'f.csv' },
    );
    expect(fc.errors).toEqual([]);
    const res = await call(env.app, office, 'GET', '/api/v1/capital?from=2025-01-01&to=2025-06-30');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const none = {
      domesticWan: '0',
      foreignUsdWan: '0',
      agreed: '0',
      arrivedToDateWan: '0',
      share: null,
      newSignedForeignUsdWan: '0',
    };
    expect(body.city).toEqual({
      domesticWan: '4200.5',
      foreignUsdWan: '15',
      agreed: '80000',
      arrivedToDateWan: '4500.5',
      share: 4500.5 / 80000,
      newSignedForeignUsdWan: '150',
      lastYear: none,
    });
    expect(body.units).toEqual([
      {
        unit: { id: unitId['宿城区'], name: '宿城区' },
        domesticWan: '3500.5',
        foreignUsdWan: '10',
        agreed: '60000',
        arrivedToDateWan: '3500.5',
        share: 3500.5 / 60000,
        newSignedForeignUsdWan: '150',
        lastYear: none,
      },
      {
        unit: { id: unitId['沭阳县'], name: '沭阳县' },
        domesticWan: '700',
        foreignUsdWan: '5',
        agreed: '20000',
        arrivedToDateWan: '1000',
        share: 0.05,
        newSignedForeignUsdWan: '0',
        lastYear: none,
      },
    ]);
    expect(body.foreign).toEqual({
      usedUsdWan: '12.5',
      newSignedUsdWan: '150',
      lastYear: { usedUsdWan: '4', newSignedUsdWan: '0' },
    });
    expect(body.months.map((m: { month: string; domesticWan: string }) => [m.month, m.domesticWan])).toEqual([
      ['2025-01', '0'],
      ['2025-02', '0'],
      ['2025-03', '1700'],
      ['2025-04', '2500.5'],
      ['2025-05', '0'],
      ['2025-06', '0'],
    ]);
    // Year on year: 2025-12 against 2024-12 (P2's 300).
    const yoy = (await call(env.app, leader, 'GET', '/api/v1/capital?from=2025-12-01&to=2025-12-31')).json();
    expect(yoy.city.lastYear).toEqual({
      domesticWan: '300',
      foreignUsdWan: '0',
      agreed: '20000',
      arrivedToDateWan: '300',
      share: 0.015,
      newSignedForeignUsdWan: '0',
    });
  });

  it('shows a unit clerk their own unit only, and refuses a window that ends before it starts', async () => {
    const mine = (await call(env.app, shuyangClerk, 'GET', '/api/v1/capital?from=2025-01-01&to=2025-06-30')).json();
    expect(mine.units.map((u: { unit: { name: string } }) => u.unit.name)).toEqual(['沭阳县']);
    const res = await call(env.app, office, 'GET', '/api/v1/capital?from=2025-06-30&to=2025-01-01');
    expect(res.statusCode).toBe(400);
    expect(res.json().details.issues).toEqual([{ path: 'to', message: '统计区间的结束日期早于开始日期' }]);
  });

  it('moves a project’s capital with it when its host unit changes', async () => {
    await env.database.db.execute(
      sql`update projects set host_unit_id = ${unitId['沭阳县']} where id = ${projectId.P4}`,
    );
    expect(await drift()).toBe(0);
    const body = (await call(env.app, office, 'GET', '/api/v1/capital?from=2025-01-01&to=2025-06-30')).json();
    expect(body.units.map((u: { unit: { name: string }; agreed: string }) => [u.unit.name, u.agreed])).toEqual([
      ['宿城区', '50000'],
      ['沭阳县', '30000'],
    ]);
    await env.database.db.execute(
      sql`update projects set host_unit_id = ${unitId['宿城区']} where id = ${projectId.P4}`,
    );
    expect(await drift()).toBe(0);
  });
});

describe('a project’s capital', () => {
  it('is recorded month by month by its host unit; bad input is refused precisely and writes nothing', async () => {
    const url = `/api/v1/projects/${projectId.P4}/capital`;
    const before = await count('audit_log');
    const put = (s: Session, body: object) => call(env.app, s, 'PUT', url, body);
    const negative = await put(suchengClerk, { year: 2025, month: 2, domesticWan: '-1' });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().details.issues).toEqual([{ path: 'domesticWan', message: '金额不能为负数' }]);
    const text = await put(suchengClerk, { year: 2025, month: 2, domesticWan: '100', foreignUsdWan: 'abc' });
    expect(text.statusCode).toBe(400);
    expect(text.json().details.issues).toEqual([{ path: 'foreignUsdWan', message: '金额应为数字（单位：万美元）' }]);
    const early = await put(suchengClerk, { year: 2024, month: 12, domesticWan: '100' });
    expect(early.statusCode).toBe(400);
    expect(early.json().details.issues).toEqual([
      { path: 'month', message: '2024 年 12 月早于项目签约（2025-01-10），不能登记到位资金' },
    ]);
    expect((await put(shuyangClerk, { year: 2025, month: 2, domesticWan: '100' })).statusCode).toBe(404);
    expect(await count('audit_log')).toBe(before);
    expect(await count('capital_arrivals')).toBe(4);

    const ok = await put(suchengClerk, { year: 2025, month: 2, domesticWan: '2500', foreignUsdWan: '20' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({
      project: { id: projectId.P4, name: 'P4', signedOn: '2025-01-10', agreedWan: '10000', agreedForeignUsdWan: '50' },
      months: [{ year: 2025, month: 2, domesticWan: '2500', foreignUsdWan: '20' }],
      domesticWan: '2500',
      foreignUsdWan: '20',
      share: 0.25,
      canRecord: true,
    });
    expect(await drift()).toBe(0);
    const del = await call(env.app, office, 'DELETE', `${url}/2025/2`);
    expect(del.statusCode).toBe(204);
    expect((await call(env.app, office, 'GET', url)).json().months).toEqual([]);
    expect(await drift()).toBe(0);
  });

  it('detects two clerks saving the same month: the second is told what the first saved, and nothing is overwritten', async () => {
    const url = `/api/v1/projects/${projectId.P4}/capital`;
    type Month = { domesticWan: string; foreignUsdWan: string };
    /** May 2025 saved by one person; what is left out is left out of the body. */
    const may = (s: Session, domesticWan: string, foreignUsdWan?: string, replaces?: Month | null) =>
      call(env.app, s, 'PUT', url, { year: 2025, month: 5, domesticWan, foreignUsdWan, replaces });
    const first = await may(suchengClerk, '800', '', null);
    expect(first.statusCode).toBe(200);
    const before = await count('audit_log');
    // The office had the empty month open too.
    const second = await may(office, '900', '3');
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({
      code: 'CONFLICT_VERSION',
      message: '2025年5月的到位资金已被他人改为：国内 800 万元，外资 0 万美元。请刷新后再修改',
      details: { year: 2025, month: 5, current: { domesticWan: '800', foreignUsdWan: '0' } },
    });
    // A change against an older reading of the month is refused the same way.
    const stale = await may(office, '900', undefined, { domesticWan: '700', foreignUsdWan: '0' });
    expect(stale.statusCode).toBe(409);
    expect(await count('audit_log')).toBe(before);
    // Against what is there now (written differently: 800.00), it is taken and audited with what it replaced.
    const fixed = await may(office, '900', '3', { domesticWan: '800.00', foreignUsdWan: '' });
    expect(fixed.statusCode).toBe(200);
    expect(fixed.json().months).toEqual([{ year: 2025, month: 5, domesticWan: '900', foreignUsdWan: '3' }]);
    expect(await count('audit_log')).toBe(before + 1);
    expect(await drift()).toBe(0);
    expect((await call(env.app, office, 'DELETE', `${url}/2025/5`)).statusCode).toBe(204);
    const gone = await may(suchengClerk, '1', undefined, { domesticWan: '900', foreignUsdWan: '3' });
    expect(gone.statusCode).toBe(409);
    expect(gone.json().message).toBe('2025年5月的到位资金已被他人删除。请刷新后再登记');
    expect(await drift()).toBe(0);
  });

  it('exports what the import reads', async () => {
    const res = await call(env.app, office, 'GET', '/api/v1/capital/export');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="capital.xlsx"; filename*=UTF-8''${encodeURIComponent('到位资金.xlsx')}`,
    );
    const table = await readTable(res.rawPayload, 'capital.xlsx');
    expect(table.rows.map((r) => Object.values(r.cells))).toEqual([
      ['P1', '宿城区', '2025', '3', '1000', '10'],
      ['P1', '宿城区', '2025', '4', '2500.5', '0'],
      ['P2', '沭阳县', '2024', '12', '300', '0'],
      ['P2', '沭阳县', '2025', '3', '700', '5'],
    ]);
    expect(await runImport([HEADER, ...table.rows.map((r) => Object.values(r.cells).join(','))])).toMatchObject({
      unchanged: 4,
      errors: [],
    });
  });
});
