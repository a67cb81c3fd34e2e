import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildUnit,
  buildUser,
  call,
  createTestEnv,
  login,
  type Session,
  type TestEnv,
} from '../../../test/factories.ts';

let env: TestEnv;
let office: Session;
let county: number;
beforeAll(async () => {
  env = await createTestEnv();
  county = (await buildUnit(env.database, { name: '泗洪县', kind: 'county' })).id;
  office = await login(env.app, (await buildUser(env.database, { role: 'office' })).username);
});
afterAll(() => env.close());

type Item = { key: string; scheme: { name: string; indicators: { key: string; weight: number }[] }; version: number };

describe('the three schemes of a year', () => {
  it('starts from the three defaults, each weighing 100', async () => {
    const res = await call(env.app, office, 'GET', '/api/v1/assessment/scheme-sets/2026');
    expect(res.statusCode, res.body).toBe(200);
    const items: Item[] = res.json().items;
    expect(items.map((i) => [i.key, i.scheme.name, i.version])).toEqual([
      ['host', '全市招商引资工作方案', 0],
      ['department', '市直部门招商引资考核办法', 0],
      ['bureau', '驻外招商局管理和考核办法', 0],
    ]);
    expect(items.map((i) => i.scheme.indicators.reduce((s, x) => s + x.weight, 0))).toEqual([100, 100, 100]);
    expect(items[2]!.scheme.indicators.map((i) => i.key)).toEqual([
      'signedCountTarget',
      'eventsTarget',
      'signedAmountTarget',
      'leadsTarget',
      'visitsTarget',
      'postDaysTarget',
    ]);
    // The one-scheme address still answers with the counties and zones scheme.
    const host = (await call(env.app, office, 'GET', '/api/v1/assessment/schemes/2026')).json();
    expect(host.scheme.groups).toEqual([{ name: '县区和功能区', unitKinds: ['county', 'function_zone'] }]);
  });

  it('refuses a bureau scheme whose weights add up to 95 with 400, saving nothing', async () => {
    const items: Item[] = (await call(env.app, office, 'GET', '/api/v1/assessment/scheme-sets/2026')).json().items;
    const bureau = items[2]!.scheme;
    const bad = { ...bureau, indicators: bureau.indicators.map((i, n) => (n === 0 ? { ...i, weight: 25 } : i)) };
    const res = await call(env.app, office, 'PUT', '/api/v1/assessment/scheme-sets/2026/bureau', {
      version: 0,
      scheme: bad,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().details.issues).toEqual([{ path: 'indicators', message: '各指标权重之和应为 100，现为 95' }]);
    const after: Item[] = (await call(env.app, office, 'GET', '/api/v1/assessment/scheme-sets/2026')).json().items;
    expect(after[2]!.version).toBe(0);
  });

  it('refuses a unit in two schemes with 400 naming it, and saves a unit moved to one scheme', async () => {
    const items: Item[] = (await call(env.app, office, 'GET', '/api/v1/assessment/scheme-sets/2026')).json().items;
    const department = items[1]!.scheme;
    const kind = await call(env.app, office, 'PUT', '/api/v1/assessment/scheme-sets/2026/department', {
      version: 0,
      scheme: { ...department, groups: [{ name: '招商服务中心', unitKinds: ['service_center', 'county'] }] },
    });
    expect(kind.statusCode).toBe(400);
    expect(kind.json().details.issues).toEqual([
      {
        path: 'department.groups',
        message: '单位类型“县区”同时属于“全市招商引资工作方案”和“市直部门招商引资考核办法”，每个单位只能按一个方案考核',
      },
    ]);
    const moved = await call(env.app, office, 'PUT', '/api/v1/assessment/scheme-sets/2026/department', {
      version: 0,
      scheme: { ...department, unitIds: [county] },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().version).toBe(1);
    const bureau = items[2]!.scheme;
    const twice = await call(env.app, office, 'PUT', '/api/v1/assessment/scheme-sets/2026/bureau', {
      version: 0,
      scheme: { ...bureau, unitIds: [county] },
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().message).toBe(
      '方案有 1 处问题，首先：单位“泗洪县”同时属于“市直部门招商引资考核办法”和“驻外招商局管理和考核办法”，每个单位只能按一个方案考核',
    );
    const after: Item[] = (await call(env.app, office, 'GET', '/api/v1/assessment/scheme-sets/2026')).json().items;
    expect(after.map((i) => i.version)).toEqual([0, 1, 0]);
  });
});
