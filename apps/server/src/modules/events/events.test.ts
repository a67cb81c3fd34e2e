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
  uploadFile,
} from '../../../test/factories.ts';
import { queryRows } from '../../db/client.ts';
import { readTable } from '../../spreadsheet/read-table.ts';
import { createCompany } from '../companies/companies.service.ts';
import { importLeads } from '../leads/leads-import.ts';
import { importProjects } from '../projects/projects-import.ts';

/**
 * A fixture city (2021):
 *   campaign round 7: 2021-03-01..2021-06-08
 *   E1 深圳投资环境说明会  briefing, city major, 2021-05-10..11, round 7, organised by 商务中心 + 宿城区; guests: 3
 *   E2 绿洽会             fair, city major,     2021-06-01..03, round 7, 商务中心
 *   E3 沭阳花木推介会       promotion, local,     2021-07-20,     -,       沭阳县
 *   E4 宿城区客商考察       visit, local,         2021-07-30..08-02, -,    宿城区 (not over by July's end)
 *   leads L1 (华为, filed) ← E1, L2 ← E2, L3 ← E3; projects P1 (signed 2021-05-20, 50000 万元, 100 万美元) ← E1,
 *   P2 (signed 2021-06-10, 8000) ← E2, P3 (intent) ← E1.
 */
let env: TestEnv;
let office: Session;
let suchengClerk: Session;
let shuyangClerk: Session;
const unitId: Record<string, number> = {};
const eventId: Record<string, number> = {};
const projectId: Record<string, number> = {};
const leadId: Record<string, number> = {};
let campaignId: number;

