import { formatMoney } from '@zhaoshang/shared';
import type {
  BarSeriesOption,
  FunnelSeriesOption,
  GaugeSeriesOption,
  LineSeriesOption,
  PieSeriesOption,
} from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { fractionToPercent, wanToYi } from '../../components/figures.ts';
import {
  type Dashboard,
  FUNNEL_STAGES,
  type FunnelStage,
  type MonthFigures,
  UNIT_RATE_KEYS,
  type UnitRateKey,
  type UnitRates,
} from './api.ts';

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | FunnelSeriesOption
  | PieSeriesOption
  | GaugeSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | MarkLineComponentOption
>;

/** Series colours: this year strong, last year pale; the three rates keep their colour everywhere. */
export const COLORS = {
  count: '#1d5fbf',
  lastCount: '#a9c1e8',
  amount: '#fa8c16',
  lastAmount: '#ffc98a',
  rates: { contractRate: '#1d5fbf', registrationRate: '#13a8a8', readyRate: '#722ed1' } as Record<UnitRateKey, string>,
  belowFloor: '#cf1322',
};

/** Text for tooltips and HTML labels: unit and chain names are typed by people. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The last month with data of a year: the window's end month, 12 for a past year. */
export const throughMonth = (window: { to: string }) => Number(window.to.slice(5, 7));

export type MonthSeries = {
  count: (number | null)[];
  lastCount: number[];
  amountYi: (number | null)[];
  lastAmountYi: number[];
};

/** The four monthly series; this year's months after the window are empty (null), not zero. */
export function monthSeries(months: readonly MonthFigures[], through: number): MonthSeries {
  const sorted = [...months].sort((a, b) => a.month - b.month);
  return {
    count: sorted.map((m) => (m.month > through ? null : m.count)),
    lastCount: sorted.map((m) => m.lastYearCount),
    amountYi: sorted.map((m) => (m.month > through ? null : wanToYi(m.amountWan))),
    lastAmountYi: sorted.map((m) => wanToYi(m.lastYearAmountWan)),
  };
}

export const hasMonthlyData = (months: readonly MonthFigures[]) =>
  months.some(
    (m) => m.count > 0 || m.lastYearCount > 0 || wanToYi(m.amountWan) > 0 || wanToYi(m.lastYearAmountWan) > 0,
  );

export type MonthlyText = {
  monthLabels: string[];
  countSeries: (year: number) => string;
  amountSeries: (year: number) => string;
  countUnit: string;
  amountUnit: string;
};

/** Series order: 0 this year's count, 1 last year's count, 2 this year's amount, 3 last year's amount. */
export function monthlyOption(d: Pick<Dashboard, 'year' | 'window' | 'signedByMonth'>, text: MonthlyText): ChartOption {
  const s = monthSeries(d.signedByMonth, throughMonth(d.window));
  const count = (v: unknown) => (typeof v === 'number' ? `${v} ${text.countUnit}` : '—');
  // The value is 亿元 read from an exact decimal, so its shortest text is that decimal.
  const amount = (v: unknown) =>
    typeof v === 'number' ? `${formatMoney(String(v), { decimals: 2 })} ${text.amountUnit}` : '—';
  const bar = (name: string, data: (number | null)[], color: string): BarSeriesOption => ({
    type: 'bar',
    name,
    data,
    itemStyle: { color },
    barMaxWidth: 18,
    tooltip: { valueFormatter: count },
    cursor: 'pointer',
  });
  const line = (name: string, data: (number | null)[], color: string, dashed: boolean): LineSeriesOption => ({
    type: 'line',
    name,
    data,
    yAxisIndex: 1,
    smooth: false,
    symbolSize: 7,
    connectNulls: false,
    itemStyle: { color },
    lineStyle: { color, type: dashed ? 'dashed' : 'solid', width: 2 },
    tooltip: { valueFormatter: amount },
    cursor: 'pointer',
  });
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 48, right: 56, top: 48, bottom: 28 },
    xAxis: { type: 'category', data: text.monthLabels },
    yAxis: [
      { type: 'value', name: text.countUnit, minInterval: 1 },
      { type: 'value', name: text.amountUnit, splitLine: { show: false } },
    ],
    series: [
      bar(text.countSeries(d.year), s.count, COLORS.count),
      bar(text.countSeries(d.year - 1), s.lastCount, COLORS.lastCount),
      line(text.amountSeries(d.year), s.amountYi, COLORS.amount, false),
      line(text.amountSeries(d.year - 1), s.lastAmountYi, COLORS.lastAmount, true),
    ],
  };
}

