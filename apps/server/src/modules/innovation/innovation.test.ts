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
import { createCompany } from '../companies/companies.service.ts';
import { importCarriers, importIur } from './innovation-import.ts';

let env: TestEnv;
let office: Session;
let leader: Session;
let suchengClerk: Session;
const unitId: Record<string, number> = {};
let companyId: number;
let eventId: number;

const count = async (table: string) =>
  (await queryRows<{ n: number }>(env.database.db, sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]!.n;
const csv = (lines: string[]) => readTable(Buffer.from(`\ufeff${lines.join('\n')}\n`, 'utf8'), 'ledger.csv');
const opts = { dryRun: false, fileName: 'ledger.csv' };

beforeAll(async () => {
  env = await createTestEnv();
  for (const name of ['宿城区', '沭阳县']) unitId[name] = (await buildUnit(env.database, { name, kind: 'county' })).id;
  const centre = await buildUnit(env.database, { name: '招商服务中心', kind: 'office' });
  office = await login(env.app, (await buildUser(env.database, { role: 'office', unitId: centre.id })).username);
  leader = await login(env.app, (await buildUser(env.database, { role: 'leader', unitId: centre.id })).username);
  suchengClerk = await login(
    env.app,
    (await buildUser(env.database, { role: 'unit_staff', unitId: unitId['宿城区'] })).username,
  );
  companyId = (await createCompany(env.database, systemCtx, { name: '江苏洋河酒厂股份有限公司' })).id;
  const event = await call(env.app, office, 'POST', '/api/v1/events', {
    name: '产学研洽谈会',
    kind: 'research',
    level: 'city_major',
    startsOn: '2025-04-10',
    endsOn: '2025-04-10',
    organiserUnitIds: [centre.id],
  });
  expect(event.statusCode).toBe(201);
  eventId = event.json().id;
});
afterAll(() => env.close());

const carrier = (over: object = {}) => ({
  name: '宿迁软件园孵化器',
  kind: 'incubator',
  level: 'national',
  hostUnitId: unitId['宿城区'],
  operator: '宿迁软件园运营公司',
  recognizedOn: '2023-06-01',
  ...over,
});

describe('innovation carriers', () => {
  it('a unit records its own carriers; an unknown kind, another unit, a second of the same name are refused and write nothing', async () => {
    const unknown = await call(env.app, suchengClerk, 'POST', '/api/v1/carriers', carrier({ kind: '创客空间' }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().details.issues).toEqual([
      { path: 'kind', message: '“创客空间”不是有效的载体类型，可填：科技综合体、孵化器、众创空间、众创社区、星创天地' },
    ]);
    const other = await call(
      env.app,
      suchengClerk,
      'POST',
      '/api/v1/carriers',
      carrier({ hostUnitId: unitId['沭阳县'] }),
    );
    expect(other.statusCode).toBe(400);
    expect(other.json().details.issues).toEqual([{ path: 'hostUnitId', message: '只能登记本单位承载的载体' }]);
    expect(await count('innovation_carriers')).toBe(0);

    const created = await call(env.app, suchengClerk, 'POST', '/api/v1/carriers', carrier());
    expect(created.statusCode).toBe(201);
    const again = await call(env.app, suchengClerk, 'POST', '/api/v1/carriers', carrier());
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('已有名为“宿迁软件园孵化器”的孵化器');

    const id = created.json().id;
    const edited = await call(
      env.app,
      suchengClerk,
      'PUT',
      `/api/v1/carriers/${id}`,
      carrier({ level: 'provincial', version: 1 }),
    );
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      level: 'provincial',
      version: 2,
      canEdit: true,
      hostUnit: { name: '宿城区' },
    });
    const stale = await call(env.app, suchengClerk, 'PUT', `/api/v1/carriers/${id}`, carrier({ version: 1 }));
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('CONFLICT_VERSION');
  });

  it('imports a list (unknown kind reported, nothing written; re-import unchanged) and counts by kind and level as the seed does', async () => {
    const header = '载体名称,类型,级别,承载单位,运营主体,认定日期';
    const bad = await importCarriers(
      env.database,
      systemCtx,
      await csv([header, '甲,创客空间,省级,宿城区,,', '乙,众创空间,省级,无此县,,']),
      opts,
    );
    expect(bad.errors).toEqual([
      {
        row: 2,
        column: '类型',
        reason: '“创客空间”不是有效的载体类型，可填：科技综合体、孵化器、众创空间、众创社区、星创天地',
      },
      { row: 3, column: '承载单位', reason: '找不到单位“无此县”（须与单位管理中的名称一致）' },
    ]);
    expect(await count('innovation_carriers')).toBe(1);
    const lines = [
      header,
      ...Array.from({ length: 13 }, (_, i) => `众创空间${i + 1},众创空间,省级,宿城区,,2024-01-0${(i % 9) + 1}`),
      ...Array.from({ length: 7 }, (_, i) => `众创社区${i + 1},众创社区,省级,沭阳县,,`),
      ...Array.from({ length: 20 }, (_, i) => `星创天地${i + 1},星创天地,provincial,沭阳县,,`),
    ];
    expect(await importCarriers(env.database, systemCtx, await csv(lines), { ...opts, dryRun: true })).toMatchObject({
      created: 40,
    });
    expect(await importCarriers(env.database, systemCtx, await csv(lines), opts)).toMatchObject({
      created: 40,
      errors: [],
    });
    expect(await importCarriers(env.database, systemCtx, await csv(lines), opts)).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 40,
    });
    const counts = (await call(env.app, leader, 'GET', '/api/v1/carriers/counts')).json();
    expect(counts.items.map((i: { text: string }) => i.text)).toEqual([
      '省级孵化器1个',
      '省级众创社区7个',
      '省级众创空间13个',
      '省级星创天地20个',
    ]);
    expect(counts.total).toBe(41);

    const page = await call(
      env.app,
      suchengClerk,
      'GET',
      '/api/v1/carriers?kind=maker_space&sort=name&desc=true&page=2&pageSize=5',
    );
    expect(page.json().total).toBe(13);
    expect(page.json().items.map((c: { name: string }) => c.name)).toEqual([
      '众创空间4',
      '众创空间3',
      '众创空间2',
      '众创空间13',
      '众创空间12',
    ]);
  });
});

