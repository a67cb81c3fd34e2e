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
  uploadFile,
} from '../../../test/factories.ts';
import { queryRows } from '../../db/client.ts';
import { readTable } from '../../spreadsheet/read-table.ts';

/**
 * A fixture city: units 宿城区 and 沭阳县 (counties) and the office; one event (2021 绿洽会).
 * The office lists 新能源电池产业园 (宿城区, 50000 万元, 300 亩) and signs it into a project.
 */
let env: TestEnv;
let office: Session;
let suchengClerk: Session;
let shuyangClerk: Session;
const unitId: Record<string, number> = {};
let eventId: number;
let entryId: number;

const csv = (header: string, lines: string[]) => Buffer.from(`\ufeff${[header, ...lines].join('\n')}\n`, 'utf8');
const count = async (table: string) =>
  (await queryRows<{ n: number }>(env.database.db, sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]!.n;
const upload = (s: Session, url: string, bytes: Buffer, name: string) => uploadFile(env.app, s, url, bytes, name);
const battery = () => ({
  nameZh: '新能源电池产业园',
  nameEn: 'New-energy battery industrial park',
  descriptionZh: '年产 10GWh 动力电池',
  descriptionEn: '10 GWh of traction batteries a year',
  chain: '新能源',
  investmentWan: '50000',
  landMu: '300',
  hostUnitId: unitId.宿城区!,
  contact: '张三 0527-12345678',
  sourceEventId: eventId,
});

beforeAll(async () => {
  env = await createTestEnv();
  for (const [name, kind] of [
    ['宿城区', 'county'],
    ['沭阳县', 'county'],
    ['领导小组办公室', 'office'],
  ] as const)
    unitId[name] = (await buildUnit(env.database, { name, kind })).id;
  const user = async (role: 'office' | 'unit_staff', unit: string) =>
    login(env.app, (await buildUser(env.database, { role, unitId: unitId[unit] })).username);
  office = await user('office', '领导小组办公室');
  suchengClerk = await user('unit_staff', '宿城区');
  shuyangClerk = await user('unit_staff', '沭阳县');
  const ev = await call(env.app, office, 'POST', '/api/v1/events', {
    name: '2021 绿洽会',
    kind: 'fair',
    level: 'city_major',
    startsOn: '2021-06-01',
    endsOn: '2021-06-03',
    organiserUnitIds: [unitId.领导小组办公室],
  });
  eventId = ev.json().id;
});
afterAll(() => env.close());

describe('the opportunity catalogue', () => {
  it('refuses bad input precisely and writes nothing', async () => {
    const before = await count('catalogue_entries');
    const negative = await call(env.app, office, 'POST', '/api/v1/catalogue', { ...battery(), investmentWan: '-5' });
    expect([negative.statusCode, negative.json().code, negative.json().details.issues]).toEqual([
      400,
      'VALIDATION_FAILED',
      [{ path: 'investmentWan', message: '金额不能为负数' }],
    ]);
    const words = await call(env.app, office, 'POST', '/api/v1/catalogue', {
      ...battery(),
      investmentWan: '五亿',
      landMu: 'abc',
    });
    expect(words.json().details.issues).toEqual([
      { path: 'investmentWan', message: '金额应为数字（单位：万元）' },
      { path: 'landMu', message: '“abc”不是有效的非负数' },
    ]);
    const badStatus = await call(env.app, office, 'POST', '/api/v1/catalogue', { ...battery(), status: 'won' });
    expect([badStatus.statusCode, badStatus.json().code]).toEqual([400, 'VALIDATION_FAILED']);
    const signedByHand = await call(env.app, office, 'POST', '/api/v1/catalogue', { ...battery(), status: 'signed' });
    expect(signedByHand.json().details.issues).toEqual([
      { path: 'status', message: '“已签约”状态只能通过“签约转项目”设置' },
    ]);
    const notOwn = await call(env.app, shuyangClerk, 'POST', '/api/v1/catalogue', battery());
    expect([notOwn.statusCode, notOwn.json().details.issues]).toEqual([
      400,
      [{ path: 'hostUnitId', message: '只能登记本单位承载的推介项目' }],
    ]);
    const noEvent = await call(env.app, office, 'POST', '/api/v1/catalogue', { ...battery(), sourceEventId: 99999 });
    expect([noEvent.statusCode, noEvent.json().code]).toEqual([400, 'INVALID_REFERENCE']);
    expect(await count('catalogue_entries')).toBe(before);
  });

  it('records an entry in both languages and lists it with filters, sorting and paging', async () => {
    const res = await call(env.app, office, 'POST', '/api/v1/catalogue', battery());
    expect(res.statusCode, res.body).toBe(201);
    entryId = res.json().id;
    const other = await call(env.app, shuyangClerk, 'POST', '/api/v1/catalogue', {
      nameZh: '花木电商物流园',
      nameEn: 'Flower e-commerce logistics park',
      investmentWan: '8000.5',
      landMu: '120.5',
      hostUnitId: unitId.沭阳县,
    });
    expect(other.statusCode).toBe(201);
    const again = await call(env.app, office, 'POST', '/api/v1/catalogue', battery());
    expect([again.statusCode, again.json().message]).toEqual([409, '推介项目库中已有“新能源电池产业园”']);
    const list = await call(env.app, suchengClerk, 'GET', '/api/v1/catalogue?sort=investment&desc=true');
    expect(list.json().total).toBe(2);
    expect(list.json().items.map((e: { nameZh: string }) => e.nameZh)).toEqual(['新能源电池产业园', '花木电商物流园']);
    expect(list.json().items[0]).toMatchObject({
      nameEn: 'New-energy battery industrial park',
      investmentWan: '50000',
      landMu: '300',
      hostUnit: { id: unitId.宿城区, name: '宿城区' },
      status: 'offered',
      sourceEvent: { id: eventId, name: '2021 绿洽会' },
      canEdit: true,
      version: 1,
    });
    expect(list.json().items[1]).toMatchObject({ investmentWan: '8000.5', landMu: '120.5', canEdit: false });
    const filtered = await call(env.app, office, 'GET', `/api/v1/catalogue?hostUnitId=${unitId.沭阳县}&pageSize=1`);
    expect([filtered.json().total, filtered.json().items[0].nameZh]).toEqual([1, '花木电商物流园']);
    const q = await call(env.app, office, 'GET', '/api/v1/catalogue?q=battery');
    expect(q.json().items.map((e: { id: number }) => e.id)).toEqual([entryId]);
  });

  it('detects concurrent edits (version → 409) and lets only the host unit or the office edit', async () => {
    const body = { ...battery(), status: 'in_talks', version: 1 };
    const first = await call(env.app, suchengClerk, 'PUT', `/api/v1/catalogue/${entryId}`, body);
    expect([first.statusCode, first.json()]).toEqual([200, { id: entryId, version: 2 }]);
    const stale = await call(env.app, office, 'PUT', `/api/v1/catalogue/${entryId}`, body);
    expect([stale.statusCode, stale.json().code, stale.json().details]).toEqual([
      409,
      'CONFLICT_VERSION',
      { current: { version: 2 } },
    ]);
    const foreign = await call(env.app, shuyangClerk, 'PUT', `/api/v1/catalogue/${entryId}`, { ...body, version: 2 });
    expect(foreign.statusCode).toBe(403);
  });

  it('exports the public catalogue for fairs in both languages, as xlsx and as an A4 PDF', async () => {
    const xlsx = await call(env.app, office, 'GET', '/api/v1/exports/catalogue.xlsx');
    expect(xlsx.statusCode).toBe(200);
    const table = await readTable(xlsx.rawPayload, 'catalogue.xlsx');
    expect(table.headers.slice(0, 4)).toEqual(['序号 No.', '项目名称', 'Project', '产业链 Industry chain']);
    expect(
      table.rows.map((r) => [r.cells['项目名称'], r.cells.Project, r.cells['总投资（万元）Investment (10k yuan)']]),
    ).toEqual([
      ['新能源电池产业园', 'New-energy battery industrial park', '50000'],
      ['花木电商物流园', 'Flower e-commerce logistics park', '8000.5'],
    ]);
    const pdf = await call(env.app, office, 'GET', '/api/v1/exports/catalogue.pdf');
    expect([pdf.statusCode, pdf.headers['content-type'], pdf.rawPayload.subarray(0, 5).toString()]).toEqual([
      200,
      'application/pdf',
      '%PDF-',
    ]);
    expect(pdf.headers['content-disposition']).toBe(
      `attachment; filename="catalogue.pdf"; filename*=UTF-8''${encodeURIComponent('推介项目库.pdf')}`,
    );
  }, 60_000);

  it('signs an entry into a project in one audited transaction; a second signing is 409', async () => {
    const projectsBefore = await count('projects');
    const foreign = await call(env.app, shuyangClerk, 'POST', `/api/v1/catalogue/${entryId}/sign`, { version: 2 });
    expect(foreign.statusCode).toBe(403);
    const stale = await call(env.app, office, 'POST', `/api/v1/catalogue/${entryId}/sign`, { version: 1 });
    expect([stale.statusCode, stale.json().code]).toEqual([409, 'CONFLICT_VERSION']);
    const negative = await call(env.app, office, 'POST', `/api/v1/catalogue/${entryId}/sign`, {
      version: 2,
      agreedWan: '-1',
    });
    expect([negative.statusCode, negative.json().details.issues]).toEqual([
      400,
      [{ path: 'agreedWan', message: '金额不能为负数' }],
    ]);
    expect(await count('projects')).toBe(projectsBefore);
    const res = await call(env.app, suchengClerk, 'POST', `/api/v1/catalogue/${entryId}/sign`, {
      version: 2,
      signedOn: '2021-06-02',
    });
    expect(res.statusCode, res.body).toBe(200);
    const { projectId } = res.json();
    expect(res.json()).toEqual({ id: entryId, projectId, version: 3 });
    const [project] = await queryRows<{
      name: string;
      agreed_yuan: string;
      host_unit_id: number;
      event_id: number;
      signed_on: string;
      chain: string;
    }>(
      env.database.db,
      sql`select name, agreed_yuan::text, host_unit_id, event_id, signed_on::text, chain from projects where id = ${projectId}`,
    );
    expect(project).toEqual({
      name: '新能源电池产业园',
      agreed_yuan: '500000000',
      host_unit_id: unitId.宿城区,
      event_id: eventId,
      signed_on: '2021-06-02',
      chain: '新能源',
    });
    const entry = (await call(env.app, office, 'GET', `/api/v1/catalogue/${entryId}`)).json();
    expect(entry).toMatchObject({ status: 'signed', projectId, canEdit: false, version: 3 });
    const audits = await queryRows<{ action: string }>(
      env.database.db,
      sql`select action from audit_log where (entity_type = 'catalogue_entry' and entity_id = ${String(entryId)}) or (entity_type = 'project' and entity_id = ${String(projectId)}) order by id`,
    );
    expect(audits.map((a) => a.action)).toEqual([
      'catalogue.create',
      'catalogue.update',
      'project.create',
      'catalogue.sign',
    ]);

    const twice = await call(env.app, office, 'POST', `/api/v1/catalogue/${entryId}/sign`, { version: 3 });
    expect([twice.statusCode, twice.json()]).toEqual([
      409,
      {
        code: 'CATALOGUE_ALREADY_SIGNED',
        message: '该推介项目已签约转为项目，不能重复签约',
        details: { id: entryId, projectId },
      },
    ]);
    const edit = await call(env.app, office, 'PUT', `/api/v1/catalogue/${entryId}`, { ...battery(), version: 3 });
    expect([edit.statusCode, edit.json().message]).toEqual([409, '已签约的推介项目不能再修改，请在项目中修改']);
    expect(await count('projects')).toBe(projectsBefore + 1);
    // The public export leaves signed entries out.
    const table = await readTable(
      (await call(env.app, office, 'GET', '/api/v1/exports/catalogue.xlsx')).rawPayload,
      'catalogue.xlsx',
    );
    expect(table.rows.map((r) => r.cells['项目名称'])).toEqual(['花木电商物流园']);
  });

  it('imports entries: dry run, row errors, all-or-nothing, idempotent', async () => {
    const header = '项目名称,英文名称,产业链,总投资(万元),用地(亩),承载单位,状态';
    const rows = [
      '智能装备产业园,Smart equipment park,高端装备,30000,200,宿城区,洽谈中',
      '花木电商物流园,,,9000,,沭阳县,',
    ];
    const before = await count('catalogue_entries');
    const bad = await upload(
      office,
      '/api/v1/imports/catalogue?dryRun=false',
      csv(header, [...rows, '负数项目,,,-3,,宿城区,', '怪状态,,,,abc,火星,已签约', '新能源电池产业园,,,1,,宿城区,']),
      'catalogue.csv',
    );
    expect(bad.json().errors).toEqual([
      { row: 4, column: '总投资(万元)', reason: '金额不能为负数' },
      { row: 5, column: '用地(亩)', reason: '“abc”不是有效的非负数' },
      { row: 5, column: '承载单位', reason: '找不到单位“火星”（须与单位管理中的名称一致）' },
      { row: 5, column: '状态', reason: '“已签约”不是可选值（可选：推介中、洽谈中）' },
    ]);
    expect(await count('catalogue_entries')).toBe(before);
    const signed = await upload(
      office,
      '/api/v1/imports/catalogue?dryRun=true',
      csv(header, [...rows, '新能源电池产业园,,,1,,宿城区,']),
      'c.csv',
    );
    expect(signed.json().errors).toEqual([
      { row: 4, column: '项目名称', reason: '“新能源电池产业园”已签约转为项目，不能再通过导入修改' },
    ]);
    const mine = await upload(suchengClerk, '/api/v1/imports/catalogue?dryRun=true', csv(header, rows), 'c.csv');
    expect(mine.json().errors).toEqual([{ row: 3, column: '承载单位', reason: '只能导入本单位的记录' }]);
    const dry = await upload(office, '/api/v1/imports/catalogue?dryRun=true', csv(header, rows), 'c.csv');
    expect(dry.json()).toMatchObject({ created: 1, updated: 1, errors: [] });
    expect(await count('catalogue_entries')).toBe(before);
    expect(
      (await upload(office, '/api/v1/imports/catalogue?dryRun=false', csv(header, rows), 'c.csv')).json(),
    ).toMatchObject({
      created: 1,
      updated: 1,
    });
    expect(
      (await upload(office, '/api/v1/imports/catalogue?dryRun=false', csv(header, rows), 'c.csv')).json(),
    ).toMatchObject({
      created: 0,
      updated: 2,
    });
    expect(await count('catalogue_entries')).toBe(before + 1);
    const list = (await call(env.app, office, 'GET', '/api/v1/catalogue?status=in_talks')).json();
    expect(list.items.map((e: { nameZh: string; investmentWan: string }) => [e.nameZh, e.investmentWan])).toEqual([
      ['智能装备产业园', '30000'],
    ]);
    expect((await call(env.app, office, 'GET', '/api/v1/catalogue?q=花木')).json().items[0].investmentWan).toBe('9000');
  });

  it("carries the map's chain and segment, picked or attached by name, and signing hands them to the project", async () => {
    const group = (
      await call(env.app, office, 'POST', '/api/v1/chain-groups', { name: '主导产业', kind: 'leading' })
    ).json();
    const chainId = (
      await call(env.app, office, 'POST', '/api/v1/chains', { groupId: group.id, name: '新材料' })
    ).json().id as number;
    const other = (await call(env.app, office, 'POST', '/api/v1/chains', { groupId: group.id, name: '光伏' })).json()
      .id as number;
    const segmentId = (
      await call(env.app, office, 'POST', '/api/v1/chain-segments', { chainId, name: '碳纤维', stream: 'mid' })
    ).json().id as number;
    const wrong = await call(env.app, office, 'POST', '/api/v1/catalogue', {
      ...battery(),
      nameZh: '碳纤维产业园',
      chain: null,
      chainId: other,
      segmentId,
    });
    expect([wrong.statusCode, wrong.json().code]).toEqual([400, 'SEGMENT_WRONG_CHAIN']);
    const picked = await call(env.app, office, 'POST', '/api/v1/catalogue', {
      ...battery(),
      nameZh: '碳纤维产业园',
      chain: null,
      chainId,
      segmentId,
    });
    expect(picked.statusCode, picked.body).toBe(201);
    const typed = await call(env.app, office, 'POST', '/api/v1/catalogue', {
      ...battery(),
      nameZh: '光伏组件产业园',
      chain: '光伏',
    });
    const read = async (id: number) =>
      (await call(env.app, office, 'GET', `/api/v1/catalogue?q=${encodeURIComponent('产业园')}&pageSize=100`))
        .json()
        .items.find((e: { id: number }) => e.id === id);
    expect(await read(picked.json().id)).toMatchObject({ chain: '新材料', chainId, segmentId });
    expect(await read(typed.json().id)).toMatchObject({ chain: '光伏', chainId: other, segmentId: null });
    const signed = await call(env.app, office, 'POST', `/api/v1/catalogue/${picked.json().id}/sign`, { version: 1 });
    expect(signed.statusCode, signed.body).toBe(200);
    const [project] = await queryRows<{ chain_id: number; segment_id: number }>(
      env.database.db,
      sql`select chain_id, segment_id from projects where name = '碳纤维产业园'`,
    );
    expect(project).toEqual({ chain_id: chainId, segment_id: segmentId });
  });
});

describe('an entry and the lead it came from', () => {
  it('is linked to a lead and names its investor; an unknown lead is refused and nothing written', async () => {
    const company = await call(env.app, suchengClerk, 'POST', '/api/v1/companies', { name: '澜江锂电科技有限公司' });
    expect(company.statusCode, company.body).toBe(201);
    const lead = await call(env.app, suchengClerk, 'POST', '/api/v1/leads', {
      companyId: company.json().id,
      source: 'visit',
    });
    expect(lead.statusCode, lead.body).toBe(201);
    const leadId = lead.json().id as number;
    // The form finds the lead by a part of its investor's name (a % is a character, not a wildcard).
    const found = await call(env.app, office, 'GET', `/api/v1/leads?q=${encodeURIComponent('锂电科技')}`);
    expect([found.json().total, found.json().items[0].id]).toEqual([1, leadId]);
    expect((await call(env.app, office, 'GET', '/api/v1/leads?q=%25')).json().total).toBe(0);
    const entries = await count('catalogue_entries');
    const unknown = await call(env.app, office, 'POST', '/api/v1/catalogue', {
      nameZh: '锂电池回收产业园',
      hostUnitId: unitId.宿城区,
      leadId: 999_999,
    });
    expect([unknown.statusCode, unknown.json().code, unknown.json().details]).toEqual([
      400,
      'INVALID_REFERENCE',
      { field: 'leadId', id: 999_999 },
    ]);
    expect(await count('catalogue_entries')).toBe(entries);
    const res = await call(env.app, office, 'POST', '/api/v1/catalogue', {
      nameZh: '锂电池回收产业园',
      hostUnitId: unitId.宿城区,
      leadId,
    });
    expect(res.statusCode, res.body).toBe(201);
    const list = await call(env.app, shuyangClerk, 'GET', '/api/v1/catalogue?q=锂电池回收');
    expect(list.json().items[0]).toMatchObject({ leadId, lead: { id: leadId, companyName: '澜江锂电科技有限公司' } });
  });
});
