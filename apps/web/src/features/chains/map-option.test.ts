import { describe, expect, it } from 'vitest';
import type { ChainMap } from './api.ts';
import { chainMapOption, GAP_COLORS, nodeTooltip } from './map-option.ts';

const numbers = (over: Partial<ChainMap['groups'][number]['chains'][number]['segments'][number]['numbers']>) => ({
  localCompanies: 0,
  targets: 0,
  openLeads: 0,
  activeFilings: 0,
  projects: 0,
  amountWan: '0',
  projectsByStage: {},
  recentSigned: 0,
  gap: null,
  ...over,
});

const map: ChainMap = {
  groups: [
    {
      id: 1,
      name: '主导产业',
      nameEn: null,
      kind: 'leading',
      sortOrder: 0,
      version: 1,
      chains: [
        {
          id: 2,
          name: '新能源',
          nameEn: null,
          chiefExpert: null,
          thinkTanks: [],
          sortOrder: 0,
          designatedUnitIds: [],
          version: 1,
          numbers: numbers({}),
          unplaced: numbers({}),
          segments: [
            {
              id: 3,
              name: '电池材料',
              stream: 'up',
              parentId: null,
              responsibleUnit: null,
              sortOrder: 0,
              version: 1,
              numbers: numbers({ gap: 'missing', targets: 2 }),
            },
            {
              id: 4,
              name: '电池',
              stream: 'mid',
              parentId: null,
              responsibleUnit: null,
              sortOrder: 0,
              version: 1,
              numbers: numbers({ localCompanies: 5, projects: 1 }),
            },
          ],
        },
      ],
    },
  ],
};

describe('chainMapOption', () => {
  it('draws groups → chains → segments with the numbers in the label, the gap as the colour, and a title', () => {
    const { option, height } = chainMapOption(map, {
      title: '产业链招商图谱',
      unit: '家',
    });
    expect(option.title.text).toBe('产业链招商图谱');
    const segments = (option.series[0] as { data: { children: { children: { children: unknown[] }[] }[] }[] }).data[0]!
      .children[0]!.children[0]!.children;
    expect(segments).toEqual([
      { name: '电池材料  0家 / 2 / 0', value: 0, segmentId: 3, chainId: 2, itemStyle: { color: GAP_COLORS.missing } },
      { name: '电池  5家 / 0 / 1', value: 5, segmentId: 4, chainId: 2, itemStyle: { color: GAP_COLORS.ok } },
    ]);
    expect(height).toBe(360);
  });

  it('a segment with projects carries its stages for the tooltip, which escapes the names', () => {
    const withStages: ChainMap = structuredClone(map);
    const cells = withStages.groups[0]!.chains[0]!.segments[1]!;
    cells.name = '<b>电池</b>';
    cells.numbers.projectsByStage = { signed: { count: 1, amountWan: '500' } };
    const { option } = chainMapOption(withStages, {
      title: '',
      unit: '',
      stages: (by) =>
        Object.entries(by)
          .map(([k, v]) => `${k} ${v.count}`)
          .join('，'),
    });
    const segments = (
      option.series[0] as { data: { children: { children: { children: { stages?: string }[] }[] }[] }[] }
    ).data[0]!.children[0]!.children[0]!.children;
    expect(segments.map((s) => s.stages)).toEqual([undefined, 'signed 1']);
    expect(nodeTooltip({ name: '<b>电池</b>  5 / 0 / 1', data: segments[1] })).toBe(
      '&lt;b&gt;电池&lt;/b&gt;  5 / 0 / 1<br/>signed 1',
    );
    expect(nodeTooltip({ name: '新能源', data: {} })).toBe('新能源');
  });
});
