import { shanghaiDate } from '@zhaoshang/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  actorCtx,
  buildUnit,
  buildUser,
  createTestEnv,
  login,
  loginAs,
  type Session,
  systemCtx,
  type TestEnv,
  uniq,
  uploadFile,
} from '../../test/factories.ts';
import { createCompany } from '../modules/companies/companies.service.ts';
import { fileInvestor } from '../modules/filings/filings.service.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

const today = shanghaiDate();
const daysAgo = (n: number) => new Date(Date.parse(today) - n * 86_400_000).toISOString().slice(0, 10);

/** A request as the browser makes it, in the language the app's switch chose (none: the default). */
function ask(session: Session, method: 'GET' | 'POST', url: string, payload?: unknown, lang?: string) {
  return env.app.inject({
    method,
    url,
    payload: payload as never,
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrf,
      ...(lang ? { 'accept-language': lang } : {}),
    },
  });
}

async function countyClerk() {
  const unit = await buildUnit(env.database, { kind: 'county', name: uniq('语言县') });
  const user = await buildUser(env.database, { role: 'unit_staff', unitId: unit.id });
  return { unit, user, session: await login(env.app, user.username) };
}

describe('every message in the reader’s language', () => {
  it('words a stage-date error in Chinese by default and in English when asked', async () => {
    const a = await countyClerk();
    const project = {
      name: uniq('语言项目'),
      companyId: null,
      hostUnitId: a.unit.id,
      sourceUnitIds: [a.unit.id],
      chain: null,
      fitsPositioning: true,
      agreedWan: '100',
      stages: { signed: daysAgo(30), ready: daysAgo(10), started: daysAgo(20) },
    };
    const zh = await ask(a.session, 'POST', '/api/v1/projects', project);
    expect(zh.statusCode).toBe(400);
    expect(zh.json()).toEqual({
      code: 'STAGE_DATES_INVALID',
      message: `开工日期 ${daysAgo(20)} 早于达到开工条件日期 ${daysAgo(10)}`,
      details: {
        issues: [{ path: 'stages.started', message: `开工日期 ${daysAgo(20)} 早于达到开工条件日期 ${daysAgo(10)}` }],
      },
    });
    const en = await ask(a.session, 'POST', '/api/v1/projects', project, 'en-US,en;q=0.9');
    expect(en.json()).toEqual({
      code: 'STAGE_DATES_INVALID',
      message: `The Started date ${daysAgo(20)} is before the Ready to start date ${daysAgo(10)}`,
      details: {
        issues: [
          {
            path: 'stages.started',
            message: `The Started date ${daysAgo(20)} is before the Ready to start date ${daysAgo(10)}`,
          },
        ],
      },
    });
  });

  it('words request validation (a schema’s own message and zod’s by its code) per request', async () => {
    const a = await countyClerk();
    const bad = { name: '', hostUnitId: a.unit.id, sourceUnitIds: [], chain: null, fitsPositioning: true };
    const zh = await ask(a.session, 'POST', '/api/v1/projects', bad, 'zh-CN');
    expect(zh.statusCode).toBe(400);
    expect(zh.json()).toEqual({
      code: 'VALIDATION_FAILED',
      message: '提交的内容有误，请按提示修改后重试',
      details: {
        issues: [
          { path: 'name', message: '项目名称不能为空' },
          { path: 'companyId', message: '必填' },
          { path: 'agreedWan', message: '必填' },
          { path: 'stages', message: '必填' },
        ],
      },
    });
    const en = await ask(a.session, 'POST', '/api/v1/projects', bad, 'en');
    expect(en.json()).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'Some fields are not valid; correct them and try again',
      details: {
        issues: [
          { path: 'name', message: 'The project name is required' },
          { path: 'companyId', message: 'Required' },
          { path: 'agreedWan', message: 'Required' },
          { path: 'stages', message: 'Required' },
        ],
      },
    });
  });

  it('answers an import with its row reasons in the request’s language', async () => {
    const { session } = await loginAs(env, 'office');
    const file = Buffer.from('企业名称,统一社会信用代码,投资方类型\n澜江语言测试有限公司,914403001922038217,国企\n');
    const upload = (lang?: string) =>
      uploadFile(env.app, session, '/api/v1/imports/companies?dryRun=true', file, '语言.csv', lang);
    expect((await upload()).json().errors).toEqual([
      { row: 2, column: '统一社会信用代码', reason: '统一社会信用代码校验位不正确' },
      {
        row: 2,
        column: '投资方类型',
        reason: '“国企”不是有效的投资方类型，可填：央企、地方国企、世界500强、行业50强、民营、外资、港澳台、其他',
      },
    ]);
    expect((await upload('en')).json().errors).toEqual([
      { row: 2, column: '统一社会信用代码', reason: 'The USCC check character (GB 32100) is wrong' },
      {
        row: 2,
        column: '投资方类型',
        reason:
          '"国企" is not an investor type; use one of: Central SOE, Local SOE, Fortune Global 500, Industry top 50, Private, Foreign, Hong Kong, Macao, Taiwan, Other',
      },
    ]);
  });

  it('keeps a notification as a code and words it for each reader', async () => {
    const company = await createCompany(env.database, systemCtx, { name: `${uniq('澜江语言企业')}有限公司` });
    const a = await countyClerk();
    const b = await countyClerk();
    await fileInvestor(env.database, actorCtx(a.user), { companyId: company.id });
    const conflict = await fileInvestor(env.database, actorCtx(b.user), { companyId: company.id });
    expect(conflict.outcome).toBe('conflict');
    const bell = async (lang?: string) =>
      (await ask(a.session, 'GET', '/api/v1/notifications', undefined, lang)).json().items[0];
    expect(await bell()).toMatchObject({
      kind: 'conflict.opened',
      title: `“${company.name}”的报备出现冲突，等待领导小组办公室协调`,
    });
    expect(await bell('en')).toMatchObject({
      kind: 'conflict.opened',
      title: `The filing of "${company.name}" is in conflict, awaiting the office's decision`,
    });
  });
});
