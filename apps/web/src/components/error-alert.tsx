import { Alert, Button } from 'antd';
import { useI18n } from '../i18n/i18n-context.tsx';
import { describeError } from './api-errors.ts';

/** A failed query, shown in place of its data, with a retry button when one is given. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <Alert
      type="error"
      showIcon
      title={t('error.loadFailed')}
      description={describeError(error, t)}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
