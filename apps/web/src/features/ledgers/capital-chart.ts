import type { CapitalReport } from './api.ts';

export type CapitalChartText = { title: string; unit: string; thisYear: string; lastYear: string };

/** The month-by-month bars of domestic capital arrived, this period against the same months last year. */
export function capitalChartOption(months: CapitalReport['months'], text: CapitalChartText) {
  return {
    title: { text: text.title, subtext: text.unit, left: 'center' },
    legend: { bottom: 0, data: [text.thisYear, text.lastYear] },
    tooltip: { trigger: 'axis' as const },
    grid: { left: 60, right: 20, top: 60, bottom: 40 },
    xAxis: { type: 'category' as const, data: months.map((m) => m.month) },
    yAxis: { type: 'value' as const, name: text.unit },
    series: [
      { name: text.thisYear, type: 'bar' as const, data: months.map((m) => Number(m.domesticWan)) },
      { name: text.lastYear, type: 'bar' as const, data: months.map((m) => Number(m.lastYearDomesticWan)) },
    ],
  };
}

/** A share as a percentage with one decimal, or a dash when nothing is agreed. */
export const sharePercent = (share: number | null) => (share === null ? '—' : `${(share * 100).toFixed(1)}%`);

/** Year on year as a signed percentage, or a dash when last year had nothing. */
export function yearOnYear(now: string, lastYear: string): string {
  const before = Number(lastYear);
  if (before === 0) return '—';
  const change = ((Number(now) - before) / before) * 100;
  return `${change >= 0 ? '+' : ''}${change.toFixed(1)}%`;
}
