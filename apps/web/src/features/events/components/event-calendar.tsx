import { Badge, Calendar, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { DATE_FORMAT, shanghaiToday } from '../../../components/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { type EventItem, useEvents } from '../api.ts';

const SHOWN_PER_DAY = 3;

/** A month of events: each day lists the events running on it (first three, then "n more"). */
export function EventCalendar() {
  const { t } = useI18n();
  const [month, setMonth] = useState<Dayjs>(shanghaiToday);
  // The grid shows six weeks around the month: ask for the days it shows.
  const first = month.startOf('month').startOf('week');
  const last = first.add(41, 'day');
  const events = useEvents({
    from: first.format(DATE_FORMAT),
    to: last.format(DATE_FORMAT),
    pageSize: 500,
    page: 1,
    sort: 'startsOn',
    desc: 'false',
  });
  if (events.error) return <ErrorAlert error={events.error} onRetry={() => void events.refetch()} />;
  const on = (day: Dayjs): EventItem[] => {
    const d = day.format(DATE_FORMAT);
    return (events.data?.items ?? []).filter((e) => e.startsOn <= d && d <= e.endsOn);
  };
  return (
    <Calendar
      value={month}
      onPanelChange={(d) => setMonth(d)}
      onSelect={(d) => setMonth(d)}
      cellRender={(day, info) => {
        if (info.type !== 'date') return info.originNode;
        const list = on(day);
        if (!list.length) return null;
        return (
          <Space direction="vertical" size={0} style={{ width: '100%' }}>
            {list.slice(0, SHOWN_PER_DAY).map((e) => (
              <Link key={e.id} to={`/events/${e.id}`} style={{ display: 'block' }}>
                <Badge
                  status={e.cancelled ? 'default' : e.level === 'city_major' ? 'error' : 'processing'}
                  text={
                    <Typography.Text delete={e.cancelled} ellipsis style={{ maxWidth: 140 }}>
                      {e.name}
                    </Typography.Text>
                  }
                />
              </Link>
            ))}
            {list.length > SHOWN_PER_DAY && (
              <Typography.Text type="secondary">
                {t('events.moreInMonth', { count: list.length - SHOWN_PER_DAY })}
              </Typography.Text>
            )}
          </Space>
        );
      }}
    />
  );
}
