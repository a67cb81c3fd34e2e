import { App, Form, Input, Modal, Typography } from 'antd';
import { useListChangeError } from '../../../components/stale-save.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { type Inspection, useRectifyInspection } from '../api.ts';

type Values = { rectification: string };

/** 填报整改: the unit says how it put the findings right (it may correct this until closed). */
export function RectifyModal({ inspection, onClose }: { inspection: Inspection | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const rectify = useRectifyInspection();
  const handleError = useListChangeError();
  return (
    <Modal
      open={inspection !== null}
      title={t('inspection.rectify')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={rectify.isPending}
      destroyOnHidden
    >
      {inspection ? (
        <>
          <Typography.Paragraph strong>{inspection.subject}</Typography.Paragraph>
          <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
            {inspection.findings}
          </Typography.Paragraph>
          <Form<Values>
            form={form}
            layout="vertical"
            preserve={false}
            initialValues={{ rectification: inspection.rectification ?? '' }}
            onFinish={(v) =>
              rectify.mutate(
                { id: inspection.id, rectification: v.rectification.trim() },
                {
                  onSuccess: () => {
                    message.success(t('inspection.rectifiedDone'));
                    onClose();
                  },
                  onError: (error) => handleError(error, { form, fields: ['rectification'] }),
                },
              )
            }
          >
            <Form.Item
              name="rectification"
              label={t('inspection.rectification')}
              rules={[{ required: true, whitespace: true, message: t('inspection.rectificationRequired') }]}
            >
              <Input.TextArea rows={4} maxLength={5000} />
            </Form.Item>
          </Form>
        </>
      ) : null}
    </Modal>
  );
}
