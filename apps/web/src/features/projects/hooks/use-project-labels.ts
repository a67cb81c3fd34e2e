import {
  BLOCKER_CATEGORY_LABELS,
  type BlockerCategory,
  INVESTOR_TYPE_LABELS,
  INVESTOR_TYPES,
  type InvestorType,
  PROJECT_STAGE_LABELS,
  PROJECT_STAGES,
  PROJECT_STATUS_LABELS,
  PROJECT_STATUSES,
  type ProjectStatus,
} from '@zhaoshang/shared';
import { useMemo } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { StageOrIntent } from '../api.ts';

/** Labels and select options of the project code lists, in the chosen language. */
export function useProjectLabels() {
  const { lang } = useI18n();
  return useMemo(() => {
    // Unknown values (a newer server) fall back to the raw code rather than crashing.
    const stageLabel = (stage: string) => PROJECT_STAGE_LABELS[stage as StageOrIntent]?.[lang] ?? stage;
    const statusLabel = (status: string) => PROJECT_STATUS_LABELS[status as ProjectStatus]?.[lang] ?? status;
    const investorTypeLabel = (type: string) => INVESTOR_TYPE_LABELS[type as InvestorType]?.[lang] ?? type;
    const categoryLabel = (category: string) =>
      BLOCKER_CATEGORY_LABELS[category as BlockerCategory]?.[lang] ?? category;
    return {
      stageLabel,
      statusLabel,
      investorTypeLabel,
      categoryLabel,
      stageOptions: (['intent', ...PROJECT_STAGES] as const).map((s) => ({ value: s, label: stageLabel(s) })),
      statusOptions: PROJECT_STATUSES.map((s) => ({ value: s, label: statusLabel(s) })),
      investorTypeOptions: INVESTOR_TYPES.map((s) => ({ value: s, label: investorTypeLabel(s) })),
    };
  }, [lang]);
}
