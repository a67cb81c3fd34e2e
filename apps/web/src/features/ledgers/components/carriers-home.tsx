import { DownloadOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  CARRIER_KIND_LABELS,
  CARRIER_KINDS,
  CARRIER_LEVEL_LABELS,
  CARRIER_LEVELS,
  CARRIER_STATUS_LABELS,
} from '@zhaoshang/shared';
import { Button, Card, Input, Select, Space, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ImportWizard } from '../../../components/import-wizard.tsx';
import { PagedTable, usePagedSearch } from '../../../components/paged-table.tsx';
import { may } from '../../../components/policy.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import {
  CARRIER_IMPORT_COLUMNS,
  type Carrier,
  type CarrierListParams,
  carriersKey,
  useCarrierCounts,
  useCarriers,
} from '../api.ts';
import { CarrierFormModal } from './carrier-form-modal.tsx';

const FILTER_KEYS = ['kind', 'level', 'q'] as const;
const SORTS = ['name', 'kind', 'level', 'recognizedOn'] as const;

/** The carriers: counts as reports write them, then the list with filters, sorting, paging, export and import. */
export function CarriersHome() {
  const { t, lang } = useI18n();
  const me = useSessionUser();
  const queryClient = useQueryClient();
  const { filters, paging, setFilters, setPaging } = usePagedSearch(FILTER_KEYS);
  const [editing, setEditing] = useState<Carrier | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const sortKey = paging.sort?.replace(/^-/, '');
  const params: CarrierListParams = {
    kind: filters.kind as CarrierListParams['kind'],
    level: filters.level as CarrierListParams['level'],
    q: filters.q,
    sort: SORTS.find((s) => s === sortKey) ?? 'name',
    desc: paging.sort?.startsWith('-') ? 'true' : 'false',
    page: paging.page,
    pageSize: paging.pageSize,
  };
  const carriers = useCarriers(params);
  const counts = useCarrierCounts();
  const query = new URLSearchParams(
    Object.entries({ kind: filters.kind, level: filters.level, q: filters.q }).filter(([, v]) => v) as [
      string,
      string,
    ][],
  ).toString();
  const columns: TableColumnsType<Carrier> = [
    { key: 'name', dataIndex: 'name', title: t('carriers.name'), sorter: true },
    {
      key: 'kind',
      dataIndex: 'kind',
      title: t('carriers.kind'),
      sorter: true,
      render: (_, c) => CARRIER_KIND_LABELS[c.kind][lang],
    },
    {
      key: 'level',
      dataIndex: 'level',
      title: t('carriers.level'),
      sorter: true,
      render: (_, c) => CARRIER_LEVEL_LABELS[c.level][lang],
    },
    { key: 'host', title: t('carriers.host'), render: (_, c) => c.hostUnit.name },
    { key: 'operator', title: t('carriers.operator'), render: (_, c) => c.operator ?? '—' },
    {
      key: 'recognizedOn',
      dataIndex: 'recognizedOn',
      title: t('carriers.recognizedOn'),
      sorter: true,
      render: (_, c) => c.recognizedOn ?? '—',
    },
    {
      key: 'status',
      title: t('carriers.status'),
      render: (_, c) => (
        <Tag color={c.status === 'active' ? 'green' : 'default'}>{CARRIER_STATUS_LABELS[c.status][lang]}</Tag>
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, c) =>
        c.canEdit ? (
          <Button type="link" size="small" onClick={() => setEditing(c)}>
            {t('common.edit')}
          </Button>
        ) : null,
    },
  ];
  return (
    <Card
      title={t('carriers.title')}
      extra={
        <Space>
          <Button icon={<DownloadOutlined />} href={`/api/v1/carriers/export${query ? `?${query}` : ''}`}>
            {t('ledgers.export')}
          </Button>
          {may(me, 'innovation.import') && (
            <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
              {t('ledgers.import')}
            </Button>
          )}
          {may(me, 'carrier.manage') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('carriers.new')}
            </Button>
          )}
        </Space>
      }
    >
      {counts.data && counts.data.items.length > 0 && (
        <Typography.Paragraph>
          {t('carriers.counts')} {counts.data.items.map((i) => i.text).join(lang === 'zh' ? '、' : '; ')}
        </Typography.Paragraph>
      )}
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t('carriers.allKinds')}
          style={{ width: 160 }}
          value={filters.kind}
          onChange={(kind) => setFilters({ kind })}
          options={CARRIER_KINDS.map((k) => ({ value: k, label: CARRIER_KIND_LABELS[k][lang] }))}
        />
        <Select
          allowClear
          placeholder={t('carriers.allLevels')}
          style={{ width: 140 }}
          value={filters.level}
          onChange={(level) => setFilters({ level })}
          options={CARRIER_LEVELS.map((k) => ({ value: k, label: CARRIER_LEVEL_LABELS[k][lang] }))}
        />
        <Input.Search
          allowClear
          placeholder={t('ledgers.search')}
          defaultValue={filters.q}
          onSearch={(q) => setFilters({ q: q.trim() || undefined })}
          style={{ width: 220 }}
        />
        {carriers.data && (
          <Typography.Text type="secondary">{t('common.total', { total: carriers.data.total })}</Typography.Text>
        )}
      </Space>
      <PagedTable<Carrier>
        rowKey="id"
        query={carriers}
        paging={paging}
        onPaging={setPaging}
        columns={columns}
        size="middle"
      />
      {editing && (
        <CarrierFormModal carrier={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />
      )}
      <ImportWizard
        open={importing}
        onClose={() => setImporting(false)}
        title={t('carriers.importTitle')}
        endpoint="/imports/carriers"
        templateColumns={CARRIER_IMPORT_COLUMNS}
        templateFileName={t('carriers.importTemplateFile')}
        readyText={t('ledgers.importReady')}
        onImported={() => void queryClient.invalidateQueries({ queryKey: carriersKey })}
      />
    </Card>
  );
}
