import { App, Form, Input, Modal } from 'antd';
import { useErrorToast } from '../../../components/use-error-toast.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { Filing } from '../api.ts';
import { useRenewFiling } from '../api.ts';

/** A filing is renewed only with the latest progress written down. */
export function RenewModal({ filing, onClose }: { filing?: Filing; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ progress: string }>();
  const renew = useRenewFiling();
  const showError = useErrorToast();

  const submit = ({ progress }: { progress: string }) => {
    if (!filing) return;
    renew.mutate(
      { id: filing.id, progress: progress.trim() },
      {
        onSuccess: (renewed) => {
          message.success(t('filing.renewed', { date: renewed.expiresOn }));
          onClose();
        },
        onError: (error) => showError(error, { form, fields: ['progress'] }),
      },
    );
  };

  return (
    <Modal
      open={filing !== undefined}
      title={filing ? t('filing.renewTitle', { company: filing.company.name }) : null}
      okText={t('filing.renew')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={renew.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} onFinish={submit}>
        <Form.Item
          name="progress"
          label={t('filing.progress')}
          rules={[{ required: true, whitespace: true, message: t('filing.progressRequired') }, { max: 2000 }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
