import { Button, Select, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDateTime } from '../../../components/format.ts';
import { useSearchState } from '../../../components/use-search-state.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { CONFLICT_STATUSES, type Conflict, type ConflictStatus, useConflicts } from '../api.ts';
import { canDecideConflicts } from '../filing-policy.ts';
import { ConflictDrawer } from './conflict-drawer.tsx';

const STATUS_COLORS: Record<ConflictStatus, string> = {
  open: 'red',
  assigned: 'blue',
  joint: 'purple',
  rejected: 'default',
};

/** Filing conflicts; the office opens an open one to decide it. */
export function ConflictList() {
  const { t } = useI18n();
  const me = useSessionUser();
  const [state, setState] = useSearchState(['conflictStatus'] as const);
  const status = state.conflictStatus as ConflictStatus | undefined;
  const conflicts = useConflicts(status);
  const [deciding, setDeciding] = useState<Conflict>();
  const canDecide = canDecideConflicts(me.role);

  const columns: TableColumnsType<Conflict> = [
    { title: t('conflict.company'), dataIndex: ['company', 'name'] },
    { title: t('conflict.holder'), dataIndex: ['holderUnit', 'name'] },
    { title: t('conflict.claimant'), dataIndex: ['claimantUnit', 'name'] },
    { title: t('conflict.createdAt'), dataIndex: 'createdAt', render: (at: string) => formatDateTime(at) },
    {
      title: t('common.status'),
      dataIndex: 'status',
      render: (s: ConflictStatus) => <Tag color={STATUS_COLORS[s]}>{t(`conflict.status.${s}`)}</Tag>,
    },
    ...(canDecide
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, c: Conflict) =>
              c.status === 'open' ? (
                <Button type="link" size="small" onClick={() => setDeciding(c)}>
                  {t('conflict.decide')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <>
      <Select<ConflictStatus>
        allowClear
        placeholder={t('conflict.allStatuses')}
        aria-label={t('common.status')}
        style={{ width: 150, marginBottom: 16 }}
        options={CONFLICT_STATUSES.map((s) => ({ value: s, label: t(`conflict.status.${s}`) }))}
        value={status}
        onChange={(next) => setState({ conflictStatus: next })}
      />
      {conflicts.error ? (
        <ErrorAlert error={conflicts.error} onRetry={() => void conflicts.refetch()} />
      ) : (
        <Table<Conflict>
          rowKey="id"
          size="middle"
          loading={conflicts.isFetching}
          columns={columns}
          dataSource={conflicts.data ?? []}
          pagination={{ showTotal: (total) => t('common.total', { total }) }}
          scroll={{ x: 'max-content' }}
        />
      )}
      {canDecide ? <ConflictDrawer conflict={deciding} onClose={() => setDeciding(undefined)} /> : null}
    </>
  );
}
