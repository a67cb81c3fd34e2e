import type { Message } from '@zhaoshang/shared';
import { useCallback } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';

/**
 * A scheme problem in the page's language: the shared check's code worded by the shared
 * catalogue, or the server's message, already worded in the language the page asked for.
 */
export function useSchemeProblemText() {
  const { messageText } = useI18n();
  return useCallback((message: Message | string) => messageText(message), [messageText]);
}