const csv = (header: string, lines: string[]) => Buffer.from(`\ufeff${[header, ...lines].join('\n')}\n`, 'utf8');
const count = async (table: string) =>
  (await queryRows<{ n: number }>(env.database.db, sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]!.n;
const upload = (s: Session, url: string, bytes: Buffer, name: string) => uploadFile(env.app, s, url, bytes, name);

beforeAll(async () => {
  env = await createTestEnv();
  for (const [name, kind] of [
    ['宿城区', 'county'],
    ['沭阳县', 'county'],
    ['驻上海招商局', 'resident_bureau'],
    ['商务招商服务中心', 'service_center'],
    ['领导小组办公室', 'office'],
  ] as const)
    unitId[name] = (await buildUnit(env.database, { name, kind })).id;
  const user = async (role: 'office' | 'unit_staff', unit: string) =>
    login(env.app, (await buildUser(env.database, { role, unitId: unitId[unit] })).username);
  office = await user('office', '领导小组办公室');
  suchengClerk = await user('unit_staff', '宿城区');
  shuyangClerk = await user('unit_staff', '沭阳县');
  await createCompany(env.database, systemCtx, { name: '华为技术有限公司', uscc: '914403001922038216' });
  await importProjects(
    env.database,
    systemCtx,
    await readTable(
      csv('项目名称,投资方,招引单位,承载地,协议投资(万元),外资(万美元),签约日期,状态', [
        'P1,华为技术有限公司,驻上海招商局,宿城区,50000,100,2021-05-20,在建',
        'P2,,沭阳县,沭阳县,8000,,2021-06-10,在建',
        'P3,,宿城区,宿城区,3000,,,在建',
      ]),
      'projects.csv',
    ),
    { dryRun: false, fileName: 'projects.csv' },
  );
  await importLeads(
    env.database,
    systemCtx,
    await readTable(
      csv('企业名称,统一社会信用代码,报送单位,线索来源,报送日期', [
        '华为技术有限公司,914403001922038216,驻上海招商局,活动,2021-05-10',
        '澜江新材料有限公司,,宿城区,活动,2021-06-02',
        '沭阳花木科技有限公司,,沭阳县,活动,2021-07-21',
      ]),
      'leads.csv',
    ),
    { dryRun: false, fileName: 'leads.csv' },
  );
  for (const p of await queryRows<{ id: number; name: string }>(env.database.db, sql`select id, name from projects`))
    projectId[p.name] = p.id;
  for (const l of await queryRows<{ id: number; name: string }>(
    env.database.db,
    sql`select l.id, c.name from leads l join companies c on c.id = l.company_id`,
  ))
    leadId[l.name] = l.id;
  // L1 was filed: the yield counts it as a filing.
  await env.database.db.execute(sql`
    with f as (insert into filings (company_id, group_company_id, unit_id, starts_on, expires_on)
      select company_id, company_id, reporting_unit_id, '2021-05-12', '2022-05-12' from leads where id = ${leadId.华为技术有限公司} returning id)
    update leads set filing_id = (select id from f) where id = ${leadId.华为技术有限公司}`);
});
afterAll(() => env.close());

const E1 = () => ({
  name: '深圳投资环境说明会',
  kind: 'briefing',
  level: 'city_major',
  place: '深圳',
  region: 'greater_bay_area',
  campaignId,
  startsOn: '2021-05-10',
  endsOn: '2021-05-11',
  organiserUnitIds: [unitId.商务招商服务中心!, unitId.宿城区!],
});

describe('campaigns and events', () => {
  it('the office records a campaign round; a unit may not, a round is unique, and its end comes after its start', async () => {
    const body = { round: 7, startsOn: '2021-03-01', endsOn: '2021-06-08' };
    expect((await call(env.app, suchengClerk, 'POST', '/api/v1/campaigns', body)).statusCode).toBe(403);
    const backwards = await call(env.app, office, 'POST', '/api/v1/campaigns', { ...body, endsOn: '2021-02-01' });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().details.issues).toEqual([
      { path: 'endsOn', message: '百日招商第 7 轮的结束日期早于开始日期' },
    ]);
    const res = await call(env.app, office, 'POST', '/api/v1/campaigns', body);
    expect(res.statusCode).toBe(201);
    campaignId = res.json().id;
    const again = await call(env.app, office, 'POST', '/api/v1/campaigns', body);
    expect([again.statusCode, again.json().message]).toEqual([409, '百日招商第 7 轮已存在']);
    expect((await call(env.app, suchengClerk, 'GET', '/api/v1/campaigns')).json().items).toEqual([
      {
        id: campaignId,
        round: 7,
        name: '第7轮百日招商',
        startsOn: '2021-03-01',
        endsOn: '2021-06-08',
        events: 0,
        version: 1,
      },
    ]);
  });

  it('refuses an event that ends before it starts, precisely, and writes nothing', async () => {
    const res = await call(env.app, suchengClerk, 'POST', '/api/v1/events', { ...E1(), endsOn: '2021-05-09' });
    expect(res.statusCode).toBe(400);
    expect(res.json().details.issues).toEqual([
      { path: 'endsOn', message: '活动结束日期 2021-05-09 早于开始日期 2021-05-10' },
    ]);
    const en = await env.app.inject({
      method: 'POST',
      url: '/api/v1/events',
      payload: { ...E1(), endsOn: '2021-05-09' },
      headers: { cookie: suchengClerk.cookie, 'x-csrf-token': suchengClerk.csrf, 'accept-language': 'en' },
    });
    expect(en.json().details.issues[0].message).toBe('The event ends on 2021-05-09, before it starts on 2021-05-10');
    const notOwn = await call(env.app, shuyangClerk, 'POST', '/api/v1/events', E1());
    expect(notOwn.json().details.issues).toEqual([
      { path: 'organiserUnitIds', message: '只能登记本单位主办或参与主办的活动' },
    ]);
    expect(await count('events')).toBe(0);
    expect(await count('event_organisers')).toBe(0);
  });

  it('records events, lists them by window, filter and order, and refuses a stale edit with 409', async () => {
    const created = await call(env.app, suchengClerk, 'POST', '/api/v1/events', E1());
    expect(created.statusCode, created.body).toBe(201);
    eventId.E1 = created.json().id;
    const dup = await call(env.app, office, 'POST', '/api/v1/events', E1());
    expect([dup.statusCode, dup.json().message]).toEqual([409, '2021-05-10 已有名为“深圳投资环境说明会”的活动']);
    const more = [
      {
        name: '绿洽会',
        kind: 'fair',
        level: 'city_major',
        campaignId,
        startsOn: '2021-06-01',
        endsOn: '2021-06-03',
        organiserUnitIds: [unitId.商务招商服务中心!],
      },
      {
        name: '沭阳花木推介会',
        kind: 'promotion',
        level: 'local',
        startsOn: '2021-07-20',
        endsOn: '2021-07-20',
        organiserUnitIds: [unitId.沭阳县!],
      },
      {
        name: '宿城区客商考察',
        kind: 'visit',
        level: 'local',
        startsOn: '2021-07-30',
        endsOn: '2021-08-02',
        organiserUnitIds: [unitId.宿城区!],
      },
    ];
    for (const [i, e] of more.entries()) {
      const res = await call(env.app, office, 'POST', '/api/v1/events', e);
      expect(res.statusCode, res.body).toBe(201);
      eventId[`E${i + 2}`] = res.json().id;
    }
    const list = async (q: string, s = suchengClerk) => (await call(env.app, s, 'GET', `/api/v1/events?${q}`)).json();
    const july = await list('from=2021-07-01&to=2021-07-31');
    expect(july.total).toBe(2);
    expect(july.items.map((e: { name: string }) => e.name)).toEqual(['沭阳花木推介会', '宿城区客商考察']);
    expect((await list('campaignId=' + campaignId)).items.map((e: { name: string }) => e.name)).toEqual([
      '深圳投资环境说明会',
      '绿洽会',
    ]);
    expect(
      (await list(`organiserUnitId=${unitId.宿城区}&sort=startsOn&desc=true`)).items.map((e: { id: number }) => e.id),
    ).toEqual([eventId.E4, eventId.E1]);
    const page2 = await list('pageSize=3&page=2');
    expect([page2.total, page2.items.length, page2.items[0].name]).toEqual([4, 1, '宿城区客商考察']);
    expect((await list('kind=fair')).items[0]).toMatchObject({
      name: '绿洽会',
      level: 'city_major',
      campaign: { id: campaignId, round: 7, name: '第7轮百日招商' },
      organisers: [{ id: unitId.商务招商服务中心, name: '商务招商服务中心' }],
      canEdit: false,
      version: 1,
    });
    const put = (s: Session, version: number, over: object = {}) =>
      call(env.app, s, 'PUT', `/api/v1/events/${eventId.E1}`, { ...E1(), place: '深圳市福田区', version, ...over });
    expect((await put(shuyangClerk, 1)).statusCode).toBe(403);
    expect((await put(suchengClerk, 1)).json()).toEqual({ id: eventId.E1, version: 2 });
    const stale = await put(office, 1, { place: '深圳会展中心' });
    expect([stale.statusCode, stale.json().details]).toEqual([409, { current: { version: 2 } }]);
    expect((await call(env.app, office, 'GET', `/api/v1/events/${eventId.E1}`)).json().event.place).toBe(
      '深圳市福田区',
    );
    expect((await call(env.app, office, 'GET', '/api/v1/events/999999')).statusCode).toBe(404);
  });

  it('imports a guest list (dry run, row errors, all or nothing, idempotent) matched against the registry', async () => {
    const header = '嘉宾姓名,职务,企业名称,统一社会信用代码';
    const good = [
      '张三,总经理,华为技术有限公司,914403001922038216',
      '李四,副总裁,华为技术有限公司深圳分公司,',
      '王五,,澜江未知科技有限公司,',
    ];
    const url = `/api/v1/events/${eventId.E1}/guests/import`;
    const bad = await upload(
      suchengClerk,
      `${url}?dryRun=false`,
      csv(header, [...good, '赵六,,某某有限公司,914403001922038217']),
      'guests.csv',
    );
    expect(bad.json()).toMatchObject({
      rows: 4,
      created: 0,
      errors: [{ row: 5, column: '统一社会信用代码', reason: '统一社会信用代码校验位不正确' }],
    });
    expect(await count('event_guests')).toBe(0);
    expect((await upload(shuyangClerk, url, csv(header, good), 'guests.csv')).statusCode).toBe(403);
    const dry = await upload(suchengClerk, url, csv(header, good), 'guests.csv');
    expect(dry.json()).toMatchObject({ dryRun: true, rows: 3, created: 3, updated: 0, errors: [] });
    expect(await count('event_guests')).toBe(0);
    expect((await upload(suchengClerk, `${url}?dryRun=false`, csv(header, good), 'guests.csv')).json()).toMatchObject({
      created: 3,
      updated: 0,
    });
    expect((await upload(suchengClerk, `${url}?dryRun=false`, csv(header, good), 'guests.csv')).json()).toMatchObject({
      created: 0,
      updated: 3,
    });
    const page = (await call(env.app, office, 'GET', `/api/v1/events/${eventId.E1}`)).json();
    expect(
      page.guests.map((g: { guestName: string; matchLevel: string; company: unknown }) => [
        g.guestName,
        g.matchLevel,
        g.company !== null,
      ]),
    ).toEqual([
      ['张三', 'same', true],
      ['李四', 'similar', true],
      ['王五', 'none', false],
    ]);
    expect(page.event.guests).toBe(3);
  });

  it('attributes leads and projects to events: 404 for unknown and for a project or lead of another unit, nothing written', async () => {
    const put = (s: Session, what: 'leads' | 'projects', id: number, event: number | null) =>
      call(env.app, s, 'PUT', `/api/v1/${what}/${id}/event`, { eventId: event });
    const other = await put(shuyangClerk, 'projects', projectId.P1!, eventId.E1!);
    expect([other.statusCode, other.json().code]).toEqual([404, 'NOT_FOUND']);
    expect((await put(shuyangClerk, 'projects', 999999, eventId.E1!)).statusCode).toBe(404);
    expect((await put(office, 'projects', projectId.P1!, 999999)).statusCode).toBe(400);
    expect((await put(shuyangClerk, 'leads', leadId.华为技术有限公司!, eventId.E1!)).statusCode).toBe(404);
    expect(
      (
        await queryRows<{ n: number }>(
          env.database.db,
          sql`select count(*)::int as n from projects where event_id is not null`,
        )
      )[0]!.n,
    ).toBe(0);
    expect((await put(suchengClerk, 'projects', projectId.P1!, eventId.E1!)).json()).toEqual({
      id: projectId.P1,
      eventId: eventId.E1,
    });
    for (const [what, id, e] of [
      ['projects', projectId.P2, eventId.E2],
      ['projects', projectId.P3, eventId.E1],
      ['leads', leadId.华为技术有限公司, eventId.E1],
      ['leads', leadId.澜江新材料有限公司, eventId.E2],
      ['leads', leadId.沭阳花木科技有限公司, eventId.E3],
    ] as const)
      expect((await put(office, what, id!, e!)).statusCode).toBe(200);
    const project = (await call(env.app, suchengClerk, 'GET', `/api/v1/projects/${projectId.P1}`)).json().project;
    expect(project.event).toEqual({ id: eventId.E1, name: '深圳投资环境说明会' });
    const leads = (await call(env.app, office, 'GET', `/api/v1/leads?eventId=${eventId.E2}`)).json();
    expect(leads.items.map((l: { company: { name: string }; event: unknown }) => [l.company.name, l.event])).toEqual([
      ['澜江新材料有限公司', { id: eventId.E2, name: '绿洽会' }],
    ]);
    // The event's numbers click down to its projects: the list filters by event, scoped as ever.
    const ofE1 = (
      await call(env.app, office, 'GET', `/api/v1/projects?eventId=${eventId.E1}&sort=name&desc=false`)
    ).json();
    expect([ofE1.total, ofE1.items.map((p: { id: number }) => p.id).sort()]).toEqual([
      2,
      [projectId.P1, projectId.P3].sort(),
    ]);
    // 沭阳县 hosts neither: its clerk's list of the same event is empty.
    const shuyangOfE1 = (await call(env.app, shuyangClerk, 'GET', `/api/v1/projects?eventId=${eventId.E1}`)).json();
    expect([shuyangOfE1.total, shuyangOfE1.items]).toEqual([0, []]);
  });

  it('counts the yield per event and per campaign: guests → leads → filings → signed → amount', async () => {
    const res = await call(env.app, office, 'GET', '/api/v1/events/yield?from=2021-01-01&to=2021-12-31');
    expect(res.statusCode, res.body).toBe(200);
    const y = res.json();
    const zero = { guests: 0, leads: 0, filings: 0, signed: 0, amountWan: '0', foreignUsdWan: '0' };
    expect(y.events).toEqual([
      {
        id: eventId.E1,
        name: '深圳投资环境说明会',
        kind: 'briefing',
        startsOn: '2021-05-10',
        campaignId,
        guests: 3,
        leads: 1,
        filings: 1,
        signed: 1,
        amountWan: '50000',
        foreignUsdWan: '100',
      },
      {
        id: eventId.E2,
        name: '绿洽会',
        kind: 'fair',
        startsOn: '2021-06-01',
        campaignId,
        ...zero,
        leads: 1,
        signed: 1,
        amountWan: '8000',
      },
      {
        id: eventId.E3,
        name: '沭阳花木推介会',
        kind: 'promotion',
        startsOn: '2021-07-20',
        campaignId: null,
        ...zero,
        leads: 1,
      },
      { id: eventId.E4, name: '宿城区客商考察', kind: 'visit', startsOn: '2021-07-30', campaignId: null, ...zero },
    ]);
    expect(y.campaigns).toEqual([
      {
        id: campaignId,
        name: '第7轮百日招商',
        round: 7,
        events: 2,
        guests: 3,
        leads: 2,
        filings: 1,
        signed: 2,
        amountWan: '58000',
        foreignUsdWan: '100',
      },
      { id: null, name: null, round: null, events: 2, ...zero, leads: 1 },
    ]);
    // As things stood at the end of May: P2 was not signed yet, L2 not reported.
    const may = (await call(env.app, office, 'GET', '/api/v1/events/yield?from=2021-05-01&to=2021-05-31')).json();
    expect(may.campaigns).toEqual([
      {
        id: campaignId,
        name: '第7轮百日招商',
        round: 7,
        events: 1,
        guests: 3,
        leads: 1,
        filings: 1,
        signed: 1,
        amountWan: '50000',
        foreignUsdWan: '100',
      },
    ]);
    const backwards = await call(env.app, office, 'GET', '/api/v1/events/yield?from=2021-12-31&to=2021-01-01');
    expect([backwards.statusCode, backwards.json().details.issues]).toEqual([
      400,
      [{ path: 'to', message: '统计区间的结束日期早于开始日期' }],
    ]);
    const page = (await call(env.app, office, 'GET', `/api/v1/events/${eventId.E1}`)).json();
    expect(page.yield).toEqual({
      guests: 3,
      leads: 1,
      filings: 1,
      signed: 1,
      amountWan: '50000',
      foreignUsdWan: '100',
    });
  });

  it('imports an event list (row errors, then nothing; a re-import updates) and exports xlsx', async () => {
    const header = '活动名称,活动类型,活动级别,开始日期,结束日期,地点,地区,主办单位,百日招商轮次,备注';
    const rows = [
      '上海推介会,推介会,市级重大活动,2021-09-01,2021-09-01,上海,长三角,驻上海招商局、商务招商服务中心,7,',
      '北京洽谈会,洽谈会,各地活动,2021-09-10,,北京,京津冀,驻上海招商局,,',
    ];
    const before = await count('events');
    const bad = await upload(
      office,
      '/api/v1/imports/events?dryRun=false',
      csv(header, [
        ...rows,
        '错日期,展会,各地活动,2021-09-10,2021-09-01,,,宿城区,,',
        '怪类型,茶话会,各地活动,2021-09-10,,,火星,不存在的单位,9,',
      ]),
      'events.csv',
    );
    expect(bad.json().errors).toEqual([
      { row: 4, column: '结束日期', reason: '活动结束日期 2021-09-01 早于开始日期 2021-09-10' },
      {
        row: 5,
        column: '活动类型',
        reason:
          '“茶话会”不是有效的活动类型，可填：推介会、洽谈会、展会、投资环境说明会、客商考察、产学研洽谈会、创新创业大赛',
      },
      {
        row: 5,
        column: '地区',
        reason: '“火星”不是有效的地区，可填：长三角、京津冀、成渝、粤港澳大湾区、本市、境外、其他地区',
      },
      { row: 5, column: '主办单位', reason: '找不到单位“不存在的单位”（须与单位管理中的名称一致）' },
      { row: 5, column: '百日招商轮次', reason: '百日招商第 9 轮尚未登记' },
    ]);
    expect(await count('events')).toBe(before);
    const mine = await upload(suchengClerk, '/api/v1/imports/events?dryRun=true', csv(header, rows), 'events.csv');
    expect(mine.json().errors[0]).toEqual({ row: 2, column: '主办单位', reason: '只能导入本单位主办的活动' });
    expect(
      (await upload(office, '/api/v1/imports/events?dryRun=false', csv(header, rows), 'events.csv')).json(),
    ).toMatchObject({ created: 2, updated: 0, errors: [] });
    expect(
      (await upload(office, '/api/v1/imports/events?dryRun=false', csv(header, rows), 'events.csv')).json(),
    ).toMatchObject({ created: 0, updated: 2 });
    expect(await count('events')).toBe(before + 2);
    const sh = (await call(env.app, office, 'GET', '/api/v1/events?q=上海推介会')).json().items[0];
    expect(sh).toMatchObject({
      kind: 'promotion',
      level: 'city_major',
      region: 'yangtze_delta',
      endsOn: '2021-09-01',
      campaign: { round: 7 },
    });
    expect(sh.organisers.map((o: { name: string }) => o.name)).toEqual(['驻上海招商局', '商务招商服务中心']);
    const xlsx = await call(env.app, office, 'GET', '/api/v1/exports/events?from=2021-09-01');
    expect(xlsx.statusCode).toBe(200);
    const table = await readTable(xlsx.rawPayload, 'events.xlsx');
    expect(table.headers.slice(0, 4)).toEqual(['活动名称', '活动类型', '活动级别', '开始日期']);
    expect(table.rows.map((r) => r.cells['活动名称'])).toEqual(['上海推介会', '北京洽谈会']);
  });

  it('counts real events per organiser in the assessment, freezes them in the bulletin and drills into them', async () => {
    const res = await call(env.app, office, 'POST', '/api/v1/bulletins', { year: 2021, month: 7 });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id;
    const b = (await call(env.app, office, 'GET', `/api/v1/bulletins/${id}`)).json();
    const events = Object.fromEntries(
      b.snapshot.groups.flatMap((g: { units: { unitName: string; actuals: { events: number } }[] }) =>
        g.units.map((u) => [u.unitName, u.actuals.events]),
      ),
    );
    // E4 ends on 2021-08-02, after the window: not yet held.
    expect(events).toMatchObject({ 宿城区: 1, 沭阳县: 1, 商务招商服务中心: 2, 驻上海招商局: 0 });
    const drill = (
      await call(env.app, office, 'GET', `/api/v1/bulletins/${id}/events?unitId=${unitId.商务招商服务中心}`)
    ).json();
    expect(drill.items.map((e: { name: string }) => e.name)).toEqual(['深圳投资环境说明会', '绿洽会']);
    // Frozen: an event recorded afterwards does not change the draft.
    await call(env.app, office, 'POST', '/api/v1/events', {
      name: '补录活动',
      kind: 'fair',
      level: 'local',
      startsOn: '2021-07-01',
      endsOn: '2021-07-01',
      organiserUnitIds: [unitId.商务招商服务中心!],
    });
    const again = (
      await call(env.app, office, 'GET', `/api/v1/bulletins/${id}/events?unitId=${unitId.商务招商服务中心}`)
    ).json();
    expect(again.items).toHaveLength(2);
    expect((await call(env.app, office, 'GET', `/api/v1/bulletins/${id}/events?unitId=999999`)).statusCode).toBe(404);
    const all = (await call(env.app, office, 'GET', `/api/v1/bulletins/${id}/events`)).json();
    expect(all.items.map((e: { name: string }) => e.name)).toEqual(['深圳投资环境说明会', '绿洽会', '沭阳花木推介会']);
    // A bulletin sealed before events were recorded has no frozen events: it still verifies, and drills to none.
    const june = (await call(env.app, office, 'POST', '/api/v1/bulletins', { year: 2021, month: 6 })).json().id;
    await env.database.db.execute(sql`update bulletins set snapshot = snapshot - 'events' where id = ${june}`);
    const juneVersion = (await call(env.app, office, 'GET', `/api/v1/bulletins/${june}`)).json().version;
    expect(
      (await call(env.app, office, 'POST', `/api/v1/bulletins/${june}/publish`, { version: juneVersion })).statusCode,
    ).toBe(200);
    expect((await call(env.app, office, 'GET', `/api/v1/bulletins/${june}`)).statusCode).toBe(200);
    expect((await call(env.app, office, 'GET', `/api/v1/bulletins/${june}/events`)).json()).toEqual({ items: [] });
    // Published, it is sealed with its events; reading it verifies the seal.
    const version = (await call(env.app, office, 'GET', `/api/v1/bulletins/${id}`)).json().version;
    expect((await call(env.app, office, 'POST', `/api/v1/bulletins/${id}/publish`, { version })).statusCode).toBe(200);
    const sealed = await call(env.app, suchengClerk, 'GET', `/api/v1/bulletins/${id}/events?unitId=${unitId.宿城区}`);
    expect([sealed.statusCode, sealed.json().items.map((e: { name: string }) => e.name)]).toEqual([
      200,
      ['深圳投资环境说明会'],
    ]);
  });
});
