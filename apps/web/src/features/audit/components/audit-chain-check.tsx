import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { describeError } from '../../../components/api-errors.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { useVerifyChain } from '../api.ts';

/** The "verify chain" button: the server rehashes every entry and reports the first break. */
export function AuditChainButton({ verify }: { verify: ReturnType<typeof useVerifyChain> }) {
  const { t } = useI18n();
  return (
    <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate()}>
      {t('audit.verify')}
    </Button>
  );
}

export function AuditChainResult({ verify }: { verify: ReturnType<typeof useVerifyChain> }) {
  const { t } = useI18n();
  const close = { closable: { onClose: () => verify.reset() } };
  if (verify.error) {
    return (
      <Alert type="error" showIcon title={describeError(verify.error, t)} style={{ marginBottom: 16 }} {...close} />
    );
  }
  const result = verify.data;
  if (!result) return null;
  if (result.ok) {
    return (
      <Alert
        type="success"
        showIcon
        title={t('audit.verifyOk', { count: result.checked })}
        style={{ marginBottom: 16 }}
        {...close}
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      title={t('audit.verifyBroken', { count: result.checked })}
      description={
        result.firstBroken
          ? t('audit.verifyFirstBroken', { id: result.firstBroken.id, reason: result.firstBroken.reason })
          : undefined
      }
      style={{ marginBottom: 16 }}
      {...close}
    />
  );
}
