import { App, Form, Input, Modal } from 'antd';
import { useListChangeError } from '../../../components/stale-save.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { Lead } from '../api.ts';
import { useAdvanceLead } from '../api.ts';

/** Dropping a lead ends it, so the reason is asked for and kept with it. */
export function LeadDropModal({ lead, onClose }: { lead?: Lead; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ drop: string }>();
  const advance = useAdvanceLead();
  const handleError = useListChangeError();

  const submit = ({ drop }: { drop: string }) => {
    if (!lead) return;
    advance.mutate(
      { id: lead.id, progress: { version: lead.version, drop: drop.trim() } },
      {
        onSuccess: () => {
          message.success(t('lead.dropped', { company: lead.company.name }));
          onClose();
        },
        onError: (error) => {
          if (handleError(error, { form, fields: ['drop'] })) onClose();
        },
      },
    );
  };

  return (
    <Modal
      open={lead !== undefined}
      title={lead ? t('lead.dropTitle', { company: lead.company.name }) : null}
      okText={t('lead.drop')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={advance.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} onFinish={submit}>
        <Form.Item
          name="drop"
          label={t('lead.dropReason')}
          rules={[{ required: true, whitespace: true, message: t('lead.dropReasonRequired') }, { max: 1000 }]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
