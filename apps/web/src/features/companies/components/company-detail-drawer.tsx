import { Descriptions, Drawer, Empty, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useProjects } from '../../projects/api.ts';
import { useProjectColumns } from '../../projects/components/project-columns.tsx';
import type { CompanyDetail } from '../api.ts';
import { useCompanyDetail } from '../api.ts';
import { useCompanyLabels } from '../hooks/use-company-labels.ts';

const dash = <Typography.Text type="secondary">—</Typography.Text>;

/**
 * A company's page in the registry: its facts, its group, and which units file or report it —
 * what is inside their work shows only where the sharing rules allow.
 */
export function CompanyDetailDrawer({ id, onClose }: { id: number | undefined; onClose: () => void }) {
  const { t } = useI18n();
  const labels = useCompanyLabels();
  const detail = useCompanyDetail(id);
  const c = detail.data?.company;
  return (
    <Drawer open={id !== undefined} onClose={onClose} size={720} destroyOnHidden title={c?.name ?? t('company.detail')}>
      {detail.error ? <ErrorAlert error={detail.error} /> : null}
      {c ? (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t('company.uscc')}>{c.uscc ?? dash}</Descriptions.Item>
            <Descriptions.Item label={t('company.investorType')}>
              {c.investorType ? labels.investorTypeLabel(c.investorType) : dash}
            </Descriptions.Item>
            <Descriptions.Item label={t('company.industry')}>
              {c.industryCode ? labels.industryText(c.industryCode) : dash}
            </Descriptions.Item>
            <Descriptions.Item label={t('company.countryRegion')}>{c.countryRegion ?? dash}</Descriptions.Item>
            <Descriptions.Item label={t('company.headquarters')}>{c.headquarters ?? dash}</Descriptions.Item>
            <Descriptions.Item label={t('company.tags')}>
              {c.tags.length ? c.tags.map((tag) => <Tag key={tag}>{t(`company.tag.${tag}`)}</Tag>) : dash}
            </Descriptions.Item>
            <Descriptions.Item label={t('company.group')}>{c.group?.name ?? dash}</Descriptions.Item>
            <Descriptions.Item label={t('company.subsidiaries')}>
              {c.subsidiaries.length ? c.subsidiaries.map((s) => <Tag key={s.id}>{s.name}</Tag>) : dash}
            </Descriptions.Item>
          </Descriptions>
          <FilingsTable filings={detail.data!.filings} />
          <LeadsTable leads={detail.data!.leads} />
          <ProjectsTable companyId={c.id} />
        </Space>
      ) : null}
    </Drawer>
  );
}

function FilingsTable({ filings }: { filings: CompanyDetail['filings'] }) {
  const { t } = useI18n();
  return (
    <div>
      <Typography.Title level={5}>{t('company.filings')}</Typography.Title>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={filings}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('company.noFilings')} /> }}
        columns={[
          { title: t('filing.unit'), dataIndex: ['unit', 'name'] },
          { title: t('filing.startsOn'), dataIndex: 'startsOn' },
          { title: t('filing.expiresOn'), dataIndex: 'expiresOn' },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (s: CompanyDetail['filings'][number]['status']) => t(`filing.status.${s}`),
          },
          {
            title: t('filing.projectName'),
            render: (_, f) =>
              f.contentsVisible ? (
                (f.projectName ?? dash)
              ) : (
                <Typography.Text type="secondary">{t('filing.hidden')}</Typography.Text>
              ),
          },
        ]}
      />
    </div>
  );
}

function LeadsTable({ leads }: { leads: CompanyDetail['leads'] }) {
  const { t } = useI18n();
  return (
    <div>
      <Typography.Title level={5}>{t('company.leads')}</Typography.Title>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={leads}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('company.noLeads')} /> }}
        columns={[
          { title: t('lead.reportingUnit'), dataIndex: ['reportingUnit', 'name'] },
          { title: t('lead.reportedOn'), dataIndex: 'reportedOn' },
          { title: t('lead.chain'), dataIndex: 'chain', render: (v: string | null) => v ?? dash },
          {
            title: t('lead.source'),
            dataIndex: 'source',
            render: (s: CompanyDetail['leads'][number]['source']) => t(`lead.source.${s}`),
          },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (s: CompanyDetail['leads'][number]['status']) => t(`lead.status.${s}`),
          },
        ]}
      />
    </div>
  );
}

/** The company's projects (those moved over by a merge included), newest signing first. */
function ProjectsTable({ companyId }: { companyId: number }) {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const projects = useProjects({ companyId: String(companyId), sort: 'signedOn', desc: 'true', page, pageSize: 10 });
  const columns = useProjectColumns('signedOn', true).map((col) => ({ ...col, sorter: false, fixed: undefined }));
  return (
    <div>
      <Typography.Title level={5}>{t('company.projects')}</Typography.Title>
      {projects.error ? <ErrorAlert error={projects.error} /> : null}
      <Table
        size="small"
        rowKey="id"
        loading={projects.isFetching}
        dataSource={projects.data?.items ?? []}
        columns={columns}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: page,
          pageSize: 10,
          total: projects.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('company.noProjects')} /> }}
      />
    </div>
  );
}
