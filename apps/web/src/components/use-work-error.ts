import { App } from 'antd';
import { useCallback } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import { ApiError } from './api-client.ts';
import { type FormErrorTarget, useErrorToast } from './use-error-toast.ts';

/**
 * Error handler for changes on these pages. A conflict (someone resolved the blocker or
 * closed the review first) is said in a dialog: the list has already reloaded, since every
 * mutation here refreshes on settle. Returns true for a conflict, so a modal can close.
 */
export function useWorkError() {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const showError = useErrorToast();
  return useCallback(
    (error: unknown, target?: FormErrorTarget): boolean => {
      if (error instanceof ApiError && error.code === 'CONFLICT_VERSION') {
        modal.warning({ title: error.message, content: t('work.conflictReloaded') });
        return true;
      }
      showError(error, target);
      return false;
    },
    [modal, showError, t],
  );
}
