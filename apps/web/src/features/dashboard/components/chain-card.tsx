import { App } from 'antd';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { Dashboard } from '../api.ts';
import { chainOption, chainSlices } from '../chart-options.ts';
import { chainProjectsLink } from '../drill-links.ts';
import { useLargeYuan } from '../hooks/use-large-yuan.ts';
import { ChartCard, ClickHint } from './chart-card.tsx';
import { EChart } from './echart.tsx';

/** (4) This year's signed projects by industry chain, sized by agreed investment; a slice opens the chain's projects. */
export function ChainCard({ data }: { data: Dashboard }) {
  const { t } = useI18n();
  const largeYuanText = useLargeYuan();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const slices = useMemo(() => chainSlices(data.chainMix, t('dashboard.chain.none')), [data.chainMix, t]);
  const option = useMemo(
    () =>
      chainOption(slices, {
        line: (count, wan, percent) => t('dashboard.chain.tooltip', { count, amount: largeYuanText(wan), percent }),
      }),
    [slices, t, largeYuanText],
  );
  return (
    <ChartCard
      title={t('dashboard.chain.title')}
      unit={t('dashboard.chain.units')}
      empty={slices.length === 0}
      extra={<ClickHint>{t('dashboard.chain.hint')}</ClickHint>}
    >
      <EChart
        option={option}
        height={300}
        onClick={(e) => {
          const slice = slices[e.dataIndex];
          if (!slice) return;
          const link = chainProjectsLink(slice.chain, data.window);
          if (link) navigate(link);
          else message.info(t('dashboard.chain.noneHint'));
        }}
      />
    </ChartCard>
  );
}
