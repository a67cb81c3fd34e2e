import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCliEnvironment, zs } from '../../test/cli-harness.ts';

const cli = useCliEnvironment('chains');

const file = (name: string, lines: string[]) => {
  const f = path.join(cli.dataDir, name);
  fs.writeFileSync(f, `\ufeff${lines.join('\n')}\n`);
  return f;
};

describe('zhaoshang import chains / import targets / chain gaps / chain unmatched', () => {
  it('imports the map (dry run, bad rows exit 1 and write nothing, a re-import changes nothing), prints gaps and unmatched chains', async () => {
    expect((await zs('migrate')).code).toBe(0);
    expect((await zs('unit', 'add', '--name', '宿城区', '--kind', 'county')).code).toBe(0);
    const header = '产业链分组,产业链,环节,上中下游,首席专家,智库单位,责任单位';
    const bad = file('bad.csv', [
      header,
      '主导产业,新能源,电池材料,左游,张院士,中科院,宿城区',
      '主导产业,新能源,电池,中游,,,不存在区',
    ]);
    const refused = await zs('import', 'chains', bad);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('“左游”不是上中下游（上游、中游、下游）');
    expect(refused.out).toContain('找不到单位“不存在区”');
    expect(JSON.parse((await zs('chain', 'gaps', '--json')).out || '[]')).toEqual([]);
    const good = file('chains.csv', [
      header,
      '主导产业,新能源,电池材料,上游,张院士,中科院电工所、南京大学,宿城区',
      '主导产业,新能源,电池,中游,张院士,中科院电工所、南京大学,',
      '新兴产业,生物医药,,,,,',
    ]);
    const dry = await zs('import', 'chains', good, '--dry-run', '--json');
    expect([dry.code, JSON.parse(dry.out).created]).toEqual([0, 3]);
    expect((await zs('chain', 'gaps', '--json')).out).toBe('');
    const done = await zs('import', 'chains', good, '--json');
    expect(JSON.parse(done.out)).toMatchObject({ rows: 3, created: 3, updated: 0, unchanged: 0 });
    const again = await zs('import', 'chains', good, '--json');
    expect(JSON.parse(again.out)).toMatchObject({ rows: 3, created: 0, updated: 0, unchanged: 3 });
    const targetHeader = '产业链,环节,企业名称,统一社会信用代码,标签,责任单位,备注';
    const badTargets = file('bad-targets.csv', [
      targetHeader,
      '生物医药,电池,甲公司,,央企,,',
      '新能源,电池,乙公司,,独角兽,,',
    ]);
    const refusedTargets = await zs('import', 'targets', badTargets);
    expect(refusedTargets.code).toBe(1);
    expect(refusedTargets.out).toBe(
      [
        '2 处错误，未写入任何数据：',
        '  第 2 行，列“环节”：环节“电池”不在产业链“生物医药”下，而在“新能源”下',
        '  第 3 行，列“标签”：“独角兽”不是目标企业标签',
      ].join('\n'),
    );
    const goodTargets = file('targets.csv', [targetHeader, '新能源,电池材料,宁德时代,,世界500强、领军,宿城区,']);
    const targets = await zs('import', 'targets', goodTargets, '--json');
    expect(JSON.parse(targets.out)).toMatchObject({ rows: 1, created: 1, updated: 0, unchanged: 0 });
    const targetsAgain = await zs('import', 'targets', goodTargets);
    expect([targetsAgain.code, targetsAgain.out]).toEqual([0, '已导入 1 行：新增 0，更新 0，未变 1']);
    const gaps = await zs('chain', 'gaps', '--json');
    expect(gaps.out.split('\n').map((l) => JSON.parse(l))).toEqual([
      {
        chain: '新能源',
        segment: '电池材料',
        localCompanies: 0,
        targets: 1,
        openLeads: 0,
        activeFilings: 0,
        projects: 0,
        gap: 'missing',
      },
      {
        chain: '新能源',
        segment: '电池',
        localCompanies: 0,
        targets: 0,
        openLeads: 0,
        activeFilings: 0,
        projects: 0,
        gap: 'missing',
      },
    ]);
    expect((await zs('chain', 'gaps')).out.split('\n')[1]).toBe('新能源\t电池材料\t0\t1\t0\t0\t0\t缺链');
    const projects = file('projects.csv', [
      '项目名称,承载地,招引单位,产业链,签约日期,状态',
      'P1,宿城区,宿城区,新材料,2025-01-02,在建',
    ]);
    expect((await zs('import', 'projects', projects)).code).toBe(0);
    expect((await zs('chain', 'unmatched')).out).toBe('“新材料”：线索 0 条，项目 1 个');
  }, 180_000);
});
