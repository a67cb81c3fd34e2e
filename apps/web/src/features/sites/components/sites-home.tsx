import { DownloadOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  SITE_KIND_LABELS,
  SITE_KINDS,
  SITE_STATUS_LABELS,
  SITE_STATUSES,
  SITE_USE_LABELS,
  SITE_USES,
  type SiteKind,
  type SiteStatus,
  type SiteUse,
} from '@zhaoshang/shared';
import { App, Button, Card, Input, Select, Space, type TableColumnsType, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ImportWizard } from '../../../components/import-wizard.tsx';
import { PagedTable, usePagedSearch } from '../../../components/paged-table.tsx';
import { may } from '../../../components/policy.ts';
import { useErrorToast } from '../../../components/use-error-toast.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { useUnitOptions } from '../../org/hooks/use-unit-options.ts';
import { type Site, type SiteListParams, sitesKey, useConfirmSite, useSites, useStaleCounts } from '../api.ts';
import { SITE_IMPORT_COLUMNS } from '../site-import.ts';
import { MatchPanel } from './match-panel.tsx';
import { SiteFormModal } from './site-form-modal.tsx';

const FILTER_KEYS = ['kind', 'use', 'status', 'ownerUnitId', 'stale', 'q'] as const;
const SORTS = ['name', 'area', 'price', 'power', 'confirmed'] as const;
const TABS = ['list', 'match', 'stale'] as const;

/** Land and buildings (载体资源): the list with the quarter's stale flag, confirmation, matching, stale counts. */
export function SitesHome() {
  const { t } = useI18n();
  const me = useSessionUser();
  const queryClient = useQueryClient();
  const [search, setSearch] = useSearchParams();
  const tab = TABS.find((k) => k === search.get('view')) ?? 'list';
  const [importing, setImporting] = useState(false);
  const [creating, setCreating] = useState(false);
  return (
    <Card
      title={t('sites.title')}
      extra={
        <Space>
          {may(me, 'site.manage') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('sites.new')}
            </Button>
          )}
          <Button icon={<DownloadOutlined />} href="/api/v1/exports/sites">
            {t('sites.export')}
          </Button>
          {may(me, 'site.manage') && (
            <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
              {t('sites.import')}
            </Button>
          )}
        </Space>
      }
    >
      <Tabs
        activeKey={tab}
        onChange={(view) => setSearch({ view })}
        destroyOnHidden
        items={[
          { key: 'list', label: t('sites.tab.list'), children: <SiteList /> },
          { key: 'match', label: t('sites.tab.match'), children: <MatchPanel /> },
          { key: 'stale', label: t('sites.tab.stale'), children: <StaleCounts /> },
        ]}
      />
      <ImportWizard
        open={importing}
        onClose={() => setImporting(false)}
        title={t('sites.import')}
        endpoint="/imports/sites"
        templateColumns={SITE_IMPORT_COLUMNS}
        templateFileName={t('sites.importTemplateFile')}
        readyText={t('sites.importReady')}
        onImported={() => void queryClient.invalidateQueries({ queryKey: sitesKey })}
      />
      {creating && <SiteFormModal onClose={() => setCreating(false)} />}
    </Card>
  );
}

/** The area of a site in 亩, or its floor area in m². */
export function areaText(s: Site, t: ReturnType<typeof useI18n>['t']): string {
  if (s.areaMu !== null) return t('sites.areaMu', { area: s.areaMu });
  return t('sites.floorArea', { area: s.floorAreaM2 ?? '—' });
}

