import { addDays, shanghaiDate } from '@zhaoshang/shared';
import { sql } from 'drizzle-orm';
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
import { queryRows } from '../../db/client.ts';

/**
 * Chain and segment are picked on the lead, filing, project and company forms: the server takes
 * ids only when they exist and the segment is the chain's. The map: 新能源 (电池材料) and 绿色食品
 * (食品加工); 沭阳县 (a county clerk) is designated for 新能源.
 */
let env: TestEnv;
let office: Session;
let clerk: Session;
let county = 0;
const ids = { energy: 0, food: 0, materials: 0, processing: 0 };
let companyNo = 0;

const count = async (table: string, where = sql`true`) =>
  (
    await queryRows<{ n: number }>(
      env.database.db,
      sql`select count(*)::int as n from ${sql.identifier(table)} where ${where}`,
    )
  )[0]!.n;
const newCompany = async () => {
  companyNo += 1;
  const res = await call(env.app, office, 'POST', '/api/v1/companies', { name: `链选测试企业${companyNo}有限公司` });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as number;
};

beforeAll(async () => {
  env = await createTestEnv();
  county = (await buildUnit(env.database, { name: '沭阳县', kind: 'county' })).id;
  const officeUnit = (await buildUnit(env.database, { name: '领导小组办公室', kind: 'office' })).id;
  office = await login(env.app, (await buildUser(env.database, { role: 'office', unitId: officeUnit })).username);
  clerk = await login(env.app, (await buildUser(env.database, { role: 'unit_staff', unitId: county })).username);
  const group = (
    await call(env.app, office, 'POST', '/api/v1/chain-groups', { name: '主导产业', kind: 'leading' })
  ).json().id;
  ids.energy = (await call(env.app, office, 'POST', '/api/v1/chains', { groupId: group, name: '新能源' })).json().id;
  ids.food = (await call(env.app, office, 'POST', '/api/v1/chains', { groupId: group, name: '绿色食品' })).json().id;
  ids.materials = (
    await call(env.app, office, 'POST', '/api/v1/chain-segments', {
      chainId: ids.energy,
      name: '电池材料',
      stream: 'up',
    })
  ).json().id;
  ids.processing = (
    await call(env.app, office, 'POST', '/api/v1/chain-segments', {
      chainId: ids.food,
      name: '食品加工',
      stream: 'mid',
    })
  ).json().id;
  await env.database.db.execute(sql`insert into unit_chains (unit_id, chain_id) values (${county}, ${ids.energy})`);
});
afterAll(() => env.close());

/** The three bad picks and the answer each gets. */
const BAD = () =>
  [
    [{ chainId: 999999, segmentId: null }, 'CHAIN_UNKNOWN', '没有这条产业链'],
    [{ chainId: ids.energy, segmentId: 999999 }, 'SEGMENT_UNKNOWN', '没有这个产业链环节'],
    [{ chainId: ids.energy, segmentId: ids.processing }, 'SEGMENT_WRONG_CHAIN', '所选环节不属于所选产业链'],
  ] as const;

