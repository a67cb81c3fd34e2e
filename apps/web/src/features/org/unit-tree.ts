import type { Unit } from './api.ts';

export type UnitTreeRow = Unit & { children?: UnitTreeRow[] };

/**
 * Nests units under their parents. A unit whose parent is not in the list (filtered out,
 * or inactive and hidden) becomes a root. With `keep`, only matching units and the
 * ancestors leading to them remain, so a search still shows where a unit sits.
 */
export function buildUnitTree(units: readonly Unit[], keep: (unit: Unit) => boolean = () => true): UnitTreeRow[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const childrenOf = new Map<number | null, Unit[]>();
  for (const unit of units) {
    const parent = unit.parentId !== null && byId.has(unit.parentId) ? unit.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), unit]);
  }
  const build = (parentId: number | null, seen: Set<number>): UnitTreeRow[] =>
    (childrenOf.get(parentId) ?? []).flatMap((unit) => {
      if (seen.has(unit.id)) return []; // a cycle in bad data must not hang the page
      const children = build(unit.id, new Set([...seen, unit.id]));
      if (!keep(unit) && children.length === 0) return [];
      return [children.length > 0 ? { ...unit, children } : { ...unit }];
    });
  return build(null, new Set());
}

/** The unit and everything below it: none of them can become its parent. */
export function unitAndDescendants(units: readonly Unit[], rootId: number): Set<number> {
  const result = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const unit of units) {
      if (unit.parentId !== null && result.has(unit.parentId) && !result.has(unit.id)) {
        result.add(unit.id);
        grew = true;
      }
    }
  }
  return result;
}
