import { EVENT_KINDS, EVENT_LEVELS, type EventKind } from '@zhaoshang/shared';
import { Input, Select, Space, type TableColumnsType, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { PagedTable, usePagedSearch } from '../../../components/paged-table.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { type EventItem, type EventListParams, useEvents } from '../api.ts';
import { KIND_COLORS, useEventLabels } from './event-labels.ts';

const FILTER_KEYS = ['kind', 'level', 'q'] as const;

/** The events as a server-paged list, newest first; filters and page live in the URL. */
export function EventList() {
  const { t, lang } = useI18n();
  const labels = useEventLabels();
  const { filters, paging, setFilters, setPaging } = usePagedSearch(FILTER_KEYS);
  const params: EventListParams = {
    kind: filters.kind,
    level: filters.level,
    q: filters.q,
    sort: 'startsOn',
    desc: paging.sort === 'startsOn' ? 'false' : 'true',
    page: paging.page,
    pageSize: paging.pageSize,
  };
  const events = useEvents(params);
  const columns: TableColumnsType<EventItem> = [
    {
      key: 'name',
      title: t('events.name'),
      render: (_, e) => (
        <Space size={4}>
          <Link to={`/events/${e.id}`}>{e.name}</Link>
          {e.cancelled && <Tag>{t('events.cancelled')}</Tag>}
        </Space>
      ),
    },
    {
      key: 'kind',
      title: t('events.kind'),
      render: (_, e) => <Tag color={KIND_COLORS[e.kind as EventKind]}>{labels.kind(e.kind)}</Tag>,
    },
    { key: 'level', title: t('events.level'), render: (_, e) => labels.level(e.level) },
    {
      key: 'startsOn',
      dataIndex: 'startsOn',
      title: t('events.dates'),
      sorter: true,
      render: (_, e) => (e.startsOn === e.endsOn ? e.startsOn : `${e.startsOn} ~ ${e.endsOn}`),
    },
    { key: 'place', title: t('events.place'), render: (_, e) => e.place ?? '—' },
    {
      key: 'organisers',
      title: t('events.organisers'),
      render: (_, e) => e.organisers.map((o) => o.name).join(lang === 'zh' ? '、' : ', '),
    },
    { key: 'campaign', title: t('events.campaign'), render: (_, e) => e.campaign?.name ?? '—' },
    { key: 'guests', title: t('events.guests'), align: 'right', render: (_, e) => e.guests },
  ];
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t('events.allKinds')}
          style={{ width: 180 }}
          value={filters.kind}
          onChange={(kind) => setFilters({ kind })}
          options={EVENT_KINDS.map((k) => ({ value: k, label: labels.kind(k) }))}
        />
        <Select
          allowClear
          placeholder={t('events.allLevels')}
          style={{ width: 160 }}
          value={filters.level}
          onChange={(level) => setFilters({ level })}
          options={EVENT_LEVELS.map((l) => ({ value: l, label: labels.level(l) }))}
        />
        <Input.Search
          allowClear
          placeholder={t('events.search')}
          defaultValue={filters.q}
          onSearch={(q) => setFilters({ q: q.trim() || undefined })}
          style={{ width: 240 }}
        />
        {events.data && (
          <Typography.Text type="secondary">{t('common.total', { total: events.data.total })}</Typography.Text>
        )}
      </Space>
      <PagedTable<EventItem>
        rowKey="id"
        query={events}
        paging={paging}
        onPaging={setPaging}
        columns={columns}
        size="middle"
      />
    </>
  );
}
