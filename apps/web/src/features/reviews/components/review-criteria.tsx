import { useI18n } from '../../../i18n/i18n-context.tsx';
import { stageLabel } from '../../projects/project-format.ts';
import type { ReviewCriteria } from '../api.ts';

/** How a campaign chose its projects, in words: "签约、意向阶段，6 个月无进展". */
export function ReviewCriteriaText({ criteria }: { criteria: ReviewCriteria }) {
  const { t, lang } = useI18n();
  const stages = (criteria.stages ?? []).map((stage) => stageLabel(stage, lang)).join(lang === 'zh' ? '、' : ', ');
  return <>{t('work.criteriaText', { stages, months: criteria.idleMonths })}</>;
}