const agreement = (over: object = {}) => ({
  title: '白酒酿造微生物联合实验室',
  university: '江南大学',
  kind: 'school_enterprise',
  partnerCompanyId: companyId,
  unitId: unitId['宿城区'],
  signedOn: '2025-04-10',
  amountWan: '300',
  talents: 5,
  sourceEventId: eventId,
  ...over,
});

describe('university–industry cooperation', () => {
  it('needs the partner its kind names; a missing event is refused; totals by kind over any period', async () => {
    const noPartner = await call(env.app, suchengClerk, 'POST', '/api/v1/iur', agreement({ partnerCompanyId: null }));
    expect(noPartner.statusCode).toBe(400);
    expect(noPartner.json().details.issues).toEqual([
      { path: 'partnerCompanyId', message: '校企合作须填写合作方：企业库中的企业' },
    ]);
    const noEvent = await call(env.app, suchengClerk, 'POST', '/api/v1/iur', agreement({ sourceEventId: 999999 }));
    expect(noEvent.statusCode).toBe(400);
    expect(noEvent.json().code).toBe('INVALID_REFERENCE');
    const negative = await call(env.app, suchengClerk, 'POST', '/api/v1/iur', agreement({ amountWan: '-3' }));
    expect(negative.json().details.issues).toEqual([{ path: 'amountWan', message: '金额不能为负数' }]);
    expect(await count('iur_agreements')).toBe(0);

    expect((await call(env.app, suchengClerk, 'POST', '/api/v1/iur', agreement())).statusCode).toBe(201);
    const local = agreement({
      title: '花木育种基地',
      university: '南京林业大学',
      kind: 'school_local',
      partnerUnitId: unitId['宿城区'],
      signedOn: '2025-07-01',
      amountWan: '120.5',
      talents: 2,
      sourceEventId: null,
    });
    expect((await call(env.app, suchengClerk, 'POST', '/api/v1/iur', local)).statusCode).toBe(201);
    const list = (await call(env.app, leader, 'GET', '/api/v1/iur?sort=amountWan&desc=true')).json();
    expect(
      list.items.map((a: { title: string; partner: { name: string }; sourceEvent: unknown }) => [
        a.title,
        a.partner.name,
        a.sourceEvent,
      ]),
    ).toEqual([
      ['白酒酿造微生物联合实验室', '江苏洋河酒厂股份有限公司', { id: eventId, name: '产学研洽谈会' }],
      ['花木育种基地', '宿城区', null],
    ]);
    const totals = (await call(env.app, leader, 'GET', '/api/v1/iur/totals?from=2025-01-01&to=2025-12-31')).json();
    expect(totals).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
      byKind: [
        { kind: 'school_local', count: 1, amountWan: '120.5', talents: 2 },
        { kind: 'school_enterprise', count: 1, amountWan: '300', talents: 5 },
        { kind: 'other', count: 0, amountWan: '0', talents: 0 },
      ],
      total: { count: 2, amountWan: '420.5', talents: 7 },
    });
    const h1 = (await call(env.app, leader, 'GET', '/api/v1/iur/totals?from=2025-01-01&to=2025-06-30')).json();
    expect(h1.total).toEqual({ count: 1, amountWan: '300', talents: 5 });
  });

  it('imports agreements: a row with no partner or an unknown company is reported and nothing written; re-import unchanged', async () => {
    const header = '合作项目名称,高校院所,合作类型,合作方,登记单位,签约日期,合同金额(万元),引进人才数,来源活动';
    const bad = await importIur(
      env.database,
      systemCtx,
      await csv([
        header,
        '甲,江南大学,校企,,宿城区,2025-05-01,10,1,',
        '乙,江南大学,校企,无此企业,宿城区,2025-05-01,10,1,',
        '丙,江南大学,合资,某方,宿城区,2025-05-01,10,x,',
      ]),
      opts,
    );
    expect(bad.errors).toEqual([
      { row: 2, column: '合作方', reason: '校企合作须填写合作方：企业库中的企业' },
      { row: 3, column: '合作方', reason: '企业库中找不到“无此企业”，请先在企业库登记' },
      { row: 4, column: '合作类型', reason: '“合资”不是有效的合作类型，可填：校地合作、校企合作、其他合作' },
      { row: 4, column: '引进人才数', reason: '“x”不是有效的引进人才数（非负整数）' },
    ]);
    expect(await count('iur_agreements')).toBe(2);
    const good = [
      header,
      '酒糟综合利用,江南大学,校企,江苏洋河酒厂股份有限公司,宿城区,2025-05-01,80,3,产学研洽谈会',
      '乡村振兴研究院,省农科院,其他,宿迁市农业农村局,沭阳县,2025-05-02,,0,',
    ];
    expect(await importIur(env.database, systemCtx, await csv(good), opts)).toMatchObject({ created: 2, errors: [] });
    expect(await importIur(env.database, systemCtx, await csv(good), opts)).toMatchObject({ created: 0, unchanged: 2 });
    expect(await count('iur_agreements')).toBe(4);
  });

  it('flags a reported total whose parts do not add up on the data-quality page ("451 ≠ 33 + 416")', async () => {
    const put = await call(env.app, office, 'PUT', '/api/v1/iur/reported-totals', {
      source: '2025年上半年工作总结',
      periodFrom: '2025-01-01',
      periodTo: '2025-06-30',
      total: 451,
      schoolLocal: 33,
      schoolEnterprise: 416,
    });
    expect(put.statusCode).toBe(200);
    expect(
      (
        await call(env.app, suchengClerk, 'PUT', '/api/v1/iur/reported-totals', {
          source: 'x',
          periodFrom: '2025-01-01',
          periodTo: '2025-06-30',
          total: 1,
          schoolLocal: 1,
          schoolEnterprise: 0,
        })
      ).statusCode,
    ).toBe(403);
    const check = (await call(env.app, leader, 'GET', '/api/v1/data-quality/iurTotals')).json();
    expect(check).toMatchObject({ check: 'iurTotals', title: '产学研合作合计与分项不符', count: 1 });
    expect(check.items.map((i: { detail: string }) => i.detail)).toEqual(['合计 451 ≠ 33 + 416']);
    const overview = (await call(env.app, leader, 'GET', '/api/v1/data-quality')).json();
    expect(overview.checks.find((c: { check: string }) => c.check === 'iurTotals').count).toBe(1);
    expect(overview.notes).toEqual([]);
  });
});
