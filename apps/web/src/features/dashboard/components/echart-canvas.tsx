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

  const latest = useRef(option);
  latest.current = option;

  // The chart draws after the browser has painted the page around it (the next frame, then a
  // task), so the headline figures and the cards never wait for five canvases to be set up.
  useEffect(() => {
    const el = element.current;
    if (!el) return;
    let instance: EChartsType | undefined;
    let observer: ResizeObserver | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        instance = init(el, undefined, { renderer: 'canvas' });
        chart.current = instance;
        instance.on('click', (event) => click.current?.(event as unknown as ChartClick));
        instance.setOption(latest.current, { notMerge: true });
        const drawn = instance;
        observer = new ResizeObserver(() => drawn.resize());
        observer.observe(el);
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      observer?.disconnect();
      instance?.dispose();
      chart.current = undefined;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={element} style={{ height, width: '100%' }} />;
}
