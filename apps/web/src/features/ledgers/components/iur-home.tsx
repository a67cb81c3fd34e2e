import { DownloadOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { IUR_KIND_LABELS, IUR_KINDS } from '@zhaoshang/shared';
import { Button, Card, Input, Select, Space, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { shanghaiToday } from '../../../components/format.ts';
import { ImportWizard } from '../../../components/import-wizard.tsx';
import { PagedTable, usePagedSearch } from '../../../components/paged-table.tsx';
import { may } from '../../../components/policy.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import {
  IUR_IMPORT_COLUMNS,
  type IurAgreement,
  type IurListParams,
  iurKey,
  useIurAgreements,
  useIurTotals,
} from '../api.ts';
import { IurFormModal } from './iur-form-modal.tsx';

const FILTER_KEYS = ['kind', 'from', 'to', 'q'] as const;
const SORTS = ['signedOn', 'amountWan', 'talents', 'title'] as const;

/** University–industry cooperation: totals by kind over the chosen period, and the list. */
export function IurHome() {
  const { t, lang } = useI18n();
  const me = useSessionUser();
  const queryClient = useQueryClient();
  const { filters, paging, setFilters, setPaging } = usePagedSearch(FILTER_KEYS);
  const [editing, setEditing] = useState<IurAgreement | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const year = shanghaiToday().year();
  const window = { from: filters.from ?? `${year}-01-01`, to: filters.to ?? `${year}-12-31` };
  const sortKey = paging.sort?.replace(/^-/, '');
  const params: IurListParams = {
    kind: filters.kind as IurListParams['kind'],
    from: filters.from,
    to: filters.to,
    q: filters.q,
    sort: SORTS.find((s) => s === sortKey) ?? 'signedOn',
    desc: paging.sort && !paging.sort.startsWith('-') ? 'false' : 'true',
    page: paging.page,
    pageSize: paging.pageSize,
  };
  const list = useIurAgreements(params);
  const totals = useIurTotals(window);
  const query = new URLSearchParams(
    Object.entries({ kind: filters.kind, from: filters.from, to: filters.to, q: filters.q }).filter(([, v]) => v) as [
      string,
      string,
    ][],
  ).toString();
  const columns: TableColumnsType<IurAgreement> = [
    { key: 'title', dataIndex: 'title', title: t('iur.titleField'), sorter: true },
    { key: 'university', title: t('iur.university'), render: (_, a) => a.university },
    { key: 'kind', title: t('iur.kind'), render: (_, a) => IUR_KIND_LABELS[a.kind][lang] },
    { key: 'partner', title: t('iur.partner'), render: (_, a) => a.partner.name },
    { key: 'unit', title: t('iur.recordingUnit'), render: (_, a) => a.unit.name },
    { key: 'signedOn', dataIndex: 'signedOn', title: t('iur.signedOn'), sorter: true },
    { key: 'amountWan', dataIndex: 'amountWan', title: t('iur.amountWan'), sorter: true, align: 'right' },
    { key: 'talents', dataIndex: 'talents', title: t('iur.talents'), sorter: true, align: 'right' },
    { key: 'event', title: t('iur.sourceEvent'), render: (_, a) => a.sourceEvent?.name ?? '—' },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, a) =>
        a.canEdit ? (
          <Button type="link" size="small" onClick={() => setEditing(a)}>
            {t('common.edit')}
          </Button>
        ) : null,
    },
  ];
  return (
    <Card
      title={t('iur.title')}
      extra={
        <Space>
          <Button icon={<DownloadOutlined />} href={`/api/v1/iur/export${query ? `?${query}` : ''}`}>
            {t('ledgers.export')}
          </Button>
          {may(me, 'innovation.import') && (
            <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
              {t('ledgers.import')}
            </Button>
          )}
          {may(me, 'iur.manage') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('iur.new')}
            </Button>
          )}
        </Space>
      }
    >
      {totals.data && (
        <Typography.Paragraph>
          {t('iur.totals', {
            from: totals.data.from,
            to: totals.data.to,
            count: totals.data.total.count,
            amount: totals.data.total.amountWan,
            talents: totals.data.total.talents,
          })}
          {lang === 'zh' ? '；' : '; '}
          {totals.data.byKind
            .map((k) => t('iur.totalsKind', { kind: IUR_KIND_LABELS[k.kind][lang], count: k.count }))
            .join(lang === 'zh' ? '，' : ', ')}
        </Typography.Paragraph>
      )}
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t('iur.allKinds')}
          style={{ width: 160 }}
          value={filters.kind}
          onChange={(kind) => setFilters({ kind })}
          options={IUR_KINDS.map((k) => ({ value: k, label: IUR_KIND_LABELS[k][lang] }))}
        />
        <Input
          placeholder={window.from}
          defaultValue={filters.from}
          style={{ width: 130 }}
          onBlur={(e) => setFilters({ from: e.target.value.trim() || undefined })}
          aria-label="from"
        />
        <Input
          placeholder={window.to}
          defaultValue={filters.to}
          style={{ width: 130 }}
          onBlur={(e) => setFilters({ to: e.target.value.trim() || undefined })}
          aria-label="to"
        />
        <Input.Search
          allowClear
          placeholder={t('ledgers.search')}
          defaultValue={filters.q}
          onSearch={(q) => setFilters({ q: q.trim() || undefined })}
          style={{ width: 220 }}
        />
        {list.data && (
          <Typography.Text type="secondary">{t('common.total', { total: list.data.total })}</Typography.Text>
        )}
      </Space>
      <PagedTable<IurAgreement>
        rowKey="id"
        query={list}
        paging={paging}
        onPaging={setPaging}
        columns={columns}
        size="middle"
      />
      {editing && <IurFormModal agreement={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
      <ImportWizard
        open={importing}
        onClose={() => setImporting(false)}
        title={t('iur.importTitle')}
        endpoint="/imports/iur"
        templateColumns={IUR_IMPORT_COLUMNS}
        templateFileName={t('iur.importTemplateFile')}
        readyText={t('ledgers.importReady')}
        onImported={() => void queryClient.invalidateQueries({ queryKey: iurKey })}
      />
    </Card>
  );
}
