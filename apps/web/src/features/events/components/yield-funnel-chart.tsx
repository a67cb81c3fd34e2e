import { FunnelChart } from 'echarts/charts';
import { LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { EventYield } from '../api.ts';
import { yieldFunnelOption } from '../funnel.ts';

use([FunnelChart, TitleComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** An event's or a campaign's yield as a funnel: guests → leads → filings → signed, with the amount. */
export function YieldFunnelChart({
  title,
  value,
  height = 300,
}: {
  title: string;
  value: EventYield;
  height?: number;
}) {
  const { t } = useI18n();
  const element = useRef<HTMLDivElement>(null);
  const option = useMemo(
    () =>
      yieldFunnelOption(value, {
        title,
        unit: t('events.funnelUnit'),
        step: (s) => t(`events.step.${s}`),
        amount: t('events.amountWan'),
      }),
    [value, title, t],
  );
  useEffect(() => {
    const el = element.current;
    if (!el) return;
    const chart = init(el, undefined, { renderer: 'canvas' });
    chart.setOption(option, { notMerge: true });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [option]);
  return <div ref={element} role="img" aria-label={title} style={{ height, width: '100%' }} />;
}
