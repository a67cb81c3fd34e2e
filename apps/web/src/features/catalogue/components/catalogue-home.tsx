import { DownloadOutlined, FilePdfOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { CATALOGUE_STATUS_LABELS, CATALOGUE_STATUSES, type CatalogueStatus } from '@zhaoshang/shared';
import { App, Button, Card, Input, Popconfirm, Select, Space, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ImportWizard } from '../../../components/import-wizard.tsx';
import { PagedTable, usePagedSearch } from '../../../components/paged-table.tsx';
import { may } from '../../../components/policy.ts';
import { useErrorToast } from '../../../components/use-error-toast.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { useUnitOptions } from '../../org/hooks/use-unit-options.ts';
import { type CatalogueEntry, type CatalogueListParams, catalogueKey, useCatalogue, useSignEntry } from '../api.ts';
import { CATALOGUE_IMPORT_COLUMNS } from '../catalogue-import.ts';
import { EntryFormModal } from './entry-form-modal.tsx';

const FILTER_KEYS = ['status', 'hostUnitId', 'q'] as const;
const STATUS_COLORS: Record<CatalogueStatus, string> = { offered: 'blue', in_talks: 'orange', signed: 'green' };
const SORTS = ['name', 'investment', 'land', 'updated'] as const;

/** The opportunity catalogue (推介项目库): list, filters, form in both languages, signing, fair exports. */
export function CatalogueHome() {
  const { t, lang } = useI18n();
  const me = useSessionUser();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const units = useUnitOptions();
  const { filters, paging, setFilters, setPaging } = usePagedSearch(FILTER_KEYS);
  const [editing, setEditing] = useState<CatalogueEntry | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const sign = useSignEntry();
  const toast = useErrorToast();
  const sortKey = paging.sort?.replace(/^-/, '');
  const params: CatalogueListParams = {
    status: filters.status as CatalogueStatus | undefined,
    hostUnitId: filters.hostUnitId ? Number(filters.hostUnitId) : undefined,
    q: filters.q,
    sort: SORTS.find((s) => s === sortKey) ?? 'name',
    desc: paging.sort?.startsWith('-') ? 'true' : 'false',
    page: paging.page,
    pageSize: paging.pageSize,
  };
  const list = useCatalogue(params);
  const exportQuery = new URLSearchParams(
    Object.entries({ status: filters.status, hostUnitId: filters.hostUnitId, q: filters.q }).filter(
      (e): e is [string, string] => !!e[1],
    ),
  ).toString();
  const doSign = (e: CatalogueEntry) =>
    sign.mutate(
      { id: e.id, version: e.version },
      {
        onSuccess: (r) => message.success(t('catalogue.signed', { name: e.nameZh, id: r.projectId })),
        onError: (error) => toast(error),
      },
    );
  const columns: TableColumnsType<CatalogueEntry> = [
    {
      key: 'name',
      dataIndex: 'name',
      title: t('catalogue.name'),
      sorter: true,
      render: (_, e) => (
        <Space direction="vertical" size={0}>
          <Typography.Text strong>{lang === 'zh' ? e.nameZh : (e.nameEn ?? e.nameZh)}</Typography.Text>
          <Typography.Text type="secondary">{lang === 'zh' ? e.nameEn : e.nameZh}</Typography.Text>
        </Space>
      ),
    },
    { key: 'chain', title: t('catalogue.chain'), render: (_, e) => e.chain ?? '—' },
    {
      key: 'investment',
      dataIndex: 'investment',
      title: t('catalogue.investment'),
      sorter: true,
      align: 'right',
      render: (_, e) => e.investmentWan ?? '—',
    },
    {
      key: 'land',
      dataIndex: 'land',
      title: t('catalogue.land'),
      sorter: true,
      align: 'right',
      render: (_, e) => e.landMu ?? '—',
    },
    { key: 'host', title: t('catalogue.host'), render: (_, e) => e.hostUnit.name },
    { key: 'event', title: t('catalogue.event'), render: (_, e) => e.sourceEvent?.name ?? '—' },
    { key: 'lead', title: t('catalogue.lead'), render: (_, e) => e.lead?.companyName ?? '—' },
    {
      key: 'status',
      title: t('catalogue.status'),
      render: (_, e) => <Tag color={STATUS_COLORS[e.status]}>{CATALOGUE_STATUS_LABELS[e.status][lang]}</Tag>,
    },
    {
      key: 'actions',
      title: t('catalogue.actions'),
      render: (_, e) =>
        e.projectId ? (
          <Link to={`/projects/${e.projectId}`}>{t('catalogue.project')}</Link>
        ) : e.canEdit ? (
          <Space>
            <Button size="small" onClick={() => setEditing(e)}>
              {t('catalogue.edit')}
            </Button>
            <Popconfirm
              title={t('catalogue.signConfirm', { name: e.nameZh })}
              okText={t('catalogue.sign')}
              cancelText={t('common.cancel')}
              onConfirm={() => doSign(e)}
            >
              <Button size="small" type="primary" loading={sign.isPending}>
                {t('catalogue.sign')}
              </Button>
            </Popconfirm>
          </Space>
        ) : null,
    },
  ];
  return (
    <Card
      title={t('catalogue.title')}
      extra={
        <Space>
          <Button icon={<DownloadOutlined />} href={`/api/v1/exports/catalogue.xlsx?${exportQuery}`}>
            {t('catalogue.exportXlsx')}
          </Button>
          <Button icon={<FilePdfOutlined />} href={`/api/v1/exports/catalogue.pdf?${exportQuery}`}>
            {t('catalogue.exportPdf')}
          </Button>
          {may(me, 'catalogue.manage') && (
            <>
              <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
                {t('catalogue.import')}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                {t('catalogue.new')}
              </Button>
            </>
          )}
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t('catalogue.allStatuses')}
          style={{ width: 160 }}
          value={filters.status}
          onChange={(status) => setFilters({ status })}
          options={CATALOGUE_STATUSES.map((s) => ({ value: s, label: CATALOGUE_STATUS_LABELS[s][lang] }))}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('catalogue.allHosts')}
          style={{ width: 200 }}
          value={filters.hostUnitId ? Number(filters.hostUnitId) : undefined}
          onChange={(hostUnitId) => setFilters({ hostUnitId })}
          options={units.options}
        />
        <Input.Search
          allowClear
          placeholder={t('catalogue.search')}
          defaultValue={filters.q}
          onSearch={(q) => setFilters({ q: q.trim() || undefined })}
          style={{ width: 240 }}
        />
        {list.data && (
          <Typography.Text type="secondary">{t('common.total', { total: list.data.total })}</Typography.Text>
        )}
      </Space>
      <PagedTable<CatalogueEntry>
        rowKey="id"
        query={list}
        paging={paging}
        onPaging={setPaging}
        columns={columns}
        size="middle"
      />
      {editing && <EntryFormModal entry={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
      <ImportWizard
        open={importing}
        onClose={() => setImporting(false)}
        title={t('catalogue.import')}
        endpoint="/imports/catalogue"
        templateColumns={CATALOGUE_IMPORT_COLUMNS}
        templateFileName={t('catalogue.importTemplateFile')}
        readyText={t('catalogue.importReady')}
        onImported={() => void queryClient.invalidateQueries({ queryKey: catalogueKey })}
      />
    </Card>
  );
}
