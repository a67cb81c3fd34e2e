import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Space, type TableColumnsType, Tag, Tooltip } from 'antd';
import { useMemo } from 'react';
import { formatDateTime } from '../../../components/format.ts';
import { PagedTable, usePagedSearch } from '../../../components/paged-table.tsx';
import { useErrorToast } from '../../../components/use-error-toast.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { AuditEntry, AuditFilters, AuditOutcome } from '../api.ts';
import { useAuditEntries, useExportAudit, useVerifyChain } from '../api.ts';
import { useAuditLabels } from '../hooks/use-audit-labels.ts';
import { AuditChainButton, AuditChainResult } from './audit-chain-check.tsx';
import { AuditEntryDetail } from './audit-entry-detail.tsx';
import { AuditFilterForm } from './audit-filters.tsx';

const FILTER_KEYS = ['from', 'to', 'username', 'action', 'entityType', 'outcome'] as const;

/** The audit trail for the auditor: filter, read each change, verify the chain, export. */
export function AuditLog() {
  const { t } = useI18n();
  const { actionLabel, entityLabel } = useAuditLabels();
  const showError = useErrorToast();
  const { filters: state, paging, setFilters: setState, setPaging } = usePagedSearch(FILTER_KEYS);
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
  const entries = useAuditEntries({ ...filters, page: paging.page, pageSize: paging.pageSize });

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
      <PagedTable<AuditEntry>
        rowKey="id"
        columns={columns}
        query={entries}
        paging={paging}
        onPaging={setPaging}
        expandable={{ expandedRowRender: (entry) => <AuditEntryDetail entry={entry} /> }}
      />
    </Card>
  );
}
