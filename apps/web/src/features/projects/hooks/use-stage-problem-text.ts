import type { ProjectStage, StageProblem } from '@zhaoshang/shared';
import { useCallback } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { reasonOf } from '../stage-problems.ts';
import { useProjectLabels } from './use-project-labels.ts';

/**
 * The text of a stage-date problem: the shared rule's own Chinese words, or the English
 * twin from the catalogue.
 */
export function useStageProblemText() {
  const { t, lang } = useI18n();
  const { stageLabel } = useProjectLabels();
  return useCallback(
    (problem: StageProblem, dates: Partial<Record<ProjectStage, string | null>>, today: string) => {
      if (lang === 'zh') return problem.message;
      const r = reasonOf(problem, dates, today);
      const stage = stageLabel(problem.stage);
      switch (r.reason) {
        case 'future':
          return t('project.stageProblem.future', { stage, date: r.date });
        case 'notSigned':
          return t('project.stageProblem.notSigned', { stage });
        case 'beforeStage':
          return t('project.stageProblem.before', {
            stage,
            date: r.date,
            other: stageLabel(r.other),
            otherDate: r.otherDate,
          });
        default:
          return t('project.stageProblem.invalid', { stage, date: r.date });
      }
    },
    [lang, stageLabel, t],
  );
}
