import { Card, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { toQueryString } from '../../../components/api-client.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { QualityCheck, QualityItem } from '../api.ts';
import { useQualityCheck } from '../api.ts';

/** What a check's rows name, when not a project: an investor, or the unit owing confirmations. */
const COLUMN_TITLE: Partial<Record<QualityCheck, 'quality.col.investor' | 'quality.col.unit'>> = {
  sameInvestorTwoUnits: 'quality.col.investor',
  staleSites: 'quality.col.unit',
};

/** The rows behind one check: the project (or, for an investor in two places, its company) and what is wrong. */
export function QualityCheckTable({ check }: { check: QualityCheck }) {
  const { t } = useI18n();
  const result = useQualityCheck(check);
  const data = result.data;
  const shown = data?.items.length ?? 0;

  return (
    <Card
      size="small"
      title={t(`quality.check.${check}`)}
      extra={
        data ? <Typography.Text type="secondary">{t('common.total', { total: data.count })}</Typography.Text> : null
      }
    >
      {result.error ? <ErrorAlert error={result.error} onRetry={() => void result.refetch()} /> : null}
      {data && data.count > shown ? (
        <Typography.Paragraph type="warning">
          {t('quality.truncated', { shown, total: data.count })}
        </Typography.Paragraph>
      ) : null}
      <Table<QualityItem>
        size="small"
        rowKey={(item) => `${item.projectId ?? 'c'}-${item.name}-${item.detail}`}
        loading={result.isFetching}
        dataSource={data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: t('quality.none') }}
        columns={[
          {
            title: t(COLUMN_TITLE[check] ?? 'quality.col.project'),
            key: 'name',
            width: 280,
            render: (_, item) =>
              check === 'staleSites' ? (
                <Link to={`/sites${toQueryString({ stale: 'true' })}`}>{item.name}</Link>
              ) : item.projectId !== null ? (
                <Link to={`/projects/${item.projectId}`}>{item.name}</Link>
              ) : (
                <Link to={`/projects${toQueryString({ q: item.name })}`} title={t('quality.investorProjects')}>
                  {item.name}
                </Link>
              ),
          },
          { title: t('quality.col.detail'), key: 'detail', render: (_, item) => item.detail },
        ]}
      />
    </Card>
  );
}
