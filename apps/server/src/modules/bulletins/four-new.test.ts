import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUnit, buildUser, call, createTestEnv, login, systemCtx, type TestEnv } from '../../../test/factories.ts';
import { queryRows } from '../../db/client.ts';
import { readTable } from '../../spreadsheet/read-table.ts';
import { importProjects } from '../projects/projects-import.ts';

/**
 * "Four new" without double counting: M1, a major project (200000 万元) signed 2021-02-01 by
 * 宿城区, and M2, its expansion (增资, expansion_of = M1, 150000 万元) signed 2021-03-01. Only M1
 * is a newly signed major project: 宿城区's four-new count is signed 1 (not 2), and its bonus
 * is the default scheme's points for one signing.
 */
const HEADER =
  '项目名称,投资方,统一社会信用代码,招引单位,承载地,产业链,符合产业定位,协议投资(万元),外资(万美元),投资方类型,签约日期,合同日期,注册日期,达到开工条件日期,开工日期,竣工日期,投产日期,状态,备注';
const ROWS = [
  'M1,,,宿城区,宿城区,新能源,是,200000,,,2021-02-01,2021-02-10,,,,,,在建,',
  'M2,,,宿城区,宿城区,新能源,是,150000,,,2021-03-01,2021-03-10,,,,,,在建,增资',
];

let env: TestEnv;
let county: number;
beforeAll(async () => {
  env = await createTestEnv();
  county = (await buildUnit(env.database, { name: '宿城区', kind: 'county' })).id;
  const table = await readTable(Buffer.from([HEADER, ...ROWS].join('\n')), 'four-new.csv');
  expect(
    await importProjects(env.database, systemCtx, table, { dryRun: false, fileName: 'four-new.csv' }),
  ).toMatchObject({ created: 2, errors: [] });
  await env.database.db.execute(
    sql`update projects set expansion_of = (select id from projects where name = 'M1') where name = 'M2'`,
  );
});
afterAll(() => env.close());

describe('the four-new bonus', () => {
  it('counts an expansion (增资) of a major project as no second newly signed major project: bonus 1, not 2', async () => {
    const office = await login(env.app, (await buildUser(env.database, { role: 'office' })).username);
    const res = await call(env.app, office, 'POST', '/api/v1/bulletins', { year: 2021, month: 7 });
    expect(res.statusCode, res.body).toBe(201);
    const b = (await call(env.app, office, 'GET', `/api/v1/bulletins/${res.json().id}`)).json();
    const unit = b.snapshot.groups
      .flatMap((g: { units: { unitName: string }[] }) => g.units)
      .find((u: { unitName: string }) => u.unitName === '宿城区');
    expect(unit.fourNew).toEqual({ signed: 1, started: 0, completed: 0, producing: 0 });
    expect(unit.bonus).toBe(1);
    const [m1] = await queryRows<{ id: number }>(env.database.db, sql`select id from projects where name = 'M1'`);
    const behind = (
      await call(
        env.app,
        office,
        'GET',
        `/api/v1/bulletins/${res.json().id}/projects?figure=fourNewSigned&unitId=${county}`,
      )
    ).json().items as { id: number; name: string }[];
    expect(behind.map((p) => [p.id, p.name])).toEqual([[m1!.id, 'M1']]);
  });

  it('scores each stage in the month it happens (分段考核): M1 signed in February, M1 started in May, the expansion never', async () => {
    const office = await login(env.app, (await buildUser(env.database, { role: 'office' })).username);
    await env.database.db.execute(sql`update projects set started_on = '2021-05-20' where name = 'M1'`);
    const res = await call(env.app, office, 'GET', '/api/v1/assessment/four-new/2021');
    expect(res.statusCode, res.body).toBe(200);
    const [row, ...others] = res.json().items;
    expect(others).toEqual([]);
    expect(row).toMatchObject({ unit: { id: county, name: '宿城区' }, scheme: 'host' });
    const busy = row.months
      .filter((m: { points: number }) => m.points > 0)
      .map(
        (m: {
          month: number;
          signed: number;
          started: number;
          completed: number;
          producing: number;
          points: number;
        }) => [m.month, m.signed, m.started, m.completed, m.producing, m.points],
      );
    expect(busy).toEqual([
      [2, 1, 0, 0, 0, 1],
      [5, 0, 1, 0, 0, 1],
    ]);
    expect(row.months).toHaveLength(12);
    expect(row.total).toEqual({ signed: 1, started: 1, completed: 0, producing: 0, points: 2 });
  });
});
