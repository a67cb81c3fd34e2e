import { describe, expect, it } from 'vitest';
import type { UnitTarget } from '../schemes/api.ts';
import type { ForeignCapitalEntry } from './api.ts';
import { buildForeignGrid, cellKey, cellProblem, draftToInput, lastEditableMonth, yoyChange } from './foreign-grid.ts';

const county = { id: 7, name: '沭阳县', kind: 'county' as const };
const zone = { id: 9, name: '经开区', kind: 'function_zone' as const };
const bureau = { id: 3, name: '驻上海招商局', kind: 'resident_bureau' as const };
const target = (unit: UnitTarget['unit'], foreignUsdWan: string | null): UnitTarget => ({
  unit,
  signedCount: null,
  signedAmountWan: null,
  leads: null,
  events: null,
  visits: null,
  postDays: null,
  services: null,
  foreignUsdWan,
});
const entry = (
  unit: { id: number; name: string },
  year: number,
  month: number,
  usedUsdWan: string,
): ForeignCapitalEntry => ({ unit, year, month, usedUsdWan });

// The seed's first half: $485M used, 56.3% of the target, +53.4% on last year.
const entries = [
  entry(county, 2026, 1, '8000'),
  entry(county, 2026, 6, '22000.5'),
  entry(zone, 2026, 3, '18499.5'),
  entry(county, 2025, 2, '11617'),
  entry(zone, 2025, 6, '20000'),
  entry(zone, 2025, 9, '99999'),
];
const targets = [target(bureau, null), target(zone, '36150'), target(county, '50000')];

describe('the foreign-capital grid', () => {
  it("totals units and months over the months entered, against last year's same months", () => {
    const grid = buildForeignGrid(entries, targets, 2026);
    expect(grid.through).toBe(6);
    expect(grid.rows.map((r) => r.unit.name)).toEqual(['沭阳县', '经开区', '驻上海招商局']);
    const [c, z, b] = grid.rows;
    expect(c!.months).toEqual(['8000', null, null, null, null, '22000.5', null, null, null, null, null, null]);
    expect(c!.total).toBe('30000.5');
    expect(c!.lastYear).toBe('11617');
    expect(c!.share).toBe(30000.5 / 50000);
    expect(z!.total).toBe('18499.5');
    // September of last year lies outside January–June.
    expect(z!.lastYear).toBe('20000');
    expect(b!.total).toBe('0');
    expect(b!.share).toBeNull();
    expect(b!.yoy).toBeNull();
    expect(grid.totals.months).toEqual([
      '8000',
      null,
      '18499.5',
      null,
      null,
      '22000.5',
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(grid.totals.total).toBe('48500');
    expect(grid.totals.target).toBe('86150');
    expect(grid.totals.lastYear).toBe('31617');
    expect(grid.totals.share).toBe(48500 / 86150);
    expect(grid.totals.yoy).toBe(16883 / 31617);
  });

  it('shows unsaved edits in the totals, ignoring invalid ones', () => {
    const draft = new Map([
      [cellKey(3, 7), '1500'],
      [cellKey(7, 1), '8000.25'],
      [cellKey(9, 3), '12,000'],
    ]);
    const grid = buildForeignGrid(entries, targets, 2026, draft);
    expect(grid.through).toBe(7);
    expect(grid.rows[2]!.total).toBe('1500');
    expect(grid.rows[0]!.total).toBe('30000.75');
    expect(grid.rows[1]!.months[2]).toBeNull();
    expect(grid.totals.total).toBe('31500.75');
    // Last year now counts through July as well.
    expect(grid.totals.lastYear).toBe('31617');
  });

  it('is empty but sound for a year without entries or targets', () => {
    const grid = buildForeignGrid([], [target(county, null)], 2026);
    expect(grid.through).toBe(0);
    expect(grid.totals).toEqual({
      months: Array(12).fill(null),
      total: '0',
      lastYear: '0',
      target: null,
      share: null,
      yoy: null,
    });
  });

  it('sends only the cells that changed; an emptied cell becomes 0; invalid input blocks saving', () => {
    const draft = new Map([
      [cellKey(7, 1), '8000.0'],
      [cellKey(7, 6), ''],
      [cellKey(9, 4), '１２３'],
      [cellKey(3, 2), ''],
    ]);
    expect(draftToInput(draft, entries, 2026)).toEqual([
      { unitId: 7, year: 2026, month: 6, usedUsdWan: '0' },
      { unitId: 9, year: 2026, month: 4, usedUsdWan: '123' },
    ]);
    expect(draftToInput(new Map([[cellKey(7, 2), '-5']]), entries, 2026)).toBeNull();
    expect(cellProblem('5万')).toBe('has_unit_or_separator');
    expect(cellProblem('1.23456')).toBe('too_many_decimals');
    expect(cellProblem('  ')).toBeNull();
  });

  it('computes the change on last year, null without last year', () => {
    expect(yoyChange('48500', '31617')).toBe(16883 / 31617);
    expect(yoyChange('100', '200')).toBe(-0.5);
    expect(yoyChange('100', '0')).toBeNull();
  });

  it('lets months be entered up to the current one', () => {
    expect(lastEditableMonth(2026, { year: 2026, month: 11 })).toBe(11);
    expect(lastEditableMonth(2025, { year: 2026, month: 11 })).toBe(12);
    expect(lastEditableMonth(2027, { year: 2026, month: 11 })).toBe(0);
  });
});
