import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useListChangeError } from '../../../components/stale-save.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useUnitOptions } from '../../org/hooks/use-unit-options.ts';
import { type ChainInput, type ChainMap, type ChainOfMap, useSaveChain } from '../api.ts';
import { cleanNames, sameIds } from '../map-editing.ts';

type Values = ChainInput & { unitIds: number[] };
const FIELDS = ['groupId', 'name', 'nameEn', 'chiefExpert', 'thinkTanks', 'sortOrder', 'unitIds'] as const;

/** The office adds or edits a chain: its group, chief expert, think-tank units and the units designated to host it. */
export function ChainFormModal({
  map,
  chain,
  groupId,
  onClose,
}: {
  map: ChainMap;
  chain?: ChainOfMap;
  groupId?: number;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveChain();
  const handleError = useListChangeError();
  const units = useUnitOptions();
  const designated = chain?.designatedUnitIds ?? [];
  const submit = ({ unitIds, ...v }: Values) =>
    save.mutate(
      {
        id: chain?.id,
        version: chain?.version,
        input: {
          ...v,
          nameEn: v.nameEn?.trim() || null,
          chiefExpert: v.chiefExpert?.trim() || null,
          thinkTanks: cleanNames(v.thinkTanks),
        },
        unitIds: sameIds(unitIds ?? [], designated) ? undefined : (unitIds ?? []),
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
      title={t(chain ? 'chains.editChain' : 'chains.newChain')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
      width={640}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={submit}
        initialValues={{
          groupId: map.groups.find((g) => g.chains.some((c) => c.id === chain?.id))?.id ?? groupId,
          name: chain?.name,
          nameEn: chain?.nameEn,
          chiefExpert: chain?.chiefExpert,
          thinkTanks: chain?.thinkTanks ?? [],
          sortOrder: chain?.sortOrder ?? 0,
          unitIds: designated,
        }}
      >
        <Form.Item name="groupId" label={t('chains.group')} rules={[{ required: true }]}>
          <Select options={map.groups.map((g) => ({ value: g.id, label: g.name }))} />
        </Form.Item>
        <Form.Item name="name" label={t('chains.name')} rules={[{ required: true, whitespace: true, max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="nameEn" label={t('chains.nameEn')} rules={[{ max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="chiefExpert" label={t('chains.chiefExpert')} rules={[{ max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="thinkTanks" label={t('chains.thinkTanks')} extra={t('chains.thinkTanksHint')}>
          <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={['\n']} />
        </Form.Item>
        <Form.Item name="unitIds" label={t('chains.designatedUnits')}>
          <Select<number[]>
            mode="multiple"
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
