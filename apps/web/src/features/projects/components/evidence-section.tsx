import { DeleteOutlined, DownloadOutlined } from '@ant-design/icons';
import { App, Button, Collapse, Empty, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { apiUrl } from '../../../components/api-client.ts';
import { formatDateTime } from '../../../components/format.ts';
import { useErrorToast } from '../../../components/use-error-toast.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { Evidence, TimelineEntry } from '../api.ts';
import { useRemoveEvidence } from '../api.ts';
import { useProjectLabels } from '../hooks/use-project-labels.ts';
import { formatBytes, isoOf, shortSha } from '../project-format.ts';
import { EVIDENCED_STAGES } from '../stage-problems.ts';
import { EvidenceUploadButton } from './evidence-upload-button.tsx';

/** Evidence files by stage: upload per stage, download, remove (the removal stays in the history). */
export function EvidenceSection({
  projectId,
  timeline,
  evidence,
  canEdit,
}: {
  projectId: number;
  timeline: TimelineEntry[];
  evidence: Evidence[];
  canEdit: boolean;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { stageLabel } = useProjectLabels();
  const remove = useRemoveEvidence();
  const showError = useErrorToast();
  const [openStages, setOpenStages] = useState<string[]>(() =>
    timeline.filter((e) => e.evidenceCount > 0).map((e) => e.stage),
  );
  const reveal = (stage: string) => setOpenStages((open) => (open.includes(stage) ? open : [...open, stage]));

  const columns = [
    {
      title: t('project.evidence.file'),
      key: 'file',
      render: (_: unknown, e: Evidence) => (
        <a href={apiUrl(`/evidence/${e.id}`)} download={e.fileName} style={{ overflowWrap: 'anywhere' }}>
          <DownloadOutlined /> {e.fileName}
        </a>
      ),
    },
    { title: t('project.evidence.size'), dataIndex: 'sizeBytes', width: 100, render: (n: number) => formatBytes(n) },
    {
      title: t('project.evidence.uploadedBy'),
      dataIndex: 'uploadedBy',
      width: 120,
      render: (name: string | null) => name ?? '—',
    },
    {
      title: t('project.evidence.uploadedAt'),
      dataIndex: 'uploadedAt',
      width: 150,
      render: (at: string) => formatDateTime(isoOf(at)),
    },
    {
      title: 'SHA-256',
      dataIndex: 'sha256',
      width: 150,
      render: (sha: string) => (
        <Tooltip title={sha}>
          <Typography.Text code copyable={{ text: sha }}>
            {shortSha(sha)}
          </Typography.Text>
        </Tooltip>
      ),
    },
    ...(canEdit
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 80,
            render: (_: unknown, e: Evidence) => (
              <Popconfirm
                title={t('project.evidence.removeConfirm', { name: e.fileName })}
                okText={t('project.evidence.remove')}
                cancelText={t('common.cancel')}
                okButtonProps={{ danger: true }}
                onConfirm={() =>
                  remove.mutateAsync(e.id).then(
                    () => void message.success(t('project.evidence.removed', { name: e.fileName })),
                    (error) => showError(error),
                  )
                }
              >
                <Button
                  type="link"
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('project.evidence.remove')}
                />
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  const items = timeline.map((entry) => {
    const files = evidence.filter((e) => e.stage === entry.stage);
    const missing = entry.date !== null && files.length === 0 && EVIDENCED_STAGES.includes(entry.stage);
    return {
      key: entry.stage,
      label: (
        <Space wrap size={8}>
          <Typography.Text strong>{stageLabel(entry.stage)}</Typography.Text>
          <Typography.Text type="secondary">{entry.date ?? t('project.notReached')}</Typography.Text>
          <Tag>{t('project.timeline.evidence', { count: files.length })}</Tag>
          {missing ? <Tag color="warning">{t('project.timeline.noEvidence')}</Tag> : null}
        </Space>
      ),
      extra: canEdit ? (
        <EvidenceUploadButton projectId={projectId} stage={entry.stage} onUploaded={() => reveal(entry.stage)} />
      ) : undefined,
      children: files.length ? (
        <Table<Evidence>
          rowKey="id"
          size="small"
          pagination={false}
          columns={columns}
          dataSource={files}
          scroll={{ x: 760 }}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('project.evidence.none')} />
      ),
    };
  });

  return (
    <>
      <Typography.Paragraph type="secondary">{t('project.evidence.hint')}</Typography.Paragraph>
      <Collapse
        items={items}
        activeKey={openStages}
        onChange={(keys) => setOpenStages(Array.isArray(keys) ? keys : [keys])}
      />
    </>
  );
}
