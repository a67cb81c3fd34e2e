import { App, Form, Input, Modal } from 'antd';
import { useListChangeError } from '../../../components/stale-save.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { Blocker } from '../api.ts';
import { useResolveBlocker } from '../api.ts';
import { BlockerFacts } from './blocker-columns.tsx';

/** 办结: the responsible unit (or the office) writes down how the blocker was resolved. */
export function BlockerResolveModal({ blocker, onClose }: { blocker?: Blocker; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ resolution: string }>();
  const resolve = useResolveBlocker();
  const handleError = useListChangeError();

  const submit = ({ resolution }: { resolution: string }) => {
    if (!blocker) return;
    resolve.mutate(
      { id: blocker.id, version: blocker.version, resolution: resolution.trim() },
      {
        onSuccess: () => {
          message.success(t('work.resolved', { project: blocker.project.name }));
          onClose();
        },
        onError: (error) => {
          if (handleError(error, { form, fields: ['resolution'] })) onClose();
        },
      },
    );
  };

  return (
    <Modal
      open={blocker !== undefined}
      title={blocker ? t('work.resolveTitle', { project: blocker.project.name }) : null}
      okText={t('work.resolve')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={resolve.isPending}
      destroyOnHidden
      width={600}
    >
      {blocker ? <BlockerFacts blocker={blocker} /> : null}
      <Form form={form} layout="vertical" preserve={false} onFinish={submit}>
        <Form.Item
          name="resolution"
          label={t('work.resolution')}
          rules={[{ required: true, whitespace: true, message: t('work.resolutionRequired') }, { max: 2000 }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
