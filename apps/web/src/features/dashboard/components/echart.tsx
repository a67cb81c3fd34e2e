import { BarChart, FunnelChart, GaugeChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { ChartOption } from '../chart-options.ts';

// Only what the dashboard draws: the whole of echarts would triple this chunk.
echarts.use([BarChart, LineChart, FunnelChart, PieChart, GaugeChart, GridComponent, LegendComponent, TooltipComponent, MarkLineComponent, CanvasRenderer]);

/** What ECharts passes to a click handler, as far as the dashboard reads it. */
export type ChartClick = { seriesIndex?: number; dataIndex: number; componentType: string };

/** One chart; `notMerge` so a year change replaces the series instead of blending them. */
export function EChart({ option, height = 300, onClick }: { option: ChartOption; height?: number; onClick?: (event: ChartClick) => void }) {
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      style={{ height, width: '100%' }}
      onEvents={onClick ? { click: (event: ChartClick) => onClick(event) } : undefined}
    />
  );
}
