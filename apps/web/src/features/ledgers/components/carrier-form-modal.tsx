import {
  CARRIER_KIND_LABELS,
  CARRIER_KINDS,
  CARRIER_LEVEL_LABELS,
  CARRIER_LEVELS,
  CARRIER_STATUS_LABELS,
  CARRIER_STATUSES,
} from '@zhaoshang/shared';
import { DatePicker, Form, Input, Modal, Select } from 'antd';
import { dateField } from '../../../components/date-field.ts';
import { useErrorToast } from '../../../components/use-error-toast.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { useUnits } from '../../org/api.ts';
import { type Carrier, type CarrierInput, useSaveCarrier } from '../api.ts';

const FIELDS = ['name', 'kind', 'level', 'hostUnitId', 'operator', 'recognizedOn', 'status', 'notes'];

/** Records or edits a carrier; a unit records its own, the office any. */
export function CarrierFormModal({ carrier, onClose }: { carrier?: Carrier; onClose: () => void }) {
  const { t, lang } = useI18n();
  const me = useSessionUser();
  const units = useUnits();
  const save = useSaveCarrier();
  const showError = useErrorToast();
  const [form] = Form.useForm<CarrierInput>();
  const initial: Partial<CarrierInput> = carrier
    ? {
        name: carrier.name,
        kind: carrier.kind,
        level: carrier.level,
        hostUnitId: carrier.hostUnit.id,
        operator: carrier.operator,
        recognizedOn: carrier.recognizedOn,
        status: carrier.status,
        notes: carrier.notes,
      }
    : { hostUnitId: me.unit.id, status: 'active' };
  return (
    <Modal
      open
      title={t(carrier ? 'carriers.edit' : 'carriers.new')}
      okText={t('common.save')}
      confirmLoading={save.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(input) =>
          save.mutate(
            {
              id: carrier?.id,
              version: carrier?.version,
              input: { ...input, recognizedOn: input.recognizedOn || null },
            },
            { onSuccess: onClose, onError: (e) => showError(e, { form, fields: FIELDS }) },
          )
        }
      >
        <Form.Item name="name" label={t('carriers.name')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="kind" label={t('carriers.kind')} rules={[{ required: true }]}>
          <Select options={CARRIER_KINDS.map((k) => ({ value: k, label: CARRIER_KIND_LABELS[k][lang] }))} />
        </Form.Item>
        <Form.Item name="level" label={t('carriers.level')} rules={[{ required: true }]}>
          <Select options={CARRIER_LEVELS.map((k) => ({ value: k, label: CARRIER_LEVEL_LABELS[k][lang] }))} />
        </Form.Item>
        <Form.Item name="hostUnitId" label={t('carriers.host')} rules={[{ required: true }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={units.isLoading}
            options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        <Form.Item name="operator" label={t('carriers.operator')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="recognizedOn" label={t('carriers.recognizedOn')} {...dateField}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="status" label={t('carriers.status')}>
          <Select options={CARRIER_STATUSES.map((k) => ({ value: k, label: CARRIER_STATUS_LABELS[k][lang] }))} />
        </Form.Item>
        <Form.Item name="notes" label={t('ledgers.notes')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
