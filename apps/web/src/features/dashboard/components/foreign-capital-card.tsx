import { formatMoney } from '@zhaoshang/shared';
import { Button, Descriptions, Typography } from 'antd';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { formatChange, formatPercent, formatUsdMillions } from '../../../components/figures.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { Dashboard } from '../api.ts';
import { foreignGaugeOption } from '../chart-options.ts';
import { foreignCapitalLink } from '../drill-links.ts';
import { ChartCard } from './chart-card.tsx';
import { EChart } from './echart.tsx';

/** "48,500 万美元（$485M）": 1 万美元 = $10,000. */
export function UsdAmount({ usdWan }: { usdWan: string }) {
  const { t } = useI18n();
  return <>{t('foreign.amount', { wan: formatMoney(usdWan), usd: formatUsdMillions(usdWan) })}</>;
}

/** (5) Foreign capital actually used this year against the year's target, with the change on last year's same months. */
export function ForeignCapitalCard({ data }: { data: Dashboard }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const fc = data.foreignCapital;
  const open = () => navigate(foreignCapitalLink(data.year));
  const option = useMemo(
    () => (fc.share === null ? null : foreignGaugeOption(fc.share, t('dashboard.foreign.share'))),
    [fc.share, t],
  );
  const nothing = fc.targetUsdWan === null && Number(fc.usedUsdWan) === 0 && Number(fc.lastYearUsedUsdWan) === 0;
  const yoyColor = fc.yoy === null ? undefined : fc.yoy >= 0 ? '#389e0d' : '#cf1322';
  return (
    <ChartCard
      title={t('dashboard.foreign.title')}
      unit={t('dashboard.foreign.units')}
      empty={nothing}
      emptyText={t('dashboard.foreign.empty')}
      extra={
        <Button type="link" size="small" onClick={open}>
          {t('dashboard.foreign.open')}
        </Button>
      }
    >
      {option ? (
        <EChart option={option} height={190} onClick={open} />
      ) : (
        <Typography.Paragraph type="secondary" style={{ paddingTop: 24 }}>
          {t('dashboard.foreign.noTarget')}
        </Typography.Paragraph>
      )}
      <Descriptions size="small" column={1} colon={false} styles={{ label: { whiteSpace: 'nowrap' } }}>
        <Descriptions.Item label={t('dashboard.foreign.used')}>
          <UsdAmount usdWan={fc.usedUsdWan} />
        </Descriptions.Item>
        <Descriptions.Item label={t('dashboard.foreign.target')}>
          {fc.targetUsdWan === null ? t('dashboard.foreign.targetNone') : <UsdAmount usdWan={fc.targetUsdWan} />}
        </Descriptions.Item>
        <Descriptions.Item label={t('dashboard.foreign.shareLabel')}>{formatPercent(fc.share)}</Descriptions.Item>
        <Descriptions.Item label={t('dashboard.foreign.lastYear')}>
          <UsdAmount usdWan={fc.lastYearUsedUsdWan} />
        </Descriptions.Item>
        <Descriptions.Item label={t('dashboard.foreign.yoy')}>
          <Typography.Text strong style={{ color: yoyColor }}>
            {formatChange(fc.yoy)}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
    </ChartCard>
  );
}
