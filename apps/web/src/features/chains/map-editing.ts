/**
 * The form logic of keeping the map: which segments may be a segment's parent, and whether a
 * chain's designated units changed (only then is the designation saved).
 */

type SegmentNode = { id: number; name: string; parentId: number | null };

/** The segments of a chain below `id` (children, their children…), `id` excluded. */
export function segmentsBelow(segments: readonly SegmentNode[], id: number): Set<number> {
  const below = new Set<number>();
  let frontier = [id];
  while (frontier.length) {
    const next = segments.filter((s) => s.parentId !== null && frontier.includes(s.parentId) && !below.has(s.id));
    for (const s of next) below.add(s.id);
    frontier = next.map((s) => s.id);
  }
  return below;
}

/**
 * The segments a segment may hang under: any of its chain but itself and those below it (that
 * would make a cycle, which the server refuses too).
 */
export function parentChoices(segments: readonly SegmentNode[], selfId?: number): { value: number; label: string }[] {
  const excluded = selfId === undefined ? new Set<number>() : new Set([selfId, ...segmentsBelow(segments, selfId)]);
  return segments.filter((s) => !excluded.has(s.id)).map((s) => ({ value: s.id, label: s.name }));
}

/** Whether two lists hold the same ids, in any order. */
export function sameIds(a: readonly number[], b: readonly number[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((id) => right.has(id));
}

/** Think-tank names as typed: trimmed, blanks and repeats dropped, in the order given. */
export function cleanNames(names: readonly string[] | undefined): string[] {
  return [...new Set((names ?? []).map((n) => n.trim()).filter(Boolean))];
}
