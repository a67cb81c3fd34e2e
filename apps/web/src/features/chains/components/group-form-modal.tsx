import { CHAIN_GROUP_KIND_LABELS, CHAIN_GROUP_KINDS } from '@zhaoshang/shared';
import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useListChangeError } from '../../../components/stale-save.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { type GroupInput, type GroupOfMap, useSaveGroup } from '../api.ts';

const FIELDS = ['name', 'nameEn', 'kind', 'sortOrder'] as const;

/** The office adds or renames a chain group (leading, emerging or X). */
export function GroupFormModal({ group, onClose }: { group?: GroupOfMap; onClose: () => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<GroupInput>();
  const save = useSaveGroup();
  const handleError = useListChangeError();
  const submit = (v: GroupInput) =>
    save.mutate(
      { id: group?.id, version: group?.version, input: { ...v, nameEn: v.nameEn?.trim() || null } },
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
      title={t(group ? 'chains.editGroup' : 'chains.newGroup')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<GroupInput>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={submit}
        initialValues={
          group
            ? { name: group.name, nameEn: group.nameEn, kind: group.kind, sortOrder: group.sortOrder }
            : { kind: 'leading', sortOrder: 0 }
        }
      >
        <Form.Item name="name" label={t('chains.name')} rules={[{ required: true, whitespace: true, max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="nameEn" label={t('chains.nameEn')} rules={[{ max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="kind" label={t('chains.groupKind')} rules={[{ required: true }]}>
          <Select options={CHAIN_GROUP_KINDS.map((k) => ({ value: k, label: CHAIN_GROUP_KIND_LABELS[k][lang] }))} />
        </Form.Item>
        <Form.Item name="sortOrder" label={t('chains.sortOrder')}>
          <InputNumber precision={0} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
