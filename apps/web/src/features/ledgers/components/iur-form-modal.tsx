import { IUR_KIND_LABELS, IUR_KINDS } from '@zhaoshang/shared';
import { DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import { CompanySearchSelect } from '../../../components/company-search-select.tsx';
import { dateField } from '../../../components/date-field.ts';
import { useErrorToast } from '../../../components/use-error-toast.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { useUnits } from '../../org/api.ts';
import { type IurAgreement, type IurInput, useSaveIur } from '../api.ts';

const FIELDS = [
  'title',
  'university',
  'kind',
  'partnerUnitId',
  'partnerCompanyId',
  'partnerText',
  'unitId',
  'signedOn',
  'amountWan',
  'talents',
  'notes',
];

/** Records or edits an IUR agreement: the partner field follows the kind (unit, registry company, text). */
export function IurFormModal({ agreement, onClose }: { agreement?: IurAgreement; onClose: () => void }) {
  const { t, lang } = useI18n();
  const me = useSessionUser();
  const units = useUnits();
  const save = useSaveIur();
  const showError = useErrorToast();
  const [form] = Form.useForm<IurInput>();
  const kind = Form.useWatch('kind', form);
  const unitOptions = (units.data ?? []).map((u) => ({ value: u.id, label: u.name }));
  const initial: Partial<IurInput> = agreement
    ? {
        title: agreement.title,
        university: agreement.university,
        kind: agreement.kind,
        partnerUnitId: agreement.partner.unitId,
        partnerCompanyId: agreement.partner.companyId,
        partnerText: agreement.kind === 'other' ? agreement.partner.name : null,
        unitId: agreement.unit.id,
        signedOn: agreement.signedOn,
        amountWan: agreement.amountWan,
        talents: agreement.talents,
        sourceEventId: agreement.sourceEvent?.id ?? null,
        notes: agreement.notes,
      }
    : { unitId: me.unit.id, kind: 'school_enterprise', talents: 0 };
  return (
    <Modal
      open
      title={t(agreement ? 'iur.edit' : 'iur.new')}
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
              id: agreement?.id,
              version: agreement?.version,
              input: { ...input, amountWan: String(input.amountWan ?? '0') },
            },
            { onSuccess: onClose, onError: (e) => showError(e, { form, fields: FIELDS }) },
          )
        }
      >
        <Form.Item name="title" label={t('iur.titleField')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="university" label={t('iur.university')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="kind" label={t('iur.kind')} rules={[{ required: true }]}>
          <Select options={IUR_KINDS.map((k) => ({ value: k, label: IUR_KIND_LABELS[k][lang] }))} />
        </Form.Item>
        {kind === 'school_local' && (
          <Form.Item name="partnerUnitId" label={t('iur.partnerUnit')}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={unitOptions} />
          </Form.Item>
        )}
        {kind === 'school_enterprise' && (
          <Form.Item name="partnerCompanyId" label={t('iur.partnerCompany')}>
            <CompanySearchSelect />
          </Form.Item>
        )}
        {kind === 'other' && (
          <Form.Item name="partnerText" label={t('iur.partnerText')}>
            <Input maxLength={200} />
          </Form.Item>
        )}
        <Form.Item name="unitId" label={t('iur.recordingUnit')} rules={[{ required: true }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={unitOptions} />
        </Form.Item>
        <Form.Item name="signedOn" label={t('iur.signedOn')} {...dateField} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="amountWan" label={t('iur.amountWan')}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="talents" label={t('iur.talents')}>
          <InputNumber min={0} precision={0} />
        </Form.Item>
        <Form.Item name="notes" label={t('ledgers.notes')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
