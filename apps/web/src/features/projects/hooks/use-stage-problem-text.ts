import type { StageProblem } from '@zhaoshang/shared';
import { useCallback } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';

/**
 * The text of a stage-date problem: the shared rule returns a code with params, worded in
 * the page's language by the shared catalogue (the same words the server answers with).
 */
export function useStageProblemText() {
  const { messageText } = useI18n();
  return useCallback((problem: StageProblem, ..._context: unknown[]) => messageText(problem.message), [messageText]);
}
