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
import { countVisitsByUnit } from './visits.repository.ts';

let env: TestEnv;
let bureau: number;
let clerk: Session;
let countyClerk: Session;
let office: Session;
beforeAll(async () => {
  env = await createTestEnv();
  bureau = (await buildUnit(env.database, { name: '驻深圳招商局', kind: 'resident_bureau' })).id;
  const county = (await buildUnit(env.database, { name: '泗阳县', kind: 'county' })).id;
  clerk = await login(
    env.app,
    (await buildUser(env.database, { role: 'unit_staff', unitId: bureau, displayName: '张三' })).username,
  );
  countyClerk = await login(env.app, (await buildUser(env.database, { role: 'unit_staff', unitId: county })).username);
  office = await login(env.app, (await buildUser(env.database, { role: 'office' })).username);
});
afterAll(() => env.close());

describe('visit logs', () => {
  it('a bureau clerk logs visits for the own unit; the indicator counts visits and days at post', async () => {
    for (const [visitedOn, party] of [
      ['2026-03-02', '深圳某电子有限公司'],
      ['2026-03-02', '深圳市宿迁商会'],
      ['2026-03-05', '某新能源集团'],
    ] as const) {
      const res = await call(env.app, clerk, 'POST', '/api/v1/visits', {
        visitedOn,
        party,
        place: '深圳南山',
        notes: null,
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    const list = (await call(env.app, clerk, 'GET', '/api/v1/visits')).json();
    expect(list.total).toBe(3);
    expect(list.items[0]).toMatchObject({
      unit: { id: bureau, name: '驻深圳招商局' },
      visitedOn: '2026-03-05',
      party: '某新能源集团',
      createdBy: '张三',
    });
    expect(await countVisitsByUnit(env.database.db, '2026-01-01', '2026-03-31')).toEqual(
      new Map([[bureau, { visits: 3, days: 2 }]]),
    );
    expect(await countVisitsByUnit(env.database.db, '2026-03-03', '2026-03-31')).toEqual(
      new Map([[bureau, { visits: 1, days: 1 }]]),
    );
  });

  it('refuses another unit’s clerk, a future date and an empty party, writing nothing', async () => {
    const other = await call(env.app, countyClerk, 'POST', '/api/v1/visits', {
      unitId: bureau,
      visitedOn: '2026-03-01',
      party: '某公司',
      place: '深圳',
    });
    expect(other.statusCode).toBe(403);
    const future = await call(env.app, clerk, 'POST', '/api/v1/visits', {
      visitedOn: '2099-01-01',
      party: '某公司',
      place: '深圳',
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().message).toBe('走访日期不能晚于今天');
    const empty = await call(env.app, clerk, 'POST', '/api/v1/visits', {
      visitedOn: '2026-03-01',
      party: ' ',
      place: '深圳',
    });
    expect(empty.statusCode).toBe(400);
    expect((await call(env.app, countyClerk, 'GET', '/api/v1/visits')).json().total).toBe(0);
    expect((await call(env.app, office, 'GET', `/api/v1/visits?unitId=${bureau}`)).json().total).toBe(3);
  });

  it('exports the visible logs as xlsx', async () => {
    const res = await call(env.app, office, 'GET', '/api/v1/exports/visits');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
