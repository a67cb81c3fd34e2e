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
 * The map (imported through /imports/chains): 新能源 with 电池材料 (沭阳县 responsible) and 电池,
 * 绿色食品 with 食品加工. Target enterprises are then imported under it.
 */
let env: TestEnv;
let office: Session;
let clerk: Session;

const csv = (lines: string[]) => Buffer.from(`\ufeff${lines.join('\n')}\n`, 'utf8');
const upload = (s: Session, url: string, bytes: Buffer, name = 'targets.csv') =>
  uploadFile(env.app, s, url, bytes, name);
const targets = () =>
  queryRows<{
    segment: string;
    name: string;
    uscc: string | null;
    tags: string[];
    notes: string | null;
    version: number;
  }>(
    env.database.db,
    sql`select s.name as segment, t.name, t.uscc, t.tags, t.notes, t.version
        from chain_targets t join chain_segments s on s.id = t.segment_id order by t.id`,
  );

const HEADER = '产业链,环节,企业名称,统一社会信用代码,标签,责任单位,备注';
const GOOD = [
  HEADER,
  '新能源,电池材料,宁德时代新能源科技股份有限公司,914403001922038216,世界500强、领军,沭阳县,重点跟踪',
  '新能源,电池,比亚迪股份有限公司,,行业50强,,',
  '绿色食品,食品加工,中粮集团有限公司,,央企、百强,,',
];

beforeAll(async () => {
  env = await createTestEnv();
  const officeUnit = await buildUnit(env.database, { name: '领导小组办公室', kind: 'office' });
  const county = await buildUnit(env.database, { name: '沭阳县', kind: 'county' });
  office = await login(env.app, (await buildUser(env.database, { role: 'office', unitId: officeUnit.id })).username);
  clerk = await login(env.app, (await buildUser(env.database, { role: 'unit_staff', unitId: county.id })).username);
  const map = await upload(
    office,
    '/api/v1/imports/chains?dryRun=false',
    csv([
      '产业链分组,产业链,环节,上中下游,首席专家,智库单位,责任单位',
      '主导产业,新能源,电池材料,上游,,,沭阳县',
      '主导产业,新能源,电池,中游,,,',
      '主导产业,绿色食品,食品加工,中游,,,',
    ]),
    'chains.csv',
  );
  expect(map.json()).toMatchObject({ created: 3, errors: [] });
});
afterAll(() => env.close());

