import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Progress, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { EmptyList } from '../../../components/empty-list.tsx';
import { progressPercent } from '../../../components/format.ts';
import {
  ListFilters,
  matchesText,
  PagedTable,
  pagedLocally,
  usePagedSearch,
} from '../../../components/paged-table.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import type { MeetingStatus, MeetingSummary } from '../api.ts';
import { useMeetings } from '../api.ts';
import { MEETING_STATUS_COLORS } from '../blocker-format.ts';
import { canManageMeetings } from '../blocker-policy.ts';
import { MeetingCreateModal } from './meeting-create-modal.tsx';

const FILTER_KEYS = ['q', 'status', 'year'] as const;

/** 联席会议: each meeting with how many of its agenda items have a decision. */
export function MeetingList() {
  const { t } = useI18n();
  const me = useSessionUser();
  const meetings = useMeetings();
  const { filters, setFilters, paging, setPaging } = usePagedSearch(FILTER_KEYS);
  const [creating, setCreating] = useState(false);
  // The meetings come whole: filtered here, then paged like a server list.
  const shown = {
    ...meetings,
    data: meetings.data?.filter(
      (m) =>
        matchesText(m.title, filters.q) &&
        (!filters.status || m.status === filters.status) &&
        (!filters.year || m.heldOn.startsWith(`${filters.year}-`)),
    ),
  };
  const years = [...new Set((meetings.data ?? []).map((m) => m.heldOn.slice(0, 4)))].sort().reverse();

  const columns: TableColumnsType<MeetingSummary> = [
    { title: t('work.meetingTitle'), key: 'title', render: (_, m) => <Link to={`/meetings/${m.id}`}>{m.title}</Link> },
    { title: t('work.heldOn'), dataIndex: 'heldOn' },
    {
      title: t('common.status'),
      dataIndex: 'status',
      render: (status: MeetingStatus) => (
        <Tag color={MEETING_STATUS_COLORS[status]}>{t(`work.meetingStatus.${status}`)}</Tag>
      ),
    },
    { title: t('work.agendaItems'), dataIndex: 'items', align: 'right' },
    {
      title: t('work.decidedProgress'),
      key: 'decided',
      width: 240,
      render: (_, m) => (
        <Progress
          percent={progressPercent(m.decided, m.items)}
          status={m.decided === m.items ? 'success' : 'normal'}
          format={() => `${m.decided} / ${m.items}`}
        />
      ),
    },
  ];

  return (
    <Card
      title={t('nav.meetings')}
      extra={
        canManageMeetings(me.role) ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('work.createMeeting')}
          </Button>
        ) : null
      }
    >
      <ListFilters
        fields={[
          { kind: 'search', key: 'q', label: t('work.searchMeetings') },
          {
            kind: 'select',
            key: 'status',
            label: t('common.status'),
            placeholder: t('work.allStatuses'),
            options: (Object.keys(MEETING_STATUS_COLORS) as MeetingStatus[]).map((status) => ({
              value: status,
              label: t(`work.meetingStatus.${status}`),
            })),
          },
          {
            kind: 'select',
            key: 'year',
            label: t('work.heldOn'),
            placeholder: t('work.allYears'),
            width: 120,
            options: years.map((year) => ({ value: year, label: year })),
          },
        ]}
        values={filters}
        onChange={setFilters}
      />
      <PagedTable<MeetingSummary>
        rowKey="id"
        columns={columns}
        query={pagedLocally(shown, paging)}
        paging={paging}
        onPaging={setPaging}
        locale={{ emptyText: <EmptyList text={t('work.emptyMeetings')} /> }}
      />
      {canManageMeetings(me.role) ? <MeetingCreateModal open={creating} onClose={() => setCreating(false)} /> : null}
    </Card>
  );
}
