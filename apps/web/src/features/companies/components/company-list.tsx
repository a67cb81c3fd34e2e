import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import type { InvestorType } from '@zhaoshang/shared';
import { Button, Card, Space, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { ImportWizard } from '../../../components/import-wizard.tsx';
import { PagedTable, usePagedSearch } from '../../../components/paged-table.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import type { Company, CompanySort } from '../api.ts';
import { useCompanies, useRefreshCompanies } from '../api.ts';
import { canEditCompanies } from '../company-policy.ts';
import { useCompanyLabels } from '../hooks/use-company-labels.ts';
import { IMPORT_COLUMNS } from '../import-template.ts';
import { CompanyDetailDrawer } from './company-detail-drawer.tsx';
import { CompanyFilters } from './company-filters.tsx';
import { CompanyFormModal } from './company-form-modal.tsx';

const FILTER_KEYS = ['q', 'investorType', 'industry'] as const;

const empty = (value: string | null) => value || <Typography.Text type="secondary">—</Typography.Text>;

/** The server-paged company registry; filters, sort and page live in the URL. */
export function CompanyList() {
  const { t } = useI18n();
  const labels = useCompanyLabels();
  const me = useSessionUser();
  const canEdit = canEditCompanies(me.role);
  const refreshCompanies = useRefreshCompanies();
  const { filters: state, paging, setFilters, setPaging } = usePagedSearch(FILTER_KEYS);
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const [openId, setOpenId] = useState<number>();

  const sort = paging.sort as CompanySort | undefined;
  const filters = {
    q: state.q,
    investorType: state.investorType as InvestorType | undefined,
    industry: state.industry,
  };
  const companies = useCompanies({ ...filters, page: paging.page, pageSize: paging.pageSize, sort });

  // The server sorts by name when nothing is asked for.
  const nameOrder = sort === '-name' ? ('descend' as const) : !sort || sort === 'name' ? ('ascend' as const) : null;

  const columns: TableColumnsType<Company> = [
    {
      title: t('company.name'),
      dataIndex: 'name',
      sorter: true,
      sortOrder: nameOrder,
      sortDirections: ['ascend', 'descend', 'ascend'],
      render: (name: string, company) => (
        <Typography.Link onClick={() => setOpenId(company.id)}>{name}</Typography.Link>
      ),
    },
    { title: t('company.uscc'), dataIndex: 'uscc', render: empty },
    {
      title: t('company.investorType'),
      dataIndex: 'investorType',
      render: (type: InvestorType | null) => empty(type && labels.investorTypeLabel(type)),
    },
    {
      title: t('company.industry'),
      dataIndex: 'industryCode',
      // The division name alone keeps the column narrow; the section is in the tooltip.
      render: (code: string | null) => {
        if (!code) return empty(null);
        const full = labels.industryText(code);
        return (
          <span title={full}>
            <Typography.Text code>{code}</Typography.Text> {full.split(' / ').pop()}
          </span>
        );
      },
    },
    { title: t('company.countryRegion'), dataIndex: 'countryRegion', render: empty },
    { title: t('company.headquarters'), dataIndex: 'headquarters', render: empty },
  ];

  return (
    <Card
      title={t('nav.companies')}
      extra={
        canEdit ? (
          <Space>
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {t('company.import')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('company.add')}
            </Button>
          </Space>
        ) : null
      }
    >
      <CompanyFilters values={filters} onChange={setFilters} />
      <PagedTable<Company> rowKey="id" columns={columns} query={companies} paging={paging} onPaging={setPaging} />
      <CompanyDetailDrawer id={openId} onClose={() => setOpenId(undefined)} />
      {canEdit ? (
        <>
          <CompanyFormModal open={adding} onClose={() => setAdding(false)} />
          <ImportWizard
            open={importing}
            onClose={() => setImporting(false)}
            title={t('import.title')}
            endpoint="/imports/companies"
            templateColumns={IMPORT_COLUMNS}
            templateFileName={t('import.templateFile')}
            readyText={t('import.ready')}
            onImported={refreshCompanies}
          />
        </>
      ) : null}
    </Card>
  );
}
