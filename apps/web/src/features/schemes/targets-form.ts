import { type AmountProblem, parseWan } from '@zhaoshang/shared';
import type { TargetInput, UnitTarget } from './api.ts';

export const TARGET_FIELDS = [
  'signedCount',
  'signedAmountWan',
  'leads',
  'events',
  'foreignUsdWan',
  'visits',
  'postDays',
  'services',
] as const;
export type TargetField = (typeof TARGET_FIELDS)[number];
export const isAmountField = (field: TargetField) => field === 'signedAmountWan' || field === 'foreignUsdWan';

/** Edits by unit and field, as typed. */
export type TargetDraft = ReadonlyMap<number, Partial<Record<TargetField, string>>>;

export type TargetProblem = AmountProblem | 'not_a_count';

const MAX_COUNT = 1_000_000;

/** The saved value of a field as text for the input ("" when not set). */
export function savedText(target: UnitTarget, field: TargetField): string {
  const v = target[field];
  return v === null ? '' : String(v);
}

/** A field's typed text as the API value (null when blank), or the problem with it. */
export function parseTargetField(
  field: TargetField,
  text: string,
): { value: number | string | null } | { problem: TargetProblem } {
  const s = text.trim();
  if (s === '') return { value: null };
  if (isAmountField(field)) {
    const parsed = parseWan(s);
    return 'value' in parsed ? parsed : { problem: parsed.problem };
  }
  const n = Number(s.normalize('NFKC'));
  return /^\d+$/.test(s.normalize('NFKC')) && n <= MAX_COUNT ? { value: n } : { problem: 'not_a_count' };
}

/** Every unit's targets for PUT (the whole year is replaced), or the fields at fault keyed "unitId.field". */
export function targetsToInput(
  targets: readonly UnitTarget[],
  draft: TargetDraft,
): { items: TargetInput[]; problems: Map<string, TargetProblem> } {
  const problems = new Map<string, TargetProblem>();
  const items = targets.map((target) => {
    const edits = draft.get(target.unit.id) ?? {};
    const item: TargetInput = {
      unitId: target.unit.id,
      signedCount: null,
      signedAmountWan: null,
      leads: null,
      events: null,
      foreignUsdWan: null,
      visits: null,
      postDays: null,
      services: null,
    };
    for (const field of TARGET_FIELDS) {
      const parsed = parseTargetField(field, edits[field] ?? savedText(target, field));
      if ('problem' in parsed) problems.set(`${target.unit.id}.${field}`, parsed.problem);
      else (item as Record<TargetField, number | string | null>)[field] = parsed.value;
    }
    return item;
  });
  return { items, problems };
}

/** Whether any edit differs from what is saved. */
export function isDirty(targets: readonly UnitTarget[], draft: TargetDraft): boolean {
  return targets.some((t) =>
    TARGET_FIELDS.some((f) => {
      const edit = draft.get(t.unit.id)?.[f];
      return edit !== undefined && edit.trim() !== savedText(t, f);
    }),
  );
}
