import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCliEnvironment, zs } from '../../test/cli-harness.ts';
import { readTableFile } from '../spreadsheet/read-table.ts';

const cli = useCliEnvironment('catalogue');

const file = (name: string, lines: string[]) => {
  const f = path.join(cli.dataDir, name);
  fs.writeFileSync(f, `\ufeff${lines.join('\n')}\n`);
  return f;
};

describe('zhaoshang import/export catalogue and sites', () => {
  it('imports the catalogue and sites (bad rows exit 1 and write nothing, re-import updates) and exports them', async () => {
    expect((await zs('migrate')).code).toBe(0);
    expect((await zs('unit', 'add', '--name', '宿城区', '--kind', 'county')).code).toBe(0);
    const header = '项目名称,英文名称,产业链,总投资(万元),用地(亩),承载单位';
    const bad = file('bad.csv', [header, '新能源电池产业园,Battery park,新能源,-1,300,宿城区']);
    const refused = await zs('import', 'catalogue', bad);
    expect([refused.code, refused.out]).toEqual([
      1,
      '1 处错误，未写入任何数据：\n  第 2 行，列“总投资(万元)”：金额不能为负数',
    ]);
    const good = file('catalogue.csv', [header, '新能源电池产业园,Battery park,新能源,50000,300,宿城区']);
    expect(JSON.parse((await zs('import', 'catalogue', good, '--dry-run', '--json')).out)).toMatchObject({
      created: 1,
      errors: [],
    });
    expect((await zs('import', 'catalogue', good)).code).toBe(0);
    expect(JSON.parse((await zs('import', 'catalogue', good, '--json')).out)).toMatchObject({ created: 0, updated: 1 });
    const xlsx = path.join(cli.dataDir, 'catalogue.xlsx');
    expect((await zs('export', 'catalogue', xlsx)).out).toBe(`已导出 1 行到 ${xlsx}`);
    const table = await readTableFile(xlsx);
    expect(table.rows.map((r) => [r.cells['项目名称'], r.cells.Project])).toEqual([
      ['新能源电池产业园', 'Battery park'],
    ]);
    const txt = await zs('export', 'catalogue', path.join(cli.dataDir, 'c.txt'));
    expect([txt.code, txt.err]).toEqual([1, `错误：导出文件须为 .xlsx 或 .pdf：${path.join(cli.dataDir, 'c.txt')}`]);

    const sitesHeader = '载体类型,载体名称,权属单位,用途,面积(亩),价格(万元/亩),供电容量(kVA),主导产业';
    const badSites = file('bad-sites.csv', [sitesHeader, '城堡,A-01,宿城区,工业,50,20,2000,新能源']);
    const refusedSites = await zs('import', 'sites', badSites);
    expect([refusedSites.code, refusedSites.out]).toEqual([
      1,
      '1 处错误，未写入任何数据：\n  第 2 行，列“载体类型”：“城堡”不是可选值（可选：地块、标准厂房、楼宇）',
    ]);
    const sites = file('sites.csv', [sitesHeader, '地块,A-01,宿城区,工业,50,20,2000,新能源']);
    expect((await zs('import', 'sites', sites)).code).toBe(0);
    expect(JSON.parse((await zs('import', 'sites', sites, '--json')).out)).toMatchObject({ created: 0, updated: 1 });
    const sitesXlsx = path.join(cli.dataDir, 'sites.xlsx');
    expect((await zs('export', 'sites', sitesXlsx)).out).toBe(`已导出 1 行到 ${sitesXlsx}`);
    const st = await readTableFile(sitesXlsx);
    expect(st.rows.map((r) => [r.cells.载体名称, r.cells['面积(亩)'], r.cells.本季度未确认])).toEqual([
      ['A-01', '50', '是'],
    ]);
  }, 120_000); // migrate, two imports and three exports: over 30 s on a loaded machine
});
