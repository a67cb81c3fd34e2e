import { CHAIN_STREAM_LABELS, CHAIN_STREAMS } from '@zhaoshang/shared';
import { App, Form, Input, Modal, Select } from 'antd';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { type ChainMap, type SegmentInput, useCreateSegment } from '../api.ts';

/** The office adds a segment to a chain (up/mid/down stream, optional parent of the same chain). */
export function SegmentFormModal({ map, onClose }: { map: ChainMap; onClose: () => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<SegmentInput>();
  const create = useCreateSegment();
  const chainId = Form.useWatch('chainId', form);
  const chains = map.groups.flatMap((g) => g.chains);
  const parents = chains.find((c) => c.id === chainId)?.segments ?? [];
  return (
    <Modal
      open
      title={t('chains.newSegment')}
      onCancel={onClose}
      confirmLoading={create.isPending}
      onOk={() =>
        form.validateFields().then((v) =>
          create.mutateAsync(v).then(() => {
            message.success(t('chains.saved'));
            onClose();
          }),
        )
      }
    >
      <Form form={form} layout="vertical">
        <Form.Item name="chainId" label={t('chains.chain')} rules={[{ required: true }]}>
          <Select options={chains.map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
        <Form.Item name="name" label={t('chains.segment')} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="stream" label={t('chains.stream')} rules={[{ required: true }]}>
          <Select options={CHAIN_STREAMS.map((s) => ({ value: s, label: CHAIN_STREAM_LABELS[s][lang] }))} />
        </Form.Item>
        <Form.Item name="parentId" label={t('chains.parentSegment')}>
          <Select allowClear options={parents.map((s) => ({ value: s.id, label: s.name }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
