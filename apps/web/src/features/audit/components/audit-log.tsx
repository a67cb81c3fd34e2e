import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, type TableColumnsType, Tag, Tooltip } from 'antd';
import { useMemo } from 'react';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDateTime } from '../../../components/format.ts';
import { useErrorToast } from '../../../components/use-error-toast.ts';
import { useSearchState } from '../../../components/use-search-state.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { AuditEntry, AuditFilters, AuditOutcome } from '../api.ts';
import { useAuditEntries, useExportAudit, useVerifyChain } from '../api.ts';
import { useAuditLabels } from '../hooks/use-audit-labels.ts';
import { AuditChainButton, AuditChainResult } from './audit-chain-check.tsx';
import { AuditEntryDetail } from './audit-entry-detail.tsx';
import { AuditFilterForm } from './audit-filters.tsx';

const STATE_KEYS = ['from', 'to', 'username', 'action', 'entityType', 'outcome', 'page', 'pageSize'] as const;

/** The audit trail for the auditor: filter, read each change, verify the chain, export. */
export function AuditLog() {
  const { t } = useI18n();
  const { actionLabel, entityLabel } = useAuditLabels();
  const showError = useErrorToast();
  const [state, setState] = useSearchState(STATE_KEYS);
  const verify = useVerifyChain();
  const exporter = useExportAudit();

  // Stable between renders: the filter form resets its fields when this object changes.
  const filters = useMemo<AuditFilters>(
    () => ({
      from: state.from,
      to: state.to,
      username: state.username,
      action: state.action,
      entityType: state.entityType,
      outcome: state.outcome as AuditOutcome | undefined,
    }),
    [state],
  );
  const applyFilters = (next: AuditFilters) =>
    setState({
      from: next.from,
      to: next.to,
      username: next.username,
      action: next.action,
      entityType: next.entityType,
      outcome: next.outcome,
    });
  const page = Number(state.page) || 1;
  const pageSize = Number(state.pageSize) || 20;
  const entries = useAuditEntries({ ...filters, page, pageSize });

  const columns: TableColumnsType<AuditEntry> = [
    {
      title: t('audit.time'),
      dataIndex: 'at',
      render: (at: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(at, true)}</span>,
    },
    { title: t('audit.user'), dataIndex: 'username', render: (v: string | null) => v ?? '—' },
    { title: t('audit.unit'), dataIndex: 'unitName', render: (v: string | null) => v ?? '—' },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      render: (action: string) => (
        <Tooltip title={action}>
          <span style={{ whiteSpace: 'nowrap' }}>{actionLabel(action)}</span>
        </Tooltip>
      ),
    },
    {
      title: t('audit.entity'),
      key: 'entity',
      render: (_, e) =>
        e.entityType ? (
          <span
            style={{ whiteSpace: 'nowrap' }}
          >{`${entityLabel(e.entityType)}${e.entityId ? ` #${e.entityId}` : ''}`}</span>
        ) : (
          '—'
        ),
    },
    {
      title: t('audit.outcome'),
      dataIndex: 'outcome',
      render: (outcome: AuditOutcome) =>
        outcome === 'success' ? (
          <Tag color="green">{t('audit.outcomeSuccess')}</Tag>
        ) : (
          <Tag color="red">{t('audit.outcomeFailure')}</Tag>
        ),
    },
    { title: t('audit.clientIp'), dataIndex: 'clientIp', render: (v: string | null) => v ?? '—' },
  ];

  return (
    <Card
      title={t('nav.audit')}
      extra={
        <Space>
          <AuditChainButton verify={verify} />
          <Button
            icon={<DownloadOutlined />}
            loading={exporter.isPending}
            onClick={() => exporter.mutate(filters, { onError: (error) => showError(error) })}
          >
            {t('audit.export')}
          </Button>
        </Space>
      }
    >
      <AuditChainResult verify={verify} />
      <AuditFilterForm filters={filters} onChange={applyFilters} />
      {entries.error ? (
        <ErrorAlert error={entries.error} onRetry={() => void entries.refetch()} />
      ) : (
        <Table<AuditEntry>
          rowKey="id"
          size="middle"
          loading={entries.isFetching}
          columns={columns}
          dataSource={entries.data?.items ?? []}
          expandable={{ expandedRowRender: (entry) => <AuditEntryDetail entry={entry} /> }}
          pagination={{
            current: page,
            pageSize,
            total: entries.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (nextPage, nextSize) =>
              setState({
                page: nextSize === pageSize ? nextPage : 1,
                pageSize: nextSize === 20 ? undefined : nextSize,
              }),
          }}
          scroll={{ x: 'max-content' }}
        />
      )}
    </Card>
  );
}
