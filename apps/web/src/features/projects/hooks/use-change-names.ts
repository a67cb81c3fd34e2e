import { useMemo } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useUnits } from '../../org/api.ts';
import type { Project } from '../api.ts';
import { EMPTY_VALUE, formatFieldValue, stageOfField, type ValueNames } from '../history-changes.ts';
import { useProjectLabels } from './use-project-labels.ts';

const FIELD_KEYS = {
  name: 'project.name',
  companyId: 'project.investor',
  investorType: 'project.investorType',
  hostUnitId: 'project.hostUnit',
  sourceUnitIds: 'project.sourceUnits',
  chain: 'project.chain',
  fitsPositioning: 'project.fitsPositioning',
  agreedYuan: 'project.agreed',
  investedWan: 'project.invested',
  investedYuan: 'project.invested',
  foreignUsdWan: 'project.foreign',
  expectedJobs: 'project.expectedJobs',
  expectedTaxWan: 'project.expectedTax',
  status: 'common.status',
  statusReason: 'project.statusReason',
  registeredUscc: 'project.registeredUscc',
  expansionOf: 'project.expansionOf',
  filingId: 'project.filingId',
  notes: 'project.notes',
} as const;

/** Field labels and value names for recorded changes (history, conflicts), in the chosen language. */
export function useChangeNames(project?: Pick<Project, 'company'>) {
  const { t, lang } = useI18n();
  const labels = useProjectLabels();
  const units = useUnits(true);
  return useMemo(() => {
    const unitById = new Map((units.data ?? []).map((u) => [u.id, u.name]));
    const names: ValueNames = {
      unitName: (id) => unitById.get(id),
      companyName: (id) => (project?.company?.id === id ? project.company.name : undefined),
      stageLabel: labels.stageLabel,
      statusLabel: labels.statusLabel,
      investorTypeLabel: labels.investorTypeLabel,
      yes: t('project.yes'),
      no: t('project.no'),
      wan: (amount) => t('project.wanValue', { value: amount }),
      usdWan: (amount) => t('project.usdWanValue', { value: amount }),
      listSeparator: lang === 'zh' ? '、' : ', ',
    };
    const fieldLabel = (field: string) => {
      const stage = stageOfField(field);
      if (stage) return t('project.stageDate', { stage: labels.stageLabel(stage) });
      return field in FIELD_KEYS ? t(FIELD_KEYS[field as keyof typeof FIELD_KEYS]) : field;
    };
    const value = (field: string, v: unknown) => formatFieldValue(field, v, names);
    return { names, fieldLabel, value, empty: EMPTY_VALUE, unitName: (id: number) => unitById.get(id) ?? `#${id}` };
  }, [units.data, project, labels, t, lang]);
}
