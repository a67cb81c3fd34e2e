import { EVENT_KINDS, EVENT_LEVELS, EVENT_REGIONS } from '@zhaoshang/shared';
import { App, DatePicker, Form, Input, Modal, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DATE_FORMAT } from '../../../components/format.ts';
import { useListChangeError } from '../../../components/stale-save.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { useUnitOptions } from '../../org/hooks/use-unit-options.ts';
import { type EventInput, type EventItem, useCampaigns, useSaveEvent } from '../api.ts';
import { useEventLabels } from './event-labels.ts';

type Values = Omit<EventInput, 'startsOn' | 'endsOn'> & { dates: [Dayjs, Dayjs] };
const FIELDS = [
  'name',
  'kind',
  'level',
  'place',
  'region',
  'campaignId',
  'dates',
  'organiserUnitIds',
  'notes',
] as const;

/** Records or edits an event; a unit records the events it organises (its own unit is preset). */
export function EventFormModal({ event, onClose }: { event?: EventItem; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const me = useSessionUser();
  const [form] = Form.useForm<Values>();
  const units = useUnitOptions();
  const campaigns = useCampaigns();
  const labels = useEventLabels();
  const save = useSaveEvent();
  const handleError = useListChangeError();

  const submit = ({ dates, ...values }: Values) =>
    save.mutate(
      {
        id: event?.id,
        version: event?.version,
        input: {
          ...values,
          place: values.place?.trim() || null,
          notes: values.notes?.trim() || null,
          region: values.region ?? null,
          campaignId: values.campaignId ?? null,
          startsOn: dates[0].format(DATE_FORMAT),
          endsOn: dates[1].format(DATE_FORMAT),
        },
      },
      {
        onSuccess: () => {
          message.success(t('events.saved', { name: values.name }));
          onClose();
        },
        onError: (error) =>
          handleError(error, { form, fields: FIELDS, aliases: { startsOn: 'dates', endsOn: 'dates' } }),
      },
    );

  return (
    <Modal
      open
      title={t(event ? 'events.edit' : 'events.new')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
      width={640}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          event
            ? {
                name: event.name,
                kind: event.kind,
                level: event.level,
                place: event.place,
                region: event.region,
                campaignId: event.campaign?.id ?? null,
                dates: [dayjs(event.startsOn), dayjs(event.endsOn)],
                organiserUnitIds: event.organisers.map((o) => o.id),
                cancelled: event.cancelled,
                notes: event.notes,
              }
            : { kind: 'promotion', level: 'local', organiserUnitIds: me.role === 'office' ? [] : [me.unit.id] }
        }
        onFinish={submit}
      >
        <Form.Item name="name" label={t('events.name')} rules={[{ required: true, max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="kind" label={t('events.kind')} rules={[{ required: true }]}>
          <Select options={EVENT_KINDS.map((k) => ({ value: k, label: labels.kind(k) }))} />
        </Form.Item>
        <Form.Item name="level" label={t('events.level')} rules={[{ required: true }]}>
          <Select options={EVENT_LEVELS.map((l) => ({ value: l, label: labels.level(l) }))} />
        </Form.Item>
        <Form.Item name="dates" label={t('events.dates')} rules={[{ required: true }]}>
          <DatePicker.RangePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="organiserUnitIds" label={t('events.organisers')} rules={[{ required: true }]}>
          <Select<number[]>
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            loading={units.loading}
            options={units.options}
          />
        </Form.Item>
        <Form.Item name="place" label={t('events.place')} rules={[{ max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="region" label={t('events.region')}>
          <Select allowClear options={EVENT_REGIONS.map((r) => ({ value: r, label: labels.region(r) }))} />
        </Form.Item>
        <Form.Item name="campaignId" label={t('events.campaign')}>
          <Select<number>
            allowClear
            loading={campaigns.isPending}
            options={(campaigns.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
        {event && (
          <Form.Item name="cancelled" label={t('events.cancelled')} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
        <Form.Item name="notes" label={t('events.notes')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
