import { formatMoney } from '@zhaoshang/shared';
import { Card, Col, Row, Statistic, Typography } from 'antd';
import { formatChange, formatPercent, formatUsdMillions } from '../../../components/figures.ts';
import { periodLabel } from '../../../components/year.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { Grid } from '../foreign-grid.ts';

/** The city's figures for the months entered: "$485M used in Jan–Jun, 56.3% of the year's target, +53.4% y/y". */
export function ForeignSummary({ grid, year }: { grid: Grid; year: number }) {
  const { t, lang } = useI18n();
  const { totals, through } = grid;
  const period =
    through === 0 ? t('foreign.period.none') : periodLabel(through, lang, (to) => t('foreign.period.range', { to }));
  const usd = (wan: string | null) => (wan === null ? '—' : formatUsdMillions(wan));
  const wan = (value: string | null) =>
    value === null ? t('foreign.noTarget') : t('foreign.wanUnit', { wan: formatMoney(value) });
  const figures = [
    { key: 'used', title: t('foreign.summary.used', { period }), value: usd(totals.total), note: wan(totals.total) },
    {
      key: 'target',
      title: t('foreign.summary.target', { year }),
      value: usd(totals.target),
      note: wan(totals.target),
    },
    {
      key: 'share',
      title: t('foreign.summary.share'),
      value: formatPercent(totals.share),
      note: t('foreign.summary.shareNote'),
    },
    {
      key: 'last',
      title: t('foreign.summary.lastYear', { year: year - 1, period }),
      value: usd(totals.lastYear),
      note: wan(totals.lastYear),
    },
    {
      key: 'yoy',
      title: t('foreign.summary.yoy'),
      value: formatChange(totals.yoy),
      note: t('foreign.summary.yoyNote'),
    },
  ];
  const yoyColor = totals.yoy === null ? undefined : totals.yoy >= 0 ? '#389e0d' : '#cf1322';
  return (
    <Card size="small">
      <Row gutter={[16, 16]}>
        {figures.map((f) => (
          <Col xs={12} md={8} xl={24 / 5} key={f.key} style={{ flex: '1 1 0', minWidth: 160 }}>
            <Statistic
              title={f.title}
              value={f.value}
              styles={{ content: f.key === 'yoy' ? { color: yoyColor } : undefined }}
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {f.note}
            </Typography.Text>
          </Col>
        ))}
      </Row>
      {through > 0 ? (
        <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }} data-testid="foreign-sentence">
          {t('foreign.sentence', {
            period,
            usd: usd(totals.total),
            wan: formatMoney(totals.total),
            share: formatPercent(totals.share),
            change: formatChange(totals.yoy),
          })}
        </Typography.Paragraph>
      ) : null}
    </Card>
  );
}
