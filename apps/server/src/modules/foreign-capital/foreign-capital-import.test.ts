import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUnit, createTestEnv, systemCtx, type TestEnv, uniq } from '../../../test/factories.ts';
import { readTable } from '../../spreadsheet/read-table.ts';
import { findForeignCapital } from './foreign-capital.repository.ts';
import { importForeignCapital } from './foreign-capital-import.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

const csv = (text: string) => readTable(Buffer.from(text, 'utf8'), 'foreign.csv');
const run = async (text: string, opts: { dryRun?: boolean; lang?: 'zh' | 'en' } = {}) =>
  importForeignCapital(env.database, { ...systemCtx, lang: opts.lang ?? 'zh' }, await csv(text), {
    dryRun: opts.dryRun ?? false,
    fileName: 'foreign.csv',
  });

describe('the foreign-capital import', () => {
  it('reports every bad row in the asker’s language and writes nothing; a clean file is written once, then updated', async () => {
    const unit = await buildUnit(env.database, { kind: 'county', name: uniq('外资县') });
    const bad = `单位,年份,月份,实际使用外资(万美元)\n${unit.name},2031,13,12.5\n无此单位,2031,1,3\n${unit.name},2031,2,1\n${unit.name},2031,2,2\n`;
    expect(await run(bad)).toEqual({
      dryRun: false,
      rows: 4,
      created: 0,
      updated: 0,
      unchanged: 0,
      errors: [
        { row: 2, column: '月份', reason: '“13”不是 1–12 的月份' },
        { row: 3, column: '单位', reason: '找不到单位“无此单位”（须与单位管理中的名称一致）' },
        { row: 5, column: '单位', reason: '与第 4 行是同一单位、同一月份' },
      ],
    });
    expect((await run(bad, { lang: 'en' })).errors).toEqual([
      { row: 2, column: '月份', reason: '"13" is not a month from 1 to 12' },
      { row: 3, column: '单位', reason: 'No unit is named "无此单位" (use the name as in the list of units)' },
      { row: 5, column: '单位', reason: 'The same unit and month as row 4' },
    ]);
    expect(await findForeignCapital(env.database.db, [2031])).toEqual([]);

    const good = `unit,year,month,used\n${unit.name},2031,1,12.5\n${unit.name},2031,2,3\n`;
    expect(await run(good, { dryRun: true })).toMatchObject({ dryRun: true, created: 2, updated: 0, errors: [] });
    expect(await findForeignCapital(env.database.db, [2031])).toEqual([]);
    expect(await run(good)).toMatchObject({ created: 2, updated: 0, errors: [] });
    expect(await run(`单位,年份,月份,实际使用外资\n${unit.name},2031,2,4\n`)).toMatchObject({ created: 0, updated: 1 });
    expect((await findForeignCapital(env.database.db, [2031])).map((r) => [r.month, Number(r.used_usd_wan)])).toEqual([
      [1, 12.5],
      [2, 4],
    ]);
  });

  it('names a missing column and an unknown one before reading any row', async () => {
    expect((await run('单位,年份,外资金额\n某县,2031,1\n')).errors).toEqual([
      { row: 1, column: '月份', reason: '缺少必填列' },
      { row: 1, column: '实际使用外资(万美元)', reason: '缺少必填列' },
      { row: 1, column: '外资金额', reason: '无法识别的列，可用的列：单位、年份、月份、实际使用外资(万美元)' },
    ]);
  });
});
