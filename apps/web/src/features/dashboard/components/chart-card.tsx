import { Card, Empty, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';

/** A dashboard card: a title with its unit, a line of figures, and the chart or "no data". */
export function ChartCard(props: {
  title: string;
  unit?: string;
  summary?: ReactNode;
  empty?: boolean;
  emptyText?: string;
  extra?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const { title, unit, summary, empty, emptyText, extra, children } = props;
  return (
    <Card
      size="small"
      style={{ height: '100%' }}
      title={
        <span>
          {title}
          {unit ? (
            <Typography.Text type="secondary" style={{ fontWeight: 'normal', marginInlineStart: 8, fontSize: 12 }}>
              {unit}
            </Typography.Text>
          ) : null}
        </span>
      }
      extra={extra}
    >
      {summary ? <div style={{ marginBottom: 8 }}>{summary}</div> : null}
      {empty ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={emptyText ?? t('dashboard.empty')}
          style={{ paddingBlock: 48 }}
        />
      ) : (
        children
      )}
    </Card>
  );
}

/** The hint under a chart that it can be clicked. */
export function ClickHint({ children }: { children: ReactNode }) {
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {children}
    </Typography.Text>
  );
}
