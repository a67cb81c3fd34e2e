import { TARGET_TAGS } from '@zhaoshang/shared';
import { App, Form, Input, Modal, Select } from 'antd';
import { useListChangeError } from '../../../components/stale-save.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { type ChainTarget, type TargetInput, useSaveTarget } from '../api.ts';

const FIELDS = ['name', 'uscc', 'tags', 'notes'] as const;

/** A target enterprise of a segment: its name, credit code, tags chosen from the list, notes. */
export function TargetFormModal({
  segmentId,
  target,
  onClose,
}: {
  segmentId: number;
  target?: ChainTarget;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<TargetInput>();
  const save = useSaveTarget();
  const handleError = useListChangeError();
  const submit = (v: TargetInput) =>
    save.mutate(
      {
        id: target?.id,
        version: target?.version,
        input: { ...v, segmentId, uscc: v.uscc?.trim() || null, notes: v.notes?.trim() || null },
      },
      {
        onSuccess: () => {
          message.success(t('chains.saved'));
          onClose();
        },
        onError: (error) => {
          if (handleError(error, { form, fields: FIELDS })) onClose();
        },
      },
    );
  return (
    <Modal
      open
      title={t(target ? 'chains.editTarget' : 'chains.newTarget')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<TargetInput>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={submit}
        initialValues={
          target ? { name: target.name, uscc: target.uscc, tags: target.tags, notes: target.notes } : { tags: [] }
        }
      >
        <Form.Item name="name" label={t('chains.targetName')} rules={[{ required: true, whitespace: true, max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="tags" label={t('chains.targetTags')}>
          <Select mode="multiple" options={TARGET_TAGS.map((tag) => ({ value: tag, label: tag }))} />
        </Form.Item>
        <Form.Item name="uscc" label={t('chains.uscc')} rules={[{ max: 18 }]}>
          <Input maxLength={18} />
        </Form.Item>
        <Form.Item name="notes" label={t('chains.notes')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
