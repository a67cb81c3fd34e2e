import { BarChart, FunnelChart, GaugeChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { type EChartsType, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { ChartOption } from '../chart-options.ts';
import type { ChartClick } from './echart.tsx';

// Only what the dashboard draws: the whole of echarts would triple this chunk.
use([
  BarChart,
  LineChart,
  FunnelChart,
  PieChart,
  GaugeChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  MarkLineComponent,
  CanvasRenderer,
]);

/**
 * One chart on echarts/core. (echarts-for-react 3.0.6's ESM build imports tslib without
 * declaring it, so it does not resolve here; this is the part of it the dashboard needs.)
 * Options replace the previous ones whole (notMerge), so a year change never blends series.
 */
export function EChartCanvas({
  option,
  height = 300,
  onClick,
}: {
  option: ChartOption;
  height?: number;
  onClick?: (event: ChartClick) => void;
}) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | undefined>(undefined);
  const click = useRef(onClick);
  click.current = onClick;

  useEffect(() => {
    const el = element.current;
    if (!el) return;
    const instance = init(el, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (event) => click.current?.(event as unknown as ChartClick));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = undefined;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={element} style={{ height, width: '100%' }} />;
}
