import { Button, Drawer, Space, Table, type TableColumnsType, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { DrillProject } from '../../projects/api.ts';
import { CreditedAmount } from '../../projects/components/amount-text.tsx';
import { StageTag } from '../../projects/components/project-tags.tsx';
import type { KpiDrill } from '../api.ts';
import { useFilteredProjects, useKpiProjects } from '../api.ts';

/** A drill-down: the KPI API for an indicator's figure, or the project list with filters. */
export type Drill = {
  title: string;
  /** One line on how the list is defined, so the count can be checked against the chart. */
  note?: string;
  source: { kind: 'kpi'; params: KpiDrill } | { kind: 'list'; filters: Record<string, string> };
  /** The project-list page with the same projects, when it can show them. */
  listLink?: string;
};

const PAGE_SIZE = 10;

/** The projects behind a figure of the dashboard, in a drawer; each name opens the project. */
export function ProjectsDrawer({ drill, onClose }: { drill: Drill | undefined; onClose: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  useEffect(() => {
    if (drill) setPage(1);
  }, [drill]);
  const kpi = useKpiProjects(drill?.source.kind === 'kpi' ? drill.source.params : undefined, page, PAGE_SIZE);
  const list = useFilteredProjects(drill?.source.kind === 'list' ? drill.source.filters : undefined, page, PAGE_SIZE);
  const query = drill?.source.kind === 'list' ? list : kpi;

  const columns: TableColumnsType<DrillProject> = [
    { title: t('dashboard.drill.name'), key: 'name', render: (_, p) => <Link to={`/projects/${p.id}`}>{p.name}</Link> },
    { title: t('dashboard.drill.hostUnit'), key: 'host', render: (_, p) => p.hostUnit.name },
    {
      title: t('dashboard.drill.agreedWan'),
      key: 'agreed',
      align: 'right',
      render: (_, p) => <CreditedAmount agreedWan={p.agreedWan} creditedWan={p.creditedWan} />,
    },
    { title: t('dashboard.drill.stage'), key: 'stage', render: (_, p) => <StageTag stage={p.stage} /> },
    { title: t('dashboard.drill.signedOn'), key: 'signedOn', render: (_, p) => p.stages.signed ?? '—' },
  ];

  return (
    <Drawer open={drill !== undefined} onClose={onClose} size={860} title={drill?.title} destroyOnHidden>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {drill?.note ? <Typography.Text type="secondary">{drill.note}</Typography.Text> : null}
        {query.error ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
        <Table<DrillProject>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={query.data?.items ?? []}
          loading={query.isFetching}
          locale={{ emptyText: t('dashboard.empty') }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: query.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => t('common.total', { total }),
            onChange: setPage,
          }}
        />
        {drill?.listLink ? (
          <Button onClick={() => drill.listLink && navigate(drill.listLink)}>{t('dashboard.drill.openList')}</Button>
        ) : null}
      </Space>
    </Drawer>
  );
}
