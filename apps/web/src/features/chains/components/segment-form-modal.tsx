import { CHAIN_STREAM_LABELS, CHAIN_STREAMS } from '@zhaoshang/shared';
import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useListChangeError } from '../../../components/stale-save.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useUnitOptions } from '../../org/hooks/use-unit-options.ts';
import { type ChainMap, type SegmentInput, type SegmentOfMap, useSaveSegment } from '../api.ts';
import { parentChoices } from '../map-editing.ts';

const FIELDS = ['chainId', 'name', 'stream', 'parentId', 'responsibleUnitId', 'sortOrder'] as const;

/**
 * The office adds or edits a segment: up/mid/down stream, a parent of the same chain (never
 * itself or one below it), the responsible unit. A segment stays in its chain once made.
 */
export function SegmentFormModal({
  map,
  segment,
  chainId,
  onClose,
}: {
  map: ChainMap;
  segment?: SegmentOfMap;
  chainId?: number;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<SegmentInput>();
  const save = useSaveSegment();
  const handleError = useListChangeError();
  const units = useUnitOptions(segment?.responsibleUnit?.id);
  const picked = Form.useWatch('chainId', form) ?? chainId;
  const chains = map.groups.flatMap((g) => g.chains);
  const parents = parentChoices(chains.find((c) => c.id === picked)?.segments ?? [], segment?.id);
  const submit = (v: SegmentInput) =>
    save.mutate(
      {
        id: segment?.id,
        version: segment?.version,
        input: { ...v, parentId: v.parentId ?? null, responsibleUnitId: v.responsibleUnitId ?? null },
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
      title={t(segment ? 'chains.editSegment' : 'chains.newSegment')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<SegmentInput>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={submit}
        initialValues={
          segment
            ? {
                chainId,
                name: segment.name,
                stream: segment.stream,
                parentId: segment.parentId,
                responsibleUnitId: segment.responsibleUnit?.id ?? null,
                sortOrder: segment.sortOrder,
              }
            : { chainId, sortOrder: 0 }
        }
      >
        <Form.Item name="chainId" label={t('chains.chain')} rules={[{ required: true }]}>
          <Select
            disabled={segment !== undefined}
            showSearch={{ optionFilterProp: 'label' }}
            options={chains.map((c) => ({ value: c.id, label: c.name }))}
            onChange={() => form.setFieldValue('parentId', null)}
          />
        </Form.Item>
        <Form.Item name="name" label={t('chains.segment')} rules={[{ required: true, whitespace: true, max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="stream" label={t('chains.stream')} rules={[{ required: true }]}>
          <Select options={CHAIN_STREAMS.map((s) => ({ value: s, label: CHAIN_STREAM_LABELS[s][lang] }))} />
        </Form.Item>
        <Form.Item name="parentId" label={t('chains.parentSegment')}>
          <Select allowClear options={parents} />
        </Form.Item>
        <Form.Item name="responsibleUnitId" label={t('chains.responsibleUnit')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={units.loading}
            options={units.options}
          />
        </Form.Item>
        <Form.Item name="sortOrder" label={t('chains.sortOrder')}>
          <InputNumber precision={0} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
