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
import { computeWindowKpi, kpiContractJson } from '../kpi/kpi.service.ts';
import { importProjects } from '../projects/projects-import.ts';

/**
 * A fixture city whose every figure was derived by hand (window 2021-01-01..2021-07-31):
 *
 *   #   host    sources        signed      contracted  registered  ready       started     fits  万元
 *   P1  宿城区  驻上海         2021-02-01  2021-02-10  2021-03-01  -           2021-05-01  是    200000 (major)
 *   P2  宿城区  宿城区         2021-03-15  2021-04-01  -           -           -           否      5000
 *   P3  沭阳县  驻上海         2021-06-30  -           2021-07-31  2021-07-20  -           是     30000
 *   P4  沭阳县  商务中心       2021-07-31  2021-08-02  -           -           -           是     10000
 *   P5  经开区  经开区         2021-01-10  2021-01-20  -           -           -           否      8000  terminated
 *   P6  宿城区  驻上海、商务中心 2021-08-01 (outside the window)                         是      1000
 *   Q1  宿城区  驻上海         2020-03-01  2020-03-05  2020-04-01  2020-05-01  -           是     10000
 *   Q2  沭阳县  沭阳县         2020-07-31  -           -           -           -           否      2000
 *
 * City: cohort P1–P5 = 5, 253000 万元; contracted P1 P2 P5 = 3/5; registered P1 P3 = 2/5; ready P1 (implied by
 * its start) P3 = 2/5; fit P1 P3 P4 = 3/5, fit amount 240000/253000. Last year: Q1 Q2 = 2, 1/2 each, fit amount 10000/12000.
 * 宿城区 host: P1 P2 → 2, 205000, contract 1, registration 1/2, ready 1/2, fit 1/2, fit amount 200000/205000; last year Q1 → 1, all 1.
 * 沭阳县 host: P3 P4 → 2, 40000, contract 0, registration 1/2, ready 1/2, fit 1, fit amount 1; last year Q2 → 0s.
 * 经开区 host: P5 → 1, 8000, contract 1, registration 0, ready 0, fit 0.
 * 驻上海 source: P1 P3 → 2, 230000, contract 1/2, registration 1, ready 1, fit 1. 商务中心 source: P4 → 1, 10000, 0, 0, 0, fit 1.
 *
 * Scores (default scheme, no targets set: the two target indicators drop out and 25/25/20/10 become 31.25/31.25/25/12.5):
 * 宿城区 31.25·1 + 31.25·(0.5/0.8) + 25·1 + 12.5·0.5 = 82.03125, + 2 four-new points (P1 signed, P1 started) = 84.03125 → 84.03, rank 1
 * 沭阳县 0 + 19.53125 + 25 + 12.5 = 57.03125 → 57.03, rank 2;  经开区 31.25 → rank 3
 * 驻上海 31.25·(0.5/0.6) + 31.25 + 25 + 12.5 = 94.7916…, + 2 = 96.79;  商务中心 12.5.
 */
const HEADER =
  '项目名称,投资方,统一社会信用代码,招引单位,承载地,产业链,符合产业定位,协议投资(万元),外资(万美元),投资方类型,签约日期,合同日期,注册日期,达到开工条件日期,开工日期,竣工日期,投产日期,状态,备注';
const ROWS = [
  'P1,,,驻上海招商局,宿城区,新能源,是,200000,,,2021-02-01,2021-02-10,2021-03-01,,2021-05-01,,,在建,',
  'P2,,,宿城区,宿城区,食品,否,5000,,,2021-03-15,2021-04-01,,,,,,在建,',
  'P3,,,驻上海招商局,沭阳县,新能源,是,30000,,,2021-06-30,,2021-07-31,2021-07-20,,,,在建,',
  'P4,,,商务招商服务中心,沭阳县,新材料,是,10000,,,2021-07-31,2021-08-02,,,,,,在建,',
  'P5,,,经开区,经开区,食品,否,8000,,,2021-01-10,2021-01-20,,,,,,终止,投资方撤资',
  'P6,,,驻上海招商局、商务招商服务中心,宿城区,新能源,是,1000,,,2021-08-01,,,,,,,在建,',
  'Q1,,,驻上海招商局,宿城区,新能源,是,10000,,,2020-03-01,2020-03-05,2020-04-01,2020-05-01,,,,在建,',
  'Q2,,,沭阳县,沭阳县,食品,否,2000,,,2020-07-31,,,,,,,在建,',
];

