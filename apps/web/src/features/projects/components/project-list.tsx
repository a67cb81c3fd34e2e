import { DownloadOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { formatMoney } from '@zhaoshang/shared';
import { Button, Card, Space, Table, type TablePaginationConfig, Typography } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { ImportWizard } from '../../../components/import-wizard.tsx';
import { useErrorToast } from '../../../components/use-error-toast.ts';
import { useSearchState } from '../../../components/use-search-state.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { exportProjects, PROJECT_SORTS, type Project, type ProjectSort, projectsKey, useProjects } from '../api.ts';
import { PROJECT_IMPORT_COLUMNS } from '../import-template.ts';
import {
  DEFAULT_PAGE_SIZE,
  FILTER_KEYS,
  filtersOf,
  listParamsOf,
  STATE_KEYS,
  VIEW_KEYS,
  type ViewState,
} from '../project-list-state.ts';
import { canCreateProjects } from '../project-policy.ts';
import { MajorThresholdButton } from './major-threshold-button.tsx';
import { useProjectColumns } from './project-columns.tsx';
import { ProjectFilters } from './project-filters.tsx';
import { ProjectFormDrawer } from './project-form-drawer.tsx';
import { SavedViewsMenu } from './saved-views-menu.tsx';

const cleared = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, undefined]));

/** 项目库: the server-paged, filtered, sorted project list; its state lives in the URL. */
export function ProjectList() {
  const { t } = useI18n();
  const me = useSessionUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const showError = useErrorToast();
  const [state, setState] = useSearchState(STATE_KEYS);
  // 转为项目 on a filing opens the form here with the filing's investor and project name.
  const [search, setSearch] = useSearchParams();
  const fromFiling = search.get('fromFiling')
    ? {
        filingId: Number(search.get('fromFiling')),
        companyId: Number(search.get('companyId')),
        name: search.get('name'),
      }
    : undefined;
  const [creating, setCreating] = useState(fromFiling !== undefined);
  const closeCreate = () => {
    setCreating(false);
    if (fromFiling) setSearch({}, { replace: true });
  };
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);

  const params = listParamsOf(state);
  const projects = useProjects(params);
  const sort: ProjectSort = params.sort ?? 'signedOn';
  const desc = params.desc !== 'false';
  const columns = useProjectColumns(sort, desc);
  const canCreate = canCreateProjects(me.role);

  const onTableChange = (
    pagination: TablePaginationConfig,
    _filters: unknown,
    sorter: SorterResult<Project> | SorterResult<Project>[],
  ) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const key = s?.order ? String(s.columnKey) : undefined;
    // No order (a third click) goes back to the default: newest signing first.
    const nextSort = key && (PROJECT_SORTS as readonly string[]).includes(key) ? (key as ProjectSort) : 'signedOn';
    const nextDesc = s?.order ? s.order === 'descend' : true;
    const isDefault = nextSort === 'signedOn' && nextDesc;
    const sortChanged = nextSort !== sort || nextDesc !== desc;
    setState({
      sort: isDefault ? undefined : nextSort,
      desc: isDefault ? undefined : String(nextDesc),
      page: sortChanged ? 1 : pagination.current,
      pageSize: pagination.pageSize === DEFAULT_PAGE_SIZE ? undefined : pagination.pageSize,
    });
  };

  const applyView = (view: ViewState) => setState({ ...cleared(VIEW_KEYS), ...view });

  const runExport = async () => {
    setExporting(true);
    try {
      await exportProjects(filtersOf(state), t('project.exportFile'));
    } catch (error) {
      showError(error);
    } finally {
      setExporting(false);
    }
  };

  return (
    <Card
      title={t('project.listTitle')}
      extra={
        <Space wrap>
          <SavedViewsMenu state={state} onApply={applyView} />
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void runExport()}>
            {t('project.export')}
          </Button>
          {canCreate ? (
            <>
              <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
                {t('project.import')}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('project.create')}
              </Button>
            </>
          ) : null}
        </Space>
      }
    >
      <ProjectFilters
        values={filtersOf(state)}
        onChange={(changes) => setState(changes)}
        onReset={() => setState(cleared(FILTER_KEYS))}
      />
      {projects.data ? (
        <Space size="small" style={{ marginBottom: 8 }}>
          <Typography.Text type="secondary">
            {t('project.majorRule', { threshold: formatMoney(projects.data.majorThresholdWan) })}
          </Typography.Text>
          <MajorThresholdButton current={projects.data.majorThresholdWan} />
        </Space>
      ) : null}
      {projects.error ? (
        <ErrorAlert error={projects.error} onRetry={() => void projects.refetch()} />
      ) : (
        <Table<Project>
          rowKey="id"
          size="middle"
          loading={projects.isFetching}
          columns={columns}
          dataSource={projects.data?.items ?? []}
          onChange={onTableChange}
          tableLayout="fixed"
          pagination={{
            current: params.page,
            pageSize: params.pageSize,
            total: projects.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) =>
              projects.data?.totalCapped
                ? t('common.totalCapped', { total: total.toLocaleString('en-US') })
                : t('common.total', { total }),
          }}
          scroll={{ x: 1600 }}
        />
      )}
      {canCreate ? (
        <>
          <ProjectFormDrawer
            open={creating}
            fromFiling={fromFiling}
            onClose={closeCreate}
            onSaved={(id) => {
              setCreating(false);
              navigate(`/projects/${id}`);
            }}
          />
          <ImportWizard
            open={importing}
            onClose={() => setImporting(false)}
            title={t('project.import')}
            endpoint="/imports/projects"
            templateColumns={PROJECT_IMPORT_COLUMNS}
            templateFileName={t('project.importTemplateFile')}
            readyText={t('project.importReady')}
            onImported={() => void queryClient.invalidateQueries({ queryKey: projectsKey })}
          />
        </>
      ) : null}
    </Card>
  );
}
