import { PlusOutlined } from '@ant-design/icons';
import { Button, Select, Space, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { CompanySearchSelect } from '../../../components/company-search-select.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useSearchState } from '../../../components/use-search-state.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { FILING_STATUSES, type Filing, type FilingStatus, useFilings } from '../api.ts';
import { canFile, canRenew } from '../filing-policy.ts';
import { FilingFormModal } from './filing-form-modal.tsx';
import { RenewModal } from './renew-modal.tsx';

const STATUS_COLORS: Record<FilingStatus, string> = {
  active: 'green',
  expired: 'default',
  released: 'default',
  superseded: 'orange',
};

/** Every filing the user may list; contents only where the sharing rule allows. */
export function FilingList() {
  const { t } = useI18n();
  const me = useSessionUser();
  const [state, setState] = useSearchState(['status'] as const);
  // Kept out of the URL: a bare id there would show as a number in the company select.
  const [companyId, setCompanyId] = useState<number>();
  const [filing, setFiling] = useState(false);
  const [renewing, setRenewing] = useState<Filing>();
  const status = state.status as FilingStatus | undefined;
  const filings = useFilings({ status, companyId });

  const hidden = (
    <Tooltip title={t('filing.hidden')}>
      <Typography.Text type="secondary">—</Typography.Text>
    </Tooltip>
  );

  const columns: TableColumnsType<Filing> = [
    { title: t('filing.company'), key: 'company', render: (_, f) => f.company.name },
    { title: t('filing.unit'), key: 'unit', render: (_, f) => f.unit.name },
    { title: t('filing.startsOn'), dataIndex: 'startsOn' },
    { title: t('filing.expiresOn'), dataIndex: 'expiresOn' },
    {
      title: t('common.status'),
      dataIndex: 'status',
      render: (s: FilingStatus) => <Tag color={STATUS_COLORS[s]}>{t(`filing.status.${s}`)}</Tag>,
    },
    {
      title: t('filing.joint'),
      key: 'joint',
      render: (_, f) =>
        f.joint ? <Tag color="purple">{t('filing.share', { percent: f.creditShare ?? '—' })}</Tag> : null,
    },
    {
      title: t('filing.projectName'),
      key: 'projectName',
      render: (_, f) => (f.contentsVisible ? f.projectName : hidden),
    },
    {
      title: t('filing.notes'),
      key: 'notes',
      width: 240,
      render: (_, f) =>
        f.contentsVisible ? (
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: f.notes }} style={{ margin: 0 }}>
            {f.notes}
          </Typography.Paragraph>
        ) : (
          hidden
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_, f) => (
        <Space size={0}>
          {canRenew(me, f) ? (
            <Button type="link" size="small" onClick={() => setRenewing(f)}>
              {t('filing.renew')}
            </Button>
          ) : null}
          {canRenew(me, f) && f.status === 'active' ? (
            <Link
              to={`/projects?${new URLSearchParams({ fromFiling: String(f.id), companyId: String(f.company.id), name: f.projectName ?? '' })}`}
            >
              <Button type="link" size="small">
                {t('filing.toProject')}
              </Button>
            </Link>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <>
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 16, flexWrap: 'wrap', marginBottom: 16 }}>
        <Space wrap>
          <Select<FilingStatus>
            allowClear
            placeholder={t('filing.allStatuses')}
            aria-label={t('common.status')}
            style={{ width: 150 }}
            options={FILING_STATUSES.map((s) => ({ value: s, label: t(`filing.status.${s}`) }))}
            value={status}
            onChange={(next) => setState({ status: next })}
          />
          <div style={{ width: 320 }}>
            <CompanySearchSelect value={companyId} onChange={setCompanyId} />
          </div>
        </Space>
        {canFile(me.role) ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setFiling(true)}>
            {t('filing.file')}
          </Button>
        ) : null}
      </div>
      {filings.error ? (
        <ErrorAlert error={filings.error} onRetry={() => void filings.refetch()} />
      ) : (
        <Table<Filing>
          rowKey="id"
          size="middle"
          loading={filings.isFetching}
          columns={columns}
          dataSource={filings.data ?? []}
          pagination={{ showSizeChanger: true, showTotal: (total) => t('common.total', { total }) }}
          scroll={{ x: 'max-content' }}
        />
      )}
      <FilingFormModal open={filing} onClose={() => setFiling(false)} />
      <RenewModal filing={renewing} onClose={() => setRenewing(undefined)} />
    </>
  );
}