let env: TestEnv;
let office: Session;
let leaderSession: Session;
let countyClerk: Session;
const unitId: Record<string, number> = {};
const projectId: Record<string, number> = {};

beforeAll(async () => {
  env = await createTestEnv();
  for (const [name, kind] of [
    ['宿城区', 'county'],
    ['沭阳县', 'county'],
    ['经开区', 'function_zone'],
    ['驻上海招商局', 'resident_bureau'],
    ['商务招商服务中心', 'service_center'],
    ['领导小组办公室', 'office'],
  ] as const) {
    unitId[name] = (await buildUnit(env.database, { name, kind })).id;
  }
  office = await login(
    env.app,
    (await buildUser(env.database, { role: 'office', unitId: unitId.领导小组办公室 })).username,
  );
  leaderSession = await login(
    env.app,
    (await buildUser(env.database, { role: 'leader', unitId: unitId.领导小组办公室 })).username,
  );
  countyClerk = await login(
    env.app,
    (await buildUser(env.database, { role: 'unit_staff', unitId: unitId.宿城区 })).username,
  );
  const table = await readTable(Buffer.from([HEADER, ...ROWS].join('\n')), 'fixture.csv');
  expect(
    await importProjects(env.database, systemCtx, table, { dryRun: false, fileName: 'fixture.csv' }),
  ).toMatchObject({ created: 8, errors: [] });
  for (const r of await queryRows<{ id: number; name: string }>(env.database.db, sql`select id, name from projects`))
    projectId[r.name] = r.id;
});
afterAll(() => env.close());

const W = { from: '2021-01-01', to: '2021-07-31' };

describe('kpi (contract.md)', () => {
  it('gives the hand-computed figures for the city and each unit as host and source', async () => {
    const { result, units } = await computeWindowKpi(env.database, systemCtx, W);
    const json = kpiContractJson(W, result, units);
    expect(json.city).toEqual({
      signedCount: 5,
      signedAmountWan: 253000,
      contractRate: 3 / 5,
      registrationRate: 2 / 5,
      readyRate: 2 / 5,
      fitShareCount: 3 / 5,
      fitShareAmount: 240000 / 253000,
      lastYear: {
        signedCount: 2,
        signedAmountWan: 12000,
        contractRate: 1 / 2,
        registrationRate: 1 / 2,
        readyRate: 1 / 2,
        fitShareCount: 1 / 2,
        fitShareAmount: 10000 / 12000,
      },
    });
    const unit = (name: string, role: string) => json.units.find((u) => u.unit === name && u.role === role);
    expect(unit('宿城区', 'host')).toMatchObject({
      signedCount: 2,
      signedAmountWan: 205000,
      contractRate: 1,
      registrationRate: 1 / 2,
      readyRate: 1 / 2,
      fitShareCount: 1 / 2,
      fitShareAmount: 200000 / 205000,
    });
    expect(unit('宿城区', 'host')!.lastYear).toEqual({
      signedCount: 1,
      signedAmountWan: 10000,
      contractRate: 1,
      registrationRate: 1,
      readyRate: 1,
      fitShareCount: 1,
      fitShareAmount: 1,
    });
    expect(unit('沭阳县', 'host')).toMatchObject({
      signedCount: 2,
      signedAmountWan: 40000,
      contractRate: 0,
      registrationRate: 1 / 2,
      readyRate: 1 / 2,
      fitShareCount: 1,
      fitShareAmount: 1,
    });
    expect(unit('经开区', 'host')).toMatchObject({
      signedCount: 1,
      contractRate: 1,
      registrationRate: 0,
      readyRate: 0,
      fitShareCount: 0,
      fitShareAmount: 0,
    });
    expect(unit('驻上海招商局', 'source')).toMatchObject({
      signedCount: 2,
      signedAmountWan: 230000,
      contractRate: 1 / 2,
      registrationRate: 1,
      readyRate: 1,
      fitShareCount: 1,
    });
    expect(unit('商务招商服务中心', 'source')).toMatchObject({
      signedCount: 1,
      contractRate: 0,
      registrationRate: 0,
      readyRate: 0,
      fitShareCount: 1,
    });
    // A unit with no project in the window: an empty cohort gives null, never NaN.
    expect(unit('驻上海招商局', 'source')!.lastYear).toMatchObject({ signedCount: 1, contractRate: 1 });
    expect(unit('商务招商服务中心', 'source')!.lastYear).toEqual({
      signedCount: 0,
      signedAmountWan: 0,
      contractRate: null,
      registrationRate: null,
      readyRate: null,
      fitShareCount: null,
      fitShareAmount: null,
    });
    expect(json.units.some((u) => u.role === 'host' && u.unit === '驻上海招商局')).toBe(false);
  });

  it('drills down to the same projects the engine counted', async () => {
    const ids = async (q: string) =>
      (
        (await call(env.app, office, 'GET', `/api/v1/kpi/projects?from=${W.from}&to=${W.to}&${q}`)).json().items as {
          name: string;
        }[]
      )
        .map((p) => p.name)
        .sort();
    expect(await ids('figure=contracted')).toEqual(['P1', 'P2', 'P5']);
    expect(await ids('figure=ready')).toEqual(['P1', 'P3']);
    expect(await ids('figure=readyImplied')).toEqual(['P1']);
    expect(await ids(`figure=signed&unitId=${unitId.驻上海招商局}&role=source`)).toEqual(['P1', 'P3']);
    expect(await ids(`figure=fit&unitId=${unitId.沭阳县}`)).toEqual(['P3', 'P4']);
    const bad = await call(env.app, office, 'GET', '/api/v1/kpi?from=2021-08-01&to=2021-07-31');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toBe('结束日期早于开始日期');
    expect((await call(env.app, countyClerk, 'GET', `/api/v1/kpi?from=${W.from}&to=${W.to}`)).statusCode).toBe(403);
  });
});

