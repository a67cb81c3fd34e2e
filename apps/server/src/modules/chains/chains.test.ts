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
import { importProjects } from '../projects/projects-import.ts';
import { fitsPositioningOf } from './chains.service.ts';

/**
 * A fixture city: 宿城区 and 沭阳县 (counties), the office.
 * Projects P1 (新能源, 宿城区, signed 2025-06-01, 50000 万元), P2 (新能源, 沭阳县, intent, 3000 万元),
 * P3 (生物医药 — a chain the map lacks, 沭阳县). The office builds 新能源 with segments 电池材料 (up) and
 * 电池 (mid, under 电池材料), and 绿色食品 with 食品加工.
 */
let env: TestEnv;
let office: Session;
let clerk: Session;
let leader: Session;
const unitId: Record<string, number> = {};
const projectId: Record<string, number> = {};
const ids = { group: 0, chain: 0, food: 0, materials: 0, cells: 0, processing: 0, company: 0 };

const csv = (header: string, lines: string[]) => Buffer.from(`\ufeff${[header, ...lines].join('\n')}\n`, 'utf8');
const count = async (table: string) =>
  (await queryRows<{ n: number }>(env.database.db, sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]!.n;
const en = (s: Session, method: 'POST' | 'PUT', url: string, payload: unknown) =>
  env.app.inject({
    method,
    url,
    payload: payload as never,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'accept-language': 'en' },
  });
const segmentOf = async (segmentId: number) => {
  const map = (await call(env.app, office, 'GET', '/api/v1/chains/map')).json();
  for (const g of map.groups) for (const c of g.chains) for (const s of c.segments) if (s.id === segmentId) return s;
  throw new Error('no such segment');
};

beforeAll(async () => {
  env = await createTestEnv();
  for (const [name, kind] of [
    ['宿城区', 'county'],
    ['沭阳县', 'county'],
    ['领导小组办公室', 'office'],
  ] as const)
    unitId[name] = (await buildUnit(env.database, { name, kind })).id;
  const user = async (role: 'office' | 'unit_staff' | 'leader', unit: string) =>
    login(env.app, (await buildUser(env.database, { role, unitId: unitId[unit] })).username);
  office = await user('office', '领导小组办公室');
  clerk = await user('unit_staff', '沭阳县');
  leader = await user('leader', '领导小组办公室');
  ids.company = (await createCompany(env.database, systemCtx, { name: '宁德时代新能源科技股份有限公司' })).id;
  await importProjects(
    env.database,
    systemCtx,
    await readTable(
      csv('项目名称,承载地,招引单位,产业链,协议投资(万元),签约日期,状态', [
        'P1,宿城区,宿城区,新能源,50000,2025-06-01,在建',
        'P2,沭阳县,沭阳县,新能源,3000,,在建',
        'P3,沭阳县,沭阳县,生物医药,1000,,在建',
      ]),
      'projects.csv',
    ),
    { dryRun: false, fileName: 'projects.csv' },
  );
  for (const p of await queryRows<{ id: number; name: string }>(env.database.db, sql`select id, name from projects`))
    projectId[p.name] = p.id;
});
afterAll(() => env.close());

