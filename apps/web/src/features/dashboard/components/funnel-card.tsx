import { useMemo } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useProjectLabels } from '../../projects/hooks/use-project-labels.ts';
import { type Dashboard, FUNNEL_STAGES, type FunnelStage } from '../api.ts';
import { funnelOption } from '../chart-options.ts';
import { ChartCard, ClickHint } from './chart-card.tsx';
import { EChart } from './echart.tsx';

/** (2) How far this year's cohort (signed in the window) has come; a stage opens its projects. */
export function FunnelCard({ data, onStage }: { data: Dashboard; onStage: (stage: FunnelStage) => void }) {
  const { t } = useI18n();
  const { stageLabel } = useProjectLabels();
  const option = useMemo(
    () => funnelOption(data.funnel, { stageLabel, countUnit: t('dashboard.unit.count') }),
    [data.funnel, stageLabel, t],
  );
  return (
    <ChartCard
      title={t('dashboard.funnel.title')}
      unit={t('dashboard.funnel.units')}
      summary={<ClickHint>{t('dashboard.funnel.note', { from: data.window.from, to: data.window.to })}</ClickHint>}
      empty={data.funnel.signed === 0}
      emptyText={t('dashboard.funnel.empty')}
    >
      <EChart
        option={option}
        height={300}
        onClick={(e) => FUNNEL_STAGES[e.dataIndex] && onStage(FUNNEL_STAGES[e.dataIndex]!)}
      />
    </ChartCard>
  );
}