function SiteList() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const units = useUnitOptions();
  const toast = useErrorToast();
  const confirm = useConfirmSite();
  const [editing, setEditing] = useState<Site>();
  const { filters, paging, setFilters, setPaging } = usePagedSearch(FILTER_KEYS);
  const sortKey = paging.sort?.replace(/^-/, '');
  const params: SiteListParams = {
    kind: filters.kind as SiteKind | undefined,
    use: filters.use as SiteUse | undefined,
    status: filters.status as SiteStatus | undefined,
    ownerUnitId: filters.ownerUnitId ? Number(filters.ownerUnitId) : undefined,
    stale: filters.stale === 'true' ? 'true' : undefined,
    q: filters.q,
    sort: SORTS.find((s) => s === sortKey) ?? 'name',
    desc: paging.sort?.startsWith('-') ? 'true' : 'false',
    page: paging.page,
    pageSize: paging.pageSize,
  };
  const sites = useSites(params);
  const columns: TableColumnsType<Site> = [
    { key: 'name', dataIndex: 'name', title: t('sites.name'), sorter: true, render: (_, s) => s.name },
    { key: 'kind', title: t('sites.kind'), render: (_, s) => SITE_KIND_LABELS[s.kind][lang] },
    { key: 'zone', title: t('sites.zone'), render: (_, s) => s.zone ?? '—' },
    { key: 'owner', title: t('sites.owner'), render: (_, s) => s.ownerUnit.name },
    { key: 'use', title: t('sites.use'), render: (_, s) => SITE_USE_LABELS[s.use][lang] },
    {
      key: 'area',
      dataIndex: 'area',
      title: t('sites.area'),
      sorter: true,
      align: 'right',
      render: (_, s) => areaText(s, t),
    },
    {
      key: 'price',
      dataIndex: 'price',
      title: t('sites.price'),
      sorter: true,
      align: 'right',
      render: (_, s) => s.priceWanPerMu ?? '—',
    },
    {
      key: 'power',
      dataIndex: 'power',
      title: t('sites.power'),
      sorter: true,
      align: 'right',
      render: (_, s) => s.powerKva ?? '—',
    },
    { key: 'chain', title: t('sites.chain'), render: (_, s) => s.chain ?? '—' },
    { key: 'status', title: t('sites.status'), render: (_, s) => SITE_STATUS_LABELS[s.status][lang] },
    {
      key: 'confirmed',
      dataIndex: 'confirmed',
      title: t('sites.confirmedOn'),
      sorter: true,
      render: (_, s) => (
        <Space size={4}>
          <span>{s.confirmedOn ?? '—'}</span>
          {s.stale && <Tag color="red">{t('sites.stale')}</Tag>}
        </Space>
      ),
    },
    {
      key: 'actions',
      title: t('sites.actions'),
      render: (_, s) => (
        <Space size={4}>
          {s.canEdit && (
            <Button size="small" onClick={() => setEditing(s)}>
              {t('sites.editAction')}
            </Button>
          )}
          {s.canConfirm && (
            <Button
              size="small"
              type={s.stale ? 'primary' : 'default'}
              loading={confirm.isPending && confirm.variables?.id === s.id}
              onClick={() =>
                confirm.mutate(
                  { id: s.id, version: s.version },
                  {
                    onSuccess: () => message.success(t('sites.confirmed', { name: s.name })),
                    onError: (error) => toast(error),
                  },
                )
              }
            >
              {t('sites.confirm')}
            </Button>
          )}
        </Space>
      ),
    },
  ];
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t('sites.allKinds')}
          style={{ width: 140 }}
          value={filters.kind}
          onChange={(kind) => setFilters({ kind })}
          options={SITE_KINDS.map((k) => ({ value: k, label: SITE_KIND_LABELS[k][lang] }))}
        />
        <Select
          allowClear
          placeholder={t('sites.allUses')}
          style={{ width: 120 }}
          value={filters.use}
          onChange={(use) => setFilters({ use })}
          options={SITE_USES.map((u) => ({ value: u, label: SITE_USE_LABELS[u][lang] }))}
        />
        <Select
          allowClear
          placeholder={t('sites.allStatuses')}
          style={{ width: 120 }}
          value={filters.status}
          onChange={(status) => setFilters({ status })}
          options={SITE_STATUSES.map((s) => ({ value: s, label: SITE_STATUS_LABELS[s][lang] }))}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('sites.allOwners')}
          style={{ width: 180 }}
          value={filters.ownerUnitId ? Number(filters.ownerUnitId) : undefined}
          onChange={(ownerUnitId) => setFilters({ ownerUnitId })}
          options={units.options}
        />
        <Select
          allowClear
          placeholder={t('sites.allConfirmations')}
          style={{ width: 160 }}
          value={filters.stale}
          onChange={(stale) => setFilters({ stale })}
          options={[{ value: 'true', label: t('sites.onlyStale') }]}
        />
        <Input.Search
          allowClear
          placeholder={t('sites.search')}
          defaultValue={filters.q}
          onSearch={(q) => setFilters({ q: q.trim() || undefined })}
          style={{ width: 220 }}
        />
        {sites.data && (
          <Typography.Text type="secondary">{t('common.total', { total: sites.data.total })}</Typography.Text>
        )}
      </Space>
      <PagedTable<Site>
        rowKey="id"
        query={sites}
        paging={paging}
        onPaging={setPaging}
        columns={columns}
        size="middle"
      />
      {editing && <SiteFormModal site={editing} onClose={() => setEditing(undefined)} />}
    </>
  );
}

/** Per owner unit: its sites and the stale ones this quarter (what the office chases). */
function StaleCounts() {
  const { t } = useI18n();
  const counts = useStaleCounts();
  type Row = { unit: { id: number; name: string }; total: number; stale: number };
  const columns: TableColumnsType<Row> = [
    { key: 'unit', title: t('sites.owner'), render: (_, r) => r.unit.name },
    { key: 'total', title: t('sites.total'), align: 'right', render: (_, r) => r.total },
    {
      key: 'stale',
      title: t('sites.staleCount'),
      align: 'right',
      render: (_, r) => (r.stale ? <Typography.Text type="danger">{r.stale}</Typography.Text> : 0),
    },
  ];
  return (
    <>
      {counts.data && (
        <Typography.Paragraph type="secondary">
          {t('sites.staleSince', { quarter: counts.data.quarter, since: counts.data.since })}
        </Typography.Paragraph>
      )}
      <PagedTable<Row>
        rowKey={(r) => r.unit.id}
        query={{
          data: counts.data ? { items: counts.data.units, total: counts.data.units.length } : undefined,
          error: counts.error,
          isFetching: counts.isFetching,
          refetch: counts.refetch,
        }}
        paging={{ page: 1, pageSize: 100 }}
        onPaging={() => undefined}
        columns={columns}
        size="small"
      />
    </>
  );
}
