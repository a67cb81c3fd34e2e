import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Progress, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { EmptyList } from '../../../components/empty-list.tsx';
import { formatDateTime, progressPercent } from '../../../components/format.ts';
import {
  ListFilters,
  matchesText,
  PagedTable,
  pagedLocally,
  usePagedSearch,
} from '../../../components/paged-table.tsx';
import { may } from '../../../components/policy.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { type Notice, useNotices } from '../api.ts';
import { NoticeSendModal } from './notice-send-modal.tsx';

const FILTER_KEYS = ['q'] as const;

/** The notices the user may see: the office's to every unit, or those to the user's own unit. */
export function NoticeList() {
  const { t } = useI18n();
  const me = useSessionUser();
  const notices = useNotices();
  const { filters, setFilters, paging, setPaging } = usePagedSearch(FILTER_KEYS);
  const [sending, setSending] = useState(false);
  const canSend = may(me, 'notice.send');
  const shown = { ...notices, data: notices.data?.filter((n) => matchesText(n.title, filters.q)) };

  const columns: TableColumnsType<Notice> = [
    { title: t('notice.title'), key: 'title', render: (_, n) => <Link to={`/notices/${n.id}`}>{n.title}</Link> },
    { title: t('notice.unit'), key: 'unit', render: (_, n) => n.unit.name },
    { title: t('notice.sentBy'), dataIndex: 'sentBy' },
    { title: t('notice.sentAt'), key: 'sentAt', render: (_, n) => formatDateTime(n.sentAt) },
    canSend || me.role === 'leader'
      ? {
          title: t('notice.readProgress'),
          key: 'read',
          width: 220,
          render: (_, n) => (
            <Progress
              percent={progressPercent(n.confirmed, n.recipients)}
              format={() => `${n.confirmed} / ${n.recipients}`}
              aria-label={t('notice.readCount', { confirmed: n.confirmed, recipients: n.recipients })}
            />
          ),
        }
      : {
          title: t('notice.readProgress'),
          key: 'mine',
          render: (_, n) =>
            n.myReadAt ? (
              <Tag color="green">{t('notice.confirmed')}</Tag>
            ) : (
              <Tag color="orange">{t('notice.unread')}</Tag>
            ),
        },
  ];

  return (
    <Card
      title={t('nav.notices')}
      extra={
        canSend ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setSending(true)}>
            {t('notice.send')}
          </Button>
        ) : null
      }
    >
      <ListFilters
        fields={[{ kind: 'search', key: 'q', label: t('notice.search') }]}
        values={filters}
        onChange={setFilters}
      />
      <PagedTable<Notice>
        rowKey="id"
        columns={columns}
        query={pagedLocally(shown, paging)}
        paging={paging}
        onPaging={setPaging}
        locale={{ emptyText: <EmptyList text={t('notice.empty')} /> }}
      />
      {canSend ? <NoticeSendModal open={sending} onClose={() => setSending(false)} /> : null}
    </Card>
  );
}
