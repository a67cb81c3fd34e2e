import { Alert, Form, Input, Modal } from 'antd';
import { useI18n } from '../../../i18n/i18n-context.tsx';

export type CorrectionRequest = { message: string; bulletins: { id: number; title: string }[] };

/**
 * A stage date inside a published bulletin's period is a correction of that bulletin: it
 * needs a reason, which is recorded with the change (the bulletin itself never changes).
 */
export function CorrectionReasonModal({
  request,
  saving,
  onSubmit,
  onCancel,
}: {
  request: CorrectionRequest | undefined;
  saving: boolean;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={request !== undefined}
      title={t('project.correction.title')}
      okText={t('project.correction.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      {request ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={request.message}
          description={t('project.correction.bulletins', { titles: request.bulletins.map((b) => b.title).join('、') })}
        />
      ) : null}
      <Form form={form} layout="vertical" preserve={false} onFinish={({ reason }) => onSubmit(reason.trim())}>
        <Form.Item
          name="reason"
          label={t('project.correction.reason')}
          extra={t('project.correction.reasonHint')}
          rules={[{ required: true, whitespace: true, message: t('project.correction.reasonRequired') }, { max: 1000 }]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
