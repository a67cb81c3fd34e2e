import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Descriptions, Drawer, Popconfirm, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useListChangeError } from '../../../components/stale-save.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { type ChainTarget, type SegmentOfMap, useDeleteTarget, useTargets } from '../api.ts';
import { TargetFormModal } from './target-form-modal.tsx';

/** The targets of a segment, kept by the office: add, edit, delete (each with its version). */
export function TargetsDrawer({ segment, onClose }: { segment: SegmentOfMap; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const targets = useTargets(segment.id);
  const remove = useDeleteTarget();
  const handleError = useListChangeError();
  const [editing, setEditing] = useState<ChainTarget | 'new' | null>(null);
  return (
    <Drawer open width={720} title={t('chains.targetsOf', { segment: segment.name })} onClose={onClose}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Descriptions
          size="small"
          column={1}
          items={[{ key: 'unit', label: t('chains.responsibleUnit'), children: segment.responsibleUnit?.name ?? '—' }]}
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('chains.newTarget')}
        </Button>
        <Table<ChainTarget>
          rowKey="id"
          size="small"
          loading={targets.isFetching}
          dataSource={targets.data ?? []}
          pagination={false}
          columns={[
            { title: t('chains.targetName'), dataIndex: 'name' },
            {
              title: t('chains.targetTags'),
              render: (_, r) => r.tags.map((tag) => <Tag key={tag}>{tag}</Tag>),
            },
            { title: t('chains.uscc'), dataIndex: 'uscc' },
            { title: t('chains.notes'), dataIndex: 'notes', ellipsis: true },
            {
              title: t('common.actions'),
              render: (_, r) => (
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => setEditing(r)}>
                    {t('common.edit')}
                  </Button>
                  <Popconfirm
                    title={t('chains.deleteTargetConfirm', { name: r.name })}
                    onConfirm={() =>
                      remove.mutate(
                        { id: r.id, version: r.version },
                        { onSuccess: () => message.success(t('chains.deleted')), onError: (e) => handleError(e) },
                      )
                    }
                  >
                    <Button type="link" size="small" danger>
                      {t('chains.delete')}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
            },
          ]}
        />
      </Space>
      {editing && (
        <TargetFormModal
          segmentId={segment.id}
          target={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Drawer>
  );
}
