import { PlusOutlined } from '@ant-design/icons';
import { Button, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { EmptyList } from '../../../components/empty-list.tsx';
import { dayOf } from '../../../components/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import type { ProjectBlocker } from '../../projects/api.ts';
import type { Blocker } from '../api.ts';
import { canRaiseBlocker, canResolveBlocker } from '../blocker-policy.ts';
import { BlockerCategoryTag, BlockerDue, RoutedUnit } from './blocker-columns.tsx';
import { BlockerRaiseModal } from './blocker-raise-modal.tsx';
import { BlockerResolveModal } from './blocker-resolve-modal.tsx';

/**
 * A project's blockers on its page, raised and resolved with the same dialogs as the
 * blockers list (问题清单), which shows every project's.
 */
export function ProjectBlockers({ project, blockers }: { project: Blocker['project']; blockers: ProjectBlocker[] }) {
  const { t } = useI18n();
  const me = useSessionUser();
  const [raising, setRaising] = useState(false);
  const [resolving, setResolving] = useState<Blocker>();
  // The project page sends its blockers without the project they belong to: it is this one.
  const rows: Blocker[] = blockers.map((b) => ({ ...b, project, resolvedAt: null }));

  const columns: TableColumnsType<Blocker> = [
    {
      title: t('work.category'),
      key: 'category',
      width: 110,
      render: (_, b) => <BlockerCategoryTag category={b.category} />,
    },
    {
      title: t('work.description'),
      dataIndex: 'description',
      render: (text: string) => (
        <Typography.Paragraph
          style={{ margin: 0, whiteSpace: 'pre-wrap' }}
          ellipsis={{ rows: 3, expandable: 'collapsible' }}
        >
          {text}
        </Typography.Paragraph>
      ),
    },
    { title: t('work.responsibleUnit'), key: 'unit', width: 170, render: (_, b) => <RoutedUnit blocker={b} /> },
    { title: t('work.dueOn'), key: 'dueOn', width: 130, render: (_, b) => <BlockerDue blocker={b} /> },
    {
      title: t('common.status'),
      key: 'status',
      width: 130,
      render: (_, b) => (
        <div style={{ whiteSpace: 'nowrap' }}>
          <Tag color={b.status === 'open' ? 'processing' : 'success'}>{t(`work.blockerStatus.${b.status}`)}</Tag>
          <div style={{ marginTop: 4 }}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('work.raisedAt', { date: dayOf(b.raisedAt) })}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    {
      title: t('work.resolution'),
      dataIndex: 'resolution',
      width: 220,
      render: (text: string | null) =>
        text ? (
          <Typography.Text ellipsis={{ tooltip: text }}>{text}</Typography.Text>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      render: (_, b) =>
        canResolveBlocker(me, b) ? (
          <Button type="link" size="small" onClick={() => setResolving(b)}>
            {t('work.resolve')}
          </Button>
        ) : null,
    },
  ];

  return (
    <>
      <Space style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }} wrap>
        <Link to="/blockers">{t('work.allBlockersLink')}</Link>
        {canRaiseBlocker(me.role) ? (
          <Button icon={<PlusOutlined />} onClick={() => setRaising(true)}>
            {t('work.raiseBlocker')}
          </Button>
        ) : null}
      </Space>
      <Table<Blocker>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 1000 }}
        locale={{ emptyText: <EmptyList text={t('work.noProjectBlockers')} /> }}
      />
      <BlockerResolveModal blocker={resolving} onClose={() => setResolving(undefined)} />
      {canRaiseBlocker(me.role) ? (
        <BlockerRaiseModal projectId={project.id} open={raising} onClose={() => setRaising(false)} />
      ) : null}
    </>
  );
}
