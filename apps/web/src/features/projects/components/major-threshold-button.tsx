import { EditOutlined } from '@ant-design/icons';
import { AMOUNT_PROBLEM_LABELS, parseWan } from '@zhaoshang/shared';
import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useErrorToast } from '../../../components/use-error-toast.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { useSetMajorThreshold } from '../api.ts';
import { canSetMajorThreshold } from '../project-policy.ts';

/** The office sets the 重大项目 threshold (万元); everyone else only reads it. */
export function MajorThresholdButton({ current }: { current: string }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const me = useSessionUser();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ majorThresholdWan: string }>();
  const setThreshold = useSetMajorThreshold();
  const showError = useErrorToast();
  if (!canSetMajorThreshold(me.role)) return null;

  const submit = ({ majorThresholdWan }: { majorThresholdWan: string }) =>
    setThreshold.mutate(majorThresholdWan.trim(), {
      onSuccess: () => {
        message.success(t('project.thresholdSaved'));
        setOpen(false);
      },
      onError: (error) => showError(error, { form, fields: ['majorThresholdWan'] }),
    });

  return (
    <>
      <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setOpen(true)}>
        {t('project.thresholdEdit')}
      </Button>
      <Modal
        open={open}
        title={t('project.thresholdEdit')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={setThreshold.isPending}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('project.thresholdHint')}</Typography.Paragraph>
        <Form form={form} layout="vertical" initialValues={{ majorThresholdWan: current }} onFinish={submit}>
          <Form.Item
            name="majorThresholdWan"
            label={t('project.thresholdLabel')}
            rules={[
              { required: true, message: t('project.amountRequired') },
              {
                validator: async (_, raw?: string) => {
                  if (!raw?.trim()) return;
                  const parsed = parseWan(raw);
                  if ('problem' in parsed) throw new Error(AMOUNT_PROBLEM_LABELS[parsed.problem][lang]);
                },
              },
            ]}
          >
            <Input inputMode="decimal" style={{ maxWidth: 240 }} suffix={t('project.wanUnit')} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
