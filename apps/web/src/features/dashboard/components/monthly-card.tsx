import { Typography } from 'antd';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { sumWan } from '../../../components/figures.ts';
import { monthLabels, periodLabel } from '../../../components/year.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { Dashboard } from '../api.ts';
import {
  hasMonthlyData,
  monthlyOption,
  samePeriodTotals,
  throughMonth,
  yearOfMonthlySeries,
} from '../chart-options.ts';
import { monthProjectsLink } from '../drill-links.ts';
import { useLargeYuan } from '../hooks/use-large-yuan.ts';
import { ChartCard, ClickHint } from './chart-card.tsx';
import { EChart } from './echart.tsx';

/** (1) Signed projects and agreed investment by month, this year against last year; a bar or point opens that month's projects. */
export function MonthlyCard({ data }: { data: Dashboard }) {
  const { t, lang } = useI18n();
  const largeYuanText = useLargeYuan();
  const navigate = useNavigate();
  const through = throughMonth(data.window);
  const totals = samePeriodTotals(data.signedByMonth, through);
  const option = useMemo(
    () =>
      monthlyOption(data, {
        monthLabels: monthLabels(lang),
        countSeries: (year) => t('dashboard.monthly.countSeries', { year }),
        amountSeries: (year) => t('dashboard.monthly.amountSeries', { year }),
        countUnit: t('dashboard.unit.count'),
        amountUnit: t('dashboard.unit.yi'),
      }),
    [data, lang, t],
  );
  const summary = (
    <Typography.Text>
      {t('dashboard.monthly.summary', {
        months: periodLabel(through, lang, (to) => t('dashboard.monthly.months', { to })),
        count: totals.count,
        lastCount: totals.lastCount,
        amount: largeYuanText(sumWan(totals.amountWan)),
        lastAmount: largeYuanText(sumWan(totals.lastAmountWan)),
      })}
    </Typography.Text>
  );
  return (
    <ChartCard
      title={t('dashboard.monthly.title')}
      unit={t('dashboard.monthly.units')}
      summary={summary}
      empty={!hasMonthlyData(data.signedByMonth)}
      extra={<ClickHint>{t('dashboard.monthly.hint')}</ClickHint>}
    >
      <EChart
        option={option}
        height={300}
        onClick={(e) => {
          if (e.componentType !== 'series') return;
          navigate(monthProjectsLink(yearOfMonthlySeries(data.year, e.seriesIndex ?? 0), e.dataIndex + 1));
        }}
      />
    </ChartCard>
  );
}
