import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCliEnvironment, zs } from '../../test/cli-harness.ts';

const cli = useCliEnvironment('ledgers');

const file = (name: string, lines: string[]) => {
  const f = path.join(cli.dataDir, name);
  fs.writeFileSync(f, `\ufeff${lines.join('\n')}\n`);
  return f;
};

describe('zhaoshang import carriers|iur|capital, export, capital', () => {
  it('imports the three ledgers (bad rows exit 1, write nothing), exports them and prints the capital report', async () => {
    expect((await zs('migrate')).code).toBe(0);
    expect((await zs('unit', 'add', '--name', '宿城区', '--kind', 'county')).code).toBe(0);
    expect((await zs('unit', 'add', '--name', '沭阳县', '--kind', 'county')).code).toBe(0);

    const carriersHeader = '载体名称,类型,级别,承载单位,运营主体,认定日期';
    const badCarrier = await zs(
      'import',
      'carriers',
      file('bad-c.csv', [carriersHeader, '宿迁创业园,创客空间,省级,宿城区,,']),
    );
    expect(badCarrier.code).toBe(1);
    expect(badCarrier.out).toContain(
      '“创客空间”不是有效的载体类型，可填：科技综合体、孵化器、众创空间、众创社区、星创天地',
    );
    const carriers = file('carriers.csv', [
      carriersHeader,
      '宿迁创业园,众创空间,省级,宿城区,宿迁创投,2024-05-01',
      '沭阳花木星创天地,星创天地,省级,沭阳县,,',
    ]);
    expect((await zs('import', 'carriers', carriers, '--json')).out).toContain('"created":2');

    const iurHeader = '合作项目名称,高校院所,合作类型,合作方,登记单位,签约日期,合同金额(万元),引进人才数';
    const badIur = await zs(
      'import',
      'iur',
      file('bad-i.csv', [iurHeader, '花木育种,南京林业大学,校地,,沭阳县,2025-03-01,50,2']),
    );
    expect(badIur.code).toBe(1);
    expect(badIur.out).toContain('校地合作须填写合作方：合作的单位（须与单位管理中的名称一致）');
    const iur = file('iur.csv', [iurHeader, '花木育种,南京林业大学,校地,沭阳县,沭阳县,2025-03-01,50,2']);
    expect((await zs('import', 'iur', iur)).code).toBe(0);

    expect(
      (
        await zs(
          'import',
          'projects',
          file('p.csv', ['项目名称,承载地,协议投资(万元),签约日期', '光伏组件,宿城区,20000,2025-02-10']),
        )
      ).code,
    ).toBe(0);
    const capitalHeader = '项目名称,承载地,年份,月份,国内到位资金(万元),外资到位资金(万美元)';
    const badCapital = await zs(
      'import',
      'capital',
      file('bad-k.csv', [capitalHeader, '光伏组件,宿城区,2025,1,100,0']),
    );
    expect(badCapital.code).toBe(1);
    expect(badCapital.out).toContain('2025 年 1 月早于项目签约（2025-02-10），不能登记到位资金');
    const capital = file('capital.csv', [
      capitalHeader,
      '光伏组件,宿城区,2025,2,5000,0',
      '光伏组件,宿城区,2025,3,3000,12',
    ]);
    expect((await zs('import', 'capital', capital)).code).toBe(0);

    const report = await zs('capital', '--from', '2025-01-01', '--to', '2025-12-31', '--json');
    expect(report.code).toBe(0);
    const json = JSON.parse(report.out);
    expect(json.city).toMatchObject({ domesticWan: '8000', foreignUsdWan: '12', agreed: '20000', share: 0.4 });
    expect(
      json.units.map((u: { unit: { name: string }; domesticWan: string }) => [u.unit.name, u.domesticWan]),
    ).toEqual([['宿城区', '8000']]);
    const human = await zs('capital', '--from', '2025-01-01', '--to', '2025-12-31');
    expect(human.out).toContain('到位资金 2025-01-01 至 2025-12-31');
    expect(human.out).toMatch(/8000\s+12\s+20000\s+40\.0%\s+0\s+全市/);
    expect((await zs('capital', '--from', '2025-01-01')).code).toBe(1);

    for (const kind of ['carriers', 'iur', 'capital']) {
      const out = path.join(cli.dataDir, `${kind}.xlsx`);
      const res = await zs('export', kind, out);
      expect(res.code).toBe(0);
      // What was exported imports back unchanged.
      expect(JSON.parse((await zs('import', kind, out, '--json')).out)).toMatchObject({
        created: 0,
        updated: 0,
        errors: [],
      });
    }
  }, 300_000);
});
