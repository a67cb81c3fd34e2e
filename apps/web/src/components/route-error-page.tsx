import { Button, Result } from 'antd';
import { useI18n } from '../i18n/i18n-context.tsx';

/**
 * Shown when rendering a page fails (including a page chunk that no longer exists after
 * a deploy). The error itself stays in the console: a stack trace is not for the user.
 */
export function RouteErrorPage() {
  const { t } = useI18n();
  return (
    <Result
      status="error"
      title={t('error.pageFailed')}
      subTitle={t('error.pageFailedHint')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </Button>
      }
    />
  );
}