/** The year a clicked monthly series belongs to (series 1 and 3 are last year's). */
export const yearOfMonthlySeries = (year: number, seriesIndex: number) => (seriesIndex % 2 === 1 ? year - 1 : year);

/** The same-period totals shown above the monthly chart: months 1…through of both years. */
export function samePeriodTotals(months: readonly MonthFigures[], through: number) {
  const within = months.filter((m) => m.month <= through);
  return {
    count: within.reduce((n, m) => n + m.count, 0),
    lastCount: within.reduce((n, m) => n + m.lastYearCount, 0),
    amountWan: within.map((m) => m.amountWan),
    lastAmountWan: within.map((m) => m.lastYearAmountWan),
  };
}

export type FunnelText = { stageLabel: (stage: FunnelStage) => string; countUnit: string };

/** Stage order kept as is (contract and registration are independent, so it is no strict funnel). */
export function funnelOption(funnel: Dashboard['funnel'], text: FunnelText): ChartOption {
  const signed = funnel.signed;
  const data = FUNNEL_STAGES.map((stage) => {
    const value = funnel[stage] ?? 0;
    const share = signed > 0 ? ` · ${((value / signed) * 100).toFixed(1)}%` : '';
    return {
      name: text.stageLabel(stage),
      value,
      label: { formatter: `${text.stageLabel(stage)}  ${value} ${text.countUnit}${share}` },
    };
  });
  return {
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) =>
        escapeHtml(String((p as { data: { label: { formatter: string } } }).data.label.formatter)),
    },
    legend: { show: false },
    series: [
      {
        // Labels stand to the right: the narrow lower stages cannot hold them inside.
        type: 'funnel',
        sort: 'none',
        min: 0,
        max: Math.max(signed, 1),
        minSize: '6%',
        left: '2%',
        width: '52%',
        top: 8,
        bottom: 8,
        gap: 3,
        label: { position: 'right', color: '#262626' },
        labelLine: { length: 12, lineStyle: { color: '#bfbfbf' } },
        itemStyle: { borderWidth: 0 },
        cursor: 'pointer',
        data,
      },
    ],
    color: ['#1d5fbf', '#2f73d0', '#13a8a8', '#722ed1', '#d48806', '#7cb305', '#389e0d'],
  };
}

/** A rate in percent with one decimal, or '-' (ECharts' "no value") when the unit signed nothing. */
export const ratePoint = (rate: number | null) => (rate === null ? '-' : Math.round(rate * 1000) / 10);

/** The floor of a rate in percent, or undefined when the scheme sets none. */
export const floorPercent = (floors: Dashboard['floors'], key: UnitRateKey) => {
  const floor = floors[key];
  return typeof floor === 'number' ? fractionToPercent(floor) : undefined;
};

/** Below its floor (a unit that signed nothing has no rate, so it is not "below"). */
export function isBelowFloor(rate: number | null, floor: number | undefined): boolean {
  return rate !== null && floor !== undefined && rate < floor;
}

export type RatesText = {
  rateLabel: (key: UnitRateKey) => string;
  floorLabel: (key: UnitRateKey, percent: number) => string;
  signedLine: (count: number) => string;
  noData: string;
};

export const hasRateData = (rows: readonly UnitRates[]) => rows.some((r) => r.signed > 0);

