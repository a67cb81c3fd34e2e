import { App, Select, Typography } from 'antd';
import { useSearchText } from '../../../components/search-select.tsx';
import { useErrorToast } from '../../../components/use-error-toast.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useAttributeEvent, useEvents } from '../api.ts';

/**
 * The event a lead or project came from. Whoever may attribute it picks from a server search
 * over every event (the latest 20 before anything is typed); others read the event's name.
 */
export function SourceEventPicker({
  what,
  id,
  value,
  editable,
}: {
  what: 'leads' | 'projects';
  id: number;
  value: { id: number; name: string } | null;
  editable: boolean;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useErrorToast();
  const { q, onSearch } = useSearchText();
  const events = useEvents({ q: q || undefined, sort: 'startsOn', desc: 'true', page: 1, pageSize: 20 }, editable);
  const attribute = useAttributeEvent(what);
  if (!editable)
    return value ? (
      <Typography.Text>{value.name}</Typography.Text>
    ) : (
      <Typography.Text type="secondary">—</Typography.Text>
    );
  const options = (events.data?.items ?? []).map((e) => ({ value: e.id, label: `${e.startsOn} ${e.name}` }));
  if (value && !options.some((o) => o.value === value.id)) options.unshift({ value: value.id, label: value.name });
  return (
    <Select<number>
      aria-label={t('events.sourceEvent')}
      style={{ minWidth: 240, width: '100%' }}
      size="small"
      allowClear
      showSearch={{ filterOption: false, onSearch }}
      placeholder={t('events.pickEvent')}
      loading={events.isFetching || attribute.isPending}
      value={value?.id}
      options={options}
      notFoundContent={t('events.noEvents')}
      onChange={(eventId) =>
        attribute.mutate(
          { id, eventId: eventId ?? null },
          { onSuccess: () => message.success(t('events.attributed')), onError: (e) => showError(e) },
        )
      }
    />
  );
}
