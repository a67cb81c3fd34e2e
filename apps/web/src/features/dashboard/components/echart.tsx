import { lazy, Suspense } from 'react';
import type { ChartOption } from '../chart-options.ts';

/** What ECharts passes to a click handler, as far as the dashboard reads it. */
export type ChartClick = { seriesIndex?: number; dataIndex: number; componentType: string };

// ECharts is fetched at start-up beside the dashboard's data when the app opens at / (router.tsx).
const EChartCanvas = lazy(() => import('./echart-canvas.tsx').then((m) => ({ default: m.EChartCanvas })));

/**
 * One dashboard chart. ECharts is a chunk of its own, so the headline figures and the cards
 * paint as soon as the data is there and each chart draws into its place (kept at its height)
 * when ECharts has loaded.
 */
export function EChart(props: { option: ChartOption; height?: number; onClick?: (event: ChartClick) => void }) {
  return (
    <Suspense fallback={<div style={{ height: props.height ?? 300, width: '100%' }} />}>
      <EChartCanvas {...props} />
    </Suspense>
  );
}
