import { formatMoney } from '@zhaoshang/shared';
import type { FunnelSeriesOption } from 'echarts/charts';
import type { LegendComponentOption, TitleComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { EventYield } from './api.ts';

export type FunnelOption = ComposeOption<
  FunnelSeriesOption | LegendComponentOption | TooltipComponentOption | TitleComponentOption
>;

export const FUNNEL_STEPS = ['guests', 'leads', 'filings', 'signed'] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

type Labels = { title: string; unit: string; step: (s: FunnelStep) => string; amount: string };

/** Text for tooltips: names are typed by people. */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The yield as an ECharts funnel: guests → leads → filings → signed projects, with its title,
 * the unit (people / items) and a legend of the steps; the amount signed is in the subtitle.
 */
export function yieldFunnelOption(y: EventYield, labels: Labels): FunnelOption {
  const data = FUNNEL_STEPS.map((s) => ({ name: labels.step(s), value: y[s] }));
  return {
    title: {
      text: labels.title,
      subtext: `${labels.amount} ${formatMoney(y.amountWan)}`,
      left: 'center',
      textStyle: { fontSize: 14 },
    },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const item = p as { name: string; value: number };
        return `${escapeHtml(item.name)}: ${item.value} ${escapeHtml(labels.unit)}`;
      },
    },
    legend: { bottom: 0, data: data.map((d) => d.name) },
    series: [
      {
        type: 'funnel',
        top: 56,
        bottom: 36,
        left: '10%',
        width: '80%',
        min: 0,
        max: Math.max(1, ...data.map((d) => d.value)),
        sort: 'none',
        label: { show: true, position: 'inside', formatter: '{c}' },
        data,
      },
    ],
  };
}
