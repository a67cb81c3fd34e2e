import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { useProjectLabels } from '../hooks/use-project-labels.ts';
import { canRaiseBlockers } from '../project-policy.ts';
import type { Blocker } from '../types.ts';
import { BlockerFormModal } from './blocker-form-modal.tsx';

/** The project's blockers, with the form to raise one; they are handled on the 问题清单 page. */
export function BlockerSection({ projectId, blockers }: { projectId: number; blockers: Blocker[] }) {
  const { t } = useI18n();
  const me = useSessionUser();
  const labels = useProjectLabels();
  const [raising, setRaising] = useState(false);

  const columns: TableColumnsType<Blocker> = [
    {
      title: t('project.blocker.category'),
      dataIndex: 'category',
      width: 110,
      render: (c: string) => <Tag>{labels.categoryLabel(c)}</Tag>,
    },
    {
      title: t('project.blocker.description'),
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
    { title: t('project.blocker.responsibleUnit'), key: 'unit', width: 170, render: (_, b) => b.responsibleUnit.name },
    {
      title: t('project.blocker.dueOn'),
      dataIndex: 'dueOn',
      width: 120,
      render: (due: string, b) => <Typography.Text type={b.overdue ? 'danger' : undefined}>{due}</Typography.Text>,
    },
    {
      title: t('common.status'),
      key: 'status',
      width: 150,
      render: (_, b) => (
        <Space size={4} wrap>
          {b.status === 'resolved' ? (
            <Tag color="success">{t('project.blocker.resolved')}</Tag>
          ) : (
            <Tag color={b.overdue ? 'error' : 'processing'}>
              {b.overdue ? t('project.blocker.overdue') : t('project.blocker.open')}
            </Tag>
          )}
          {b.escalated ? <Tag color="volcano">{t('project.blocker.escalated')}</Tag> : null}
        </Space>
      ),
    },
    {
      title: t('project.blocker.resolution'),
      dataIndex: 'resolution',
      width: 220,
      render: (text: string | null) =>
        text ? (
          <Typography.Text ellipsis={{ tooltip: text }}>{text}</Typography.Text>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
  ];

  return (
    <>
      <Space style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }} wrap>
        <Link to="/blockers">{t('project.blocker.allLink')}</Link>
        {canRaiseBlockers(me.role) ? (
          <Button icon={<PlusOutlined />} onClick={() => setRaising(true)}>
            {t('project.blocker.raise')}
          </Button>
        ) : null}
      </Space>
      <Table<Blocker>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={blockers}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('project.blocker.none')} /> }}
      />
      <BlockerFormModal projectId={projectId} open={raising} onClose={() => setRaising(false)} />
    </>
  );
}
