import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { EmptyList } from '../../../components/empty-list.tsx';
import { dayOf } from '../../../components/format.ts';
import { PagedTable, pagedLocally, usePagedSearch } from '../../../components/paged-table.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import type { Blocker } from '../api.ts';
import { useBlockers } from '../api.ts';
import { canRaiseBlocker, canResolveBlocker } from '../blocker-policy.ts';
import { useBlockerColumns } from './blocker-columns.tsx';
import { BlockerFilters, type BlockerFilterValues } from './blocker-filters.tsx';
import { BlockerRaiseModal } from './blocker-raise-modal.tsx';
import { BlockerResolveModal } from './blocker-resolve-modal.tsx';

const STATE_KEYS = ['status', 'overdue', 'escalated', 'majorOnly', 'unitId'] as const;
const flag = (on: boolean) => (on ? 'true' : undefined);

/** 问题协调: the blockers raised on projects, who must resolve them and by when. */
export function BlockerList() {
  const { t } = useI18n();
  const me = useSessionUser();
  const { filters: state, setFilters: setState, paging, setPaging } = usePagedSearch(STATE_KEYS);
  const [raising, setRaising] = useState(false);
  const [resolving, setResolving] = useState<Blocker>();

  const filters: BlockerFilterValues = {
    status: state.status === 'open' || state.status === 'resolved' ? state.status : undefined,
    overdue: state.overdue === 'true',
    escalated: state.escalated === 'true',
    majorOnly: state.majorOnly === 'true',
    responsibleUnitId: state.unitId ? Number(state.unitId) : undefined,
  };
  const blockers = useBlockers({
    status: filters.status,
    overdue: flag(filters.overdue),
    escalated: flag(filters.escalated),
    majorOnly: flag(filters.majorOnly),
    responsibleUnitId: filters.responsibleUnitId,
  });

  // Only the filters that changed are written, so clearing a select clears just that one.
  const onFilter = (changes: Partial<BlockerFilterValues>) => {
    const next: Partial<Record<(typeof STATE_KEYS)[number], string | number | undefined>> = {};
    if ('status' in changes) next.status = changes.status;
    if ('responsibleUnitId' in changes) next.unitId = changes.responsibleUnitId;
    if (changes.overdue !== undefined) next.overdue = flag(changes.overdue);
    if (changes.escalated !== undefined) next.escalated = flag(changes.escalated);
    if (changes.majorOnly !== undefined) next.majorOnly = flag(changes.majorOnly);
    setState(next);
  };

  const columns: TableColumnsType<Blocker> = [
    ...useBlockerColumns(),
    {
      title: t('common.status'),
      key: 'status',
      render: (_, b) => (
        <div style={{ whiteSpace: 'nowrap' }}>
          <Tag color={b.status === 'open' ? 'processing' : 'success'}>{t(`work.blockerStatus.${b.status}`)}</Tag>
          <div style={{ marginTop: 4 }}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {b.resolvedAt
                ? t('work.resolvedAt', { date: dayOf(b.resolvedAt) })
                : t('work.raisedAt', { date: dayOf(b.raisedAt) })}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_, b) =>
        canResolveBlocker(me, b) ? (
          <Button type="link" size="small" onClick={() => setResolving(b)}>
            {t('work.resolve')}
          </Button>
        ) : null,
    },
  ];

  const details = (b: Blocker) => (
    <Descriptions size="small" column={1}>
      <Descriptions.Item label={t('work.description')}>
        <span style={{ whiteSpace: 'pre-wrap' }}>{b.description}</span>
      </Descriptions.Item>
      {b.resolution ? (
        <Descriptions.Item label={t('work.resolution')}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{b.resolution}</span>
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );

  return (
    <Card
      title={t('nav.blockers')}
      extra={
        canRaiseBlocker(me.role) ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRaising(true)}>
            {t('work.raiseBlocker')}
          </Button>
        ) : null
      }
    >
      <BlockerFilters values={filters} onChange={onFilter} />
      <PagedTable<Blocker>
        rowKey="id"
        columns={columns}
        query={pagedLocally(blockers, paging)}
        paging={paging}
        onPaging={setPaging}
        expandable={{ expandedRowRender: details }}
        locale={{ emptyText: <EmptyList text={t('work.emptyBlockers')} /> }}
      />
      <BlockerResolveModal blocker={resolving} onClose={() => setResolving(undefined)} />
      {canRaiseBlocker(me.role) ? <BlockerRaiseModal open={raising} onClose={() => setRaising(false)} /> : null}
    </Card>
  );
}
