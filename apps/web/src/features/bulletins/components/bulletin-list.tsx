import { FileAddOutlined } from '@ant-design/icons';
import { Button, Card, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDateTime } from '../../../components/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { isoOf } from '../../projects/project-format.ts';
import type { BulletinSummary } from '../api.ts';
import { useBulletins } from '../api.ts';
import { shortHash } from '../bulletin-format.ts';
import { canDraftBulletins } from '../bulletin-policy.ts';
import { BulletinStatusTag, bulletinTitle } from './bulletin-status-tag.tsx';
import { DraftBulletinModal } from './draft-bulletin-modal.tsx';

/** /bulletins: every bulletin (units see the published ones), newest first; the office drafts a month from here. */
export function BulletinList() {
  const { t } = useI18n();
  const me = useSessionUser();
  const list = useBulletins();
  const [drafting, setDrafting] = useState(false);
  const canDraft = canDraftBulletins(me.role);
  const dash = <Typography.Text type="secondary">—</Typography.Text>;

  const columns: TableColumnsType<BulletinSummary> = [
    {
      title: t('bulletin.col.title'),
      key: 'title',
      width: 200,
      render: (_, b) => (
        <Link to={`/bulletins/${b.id}`} style={{ whiteSpace: 'nowrap' }}>
          {bulletinTitle(b, t)}
        </Link>
      ),
    },
    {
      title: t('bulletin.col.period'),
      key: 'period',
      width: 220,
      render: (_, b) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {t('bulletin.periodRange', { from: b.periodFrom, to: b.periodTo })}
        </span>
      ),
    },
    { title: t('common.status'), key: 'status', width: 100, render: (_, b) => <BulletinStatusTag status={b.status} /> },
    {
      title: t('bulletin.col.published'),
      key: 'published',
      width: 220,
      render: (_, b) =>
        b.status === 'published' ? (
          <span style={{ whiteSpace: 'nowrap' }}>
            {b.publishedBy ?? '—'} · {formatDateTime(isoOf(b.publishedAt ?? ''))}
          </span>
        ) : (
          dash
        ),
    },
    {
      title: t('bulletin.col.hash'),
      key: 'hash',
      width: 180,
      render: (_, b) =>
        b.hash ? (
          <Typography.Text code copyable={{ text: b.hash }} title={b.hash}>
            {shortHash(b.hash)}
          </Typography.Text>
        ) : (
          dash
        ),
    },
    {
      title: t('bulletin.col.createdAt'),
      key: 'createdAt',
      width: 160,
      render: (_, b) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(isoOf(b.createdAt))}</span>,
    },
  ];

  return (
    <Card
      title={t('nav.bulletins')}
      extra={
        canDraft ? (
          <Button type="primary" icon={<FileAddOutlined />} onClick={() => setDrafting(true)}>
            {t('bulletin.draft')}
          </Button>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary">{t('bulletin.listIntro')}</Typography.Paragraph>
      {list.error ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      <Table<BulletinSummary>
        rowKey="id"
        columns={columns}
        dataSource={list.data ?? []}
        loading={list.isLoading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t(canDraft ? 'bulletin.emptyOffice' : 'bulletin.empty') }}
      />
      <DraftBulletinModal open={drafting} onClose={() => setDrafting(false)} />
    </Card>
  );
}
