import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestEnv, loginAs, systemCtx, type TestEnv } from '../../../test/factories.ts';
import { createCompany, matchCompany } from './companies.service.ts';

/** A registry as a city has it: real-looking names, look-alikes that are different legal entities. */
const REGISTRY: [string, string | null][] = [
  ['华为技术有限公司', '914403001922038216'],
  ['中国建筑第八工程局有限公司', null],
  ['中国建筑第三工程局有限公司', null],
  ['比亚迪股份有限公司', null],
  ['宁德时代新能源科技股份有限公司', null],
  ['深圳市汇川技术股份有限公司', null],
  ['江苏科技发展有限公司', null],
  ['特斯拉(上海)有限公司', null],
  ['阿里巴巴(中国)网络技术有限公司', null],
  ['中国石油化工股份有限公司', null],
  ['福建三安光电有限公司', '91350100M000100Y43'],
  ['海天味业食品有限公司', null],
  ['海天塑机集团有限公司', null],
];

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
  for (const [name, uscc] of REGISTRY) await createCompany(env.database, systemCtx, { name, uscc });
});
afterAll(() => env.close());

const match = (name: string, uscc?: string) => matchCompany(env.database.db, systemCtx, { name, uscc });

describe('company matching', () => {
  it.each([
    // The same legal entity, however it was typed.
    ['華為技術有限公司', 'same', '华为技术有限公司'],
    ['华为技术 有限公司', 'same', '华为技术有限公司'],
    ['华为技术\u200b有限公司', 'same', '华为技术有限公司'],
    ['特斯拉（上海）有限公司', 'same', '特斯拉(上海)有限公司'],
    ['阿里巴巴【中国】网络技术有限公司', 'same', '阿里巴巴(中国)网络技术有限公司'],
    ['\u3000比亚迪股份有限公司\u3000', 'same', '比亚迪股份有限公司'],
    // Probably the same investor: a person must look.
    ['华为技术有限公司南京分公司', 'similar', '华为技术有限公司'],
    ['华为科技有限公司', 'similar', '华为技术有限公司'],
    ['江苏宁德时代新能源科技有限公司', 'similar', '宁德时代新能源科技股份有限公司'],
    ['苏州汇川技术有限公司', 'similar', '深圳市汇川技术股份有限公司'],
    ['比亚迪', 'similar', '比亚迪股份有限公司'],
    ['宁德时代', 'similar', '宁德时代新能源科技股份有限公司'],
    ['中国石油化工股份有限公司江苏石油分公司', 'similar', '中国石油化工股份有限公司'],
  ])('%s → %s (%s)', async (query, level, top) => {
    const r = await match(query);
    expect(r.level).toBe(level);
    expect(r.candidates[0]!.name).toBe(top);
  });

  it('never calls two engineering bureaus that differ by one character the same company', async () => {
    const r = await match('中国建筑第五工程局有限公司');
    expect(r.candidates.filter((c) => c.level === 'same')).toEqual([]);
    const eighth = await match('中国建筑第八工程局有限公司');
    expect(eighth.candidates.map((c) => [c.name, c.level])).toEqual([['中国建筑第八工程局有限公司', 'same']]);
  });

  it('does not let region and industry words make companies similar', async () => {
    expect(await match('南京科技发展有限公司')).toEqual({ level: 'none', candidates: [] });
    expect(await match('江苏网络科技有限公司')).toEqual({ level: 'none', candidates: [] });
    expect((await match('中国建筑工程有限公司')).level).toBe('none');
  });

  it('tells look-alikes with different 字号 apart: 海天味业 is not 海天塑机', async () => {
    const r = await match('海天味业食品有限公司');
    expect(r.candidates.map((c) => c.name)).toEqual(['海天味业食品有限公司']);
  });

  it('an equal credit code is the same company whatever the name says', async () => {
    const r = await match('三安光电股份有限公司', '91350100m000100y43');
    expect(r.level).toBe('same');
    expect(r.candidates[0]).toMatchObject({
      name: '福建三安光电有限公司',
      uscc: '91350100M000100Y43',
      reason: 'uscc',
      score: 1,
    });
  });

  it('an invalid credit code is an error, never silently accepted', async () => {
    await expect(match('某某有限公司', '914403001922038217')).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { issues: [{ path: 'uscc', message: '统一社会信用代码校验位不正确' }] },
    });
  });

  it('refuses to add a company the registry already has', async () => {
    await expect(createCompany(env.database, systemCtx, { name: '華為技術有限公司' })).rejects.toMatchObject({
      code: 'DUPLICATE',
      message: '企业库中已有“华为技术有限公司”',
    });
  });

  it('answers over HTTP with the contract shape', async () => {
    const { session } = await loginAs(env, 'unit_staff');
    const res = await call(
      env.app,
      session,
      'GET',
      `/api/v1/companies/match?name=${encodeURIComponent('华为技术有限公司南京分公司')}`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      level: 'similar',
      candidates: [
        {
          id: 1,
          name: '华为技术有限公司',
          uscc: '914403001922038216',
          level: 'similar',
          score: 0.9,
          reason: 'branch_of',
        },
      ],
    });
    const blank = await call(env.app, session, 'GET', '/api/v1/companies/match?name=%20%20');
    expect(blank.json().details.issues).toEqual([{ path: 'querystring.name', message: '企业名称不能为空' }]);
    const html = await call(env.app, session, 'POST', '/api/v1/companies', { name: '<b>365体育手机投注</b>有限公司' });
    expect(html.statusCode).toBe(201);
    expect(html.json().name).toBe('<b>365体育手机投注</b>有限公司');
  });
});
