import { describe, expect, it } from 'vitest';
import type { Unit } from './api.ts';
import { buildUnitTree, unitAndDescendants } from './unit-tree.ts';

function unit(id: number, parentId: number | null, name = `单位${id}`): Unit {
  return { id, name, kind: 'county', parentId, divisionCode: null, active: true, version: 1, userCount: 0 };
}

describe('buildUnitTree', () => {
  it('nests children under parents and makes orphans roots', () => {
    const tree = buildUnitTree([unit(1, null), unit(2, 1), unit(3, 2), unit(4, 99)]);
    expect(tree.map((row) => row.id)).toEqual([1, 4]);
    expect(tree[0].children?.[0].children?.[0].id).toBe(3);
    expect(tree[1].children).toBeUndefined();
  });

  it('keeps the ancestors of a match and drops the rest', () => {
    const tree = buildUnitTree(
      [unit(1, null), unit(2, 1, '宿城区'), unit(3, 1), unit(4, null)],
      (u) => u.name === '宿城区',
    );
    expect(tree.map((row) => row.id)).toEqual([1]);
    expect(tree[0].children?.map((row) => row.id)).toEqual([2]);
  });

  it('survives a parent cycle', () => {
    expect(buildUnitTree([unit(1, 2), unit(2, 1)])).toEqual([]);
  });
});

describe('unitAndDescendants', () => {
  it('collects the whole subtree', () => {
    const units = [unit(1, null), unit(2, 1), unit(3, 2), unit(4, null)];
    expect([...unitAndDescendants(units, 1)].sort()).toEqual([1, 2, 3]);
  });
});
