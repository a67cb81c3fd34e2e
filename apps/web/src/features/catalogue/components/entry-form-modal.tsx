import { App, Form, Input, Modal, Select } from 'antd';
import { SearchSelect, useSearchText } from '../../../components/search-select.tsx';
import { useListChangeError } from '../../../components/stale-save.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import type { ChainPick } from '../../chains/chain-picker.ts';
import { ChainPicker } from '../../chains/components/chain-picker.tsx';
import { useEvents } from '../../events/api.ts';
import { useLeads } from '../../leads/api.ts';
import { useUnitOptions } from '../../org/hooks/use-unit-options.ts';
import { type CatalogueEntry, type CatalogueInput, useSaveEntry } from '../api.ts';

const FIELDS = [
  'nameZh',
  'nameEn',
  'descriptionZh',
  'descriptionEn',
  'chain',
  'chainId',
  'segmentId',
  'investmentWan',
  'landMu',
  'hostUnitId',
  'contact',
  'status',
  'sourceEventId',
  'leadId',
] as const;

const AMOUNT = /^\d+(\.\d{1,4})?$/;

/** The entry's fields, the chain picked from the map as one value (sent as chainId and segmentId). */
type FormValues = CatalogueInput & { pick?: ChainPick };

/** Records or edits a catalogue entry, in Chinese and English; a unit's own unit is preset as host. */
export function EntryFormModal({ entry, onClose }: { entry?: CatalogueEntry; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const me = useSessionUser();
  const [form] = Form.useForm<FormValues>();
  const units = useUnitOptions(entry?.hostUnit.id);
  const save = useSaveEntry();
  const handleError = useListChangeError();
  const submit = ({ pick, ...values }: FormValues) =>
    save.mutate(
      {
        id: entry?.id,
        version: entry?.version,
        input: {
          ...values,
          chainId: pick?.chainId ?? null,
          segmentId: pick?.chainId ? (pick.segmentId ?? null) : null,
          investmentWan: values.investmentWan || null,
          landMu: values.landMu || null,
          sourceEventId: values.sourceEventId ?? null,
          leadId: values.leadId ?? null,
        },
      },
      {
        onSuccess: () => {
          message.success(t('catalogue.saved', { name: values.nameZh }));
          onClose();
        },
        onError: (error) => handleError(error, { form, fields: FIELDS }),
      },
    );
  const amountRule = { pattern: AMOUNT, message: t('catalogue.amountRule') };
  return (
    <Modal
      open
      title={t(entry ? 'catalogue.edit' : 'catalogue.new')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
      width={720}
    >
      <Form<FormValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          entry
            ? {
                nameZh: entry.nameZh,
                nameEn: entry.nameEn,
                descriptionZh: entry.descriptionZh,
                descriptionEn: entry.descriptionEn,
                chain: entry.chain,
                pick: entry.chainId ? { chainId: entry.chainId, segmentId: entry.segmentId ?? undefined } : undefined,
                investmentWan: entry.investmentWan,
                landMu: entry.landMu,
                hostUnitId: entry.hostUnit.id,
                contact: entry.contact,
                status: entry.status === 'signed' ? undefined : entry.status,
                sourceEventId: entry.sourceEvent?.id ?? null,
                leadId: entry.lead?.id ?? null,
              }
            : { status: 'offered', hostUnitId: me.role === 'office' ? undefined : me.unit.id }
        }
        onFinish={submit}
      >
        <Form.Item name="nameZh" label={t('catalogue.nameZh')} rules={[{ required: true, max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="nameEn" label={t('catalogue.nameEn')} rules={[{ max: 300 }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="descriptionZh" label={t('catalogue.descriptionZh')} rules={[{ max: 4000 }]}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.Item name="descriptionEn" label={t('catalogue.descriptionEn')} rules={[{ max: 8000 }]}>
          <Input.TextArea rows={3} maxLength={8000} />
        </Form.Item>
        <Form.Item name="pick" label={t('sites.form.chainPick')}>
          <ChainPicker />
        </Form.Item>
        <Form.Item name="chain" label={t('catalogue.chain')} rules={[{ max: 100 }]} extra={t('sites.form.chainText')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="investmentWan" label={t('catalogue.investment')} rules={[amountRule]}>
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item name="landMu" label={t('catalogue.land')} rules={[amountRule]}>
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item name="hostUnitId" label={t('catalogue.host')} rules={[{ required: true }]}>
          <Select<number> showSearch={{ optionFilterProp: 'label' }} loading={units.loading} options={units.options} />
        </Form.Item>
        <Form.Item name="contact" label={t('catalogue.contact')} rules={[{ max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="status" label={t('catalogue.status')}>
          <Select
            options={[
              { value: 'offered', label: t('catalogue.status.offered') },
              { value: 'in_talks', label: t('catalogue.status.in_talks') },
            ]}
          />
        </Form.Item>
        <Form.Item name="sourceEventId" label={t('catalogue.event')}>
          <EventSelect current={entry?.sourceEvent ?? null} />
        </Form.Item>
        <Form.Item name="leadId" label={t('catalogue.lead')} extra={t('catalogue.leadHint')}>
          <LeadSelect current={entry?.lead ?? null} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** From Form.Item: the field's id (its label points at it), its value and its setter. */
type PickProps = { id?: string; value?: number | null; onChange?: (v: number | null) => void };

/** The event an entry came from: a server search over the events (the latest 20 before anything is typed). */
function EventSelect({
  current,
  value,
  onChange,
  ...props
}: PickProps & { current: { id: number; name: string } | null }) {
  const { t } = useI18n();
  const search = useSearchText();
  const events = useEvents({ q: search.q || undefined, sort: 'startsOn', desc: 'true', page: 1, pageSize: 20 });
  return (
    <SearchSelect
      {...props}
      {...search}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      current={current ? { value: current.id, label: current.name } : undefined}
      options={(events.data?.items ?? []).map((e) => ({ value: e.id, label: `${e.name}（${e.startsOn}）` }))}
      isFetching={events.isFetching}
      placeholder={t('catalogue.eventPlaceholder')}
      typeToSearch={t('catalogue.eventPlaceholder')}
      notFound={t('catalogue.eventNotFound')}
    />
  );
}

/** The lead an entry answers: a server search over the leads by the investor's name (the latest 20 before anything is typed). */
function LeadSelect({
  current,
  value,
  onChange,
  ...props
}: PickProps & { current: { id: number; companyName: string } | null }) {
  const { t } = useI18n();
  const search = useSearchText();
  const leads = useLeads({ q: search.q || undefined, page: 1, pageSize: 20 });
  return (
    <SearchSelect
      {...props}
      {...search}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      current={current ? { value: current.id, label: current.companyName } : undefined}
      options={(leads.data?.items ?? []).map((l) => ({
        value: l.id,
        label: `${l.company.name}（${l.reportingUnit.name} ${l.reportedOn}）`,
      }))}
      isFetching={leads.isFetching}
      placeholder={t('catalogue.leadPlaceholder')}
      typeToSearch={t('catalogue.leadPlaceholder')}
      notFound={t('catalogue.leadNotFound')}
    />
  );
}