describe('chain map editing', () => {
  it('only the office keeps the map; a unit clerk gets 403 and nothing is written', async () => {
    const res = await call(env.app, clerk, 'POST', '/api/v1/chain-groups', { name: '主导产业', kind: 'leading' });
    expect(res.statusCode).toBe(403);
    expect(await count('chain_groups')).toBe(0);
  });

  it('the office builds groups, chains and segments; the projects whose free-text chain names the new chain get it', async () => {
    const group = await call(env.app, office, 'POST', '/api/v1/chain-groups', { name: '主导产业', kind: 'leading' });
    expect(group.statusCode, group.body).toBe(201);
    ids.group = group.json().id;
    const chain = await call(env.app, office, 'POST', '/api/v1/chains', {
      groupId: ids.group,
      name: '新能源',
      nameEn: 'New energy',
      chiefExpert: '张院士',
      thinkTanks: ['中科院电工所'],
    });
    expect(chain.statusCode, chain.body).toBe(201);
    ids.chain = chain.json().id;
    ids.food = (
      await call(env.app, office, 'POST', '/api/v1/chains', { groupId: ids.group, name: '绿色食品' })
    ).json().id;
    const dup = await call(env.app, office, 'POST', '/api/v1/chains', { groupId: ids.group, name: '新能源' });
    expect([dup.statusCode, dup.json().message]).toEqual([409, '已有名为“新能源”的产业链']);
    ids.materials = (
      await call(env.app, office, 'POST', '/api/v1/chain-segments', {
        chainId: ids.chain,
        name: '电池材料',
        stream: 'up',
        responsibleUnitId: unitId.沭阳县,
      })
    ).json().id;
    ids.cells = (
      await call(env.app, office, 'POST', '/api/v1/chain-segments', {
        chainId: ids.chain,
        name: '电池',
        stream: 'mid',
        parentId: ids.materials,
      })
    ).json().id;
    ids.processing = (
      await call(env.app, office, 'POST', '/api/v1/chain-segments', {
        chainId: ids.food,
        name: '食品加工',
        stream: 'mid',
      })
    ).json().id;
    const projects = await queryRows<{ name: string; chain_id: number | null }>(
      env.database.db,
      sql`select name, chain_id from projects order by name`,
    );
    expect(projects).toEqual([
      { name: 'P1', chain_id: ids.chain },
      { name: 'P2', chain_id: ids.chain },
      { name: 'P3', chain_id: null },
    ]);
    const unmatched = await call(env.app, office, 'GET', '/api/v1/chains/unmatched');
    expect(unmatched.json().items).toEqual([{ value: '生物医药', leads: 0, projects: 1 }]);
    expect((await call(env.app, clerk, 'GET', '/api/v1/chains/unmatched')).statusCode).toBe(403);
  });

  it('refuses an unknown chain, a parent under another chain and a cycle, precisely, and writes nothing', async () => {
    const before = await count('chain_segments');
    const unknown = await call(env.app, office, 'POST', '/api/v1/chain-segments', {
      chainId: 999999,
      name: '隔膜',
      stream: 'up',
    });
    expect([unknown.statusCode, unknown.json().code, unknown.json().message]).toEqual([
      400,
      'CHAIN_UNKNOWN',
      '没有这条产业链',
    ]);
    const wrong = await call(env.app, office, 'POST', '/api/v1/chain-segments', {
      chainId: ids.food,
      name: '隔膜',
      stream: 'up',
      parentId: ids.materials,
    });
    expect([wrong.statusCode, wrong.json().code, wrong.json().message]).toEqual([
      400,
      'SEGMENT_WRONG_CHAIN',
      '所选环节不属于所选产业链',
    ]);
    const unknownParent = await call(env.app, office, 'POST', '/api/v1/chain-segments', {
      chainId: ids.chain,
      name: '隔膜',
      stream: 'up',
      parentId: 999999,
    });
    expect([unknownParent.statusCode, unknownParent.json().code]).toEqual([400, 'SEGMENT_UNKNOWN']);
    // 电池 sits under 电池材料: putting 电池材料 under 电池 closes a cycle.
    const cycle = await call(env.app, office, 'PUT', `/api/v1/chain-segments/${ids.materials}`, {
      chainId: ids.chain,
      name: '电池材料',
      stream: 'up',
      parentId: ids.cells,
      version: 1,
    });
    expect([cycle.statusCode, cycle.json().code, cycle.json().message]).toEqual([
      400,
      'SEGMENT_CYCLE',
      '上级环节不能是本环节或其下级环节（会形成循环）',
    ]);
    const cycleEn = await en(office, 'PUT', `/api/v1/chain-segments/${ids.materials}`, {
      chainId: ids.chain,
      name: '电池材料',
      stream: 'up',
      parentId: ids.materials,
      version: 1,
    });
    expect(cycleEn.json().message).toBe(
      'A parent segment cannot be the segment itself or one below it (that would make a cycle)',
    );
    expect(await count('chain_segments')).toBe(before);
    const rows = await queryRows<{ parent_id: number | null; version: number }>(
      env.database.db,
      sql`select parent_id, version from chain_segments where id = ${ids.materials}`,
    );
    expect(rows).toEqual([{ parent_id: null, version: 1 }]);
  });

  it('a stale edit answers 409', async () => {
    const body = { chainId: ids.chain, name: '电池材料', stream: 'up', responsibleUnitId: unitId.沭阳县 };
    expect(
      (await call(env.app, office, 'PUT', `/api/v1/chain-segments/${ids.materials}`, { ...body, version: 1 })).json(),
    ).toEqual({
      id: ids.materials,
      version: 2,
    });
    const stale = await call(env.app, office, 'PUT', `/api/v1/chain-segments/${ids.materials}`, {
      ...body,
      version: 1,
    });
    expect([stale.statusCode, stale.json().code, stale.json().details]).toEqual([
      409,
      'CONFLICT_VERSION',
      { current: { version: 2 } },
    ]);
  });

  it('refuses a target tag outside the list, and keeps targets per segment', async () => {
    const bad = await call(env.app, office, 'POST', '/api/v1/chain-targets', {
      segmentId: ids.materials,
      name: '赣锋锂业',
      tags: ['独角兽'],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.issues).toEqual([{ path: 'tags', message: '“独角兽”不是目标企业标签' }]);
    const ok = await call(env.app, office, 'POST', '/api/v1/chain-targets', {
      segmentId: ids.materials,
      name: '赣锋锂业',
      tags: ['行业50强', '领军'],
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect((await call(env.app, clerk, 'GET', `/api/v1/chain-segments/${ids.materials}/targets`)).json().items).toEqual(
      [
        {
          id: ok.json().id,
          segmentId: ids.materials,
          name: '赣锋锂业',
          uscc: null,
          tags: ['行业50强', '领军'],
          notes: null,
          version: 1,
        },
      ],
    );
  });
});

describe('live numbers, gaps and drill-down', () => {
  it('a segment with no local firm is missing; placing a firm makes it weak (no signing in two years); a signed project clears it', async () => {
    expect((await segmentOf(ids.materials)).numbers).toMatchObject({
      localCompanies: 0,
      targets: 1,
      projects: 0,
      gap: 'missing',
    });
    const wrong = await call(env.app, clerk, 'PUT', `/api/v1/companies/${ids.company}/chain`, {
      chainId: ids.food,
      segmentId: ids.materials,
      version: 1,
    });
    expect([wrong.statusCode, wrong.json().code]).toEqual([400, 'SEGMENT_WRONG_CHAIN']);
    const unknown = await call(env.app, clerk, 'PUT', `/api/v1/companies/${ids.company}/chain`, {
      chainId: ids.chain,
      segmentId: 999999,
      version: 1,
    });
    expect([unknown.statusCode, unknown.json().code, unknown.json().message]).toEqual([
      400,
      'SEGMENT_UNKNOWN',
      '没有这个产业链环节',
    ]);
    const placed = await call(env.app, clerk, 'PUT', `/api/v1/companies/${ids.company}/chain`, {
      chainId: ids.chain,
      segmentId: ids.materials,
      version: 1,
    });
    expect(placed.json()).toEqual({ id: ids.company, version: 2 });
    expect((await segmentOf(ids.materials)).numbers).toMatchObject({ localCompanies: 1, gap: 'weak' });
    await env.database.db.execute(sql`update projects set segment_id = ${ids.materials} where id = ${projectId.P1}`);
    await env.database.db.execute(sql`update projects set segment_id = ${ids.materials} where id = ${projectId.P2}`);
    const numbers = (await segmentOf(ids.materials)).numbers;
    expect(numbers).toEqual({
      localCompanies: 1,
      targets: 1,
      openLeads: 0,
      activeFilings: 0,
      projects: 2,
      amountWan: '53000',
      projectsByStage: { signed: { count: 1, amountWan: '50000' }, intent: { count: 1, amountWan: '3000' } },
      recentSigned: 1,
      gap: null,
    });
  });

  it('lists every segment with its gap (the `chain gaps` rows)', async () => {
    const res = await call(env.app, leader, 'GET', '/api/v1/chains/gaps');
    expect(
      res
        .json()
        .items.map((r: { segment: string; gap: string | null; projects: number }) => [r.segment, r.projects, r.gap]),
    ).toEqual([
      ['电池材料', 2, null],
      ['电池', 0, 'missing'],
      ['食品加工', 0, 'missing'],
    ]);
  });

  it('every number drills down to its list; a unit sees its own projects only', async () => {
    const drill = (s: Session, kind: string, extra = '') =>
      call(
        env.app,
        s,
        'GET',
        `/api/v1/chains/drill?chainId=${ids.chain}&segmentId=${ids.materials}&kind=${kind}${extra}`,
      );
    expect((await drill(office, 'companies')).json()).toEqual({
      total: 1,
      items: [{ id: ids.company, title: '宁德时代新能源科技股份有限公司', detail: '' }],
    });
    expect((await drill(office, 'targets')).json().items[0].title).toBe('赣锋锂业');
    expect((await drill(office, 'projects')).json().items.map((i: { title: string }) => i.title)).toEqual(['P1', 'P2']);
    expect((await drill(office, 'projects', '&stage=signed')).json()).toEqual({
      total: 1,
      items: [{ id: projectId.P1, title: 'P1', detail: '宿城区 50000万元 2025-06-01' }],
    });
    expect((await drill(clerk, 'projects')).json().items.map((i: { title: string }) => i.title)).toEqual(['P2']);
    const wrong = await call(
      env.app,
      office,
      'GET',
      `/api/v1/chains/drill?chainId=${ids.food}&segmentId=${ids.materials}&kind=companies`,
    );
    expect([wrong.statusCode, wrong.json().code]).toEqual([400, 'SEGMENT_WRONG_CHAIN']);
  });

  it('the counters equal a rebuild from the records', async () => {
    const snapshot = () =>
      queryRows(
        env.database.db,
        sql`select chain_id, segment_id, metric, k, n, amount_yuan::text from chain_counts where n <> 0 order by 1, 2, 3, 4`,
      );
    const units = () =>
      queryRows(env.database.db, sql`select * from chain_unit_counts where projects <> 0 order by 1, 2, 3`);
    const [before, beforeUnits] = [await snapshot(), await units()];
    await env.database.db.execute(sql`select chain_counts_rebuild()`);
    expect(await snapshot()).toEqual(before);
    expect(await units()).toEqual(beforeUnits);
    expect(before.length).toBe(5);
  });
});

describe('host recommendation and industry positioning', () => {
  it('ranks designated units first, with their reasons; the segment responsible unit is a key region', async () => {
    const chain = (await call(env.app, office, 'GET', '/api/v1/chains/map')).json().groups[0].chains[0];
    const designate = await call(env.app, office, 'PUT', `/api/v1/chains/${ids.chain}/designations`, {
      unitIds: [unitId.宿城区],
      version: chain.version,
    });
    expect(designate.statusCode, designate.body).toBe(200);
    const res = await call(
      env.app,
      clerk,
      'GET',
      `/api/v1/chains/recommend-hosts?chainId=${ids.chain}&segmentId=${ids.materials}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      chainId: ids.chain,
      segmentId: ids.materials,
      items: [
        {
          unitId: unitId.宿城区,
          unitName: '宿城区',
          score: 113,
          recommended: true,
          reasons: [
            { code: 'designated', text: '该地主导产业链包含此链' },
            { code: 'segmentFirms', count: 1, text: '已落地同环节项目 1 个' },
            { code: 'chainFirms', count: 1, text: '已落地同产业链项目 1 个' },
          ],
        },
        {
          unitId: unitId.沭阳县,
          unitName: '沭阳县',
          score: 53,
          recommended: true,
          reasons: [
            { code: 'responsible', text: '该环节的责任单位（重点区域）' },
            { code: 'segmentFirms', count: 1, text: '已落地同环节项目 1 个' },
            { code: 'chainFirms', count: 1, text: '已落地同产业链项目 1 个' },
          ],
        },
      ],
    });
    const unknown = await call(env.app, clerk, 'GET', '/api/v1/chains/recommend-hosts?chainId=999999');
    expect([unknown.statusCode, unknown.json().code]).toEqual([400, 'CHAIN_UNKNOWN']);
  });

  it('fits positioning follows the host unit designated chains; an override needs a reason', async () => {
    const db = env.database.db;
    expect(await fitsPositioningOf(db, unitId.宿城区!, ids.chain)).toEqual({ fits: true, reason: null, derived: true });
    expect(await fitsPositioningOf(db, unitId.沭阳县!, ids.chain)).toEqual({
      fits: false,
      reason: null,
      derived: false,
    });
    await expect(fitsPositioningOf(db, unitId.沭阳县!, ids.chain, { fits: true })).rejects.toMatchObject({
      code: 'FITS_REASON_REQUIRED',
      message: '“符合产业定位”与承载地的主导产业链不一致时，须填写理由',
    });
    expect(await fitsPositioningOf(db, unitId.沭阳县!, ids.chain, { fits: true, reason: '市政府专题会议定' })).toEqual({
      fits: true,
      reason: '市政府专题会议定',
      derived: false,
    });
  });
});