describe('target enterprises: import and export', () => {
  it('reports every bad row precisely (unknown chain or segment, a segment of another chain, unknown tag, bad credit code, another responsible unit, a target twice) and writes nothing', async () => {
    const res = await upload(
      office,
      '/api/v1/imports/targets?dryRun=false',
      csv([
        HEADER,
        '新材料,电池,甲公司,,央企,,',
        '新能源,隔膜,乙公司,,,,',
        '绿色食品,电池材料,丙公司,,,,',
        '新能源,电池,丁公司,,央企、独角兽,,',
        '新能源,电池,戊公司,914403001922038217,,,',
        '新能源,电池材料,己公司,,,领导小组办公室,',
        '新能源,电池,己公司,,,沭阳县,',
        '新能源,电池材料,庚公司,,,不存在区,',
        ...GOOD.slice(1),
        '新能源,电池,比亚迪股份有限公司,,,,',
        ',,,,,,只有备注',
      ]),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      dryRun: false,
      rows: 13,
      created: 0,
      updated: 0,
      unchanged: 0,
      errors: [
        { row: 2, column: '产业链', reason: '图谱中没有产业链“新材料”' },
        { row: 3, column: '环节', reason: '产业链“新能源”下没有环节“隔膜”' },
        { row: 4, column: '环节', reason: '环节“电池材料”不在产业链“绿色食品”下，而在“新能源”下' },
        { row: 5, column: '标签', reason: '“独角兽”不是目标企业标签' },
        { row: 6, column: '统一社会信用代码', reason: '统一社会信用代码校验位不正确' },
        {
          row: 7,
          column: '责任单位',
          reason: '环节“电池材料”的责任单位是“沭阳县”，不是“领导小组办公室”（责任单位在图谱的环节上修改）',
        },
        {
          row: 8,
          column: '责任单位',
          reason: '环节“电池”没有责任单位，不是“沭阳县”（责任单位在图谱的环节上修改）',
        },
        { row: 9, column: '责任单位', reason: '找不到单位“不存在区”（须与单位管理中的名称一致）' },
        { row: 13, column: '企业名称', reason: '目标企业“比亚迪股份有限公司”在第 11 行已列在同一环节下' },
        { row: 14, column: '产业链', reason: '“产业链”不能为空' },
        { row: 14, column: '环节', reason: '“环节”不能为空' },
        { row: 14, column: '企业名称', reason: '“企业名称”不能为空' },
      ],
    });
    expect(await targets()).toEqual([]);
    const english = await uploadFile(
      env.app,
      office,
      '/api/v1/imports/targets?dryRun=true',
      csv([HEADER, '绿色食品,电池材料,丙公司,,,,']),
      'targets.csv',
      'en',
    );
    expect(english.json().errors).toEqual([
      {
        row: 2,
        column: '环节',
        reason: 'The segment "电池材料" is not under the chain "绿色食品" but under "新能源"',
      },
    ]);
  });

  it('a dry run writes nothing; the import creates; the same file again changes nothing; a changed row updates', async () => {
    const dry = await upload(office, '/api/v1/imports/targets?dryRun=true', csv(GOOD));
    expect(dry.json()).toEqual({ dryRun: true, rows: 3, created: 3, updated: 0, unchanged: 0, errors: [] });
    expect(await targets()).toEqual([]);
    const done = await upload(office, '/api/v1/imports/targets?dryRun=false', csv(GOOD));
    expect(done.json()).toMatchObject({ created: 3, updated: 0, unchanged: 0, errors: [] });
    const first = await targets();
    expect(first).toEqual([
      {
        segment: '电池材料',
        name: '宁德时代新能源科技股份有限公司',
        uscc: '914403001922038216',
        tags: ['世界500强', '领军'],
        notes: '重点跟踪',
        version: 1,
      },
      { segment: '电池', name: '比亚迪股份有限公司', uscc: null, tags: ['行业50强'], notes: null, version: 1 },
      { segment: '食品加工', name: '中粮集团有限公司', uscc: null, tags: ['央企', '百强'], notes: null, version: 1 },
    ]);
    const again = await upload(office, '/api/v1/imports/targets?dryRun=false', csv(GOOD));
    expect(again.json()).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(await targets()).toEqual(first);
    // Tags in another order are the same tags.
    const reordered = await upload(
      office,
      '/api/v1/imports/targets?dryRun=false',
      csv([
        HEADER,
        '绿色食品,食品加工,中粮集团有限公司,,百强、央企,,',
        '新能源,电池,比亚迪股份有限公司,,行业50强、总部型,,',
      ]),
    );
    expect(reordered.json()).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const map = (await call(env.app, office, 'GET', '/api/v1/chains/gaps')).json();
    expect(map.items.map((s: { segment: string; targets: number }) => [s.segment, s.targets])).toEqual([
      ['电池材料', 1],
      ['电池', 1],
      ['食品加工', 1],
    ]);
  });

  it('exports the targets in the import columns, and the export imports back unchanged; a unit clerk may export but not import', async () => {
    const xlsx = await call(env.app, office, 'GET', '/api/v1/exports/targets');
    expect(xlsx.statusCode).toBe(200);
    const table = await readTable(xlsx.rawPayload, 'targets.xlsx');
    expect(table.headers).toEqual(HEADER.split(','));
    expect(table.rows.map((r) => table.headers.map((h) => r.cells[h] ?? ''))).toEqual([
      [
        '新能源',
        '电池材料',
        '宁德时代新能源科技股份有限公司',
        '914403001922038216',
        '世界500强、领军',
        '沭阳县',
        '重点跟踪',
      ],
      ['新能源', '电池', '比亚迪股份有限公司', '', '行业50强、总部型', '', ''],
      ['绿色食品', '食品加工', '中粮集团有限公司', '', '央企、百强', '', ''],
    ]);
    const back = await upload(office, '/api/v1/imports/targets?dryRun=false', xlsx.rawPayload, 'targets.xlsx');
    expect(back.json()).toMatchObject({ rows: 3, created: 0, updated: 0, unchanged: 3, errors: [] });
    expect((await call(env.app, clerk, 'GET', '/api/v1/exports/targets')).statusCode).toBe(200);
    const refused = await upload(clerk, '/api/v1/imports/targets?dryRun=true', csv(GOOD));
    expect(refused.statusCode).toBe(403);
  });
});
