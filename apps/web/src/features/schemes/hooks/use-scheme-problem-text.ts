import { INDICATOR_LABELS } from '@zhaoshang/shared';
import { useCallback } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { schemeProblemMessage } from '../scheme-form.ts';

/** A scheme problem in the page's language; a message the catalogue does not know is shown as the server wrote it. */
export function useSchemeProblemText() {
  const { t, lang, unitKindLabel } = useI18n();
  return useCallback(
    (message: string) => {
      const known = schemeProblemMessage(message);
      if (!known) return message;
      const vars: Record<string, string> = { ...known.vars };
      if (known.indicator) vars.indicator = INDICATOR_LABELS[known.indicator][lang];
      if (known.kind) vars.kind = unitKindLabel(known.kind);
      return t(known.key, vars);
    },
    [t, lang, unitKindLabel],
  );
}
