import { Tag } from 'antd';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useEvent } from '../api.ts';

/** A list filtered by its source event (an event's yield clicked down): says which, and clears. */
export function EventFilterTag({ eventId, onClear }: { eventId: number; onClear: () => void }) {
  const { t } = useI18n();
  const event = useEvent(eventId);
  const name = event.data?.event.name ?? (event.isError ? t('events.unknownEvent', { id: eventId }) : '…');
  return (
    <Tag color="purple" closable onClose={onClear} style={{ marginInlineEnd: 0 }}>
      {t('events.sourceEvent')}：{name}
    </Tag>
  );
}
