import { Alert, Drawer, Space, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { DrillProject } from '../../projects/api.ts';
import { CreditedAmount } from '../../projects/components/amount-text.tsx';
import { MajorTag, StageTag, StatusTag } from '../../projects/components/project-tags.tsx';
import { useBulletinProjects } from '../api.ts';
import { FIGURE_STAGE } from '../bulletin-format.ts';
import type { DrillTarget } from './drill-context.tsx';
import { DrillExplanation } from './drill-explanation.tsx';

const PAGE_SIZE = 20;
const dash = <Typography.Text type="secondary">—</Typography.Text>;

/**
 * The projects behind one number of a bulletin, exactly the ids frozen with it. A rate says
 * how it is made (numerator ÷ denominator) and links to its denominator's list.
 */
export function DrillDrawer({
  bulletinId,
  published,
  target,
  onNavigate,
  onClose,
}: {
  bulletinId: number;
  published: boolean;
  target: DrillTarget | undefined;
  onNavigate: (target: DrillTarget) => void;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const [page, setPage] = useState(1);
  const [shown, setShown] = useState(target);
  // A new number starts at its first page.
  if (shown !== target) {
    setShown(target);
    setPage(1);
  }
  const list = useBulletinProjects(bulletinId, target, page, PAGE_SIZE);
  const stage = target ? FIGURE_STAGE[target.figure] : undefined;

  const columns: TableColumnsType<DrillProject> = [
    {
      title: t('bulletin.drill.project'),
      key: 'name',
      width: 240,
      render: (_, p) => (
        <Space size={4}>
          <Link to={`/projects/${p.id}`} style={{ whiteSpace: 'nowrap' }}>
            {p.name}
          </Link>
          {p.major ? <MajorTag /> : null}
        </Space>
      ),
    },
    {
      title: t('bulletin.drill.stage'),
      key: 'stage',
      width: 130,
      render: (_, p) => (
        <Space size={0} wrap>
          <StageTag stage={p.stage} />
          <StatusTag project={p} />
        </Space>
      ),
    },
    {
      title: t('bulletin.drill.agreedWan'),
      key: 'agreed',
      align: 'right',
      width: 130,
      render: (_, p) => <CreditedAmount agreedWan={p.agreedWan} creditedWan={p.creditedWan} />,
    },
    { title: t('bulletin.drill.signedOn'), key: 'signedOn', width: 110, render: (_, p) => p.stages.signed ?? dash },
    ...(stage && stage !== 'signed'
      ? [
          {
            title: t(`bulletin.drill.stageOn.${stage}`),
            key: 'stageOn',
            width: 120,
            render: (_: unknown, p: DrillProject) => p.stages[stage] ?? dash,
          },
        ]
      : []),
    {
      title: t('bulletin.drill.host'),
      key: 'host',
      width: 140,
      render: (_, p) => <span style={{ whiteSpace: 'nowrap' }}>{p.hostUnit.name}</span>,
    },
    {
      title: t('bulletin.drill.sources'),
      key: 'sources',
      width: 180,
      render: (_, p) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {p.sourceUnits.map((u) => u.name).join(lang === 'zh' ? '、' : ', ') || dash}
        </span>
      ),
    },
    ...(target?.figure === 'fit' || target?.figure === 'fitAmount'
      ? [
          {
            title: t('bulletin.drill.chain'),
            key: 'chain',
            width: 120,
            render: (_: unknown, p: DrillProject) => p.chain ?? dash,
          },
        ]
      : []),
  ];

  const data = list.data;
  // A total past the list's cap is not a count of what this user may see, so nothing is said to be hidden.
  const hidden = data && !data.totalCapped ? data.ids - data.total : 0;
  return (
    <Drawer
      open={target !== undefined}
      onClose={onClose}
      size={1100}
      destroyOnHidden
      title={
        target
          ? t('bulletin.drill.title', { scope: target.scope, figure: t(`bulletin.figure.${target.figure}`) })
          : null
      }
    >
      {target ? (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <DrillExplanation target={target} count={data?.ids} onNavigate={onNavigate} />
          <Typography.Text type="secondary">
            {t(published ? 'bulletin.drill.frozen' : 'bulletin.drill.draftData')}
          </Typography.Text>
          {hidden > 0 ? (
            <Alert type="warning" showIcon title={t('bulletin.drill.outOfScope', { hidden, total: data?.ids ?? 0 })} />
          ) : null}
          {list.error ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
          {data && data.total === 0 && hidden > 0 ? null : (
            <Table<DrillProject>
              rowKey="id"
              size="small"
              columns={columns}
              dataSource={data?.items ?? []}
              loading={list.isFetching}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: t('bulletin.drill.empty') }}
              pagination={{
                current: page,
                pageSize: PAGE_SIZE,
                total: data?.total ?? 0,
                showSizeChanger: false,
                hideOnSinglePage: true,
                showTotal: (total) => t('common.total', { total }),
                onChange: setPage,
              }}
            />
          )}
        </Space>
      ) : null}
    </Drawer>
  );
}
