import { parseWan, type UnitKind } from '@zhaoshang/shared';
import { ratio, subtractWan, sumWan } from '../../components/figures.ts';
import type { UnitTarget } from '../schemes/api.ts';
import type { ForeignCapitalEntry, ForeignCapitalInput } from './api.ts';

export const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/** Edits not yet saved, by cellKey(unitId, month): the text as typed. */
export type Draft = ReadonlyMap<string, string>;
export const cellKey = (unitId: number, month: number) => `${unitId}:${month}`;

export type GridRow = {
  unit: { id: number; name: string; kind: UnitKind | null };
  /** This year's twelve months as shown (draft over saved); null for a month without an entry. */
  months: (string | null)[];
  /** Months 1…through of this year, and of last year (the same period). */
  total: string;
  lastYear: string;
  target: string | null;
  share: number | null;
  yoy: number | null;
};

export type Grid = { through: number; rows: GridRow[]; totals: Omit<GridRow, 'unit'> };

/** Units where foreign capital lands first: counties and zones, then bureaus, centres, departments. */
const KIND_ORDER: readonly string[] = ['county', 'function_zone', 'resident_bureau', 'service_center', 'department'];
const kindRank = (kind: string | null) => {
  const i = KIND_ORDER.indexOf(kind ?? '');
  return i === -1 ? KIND_ORDER.length : i;
};

/** The valid amount of a cell's text ("" and bad input count as no entry). */
export function cellValue(text: string | null | undefined): string | null {
  if (text === null || text === undefined || text.trim() === '') return null;
  const parsed = parseWan(text);
  return 'value' in parsed ? parsed.value : null;
}

/** Why a typed cell cannot be saved, or null; an emptied cell is saved as 0. */
export function cellProblem(
  text: string,
): 'not_a_number' | 'negative' | 'too_many_decimals' | 'too_large' | 'has_unit_or_separator' | null {
  if (text.trim() === '') return null;
  const parsed = parseWan(text);
  return 'problem' in parsed ? parsed.problem : null;
}

/** y/y change of two amounts: (now − last) / last, null without last year's figure. */
export function yoyChange(now: string, last: string): number | null {
  return ratio(subtractWan(now, last), last);
}

/**
 * The unit × month grid of a year: each unit's months (with unsaved edits), its total over the
 * months entered so far ("through": the last month any unit has an entry), last year's total
 * over the same months, the annual target, the share of it and the change on last year.
 */
export function buildForeignGrid(
  entries: readonly ForeignCapitalEntry[],
  targets: readonly UnitTarget[],
  year: number,
  draft: Draft = new Map(),
): Grid {
  const units = new Map<number, GridRow['unit']>();
  for (const t of targets) units.set(t.unit.id, { id: t.unit.id, name: t.unit.name, kind: t.unit.kind });
  for (const e of entries)
    if (!units.has(e.unit.id)) units.set(e.unit.id, { id: e.unit.id, name: e.unit.name, kind: null });
  const saved = new Map(entries.filter((e) => e.year === year).map((e) => [cellKey(e.unit.id, e.month), e.usedUsdWan]));
  const shown = (unitId: number, month: number) => {
    const key = cellKey(unitId, month);
    return draft.has(key) ? cellValue(draft.get(key)) : (saved.get(key) ?? null);
  };
  let through = 0;
  for (const unit of units.values())
    for (const m of MONTHS) if (shown(unit.id, m) !== null) through = Math.max(through, m);
  const lastYear = (unitId: number | null) =>
    sumWan(
      entries
        .filter((e) => e.year === year - 1 && e.month <= through && (unitId === null || e.unit.id === unitId))
        .map((e) => e.usedUsdWan),
    );
  const targetOf = new Map(targets.map((t) => [t.unit.id, t.foreignUsdWan]));

  const rows = [...units.values()]
    .sort((a, b) => kindRank(a.kind) - kindRank(b.kind) || a.id - b.id)
    .map((unit): GridRow => {
      const months = MONTHS.map((m) => shown(unit.id, m));
      const total = sumWan(months);
      const last = lastYear(unit.id);
      const target = targetOf.get(unit.id) ?? null;
      return { unit, months, total, lastYear: last, target, share: ratio(total, target), yoy: yoyChange(total, last) };
    });
  const months = MONTHS.map((m, i) =>
    rows.some((r) => r.months[i] !== null) ? sumWan(rows.map((r) => r.months[m - 1])) : null,
  );
  const total = sumWan(rows.map((r) => r.total));
  const targetList = rows.map((r) => r.target).filter((t): t is string => t !== null);
  const target = targetList.length ? sumWan(targetList) : null;
  const last = lastYear(null);
  return {
    through,
    rows,
    totals: { months, total, lastYear: last, target, share: ratio(total, target), yoy: yoyChange(total, last) },
  };
}

/** The changed cells as the API takes them; an emptied cell that had a value becomes 0. Null when a cell is invalid. */
export function draftToInput(
  draft: Draft,
  entries: readonly ForeignCapitalEntry[],
  year: number,
): ForeignCapitalInput[] | null {
  const saved = new Map(entries.filter((e) => e.year === year).map((e) => [cellKey(e.unit.id, e.month), e.usedUsdWan]));
  const items: ForeignCapitalInput[] = [];
  for (const [key, text] of draft) {
    if (cellProblem(text)) return null;
    const [unitId, month] = key.split(':').map(Number) as [number, number];
    const value = cellValue(text);
    const before = saved.get(key) ?? null;
    if (value === (before === null ? null : cellValue(before))) continue;
    if (value === null && before === null) continue;
    items.push({ unitId, year, month, usedUsdWan: value ?? '0' });
  }
  return items;
}

/** The last month that may be entered: months still to come cannot have used any capital. */
export function lastEditableMonth(year: number, today: { year: number; month: number }): number {
  if (year < today.year) return 12;
  if (year > today.year) return 0;
  return today.month;
}
