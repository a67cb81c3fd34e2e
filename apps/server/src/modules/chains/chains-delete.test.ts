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
 * Deleting segments and targets, and the duplicate-name message per language. The office
 * builds 光伏 with 硅料 (up), 组件 (mid) and 电站 (down, under 组件); a clerk of 泗洪县 reports a lead on
 * 硅料, a company and a target sit there too.
 */
let env: TestEnv;
let office: Session;
let clerk: Session;
let chainId = 0;
const seg = { silicon: 0, modules: 0, plants: 0 };

const remove = (s: Session, url: string, lang?: 'en') =>
  env.app.inject({
    method: 'DELETE',
    url,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, ...(lang ? { 'accept-language': lang } : {}) },
  });
const audits = async (action: string, id: number) =>
  (
    await queryRows<{ n: number }>(
      env.database.db,
      sql`select count(*)::int as n from audit_log where action = ${action} and entity_id = ${String(id)}`,
    )
  )[0]!.n;
const segmentExists = async (id: number) =>
  (await queryRows(env.database.db, sql`select id from chain_segments where id = ${id}`)).length === 1;
const post = async (url: string, body: unknown) => {
  const res = await call(env.app, office, 'POST', url, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as number;
};

beforeAll(async () => {
  env = await createTestEnv();
  const county = (await buildUnit(env.database, { name: '泗洪县', kind: 'county' })).id;
  const officeUnit = (await buildUnit(env.database, { name: '招商办', kind: 'office' })).id;
  office = await login(env.app, (await buildUser(env.database, { role: 'office', unitId: officeUnit })).username);
  clerk = await login(env.app, (await buildUser(env.database, { role: 'unit_staff', unitId: county })).username);
  const groupId = await post('/api/v1/chain-groups', { name: '新兴产业', kind: 'emerging' });
  chainId = await post('/api/v1/chains', { groupId, name: '光伏' });
  seg.silicon = await post('/api/v1/chain-segments', { chainId, name: '硅料', stream: 'up' });
  seg.modules = await post('/api/v1/chain-segments', { chainId, name: '组件', stream: 'mid' });
  seg.plants = await post('/api/v1/chain-segments', { chainId, name: '电站', stream: 'down', parentId: seg.modules });
});
afterAll(() => env.close());

describe('deleting a segment', () => {
  it('refuses a segment with a lead, a company and a target on it: 409, how many of what, in both languages, nothing deleted', async () => {
    const company = await post('/api/v1/companies', { name: '通威股份有限公司' });
    const placed = await call(env.app, office, 'PUT', `/api/v1/companies/${company}/chain`, {
      chainId,
      segmentId: seg.silicon,
      version: 1,
    });
    expect(placed.statusCode, placed.body).toBe(200);
    const lead = await call(env.app, clerk, 'POST', '/api/v1/leads', {
      companyId: company,
      source: 'visit',
      chainId,
      segmentId: seg.silicon,
    });
    expect(lead.statusCode, lead.body).toBe(201);
    await post('/api/v1/chain-targets', { segmentId: seg.silicon, name: '协鑫科技', tags: ['行业50强'] });

    const zh = await remove(office, `/api/v1/chain-segments/${seg.silicon}?version=1`);
    expect([zh.statusCode, zh.json()]).toEqual([
      409,
      {
        code: 'SEGMENT_IN_USE',
        message: '环节“硅料”仍在使用，不能删除：线索 1 条、本地企业 1 家、目标企业 1 家',
        details: {
          segmentId: seg.silicon,
          uses: { leads: 1, filings: 0, projects: 0, companies: 1, targets: 1, children: 0 },
        },
      },
    ]);
    const en = await remove(office, `/api/v1/chain-segments/${seg.silicon}?version=1`, 'en');
    expect([en.statusCode, en.json().message]).toEqual([
      409,
      'The segment "硅料" is still in use and cannot be deleted: leads: 1, local companies: 1, target enterprises: 1',
    ]);
    expect(await segmentExists(seg.silicon)).toBe(true);
    expect(await audits('chainSegment.delete', seg.silicon)).toBe(0);
  });

  it('refuses a segment with a segment under it, and says so', async () => {
    const res = await remove(office, `/api/v1/chain-segments/${seg.modules}?version=1`);
    expect([res.statusCode, res.json().message]).toEqual([409, '环节“组件”仍在使用，不能删除：下级环节 1 个']);
    const en = await remove(office, `/api/v1/chain-segments/${seg.modules}?version=1`, 'en');
    expect(en.json().message).toBe('The segment "组件" is still in use and cannot be deleted: segments under it: 1');
  });

  it('refuses a segment a project sits on', async () => {
    const other = await post('/api/v1/chain-segments', { chainId, name: '逆变器', stream: 'mid' });
    await queryRows(
      env.database.db,
      sql`insert into projects (name, host_unit_id, chain_id, segment_id)
          select '逆变器项目', u.id, ${chainId}::int, ${other}::int from units u where u.name = '泗洪县'`,
    );
    const res = await remove(office, `/api/v1/chain-segments/${other}?version=1`);
    expect([res.statusCode, res.json().message]).toEqual([409, '环节“逆变器”仍在使用，不能删除：项目 1 个']);
  });

  it('deletes an unused segment, audited; a stale version is 409, a unit clerk 403, an unknown one 404', async () => {
    expect((await remove(clerk, `/api/v1/chain-segments/${seg.plants}?version=1`)).statusCode).toBe(403);
    const stale = await remove(office, `/api/v1/chain-segments/${seg.plants}?version=7`);
    expect([stale.statusCode, stale.json().code, stale.json().details]).toEqual([
      409,
      'CONFLICT_VERSION',
      { current: { version: 1 } },
    ]);
    expect(await segmentExists(seg.plants)).toBe(true);
    const ok = await remove(office, `/api/v1/chain-segments/${seg.plants}?version=1`);
    expect(ok.statusCode, ok.body).toBe(204);
    expect(await segmentExists(seg.plants)).toBe(false);
    expect(await audits('chainSegment.delete', seg.plants)).toBe(1);
    // Its parent, now without a segment under it, can go too.
    expect((await remove(office, `/api/v1/chain-segments/${seg.modules}?version=1`)).statusCode).toBe(204);
    const gone = await remove(office, `/api/v1/chain-segments/${seg.plants}?version=1`);
    expect([gone.statusCode, gone.json().code]).toEqual([404, 'NOT_FOUND']);
  });
});

describe('deleting a target', () => {
  it('deletes a target with its version, audited, and the segment counts one target fewer', async () => {
    const id = await post('/api/v1/chain-targets', { segmentId: seg.silicon, name: '大全能源', tags: ['领军'] });
    const targets = async () =>
      (await call(env.app, office, 'GET', `/api/v1/chain-segments/${seg.silicon}/targets`)).json().items.length;
    expect(await targets()).toBe(2);
    expect((await remove(clerk, `/api/v1/chain-targets/${id}?version=1`)).statusCode).toBe(403);
    const stale = await remove(office, `/api/v1/chain-targets/${id}?version=2`);
    expect([stale.statusCode, stale.json().code, stale.json().details]).toEqual([
      409,
      'CONFLICT_VERSION',
      { current: { version: 1 } },
    ]);
    expect((await remove(office, `/api/v1/chain-targets/${id}?version=1`)).statusCode).toBe(204);
    expect(await targets()).toBe(1);
    expect(await audits('chainTarget.delete', id)).toBe(1);
    const gone = await remove(office, `/api/v1/chain-targets/${id}?version=1`);
    expect([gone.statusCode, gone.json().code]).toEqual([404, 'NOT_FOUND']);
  });
});

describe('a duplicate name', () => {
  it('names what is taken in the reader’s language', async () => {
    const body = { chainId, name: '硅料', stream: 'up' };
    const zh = await call(env.app, office, 'POST', '/api/v1/chain-segments', body);
    expect([zh.statusCode, zh.json().message]).toEqual([409, '已有名为“硅料”的环节']);
    const en = await env.app.inject({
      method: 'POST',
      url: '/api/v1/chain-segments',
      payload: body,
      headers: { cookie: office.cookie, 'x-csrf-token': office.csrf, 'accept-language': 'en' },
    });
    expect([en.statusCode, en.json().message]).toEqual([409, 'There is already a segment named "硅料"']);
  });
});
