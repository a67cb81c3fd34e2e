import { App } from 'antd';
import { useCallback } from 'react';
import { ApiError } from '../../../components/api-client.ts';
import { type FormErrorTarget, useErrorToast } from '../../../components/use-error-toast.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';

/**
 * Error handler for unit and user changes. A version conflict means someone else saved
 * first: the user is told, the list has already reloaded (mutations invalidate on
 * settle), and `onConflict` closes the stale form.
 */
export function useOrgError() {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const showError = useErrorToast();
  return useCallback(
    (error: unknown, options: { target?: FormErrorTarget; onConflict?: () => void } = {}) => {
      if (error instanceof ApiError && error.code === 'CONFLICT_VERSION') {
        modal.warning({ title: error.message, content: t('org.conflictReloaded') });
        options.onConflict?.();
        return;
      }
      showError(error, options.target);
    },
    [modal, showError, t],
  );
}