describe('the scheme', () => {
  it('refuses weights that do not add up to 100 and a floor above 100%, saving nothing', async () => {
    const { scheme, version } = (await call(env.app, office, 'GET', '/api/v1/assessment/schemes/2021')).json();
    expect(version).toBe(0);
    const bad = {
      ...scheme,
      indicators: scheme.indicators.map((i: { key: string }, n: number) =>
        n === 0 ? { ...i, weight: 30, floor: 1.2 } : i,
      ),
    };
    const res = await call(env.app, office, 'PUT', '/api/v1/assessment/schemes/2021', { version: 0, scheme: bad });
    expect(res.statusCode).toBe(400);
    expect(res.json().details.issues).toEqual([
      { path: 'indicators.0.floor', message: '底线应在 0%–100% 之间' },
      { path: 'indicators', message: '各指标权重之和应为 100，现为 105' },
    ]);
    expect((await call(env.app, office, 'GET', '/api/v1/assessment/schemes/2021')).json().version).toBe(0);
    expect(
      (await call(env.app, leaderSession, 'PUT', '/api/v1/assessment/schemes/2021', { version: 0, scheme })).statusCode,
    ).toBe(403);
  });
});

describe('bulletins', () => {
  let id: number;

  it('refuses a month that has not ended and a month with no data', async () => {
    const future = await call(env.app, office, 'POST', '/api/v1/bulletins', { year: 2099, month: 1 });
    expect(future.json().message).toBe('2099年1月尚未结束，月末之后才能生成该月通报');
    const empty = await call(env.app, office, 'POST', '/api/v1/bulletins', { year: 2019, month: 5 });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().message).toBe('2019年1月至5月没有签约项目，无法生成通报（请先录入或导入项目）');
  });

  it('drafts July 2021 with the hand-computed scores and ranks, and every number traces to its projects', async () => {
    const res = await call(env.app, office, 'POST', '/api/v1/bulletins', { year: 2021, month: 7 });
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    const b = (await call(env.app, office, 'GET', `/api/v1/bulletins/${id}`)).json();
    expect(b).toMatchObject({
      status: 'draft',
      title: '2021年7月（草稿）',
      periodFrom: '2021-01-01',
      periodTo: '2021-07-31',
    });
    const groups = b.snapshot.groups.map(
      (g: { name: string; units: { unitName: string; score: number; rank: number; floorsMissed: string[] }[] }) => [
        g.name,
        g.units.map((u) => [u.unitName, u.score, u.rank, u.floorsMissed]),
      ],
    );
    expect(groups).toEqual([
      [
        '县区和功能区',
        [
          ['宿城区', 84.03, 1, ['registrationRate']],
          ['沭阳县', 57.03, 2, ['contractRate', 'registrationRate']],
          ['经开区', 31.25, 3, ['registrationRate', 'readyRate']],
        ],
      ],
      // The service centre and the bureau are scored under their own schemes, on targets they have none of
      // here (base 0): the bureau keeps its two "four new" bonus points (P1 signed and started).
      ['招商服务中心', [['商务招商服务中心', 0, 1, []]]],
      ['驻外招商局', [['驻上海招商局', 2, 1, []]]],
    ]);
    expect(b.snapshot.city.yoyPp.contractRate).toBeCloseTo(10, 10);
    const behind = async (q: string) =>
      ((await call(env.app, office, 'GET', `/api/v1/bulletins/${id}/projects?${q}`)).json().items as { name: string }[])
        .map((p) => p.name)
        .sort();
    expect(await behind('figure=registered')).toEqual(['P1', 'P3']);
    expect(await behind(`figure=fourNewStarted&unitId=${unitId.宿城区}`)).toEqual(['P1']);
    expect(await behind('figure=lastYearSigned')).toEqual(['Q1', 'Q2']);
    // Units see published bulletins only.
    expect((await call(env.app, countyClerk, 'GET', `/api/v1/bulletins/${id}`)).statusCode).toBe(404);
  });

  it('publishes once, numbered and sealed; the frozen bulletin refuses edits and a second publication', async () => {
    const { version } = (await call(env.app, office, 'GET', `/api/v1/bulletins/${id}`)).json();
    expect(
      (
        await call(env.app, office, 'PUT', `/api/v1/bulletins/${id}/remarks`, {
          version,
          remarks: '请沭阳县加快合同签订。',
        })
      ).statusCode,
    ).toBe(204);
    const stale = await call(env.app, office, 'POST', `/api/v1/bulletins/${id}/publish`, { version });
    expect(stale.json().message).toBe('草稿在您审阅后已被重新生成或修改，请刷新后再发布');
    const published = await call(env.app, office, 'POST', `/api/v1/bulletins/${id}/publish`, { version: version + 1 });
    expect(published.json()).toMatchObject({ id, issueNumber: 1, title: '2021年第1期' });
    expect(published.json().hash).toMatch(/^[0-9a-f]{64}$/);
    const again = await call(env.app, office, 'POST', `/api/v1/bulletins/${id}/publish`, { version: version + 2 });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('2021年第1期通报已经发布，不能重复发布');
    const edit = await call(env.app, office, 'PUT', `/api/v1/bulletins/${id}/remarks`, {
      version: version + 2,
      remarks: '改',
    });
    expect(edit.json()).toMatchObject({ code: 'BULLETIN_PUBLISHED', message: '2021年第1期通报已发布，不能再修改' });
    const redraft = await call(env.app, office, 'POST', '/api/v1/bulletins', { year: 2021, month: 7 });
    expect(redraft.json().message).toBe('2021年第1期通报已发布，不能重新生成');
    await expect(env.database.db.execute(sql`update bulletins set remarks = 'x' where id = ${id}`)).rejects.toThrow();
    expect((await call(env.app, countyClerk, 'GET', `/api/v1/bulletins/${id}`)).json().title).toBe('2021年第1期');
    // A ranked unit sees the projects behind another unit's published figure.
    const behindOther = (
      await call(env.app, countyClerk, 'GET', `/api/v1/bulletins/${id}/projects?figure=signed&unitId=${unitId.沭阳县}`)
    ).json();
    expect(behindOther.items.map((p: { name: string }) => p.name).sort()).toEqual(['P3', 'P4']);
    // Issues follow the months: an earlier month cannot be published after a later one.
    const june = (await call(env.app, office, 'POST', '/api/v1/bulletins', { year: 2021, month: 6 })).json().id;
    const juneVersion = (await call(env.app, office, 'GET', `/api/v1/bulletins/${june}`)).json().version;
    const early = await call(env.app, office, 'POST', `/api/v1/bulletins/${june}/publish`, { version: juneVersion });
    expect(early.json().message).toBe('2021年7月的通报已发布（2021年第1期），期号按月份排序，不能再发布更早月份的通报');
    const file = await call(env.app, countyClerk, 'GET', `/api/v1/bulletins/${id}/xlsx`);
    expect(file.statusCode).toBe(200);
    const sheet = await readTable(file.rawPayload, 'b.xlsx');
    expect(sheet.headers[0]).toBe('领导小组办公室 2021年第1期');
    // The same bulletin for a reader who chose English: its title, sheets and file name in English.
    const en = await env.app.inject({
      method: 'GET',
      url: `/api/v1/bulletins/${id}/xlsx`,
      headers: { cookie: countyClerk.cookie, 'accept-language': 'en' },
    });
    expect(en.headers['content-disposition']).toBe(
      `attachment; filename="bulletin-2021-7.xlsx"; filename*=UTF-8''${encodeURIComponent('Investment promotion bulletin No. 1 of 2021.xlsx')}`,
    );
    const enSheet = await readTable(en.rawPayload, 'b.xlsx');
    expect(enSheet.headers[0]).toBe('领导小组办公室 No. 1 of 2021');
    expect(enSheet.rows[0]!.cells['领导小组办公室 No. 1 of 2021']).toBe(
      'Period: 2021-01-01 to 2021-07-31; a year earlier 2020-01-01 to 2020-07-31',
    );
  });

  it('a correction after publication leaves the bulletin as published and shows what would differ today', async () => {
    const p4 = projectId.P4!;
    const page = (await call(env.app, office, 'GET', `/api/v1/projects/${p4}`)).json().project;
    const save = await call(env.app, office, 'PUT', `/api/v1/projects/${p4}`, {
      name: page.name,
      companyId: null,
      hostUnitId: page.hostUnit.id,
      sourceUnitIds: page.sourceUnits.map((u: { id: number }) => u.id),
      chain: page.chain,
      fitsPositioning: true,
      agreedWan: page.agreedWan,
      status: 'active',
      stages: { ...page.stages, contracted: '2021-07-31' },
      version: page.version,
      correctionReason: '合同实为 7 月 31 日签订，原录入有误',
    });
    expect(save.json().corrections).toEqual([id]);
    const b = (await call(env.app, office, 'GET', `/api/v1/bulletins/${id}`)).json();
    expect(b.snapshot.city.figures.contractRate).toBe(3 / 5);
    const diff = (await call(env.app, office, 'GET', `/api/v1/bulletins/${id}/recomputed`)).json();
    expect(
      diff.differences
        .filter((d: { figure: string }) => d.figure === 'contractRate')
        .map((d: { scope: string; published: number; now: number }) => [d.scope, d.published, d.now]),
    ).toEqual([
      ['全市', 3 / 5, 4 / 5],
      ['沭阳县', 0, 1 / 2],
      ['商务招商服务中心', 0, 1],
    ]);
    expect(diff.corrections).toMatchObject([{ projectName: 'P4', reason: '合同实为 7 月 31 日签订，原录入有误' }]);
    // August compares its ranks with July's published issue. 沭阳县 (P4's contract now counted): 31.25·(0.5/0.6) + 19.53125
    // + 25 + 12.5 = 83.07; 宿城区 (P6 signed in August, nothing else yet): 31.25 + 31.25·(1/3)/0.8 + 25·(1/3)/0.5 + 12.5·2/3 + 2 = 71.27.
    const august = (await call(env.app, office, 'POST', '/api/v1/bulletins', { year: 2021, month: 8 })).json().id;
    const counties = (await call(env.app, office, 'GET', `/api/v1/bulletins/${august}`)).json().snapshot.groups[0]
      .units;
    expect(counties.map((u: { score: number }) => u.score)).toEqual([83.07, 71.27, 31.25]);
    expect(
      counties.map((u: { unitName: string; rank: number; previousRank: number; rankChange: number }) => [
        u.unitName,
        u.rank,
        u.previousRank,
        u.rankChange,
      ]),
    ).toEqual([
      ['沭阳县', 1, 2, 1],
      ['宿城区', 2, 1, -1],
      ['经开区', 3, 3, 0],
    ]);
  });

  it('the projects frozen with a published bulletin, altered behind the database’s back, are refused on every read', async () => {
    const sealed = (await call(env.app, office, 'GET', `/api/v1/bulletins/${id}`)).json().snapshot.cohort;
    expect(sealed).toMatchObject({ projects: 7 }); // P1–P5 this year, Q1 Q2 last year
    expect(sealed.sha256).toMatch(/^[0-9a-f]{64}$/);
    await env.database.db.execute(sql`alter table bulletins disable trigger bulletins_frozen`);
    // Take P3's registration out of its frozen line, "id|host|sources|yuan|this year's bits|last year's bits".
    const [{ cohort }] = (await queryRows<{ cohort: string }>(
      env.database.db,
      sql`select cohort from bulletins where id = ${id}`,
    )) as [{ cohort: string }];
    const lines = cohort.split('\n').map((l) => l.split('|'));
    const p3 = lines.find((f) => f[0] === String(projectId.P3))!;
    expect(Number(p3[4]) & 8).toBe(8);
    p3[4] = String(Number(p3[4]) - 8);
    await env.database.db.execute(
      sql`update bulletins set cohort = ${lines.map((f) => f.join('|')).join('\n')} where id = ${id}`,
    );
    const drill = await call(env.app, countyClerk, 'GET', `/api/v1/bulletins/${id}/projects?figure=registered`);
    expect(drill.json()).toMatchObject({
      code: 'SNAPSHOT_TAMPERED',
      message: '通报快照的哈希校验失败，数据可能被篡改，请联系审计员',
    });
    expect((await call(env.app, office, 'GET', `/api/v1/bulletins/${id}/xlsx`)).json().code).toBe('SNAPSHOT_TAMPERED');
    const [audit] = await queryRows<{ n: number }>(
      env.database.db,
      sql`select count(*)::int as n from audit_log where action = 'bulletin.tampered' and entity_id = ${String(id)}`,
    );
    expect(audit!.n).toBe(2);
    await env.database.db.execute(sql`alter table bulletins enable trigger bulletins_frozen`);
  });

  it('a snapshot altered behind the database’s back is refused on every read', async () => {
    await env.database.db.execute(sql`alter table bulletins disable trigger bulletins_frozen`);
    await env.database.db.execute(
      sql`update bulletins set snapshot = jsonb_set(snapshot, '{city,figures,signedCount}', '6') where id = ${id}`,
    );
    await env.database.db.execute(sql`alter table bulletins enable trigger bulletins_frozen`);
    const res = await call(env.app, office, 'GET', `/api/v1/bulletins/${id}/pdf`);
    expect(res.statusCode).toBe(500);
    expect(res.json()).toMatchObject({
      code: 'SNAPSHOT_TAMPERED',
      message: '通报快照的哈希校验失败，数据可能被篡改，请联系审计员',
    });
  });
});

