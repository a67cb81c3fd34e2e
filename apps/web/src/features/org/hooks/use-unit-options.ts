import { useMemo } from 'react';
import { useUnits } from '../api.ts';

export type UnitOption = { value: number; label: string };

/**
 * Units to choose from in a form: active ones only, plus `keepId` (the current choice)
 * even if it has since been deactivated, so an edit form never shows a bare id.
 */
export function useUnitOptions(keepId?: number): { options: UnitOption[]; loading: boolean } {
  const units = useUnits(true);
  const options = useMemo(
    () =>
      (units.data ?? [])
        .filter((unit) => unit.active || unit.id === keepId)
        .map((unit) => ({ value: unit.id, label: unit.name })),
    [units.data, keepId],
  );
  return { options, loading: units.isPending };
}
