import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCliEnvironment, zs } from '../../test/cli-harness.ts';

const cli = useCliEnvironment('events');

const file = (name: string, lines: string[]) => {
  const f = path.join(cli.dataDir, name);
  fs.writeFileSync(f, `\ufeff${lines.join('\n')}\n`);
  return f;
};

describe('zhaoshang import events / events yield', () => {
  it('imports an event list (dry run, bad rows exit 1 and write nothing) and prints the yield as JSON', async () => {
    expect((await zs('migrate')).code).toBe(0);
    expect((await zs('unit', 'add', '--name', '宿城区', '--kind', 'county')).code).toBe(0);
    const header = '活动名称,活动类型,活动级别,开始日期,结束日期,地点,地区,主办单位';
    const bad = file('bad.csv', [header, '绿洽会,展会,市级重大活动,2021-06-03,2021-06-01,宿迁,本市,宿城区']);
    const refused = await zs('import', 'events', bad);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('第 2 行');
    expect(refused.out).toContain('活动结束日期 2021-06-01 早于开始日期 2021-06-03');
    const good = file('events.csv', [
      header,
      '绿洽会,展会,市级重大活动,2021-06-01,2021-06-03,宿迁,本市,宿城区',
      '宿城区上海推介会,推介会,各地活动,2021-09-01,,上海,长三角,宿城区',
    ]);
    expect(JSON.parse((await zs('import', 'events', good, '--dry-run', '--json')).out)).toMatchObject({
      dryRun: true,
      created: 2,
    });
    expect(
      JSON.parse((await zs('events', 'yield', '--from', '2021-01-01', '--to', '2021-12-31', '--json')).out).events,
    ).toEqual([]);
    expect((await zs('import', 'events', good)).code).toBe(0);
    expect(JSON.parse((await zs('import', 'events', good, '--json')).out)).toMatchObject({ created: 0, updated: 2 });
    const y = await zs('events', 'yield', '--from', '2021-06-01', '--to', '2021-06-30', '--json');
    expect(y.code).toBe(0);
    expect(JSON.parse(y.out)).toEqual({
      from: '2021-06-01',
      to: '2021-06-30',
      events: [
        {
          id: 1,
          name: '绿洽会',
          kind: 'fair',
          startsOn: '2021-06-01',
          campaignId: null,
          guests: 0,
          leads: 0,
          filings: 0,
          signed: 0,
          amountWan: '0',
          foreignUsdWan: '0',
        },
      ],
      campaigns: [
        {
          id: null,
          name: null,
          round: null,
          events: 1,
          guests: 0,
          leads: 0,
          filings: 0,
          signed: 0,
          amountWan: '0',
          foreignUsdWan: '0',
        },
      ],
    });
    const human = await zs('events', 'yield', '--from', '2021-06-01', '--to', '2021-06-30');
    expect(human.out.split('\n')[0]).toBe('招商活动成效 2021-06-01 至 2021-06-30');
    const missing = await zs('events', 'yield', '--from', '2021-06-01');
    expect(missing.code).toBe(1);
  });
});
