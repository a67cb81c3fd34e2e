import { useI18n } from '../../../i18n/i18n-context.tsx';

/** Audit codes in words; a code this build does not know is shown as it is. */
export function useAuditLabels() {
  const { tMaybe } = useI18n();
  return {
    actionLabel: (action: string) => tMaybe(`audit.action.${action}`) ?? action,
    entityLabel: (entityType: string) => tMaybe(`audit.entity.${entityType}`) ?? entityType,
  };
}
