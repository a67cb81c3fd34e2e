import { describe, expect, it } from 'vitest';
import {
  chainOptions,
  type PickerMap,
  pickChain,
  pickLabel,
  pickSegment,
  pickToApi,
  segmentOptions,
} from './chain-picker.ts';

// Two groups; 新能源 (1) with 电池材料 (11, up) and 电池 (12, mid, listed first by its order), 绿色食品 (2) with 食品加工 (21).
const map: PickerMap = {
  groups: [
    {
      id: 1,
      name: '主导产业',
      nameEn: 'Leading',
      chains: [
        {
          id: 1,
          name: '新能源',
          nameEn: 'New energy',
          segments: [
            { id: 11, name: '电池材料', stream: 'up', sortOrder: 2 },
            { id: 12, name: '电池', stream: 'mid', sortOrder: 1 },
          ],
        },
      ],
    },
    {
      id: 2,
      name: '新兴产业',
      nameEn: null,
      chains: [
        {
          id: 2,
          name: '绿色食品',
          nameEn: null,
          segments: [{ id: 21, name: '食品加工', stream: 'mid', sortOrder: 0 }],
        },
      ],
    },
    { id: 3, name: '空分组', nameEn: 'Empty', chains: [] },
  ],
};

describe('chain picker', () => {
  it('lists the chains by group in either language, English falling back to the Chinese name, empty groups left out', () => {
    expect(chainOptions(map, 'zh')).toEqual([
      { label: '主导产业', title: '主导产业', options: [{ value: 1, label: '新能源' }] },
      { label: '新兴产业', title: '新兴产业', options: [{ value: 2, label: '绿色食品' }] },
    ]);
    expect(chainOptions(map, 'en').map((g) => [g.label, g.options[0]!.label])).toEqual([
      ['Leading', 'New energy'],
      ['新兴产业', '绿色食品'],
    ]);
    expect(chainOptions(undefined, 'zh')).toEqual([]);
  });

  it('offers the segments of the picked chain only, in the map order, with their stream', () => {
    expect(segmentOptions(map, 1, 'zh')).toEqual([
      { value: 12, label: '电池 · 中游' },
      { value: 11, label: '电池材料 · 上游' },
    ]);
    expect(segmentOptions(map, 1, 'en')).toEqual([
      { value: 12, label: '电池 · Midstream' },
      { value: 11, label: '电池材料 · Upstream' },
    ]);
    expect(segmentOptions(map, 2, 'zh')).toEqual([{ value: 21, label: '食品加工 · 中游' }]);
    expect(segmentOptions(map, undefined, 'zh')).toEqual([]);
    expect(segmentOptions(map, 99, 'zh')).toEqual([]);
  });

  it('changing the chain drops a segment of another chain; clearing it clears both', () => {
    expect(pickChain(map, { chainId: 1, segmentId: 11 }, 2)).toEqual({ chainId: 2 });
    expect(pickChain(map, { chainId: 1, segmentId: 11 }, 1)).toEqual({ chainId: 1, segmentId: 11 });
    expect(pickChain(map, undefined, 1)).toEqual({ chainId: 1 });
    expect(pickChain(map, { chainId: 1, segmentId: 11 }, undefined)).toEqual({});
  });

  it('a segment carries its own chain; clearing the segment keeps the chain', () => {
    expect(pickSegment(map, { chainId: 1 }, 12)).toEqual({ chainId: 1, segmentId: 12 });
    expect(pickSegment(map, { chainId: 1 }, 21)).toEqual({ chainId: 2, segmentId: 21 });
    expect(pickSegment(map, { chainId: 1, segmentId: 12 }, undefined)).toEqual({ chainId: 1 });
    expect(pickSegment(map, undefined, undefined)).toEqual({});
  });

  it('sends ids or nulls, never a segment without its chain', () => {
    expect(pickToApi({ chainId: 1, segmentId: 12 })).toEqual({ chainId: 1, segmentId: 12 });
    expect(pickToApi({ chainId: 1 })).toEqual({ chainId: 1, segmentId: null });
    expect(pickToApi({ segmentId: 12 })).toEqual({ chainId: null, segmentId: null });
    expect(pickToApi(undefined)).toEqual({ chainId: null, segmentId: null });
  });
});

describe('the name of a pick', () => {
  it('reads chain / segment in the language shown, the chain alone without a segment, null for an unknown chain', () => {
    expect(pickLabel(map, { chainId: 1, segmentId: 11 }, 'zh')).toBe('新能源 / 电池材料');
    expect(pickLabel(map, { chainId: 1, segmentId: 11 }, 'en')).toBe('New energy / 电池材料');
    expect(pickLabel(map, { chainId: 2 }, 'en')).toBe('绿色食品');
    expect(pickLabel(map, { chainId: 9 }, 'zh')).toBeNull();
  });
});