describe('a picked chain and segment', () => {
  it('a lead: an unknown chain or segment, or a segment of another chain, is a precise 400 and nothing is written', async () => {
    const companyId = await newCompany();
    for (const [pick, code, message] of BAD()) {
      const res = await call(env.app, clerk, 'POST', '/api/v1/leads', { companyId, source: 'visit', ...pick });
      expect([res.statusCode, res.json().code, res.json().message]).toEqual([400, code, message]);
    }
    expect(await count('leads')).toBe(0);
    const ok = await call(env.app, clerk, 'POST', '/api/v1/leads', {
      companyId,
      source: 'visit',
      chainId: ids.energy,
      segmentId: ids.materials,
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(await count('leads', sql`chain_id = ${ids.energy} and segment_id = ${ids.materials}`)).toBe(1);
  });

  it('a filing: the same three refusals; a good pick is kept on the filing', async () => {
    const companyId = await newCompany();
    for (const [pick, code] of BAD()) {
      const res = await call(env.app, clerk, 'POST', '/api/v1/filings', { companyId, ...pick });
      expect([res.statusCode, res.json().code]).toEqual([400, code]);
    }
    expect(await count('filings')).toBe(0);
    const ok = await call(env.app, clerk, 'POST', '/api/v1/filings', {
      companyId,
      chainId: ids.food,
      segmentId: ids.processing,
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(await count('filings', sql`chain_id = ${ids.food} and segment_id = ${ids.processing}`)).toBe(1);
  });

  it('a project: the same three refusals; a good pick is kept and the list finds it by chain, segment and recommendation', async () => {
    const body = (over: Record<string, unknown>) => ({
      name: '链选测试项目',
      companyId: null,
      hostUnitId: county,
      sourceUnitIds: [county],
      chain: null,
      fitsPositioning: true,
      agreedWan: '1000',
      stages: {},
      ...over,
    });
    for (const [pick, code] of BAD()) {
      const res = await call(env.app, clerk, 'POST', '/api/v1/projects', body(pick));
      expect([res.statusCode, res.json().code]).toEqual([400, code]);
    }
    expect(await count('projects')).toBe(0);
    const inside = await call(
      env.app,
      clerk,
      'POST',
      '/api/v1/projects',
      body({ chainId: ids.energy, segmentId: ids.materials }),
    );
    expect(inside.statusCode, inside.body).toBe(201);
    const noReason = await call(
      env.app,
      clerk,
      'POST',
      '/api/v1/projects',
      body({ name: '食品项目', chainId: ids.food }),
    );
    expect([noReason.statusCode, noReason.json().code]).toEqual([400, 'FITS_REASON_REQUIRED']);
    const outside = await call(
      env.app,
      clerk,
      'POST',
      '/api/v1/projects',
      body({ name: '食品项目', chainId: ids.food, segmentId: ids.processing, fitsReason: '县政府专题会议定' }),
    );
    expect(outside.statusCode, outside.body).toBe(201);
    const list = async (query: string) =>
      (await call(env.app, clerk, 'GET', `/api/v1/projects?${query}`))
        .json()
        .items.map((p: { name: string; outsideRecommendation: boolean; fitsPositioning: boolean }) => [
          p.name,
          p.outsideRecommendation,
          p.fitsPositioning,
        ]);
    expect(await list(`chainId=${ids.energy}`)).toEqual([['链选测试项目', false, true]]);
    expect(await list(`chainId=${ids.food}&segmentId=${ids.processing}`)).toEqual([['食品项目', true, true]]);
    expect(await list('outsideRecommendation=true')).toEqual([['食品项目', true, true]]);
  });

  it('a company: the same three refusals on creation; a good pick places it on the segment (a local firm)', async () => {
    const before = await count('companies');
    for (const [pick, code] of BAD()) {
      const res = await call(env.app, clerk, 'POST', '/api/v1/companies', { name: '链选落点测试有限公司', ...pick });
      expect([res.statusCode, res.json().code]).toEqual([400, code]);
    }
    expect(await count('companies')).toBe(before);
    const segmentOnly = await call(env.app, clerk, 'POST', '/api/v1/companies', {
      name: '链选落点测试有限公司',
      segmentId: ids.materials,
    });
    expect(segmentOnly.statusCode, segmentOnly.body).toBe(201);
    const [row] = await queryRows<{ chain_id: number; segment_id: number }>(
      env.database.db,
      sql`select chain_id, segment_id from companies where id = ${segmentOnly.json().id}`,
    );
    expect(row).toEqual({ chain_id: ids.energy, segment_id: ids.materials });
    const [audit] = await queryRows<{ after: Record<string, unknown> }>(
      env.database.db,
      sql`select after from audit_log where action = 'company.create' and entity_id = ${segmentOnly.json().id}`,
    );
    expect([audit!.after.chainId, audit!.after.segmentId]).toEqual([ids.energy, ids.materials]);
  });
});

describe("the map's 'signed in two years' with the counter kept per month", () => {
  it('counts a signing on the edge day, not the day before, and keys the counter by month', async () => {
    const since = addDays(shanghaiDate(), -730);
    const recent = async () => {
      const map = (await call(env.app, office, 'GET', '/api/v1/chains/map')).json();
      const food = map.groups[0].chains.find((c: { id: number }) => c.id === ids.food);
      return food.segments[0].numbers.recentSigned as number;
    };
    const sign = (day: string) =>
      env.database.db.execute(sql`update projects set signed_on = ${day}::date where name = '食品项目'`);
    await sign(addDays(since, -1));
    expect(await recent()).toBe(0);
    await sign(since);
    expect(await recent()).toBe(1);
    await sign(addDays(since, 40));
    expect(await recent()).toBe(1);
    const keys = await queryRows<{ k: string; n: number }>(
      env.database.db,
      sql`select k, n::int from chain_counts where metric = 'signed' and chain_id = ${ids.food} and n <> 0`,
    );
    expect(keys).toEqual([{ k: addDays(since, 40).slice(0, 7), n: 1 }]);
  });
});
