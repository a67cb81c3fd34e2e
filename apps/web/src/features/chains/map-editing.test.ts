import { describe, expect, it } from 'vitest';
import { cleanNames, parentChoices, sameIds, segmentsBelow } from './map-editing.ts';

// materials <- cells <- packs, and recycling on its own.
const segments = [
  { id: 1, name: 'materials', parentId: null },
  { id: 2, name: 'cells', parentId: 1 },
  { id: 3, name: 'packs', parentId: 2 },
  { id: 4, name: 'recycling', parentId: null },
];

describe('parent segment choices', () => {
  it('finds every segment below one, however deep', () => {
    expect([...segmentsBelow(segments, 1)].sort()).toEqual([2, 3]);
    expect([...segmentsBelow(segments, 3)]).toEqual([]);
  });

  it('offers a new segment every segment of the chain', () => {
    expect(parentChoices(segments).map((c) => c.value)).toEqual([1, 2, 3, 4]);
  });

  it('never offers a segment itself or one below it', () => {
    expect(parentChoices(segments, 1)).toEqual([{ value: 4, label: 'recycling' }]);
    expect(parentChoices(segments, 2).map((c) => c.value)).toEqual([1, 4]);
    expect(parentChoices(segments, 3).map((c) => c.value)).toEqual([1, 2, 4]);
  });

  it('survives a cycle already stored (does not loop)', () => {
    const looped = [
      { id: 1, name: 'a', parentId: 2 },
      { id: 2, name: 'b', parentId: 1 },
    ];
    expect(parentChoices(looped, 1)).toEqual([]);
  });
});

describe('designated units and think tanks', () => {
  it('compares ids as sets', () => {
    expect(sameIds([3, 1], [1, 3])).toBe(true);
    expect(sameIds([1], [1, 2])).toBe(false);
    expect(sameIds([], [])).toBe(true);
  });

  it('trims names and drops blanks and repeats', () => {
    expect(cleanNames([' Institute A ', '', 'Institute A', 'Lab B'])).toEqual(['Institute A', 'Lab B']);
    expect(cleanNames(undefined)).toEqual([]);
  });
});
