import { ReloadOutlined } from '@ant-design/icons';
import { formatMoney, INDICATOR_LABELS, type IndicatorKey } from '@zhaoshang/shared';
import { Alert, Button, Card, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDateTime } from '../../../components/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { FieldChangeList } from '../../projects/components/field-change-list.tsx';
import { fieldChangesOf } from '../../projects/history-changes.ts';
import { isoOf } from '../../projects/project-format.ts';
import type { Correction, Difference } from '../api.ts';
import { useRecomputed } from '../api.ts';
import { fixed2, formatRate } from '../bulletin-format.ts';

/** A compared figure's value as the bulletin writes it. */
function differenceValue(figure: string, value: number | string | null): string {
  if (value === null) return '—';
  if (figure === 'signedAmountYuan') return formatMoney(String(value), { from: 'yuan' });
  if (figure === 'score') return fixed2(Number(value));
  if (figure in INDICATOR_LABELS) return formatRate(Number(value));
  return String(value);
}

/**
 * A published bulletin never changes; this shows what it would say if computed today with its
 * own scheme, figure by figure, and the corrections recorded against it since.
 */
export function RecomputedSection({ bulletinId }: { bulletinId: number }) {
  const { t, lang } = useI18n();
  const [asked, setAsked] = useState(false);
  const result = useRecomputed(bulletinId, asked);
  const data = result.data;
  const figureLabel = (figure: string) =>
    figure === 'signedCount' || figure === 'signedAmountYuan' || figure === 'score' || figure === 'rank'
      ? t(`bulletin.diff.${figure}`)
      : (INDICATOR_LABELS[figure as IndicatorKey]?.[lang] ?? figure);

  return (
    <Card
      size="small"
      title={t('bulletin.recomputed.title')}
      className="zs-no-print"
      extra={
        <Button
          icon={<ReloadOutlined />}
          loading={result.isFetching}
          onClick={() => (asked ? void result.refetch() : setAsked(true))}
        >
          {t('bulletin.recomputed.run')}
        </Button>
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('bulletin.recomputed.intro')}</Typography.Text>
        {result.error ? <ErrorAlert error={result.error} onRetry={() => void result.refetch()} /> : null}
        {data ? (
          <>
            <Alert
              type={data.differences.length ? 'warning' : 'success'}
              showIcon
              title={
                data.differences.length
                  ? t('bulletin.recomputed.differs', { date: data.computedOn, count: data.differences.length })
                  : t('bulletin.recomputed.same', { date: data.computedOn })
              }
              description={t('bulletin.recomputed.frozen')}
            />
            {data.differences.length ? (
              <Table<Difference>
                size="small"
                rowKey={(d) => `${d.unitId ?? 'city'}-${d.figure}`}
                pagination={false}
                dataSource={data.differences}
                scroll={{ x: 'max-content' }}
                columns={[
                  {
                    title: t('bulletin.recomputed.scope'),
                    key: 'scope',
                    render: (_, d) => (
                      <span style={{ whiteSpace: 'nowrap' }}>{d.unitId === null ? t('bulletin.city') : d.scope}</span>
                    ),
                  },
                  { title: t('bulletin.recomputed.figure'), key: 'figure', render: (_, d) => figureLabel(d.figure) },
                  {
                    title: t('bulletin.recomputed.published'),
                    key: 'published',
                    align: 'right',
                    render: (_, d) => differenceValue(d.figure, d.published),
                  },
                  {
                    title: t('bulletin.recomputed.now'),
                    key: 'now',
                    align: 'right',
                    render: (_, d) => <Typography.Text strong>{differenceValue(d.figure, d.now)}</Typography.Text>,
                  },
                ]}
              />
            ) : null}
            <Typography.Title level={5} style={{ margin: '8px 0 0' }}>
              {t('bulletin.recomputed.corrections', { count: data.corrections.length })}
            </Typography.Title>
            <Table<Correction>
              size="small"
              rowKey={(c) => `${c.projectId}-${c.at}`}
              pagination={false}
              dataSource={data.corrections}
              locale={{ emptyText: t('bulletin.recomputed.noCorrections') }}
              scroll={{ x: 'max-content' }}
              columns={[
                {
                  title: t('bulletin.drill.project'),
                  key: 'project',
                  width: 220,
                  render: (_, c) => <Link to={`/projects/${c.projectId}`}>{c.projectName}</Link>,
                },
                {
                  title: t('bulletin.recomputed.changes'),
                  key: 'changes',
                  render: (_, c) => <FieldChangeList fields={fieldChangesOf(c.changes)} />,
                },
                {
                  title: t('bulletin.recomputed.reason'),
                  key: 'reason',
                  width: 220,
                  render: (_, c) => c.reason ?? '—',
                },
                {
                  title: t('bulletin.recomputed.by'),
                  key: 'by',
                  width: 180,
                  render: (_, c) => (
                    <span style={{ whiteSpace: 'nowrap' }}>
                      {c.user ?? '—'} · {formatDateTime(isoOf(c.at))}
                    </span>
                  ),
                },
              ]}
            />
          </>
        ) : null}
      </Space>
    </Card>
  );
}