/** Grouped bars per host unit, a dashed floor line per rate; bars under their floor get a red outline. */
export function unitRatesOption(rows: readonly UnitRates[], floors: Dashboard['floors'], text: RatesText): ChartOption {
  const series: BarSeriesOption[] = UNIT_RATE_KEYS.map((key) => {
    const floor = floorPercent(floors, key);
    const color = COLORS.rates[key];
    return {
      type: 'bar',
      name: text.rateLabel(key),
      barMaxWidth: 14,
      cursor: 'pointer',
      itemStyle: { color },
      data: rows.map((r) => {
        const below = isBelowFloor(r[key], floors[key]);
        return below
          ? { value: ratePoint(r[key]), itemStyle: { color, borderColor: COLORS.belowFloor, borderWidth: 2 } }
          : ratePoint(r[key]);
      }),
      markLine:
        floor === undefined
          ? undefined
          : {
              silent: true,
              symbol: 'none',
              lineStyle: { color, type: 'dashed', width: 1.5 },
              // Past the plot's right edge, so the label never covers a bar; colour ties it to its rate.
              label: { formatter: text.floorLabel(key, floor), position: 'end', color, fontSize: 11 },
              data: [{ yAxis: floor }],
            },
    };
  });
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const list = params as { dataIndex: number; seriesName: string; marker: string; value: unknown }[];
        const row = rows[list[0]?.dataIndex ?? -1];
        if (!row) return '';
        const lines = list.map(
          (p) => `${p.marker}${escapeHtml(p.seriesName)}：${typeof p.value === 'number' ? `${p.value}%` : text.noData}`,
        );
        return [`<b>${escapeHtml(row.unit.name)}</b> ${escapeHtml(text.signedLine(row.signed))}`, ...lines].join(
          '<br/>',
        );
      },
    },
    legend: { top: 0 },
    grid: { left: 44, right: 64, top: 40, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.unit.name),
      axisLabel: { interval: 0, rotate: rows.length > 6 ? 30 : 0 },
    },
    yAxis: { type: 'value', name: '%', min: 0, max: 100 },
    series,
  };
}

export type ChainSlice = { chain: string | null; name: string; count: number; amountWan: string; value: number };

/** Pie slices by agreed amount in 亿元, largest first; chains with neither projects nor money are left out. */
export function chainSlices(mix: Dashboard['chainMix'], noChain: string): ChainSlice[] {
  return mix
    .filter((c) => c.count > 0 || wanToYi(c.amountWan) > 0)
    .map((c) => ({
      chain: c.chain,
      name: c.chain ?? noChain,
      count: c.count,
      amountWan: c.amountWan,
      value: wanToYi(c.amountWan),
    }))
    .sort((a, b) => b.value - a.value);
}

export type ChainText = { line: (count: number, amountWan: string, percent: string) => string };

export function chainOption(slices: readonly ChainSlice[], text: ChainText): ChartOption {
  return {
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const { dataIndex, marker, percent } = p as { dataIndex: number; marker: string; percent: number };
        const s = slices[dataIndex];
        if (!s) return '';
        return `${marker}<b>${escapeHtml(s.name)}</b><br/>${escapeHtml(text.line(s.count, s.amountWan, percent.toFixed(1)))}`;
      },
    },
    legend: { type: 'scroll', orient: 'vertical', right: 0, top: 8, bottom: 8 },
    series: [
      {
        type: 'pie',
        radius: ['40%', '74%'],
        center: ['34%', '52%'],
        cursor: 'pointer',
        percentPrecision: 1,
        label: { position: 'inside', formatter: '{d}%', color: '#fff', fontSize: 11 },
        labelLayout: { hideOverlap: true },
        data: slices.map((s) => ({ name: s.name, value: s.value })),
      },
    ],
  };
}

/** The gauge's scale: 0–100%, stretched in steps of 20 when the target is exceeded. */
export function gaugeMax(percent: number): number {
  return percent <= 100 ? 100 : Math.ceil(percent / 20) * 20;
}

export function foreignGaugeOption(share: number, label: string): ChartOption {
  const percent = Math.round(share * 1000) / 10;
  return {
    series: [
      {
        type: 'gauge',
        min: 0,
        max: gaugeMax(percent),
        startAngle: 210,
        endAngle: -30,
        radius: '92%',
        center: ['50%', '58%'],
        progress: { show: true, width: 14, itemStyle: { color: percent >= 100 ? '#389e0d' : '#1d5fbf' } },
        axisLine: { lineStyle: { width: 14 } },
        pointer: { show: false },
        splitLine: { show: false },
        axisTick: { show: false },
        axisLabel: { distance: -34, fontSize: 10, formatter: '{value}%' },
        title: { offsetCenter: [0, '28%'], fontSize: 12 },
        cursor: 'pointer',
        detail: {
          valueAnimation: false,
          offsetCenter: [0, '-4%'],
          fontSize: 26,
          fontWeight: 'bold',
          formatter: '{value}%',
        },
        data: [{ value: percent, name: label }],
      },
    ],
  };
}