describe('foreign capital and the dashboard', () => {
  it('shows the seed’s kind of figures: $485M used in the first half, 56.3% of the year’s target, +53.4% year on year', async () => {
    const put = await call(env.app, office, 'PUT', '/api/v1/foreign-capital', {
      items: [
        { unitId: unitId.宿城区, year: 2021, month: 3, usedUsdWan: '30000' },
        { unitId: unitId.沭阳县, year: 2021, month: 6, usedUsdWan: '18500' },
        { unitId: unitId.宿城区, year: 2020, month: 5, usedUsdWan: '31617' },
      ],
    });
    expect(put.statusCode).toBe(204);
    const targets = await call(env.app, office, 'PUT', '/api/v1/assessment/targets/2021', {
      items: [
        {
          unitId: unitId.宿城区,
          signedCount: 4,
          signedAmountWan: '300000',
          leads: null,
          events: null,
          foreignUsdWan: '86146',
        },
      ],
    });
    expect(targets.statusCode).toBe(204);
    const d = (await call(env.app, leaderSession, 'GET', '/api/v1/dashboard?year=2021')).json();
    expect(d.foreignCapital).toMatchObject({ usedUsdWan: '48500', targetUsdWan: '86146', lastYearUsedUsdWan: '31617' });
    expect(d.foreignCapital.share.toFixed(3)).toBe('0.563');
    expect(d.foreignCapital.yoy.toFixed(3)).toBe('0.534');
    expect(d.funnel).toEqual({
      signed: 6,
      contracted: 4,
      registered: 2,
      ready: 2,
      started: 1,
      completed: 0,
      producing: 0,
    });
    // The contract rate against last year's same months, in percentage points on the page: 4/6 against 1/2.
    expect(d.cityRates.contractRate).toBe(4 / 6);
    expect(d.cityRates.lastYear.contractRate).toBe(1 / 2);
    expect(d.signedByMonth[6]).toEqual({
      month: 7,
      count: 1,
      amountWan: '10000',
      lastYearCount: 1,
      lastYearAmountWan: '2000',
    });
    expect(d.dataQuality).toMatchObject({ readyImplied: 1, missingEvidence: 8 });
    expect((await call(env.app, countyClerk, 'GET', '/api/v1/dashboard')).statusCode).toBe(403);
  });
});
