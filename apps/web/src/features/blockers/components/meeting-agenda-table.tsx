import { Button, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { EmptyList } from '../../../components/empty-list.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { MeetingItem } from '../api.ts';
import { BlockerCategoryTag, BlockerDue } from './blocker-columns.tsx';

/**
 * A meeting's agenda as the minutes read: project, the problem in full, who and by when,
 * and the decision. Kept to five columns so the decision stays on screen and on paper.
 */
export function MeetingAgendaTable({
  items,
  loading,
  onDecide,
}: {
  items: MeetingItem[];
  loading: boolean;
  /** Given only while decisions may be recorded. */
  onDecide?: (item: MeetingItem) => void;
}) {
  const { t } = useI18n();
  const columns: TableColumnsType<MeetingItem> = [
    { title: '#', key: 'index', width: 44, render: (_, __, index) => index + 1 },
    {
      title: t('work.projectAndCategory'),
      key: 'project',
      width: 200,
      render: (_, { blocker }) => (
        <Space orientation="vertical" size={4}>
          <Link to={`/projects/${blocker.project.id}`}>{blocker.project.name}</Link>
          <span>
            <BlockerCategoryTag category={blocker.category} />
            {blocker.project.major ? <Tag color="volcano">{t('work.major')}</Tag> : null}
          </span>
        </Space>
      ),
    },
    {
      title: t('work.description'),
      key: 'description',
      width: 260,
      render: (_, { blocker }) => <span style={{ whiteSpace: 'pre-wrap' }}>{blocker.description}</span>,
    },
    {
      title: t('work.responsibleAndDue'),
      key: 'unit',
      render: (_, { blocker }) => (
        <Space orientation="vertical" size={4}>
          <span>{blocker.responsibleUnit.name}</span>
          <BlockerDue blocker={blocker} />
          {blocker.status === 'resolved' ? <Tag color="success">{t('work.blockerStatus.resolved')}</Tag> : null}
        </Space>
      ),
    },
    {
      title: t('work.decision'),
      key: 'decision',
      width: 280,
      render: (_, item) =>
        item.decision ? (
          <span style={{ whiteSpace: 'pre-wrap' }}>{item.decision}</span>
        ) : (
          <Typography.Text type="secondary">{t('work.undecided')}</Typography.Text>
        ),
    },
  ];
  if (onDecide) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      className: 'zs-no-print',
      render: (_, item) => (
        <Button type="link" size="small" onClick={() => onDecide(item)}>
          {item.decision ? t('work.changeDecision') : t('work.recordDecision')}
        </Button>
      ),
    });
  }
  return (
    <Table<MeetingItem>
      rowKey={(item) => item.blocker.id}
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={items}
      locale={{ emptyText: <EmptyList text={t('work.emptyAgenda')} /> }}
      pagination={false}
      scroll={{ x: 'max-content' }}
    />
  );
}
