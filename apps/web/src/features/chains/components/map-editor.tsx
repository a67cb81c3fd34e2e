import { PlusOutlined } from '@ant-design/icons';
import { CHAIN_GROUP_KIND_LABELS, CHAIN_STREAM_LABELS } from '@zhaoshang/shared';
import { Alert, App, Button, Card, Descriptions, Empty, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useListChangeError } from '../../../components/stale-save.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useUnitOptions } from '../../org/hooks/use-unit-options.ts';
import { type ChainMap, type ChainOfMap, type GroupOfMap, type SegmentOfMap, useDeleteSegment } from '../api.ts';
import { ChainFormModal } from './chain-form-modal.tsx';
import { GroupFormModal } from './group-form-modal.tsx';
import { SegmentFormModal } from './segment-form-modal.tsx';
import { TargetsDrawer } from './targets-drawer.tsx';

/** What the editor has open: one form or the targets of a segment. */
type Editing =
  | { kind: 'group'; group?: GroupOfMap }
  | { kind: 'chain'; chain?: ChainOfMap; groupId?: number }
  | { kind: 'segment'; segment?: SegmentOfMap; chainId?: number }
  | { kind: 'targets'; segmentId: number };

const tagsOr = (names: string[]) => (names.length ? names.map((n) => <Tag key={n}>{n}</Tag>) : '—');

function SegmentsOfChain({ chain, onEdit }: { chain: ChainOfMap; onEdit: (e: Editing) => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const remove = useDeleteSegment();
  const handleError = useListChangeError();
  const nameOf = (id: number | null) => chain.segments.find((s) => s.id === id)?.name ?? '';
  return (
    <Table<SegmentOfMap>
      rowKey="id"
      size="small"
      dataSource={chain.segments}
      pagination={false}
      locale={{ emptyText: t('chains.noSegments') }}
      columns={[
        { title: t('chains.segment'), dataIndex: 'name' },
        { title: t('chains.stream'), render: (_, s) => CHAIN_STREAM_LABELS[s.stream][lang] },
        { title: t('chains.parentSegment'), render: (_, s) => nameOf(s.parentId) },
        { title: t('chains.responsibleUnit'), render: (_, s) => s.responsibleUnit?.name ?? '' },
        { title: t('chains.targets'), align: 'right', render: (_, s) => s.numbers.targets },
        {
          title: t('common.actions'),
          render: (_, s) => (
            <Space size={0}>
              <Button
                type="link"
                size="small"
                onClick={() => onEdit({ kind: 'segment', segment: s, chainId: chain.id })}
              >
                {t('common.edit')}
              </Button>
              <Button type="link" size="small" onClick={() => onEdit({ kind: 'targets', segmentId: s.id })}>
                {t('chains.targets')}
              </Button>
              <Popconfirm
                title={t('chains.deleteSegmentConfirm', { name: s.name })}
                onConfirm={() =>
                  remove.mutate(
                    { id: s.id, version: s.version },
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
  );
}

function ChainBlock({ chain, onEdit }: { chain: ChainOfMap; onEdit: (e: Editing) => void }) {
  const { t } = useI18n();
  const units = useUnitOptions();
  const unitName = (id: number) => units.options.find((o) => o.value === id)?.label ?? String(id);
  return (
    <Card
      size="small"
      type="inner"
      title={chain.name}
      extra={
        <Space>
          <Button size="small" onClick={() => onEdit({ kind: 'chain', chain })}>
            {t('common.edit')}
          </Button>
          <Button size="small" icon={<PlusOutlined />} onClick={() => onEdit({ kind: 'segment', chainId: chain.id })}>
            {t('chains.newSegment')}
          </Button>
        </Space>
      }
    >
      <Descriptions
        size="small"
        column={3}
        items={[
          { key: 'expert', label: t('chains.chiefExpert'), children: chain.chiefExpert ?? '—' },
          { key: 'tanks', label: t('chains.thinkTanks'), children: tagsOr(chain.thinkTanks) },
          {
            key: 'units',
            label: t('chains.designatedUnits'),
            children: tagsOr(chain.designatedUnitIds.map(unitName)),
          },
        ]}
      />
      <SegmentsOfChain chain={chain} onEdit={onEdit} />
    </Card>
  );
}

/** The office keeps the map here: groups, chains (with designated hosts), segments and their targets. */
export function MapEditor({ map }: { map: ChainMap }) {
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState<Editing | null>(null);
  const close = () => setEditing(null);
  const segments = map.groups.flatMap((g) => g.chains.flatMap((c) => c.segments.map((s) => ({ ...s, chainId: c.id }))));
  const targetsOf = editing?.kind === 'targets' ? segments.find((s) => s.id === editing.segmentId) : undefined;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Alert type="info" showIcon message={t('chains.editHint')} />
      <Space>
        <Button icon={<PlusOutlined />} onClick={() => setEditing({ kind: 'group' })}>
          {t('chains.newGroup')}
        </Button>
        {map.groups.length > 0 && (
          <Button icon={<PlusOutlined />} onClick={() => setEditing({ kind: 'chain' })}>
            {t('chains.newChain')}
          </Button>
        )}
      </Space>
      {map.groups.length === 0 && <Empty description={t('chains.noGroups')} />}
      {map.groups.map((g) => (
        <Card
          key={g.id}
          size="small"
          title={
            <Space>
              {g.name}
              <Typography.Text type="secondary">{CHAIN_GROUP_KIND_LABELS[g.kind][lang]}</Typography.Text>
            </Space>
          }
          extra={
            <Space>
              <Button size="small" onClick={() => setEditing({ kind: 'group', group: g })}>
                {t('common.edit')}
              </Button>
              <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing({ kind: 'chain', groupId: g.id })}>
                {t('chains.newChain')}
              </Button>
            </Space>
          }
        >
          <Space direction="vertical" style={{ width: '100%' }}>
            {g.chains.length === 0 && <Typography.Text type="secondary">{t('chains.noChains')}</Typography.Text>}
            {g.chains.map((c) => (
              <ChainBlock key={c.id} chain={c} onEdit={setEditing} />
            ))}
          </Space>
        </Card>
      ))}
      {editing?.kind === 'group' && <GroupFormModal group={editing.group} onClose={close} />}
      {editing?.kind === 'chain' && (
        <ChainFormModal map={map} chain={editing.chain} groupId={editing.groupId} onClose={close} />
      )}
      {editing?.kind === 'segment' && (
        <SegmentFormModal map={map} segment={editing.segment} chainId={editing.chainId} onClose={close} />
      )}
      {targetsOf && <TargetsDrawer segment={targetsOf} onClose={close} />}
    </Space>
  );
}
