import { App } from 'antd';
import { useCallback } from 'react';
import { ApiError } from '../../../components/api-client.ts';
import { type FormErrorTarget, useErrorToast } from '../../../components/use-error-toast.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';

/**
 * Error handler for lead changes. A version conflict means someone else moved the lead
 * first: the list has already reloaded (mutations invalidate on settle), so say so.
 */
export function useLeadError() {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const showError = useErrorToast();
  return useCallback(
    (error: unknown, target?: FormErrorTarget) => {
      if (error instanceof ApiError && error.code === 'CONFLICT_VERSION') {
        modal.warning({ title: error.message, content: t('lead.conflictReloaded') });
        return;
      }
      showError(error, target);
    },
    [modal, showError, t],
  );
}
