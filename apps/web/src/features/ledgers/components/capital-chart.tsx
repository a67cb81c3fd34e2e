import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { CapitalReport } from '../api.ts';
import { capitalChartOption } from '../capital-chart.ts';

use([BarChart, GridComponent, TitleComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** Domestic capital arrived per month, against the same month last year. */
export function CapitalChart({ months }: { months: CapitalReport['months'] }) {
  const { t } = useI18n();
  const element = useRef<HTMLDivElement>(null);
  const title = t('capital.chartTitle');
  const option = useMemo(
    () =>
      capitalChartOption(months, {
        title,
        unit: t('capital.chartUnit'),
        thisYear: t('capital.thisYear'),
        lastYear: t('capital.lastYearSeries'),
      }),
    [months, title, t],
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
  return <div ref={element} role="img" aria-label={title} style={{ height: 320, width: '100%' }} />;
}
