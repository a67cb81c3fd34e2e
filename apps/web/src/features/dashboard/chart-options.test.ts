import { describe, expect, it } from 'vitest';
import type { Dashboard, MonthFigures } from './api.ts';
import {
  chainOption,
  chainSlices,
  escapeHtml,
  floorPercent,
  foreignGaugeOption,
  funnelOption,
  gaugeMax,
  hasMonthlyData,
  hasRateData,
  isBelowFloor,
  monthlyOption,
  monthSeries,
  ratePoint,
  samePeriodTotals,
  unitRatesOption,
  yearOfMonthlySeries,
} from './chart-options.ts';

const months: MonthFigures[] = Array.from({ length: 12 }, (_, i) => ({
  month: i + 1,
  count: 0,
  amountWan: '0',
  lastYearCount: 0,
  lastYearAmountWan: '0',
}));
months[0] = { month: 1, count: 3, amountWan: '123456.7891', lastYearCount: 2, lastYearAmountWan: '3000' };
months[4] = { month: 5, count: 1, amountWan: '0.0001', lastYearCount: 0, lastYearAmountWan: '0' };
months[9] = { month: 10, count: 0, amountWan: '0', lastYearCount: 4, lastYearAmountWan: '21035000' };

const texts = {
  monthLabels: months.map((m) => `${m.month}月`),
  countSeries: (y: number) => `${y}年签约数`,
  amountSeries: (y: number) => `${y}年协议投资`,
  countUnit: '个',
  amountUnit: '亿元',
};

describe('the monthly chart', () => {
  it('builds the four series from signedByMonth, this year empty after the window', () => {
    const s = monthSeries(months, 6);
    expect(s.count).toEqual([3, 0, 0, 0, 1, 0, null, null, null, null, null, null]);
    expect(s.lastCount).toEqual([2, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0]);
    // 万元 → 亿元 read from the exact decimal: 123456.7891 万元 = 12.34567891 亿元.
    expect(s.amountYi).toEqual([12.34567891, 0, 0, 0, 0.00000001, 0, null, null, null, null, null, null]);
    expect(s.lastAmountYi).toEqual([0.3, 0, 0, 0, 0, 0, 0, 0, 0, 2103.5, 0, 0]);
  });

  it('sorts months that arrive out of order', () => {
    expect(monthSeries([...months].reverse(), 12).count.slice(0, 5)).toEqual([3, 0, 0, 0, 1]);
  });

  it('names series, axes and units, two y-axes', () => {
    const option = monthlyOption(
      { year: 2026, window: { from: '2026-01-01', to: '2026-06-30' }, signedByMonth: months },
      texts,
    );
    const series = option.series as { name: string; type: string; yAxisIndex?: number; data: unknown[] }[];
    expect(series.map((s) => [s.name, s.type, s.yAxisIndex ?? 0])).toEqual([
      ['2026年签约数', 'bar', 0],
      ['2025年签约数', 'bar', 0],
      ['2026年协议投资', 'line', 1],
      ['2025年协议投资', 'line', 1],
    ]);
    expect((option.yAxis as { name: string }[]).map((a) => a.name)).toEqual(['个', '亿元']);
    expect(series[0]!.data[6]).toBeNull();
    expect(yearOfMonthlySeries(2026, 0)).toBe(2026);
    expect(yearOfMonthlySeries(2026, 3)).toBe(2025);
  });

  it('totals the same period exactly and knows when there is nothing to draw', () => {
    expect(samePeriodTotals(months, 6)).toEqual({
      count: 4,
      lastCount: 2,
      amountWan: ['123456.7891', '0', '0', '0', '0.0001', '0'],
      lastAmountWan: ['3000', '0', '0', '0', '0', '0'],
    });
    expect(hasMonthlyData(months)).toBe(true);
    expect(
      hasMonthlyData(
        months.map((m) => ({ ...m, count: 0, lastYearCount: 0, amountWan: '0', lastYearAmountWan: '0.0000' })),
      ),
    ).toBe(false);
  });
});

const funnel: Dashboard['funnel'] = {
  signed: 40,
  contracted: 30,
  registered: 33,
  ready: 12,
  started: 10,
  completed: 2,
  producing: 1,
};

describe('the stage funnel', () => {
  it('keeps stage order and labels each stage with its count and share of signed', () => {
    const option = funnelOption(funnel, { stageLabel: (s) => s, countUnit: '个' });
    const [series] = option.series as {
      sort: string;
      max: number;
      data: { name: string; value: number; label: { formatter: string } }[];
    }[];
    expect(series!.sort).toBe('none');
    expect(series!.max).toBe(40);
    expect(series!.data.map((d) => d.value)).toEqual([40, 30, 33, 12, 10, 2, 1]);
    expect(series!.data[1]!.label.formatter).toBe('contracted  30 个 · 75.0%');
    expect(series!.data[6]!.label.formatter).toBe('producing  1 个 · 2.5%');
  });

  it('draws no NaN for an empty cohort', () => {
    const empty = { signed: 0, contracted: 0, registered: 0, ready: 0, started: 0, completed: 0, producing: 0 };
    const option = funnelOption(empty, { stageLabel: (s) => s, countUnit: '个' });
    expect(JSON.stringify(option)).not.toContain('NaN');
    expect((option.series as { max: number }[])[0]!.max).toBe(1);
  });
});

describe('unit rates against floors', () => {
  const rows: Dashboard['unitRates'] = [
    { unit: { id: 1, name: '沭阳县' }, signed: 10, contractRate: 0.5, registrationRate: 0.9, readyRate: 0.55 },
    { unit: { id: 2, name: '<b>泗洪县</b>' }, signed: 0, contractRate: null, registrationRate: null, readyRate: null },
    { unit: { id: 3, name: '经开区' }, signed: 3, contractRate: 2 / 3, registrationRate: 0.6, readyRate: 1 / 3 },
  ];
  const floors = { contractRate: 0.6, registrationRate: 0.8, readyRate: 0.5, fitShareCount: 0.88 };
  const text = {
    rateLabel: (k: string) => k,
    floorLabel: (k: string, p: number) => `${k} ${p}%`,
    signedLine: (n: number) => `(${n})`,
    noData: '无',
  };

  it('turns rates into percent points and floors into lines', () => {
    expect(ratePoint(2 / 3)).toBe(66.7);
    expect(ratePoint(null)).toBe('-');
    expect(floorPercent(floors, 'contractRate')).toBe(60);
    expect(floorPercent({}, 'readyRate')).toBeUndefined();
    const option = unitRatesOption(rows, floors, text);
    const series = option.series as {
      data: unknown[];
      markLine?: { data: { yAxis: number }[]; label: { formatter: string } };
    }[];
    expect(series.map((s) => s.markLine?.data[0]?.yAxis)).toEqual([60, 80, 50]);
    expect(series[0]!.markLine!.label.formatter).toBe('contractRate 60%');
    // Below the floor: outlined in red; no data: a gap, not a zero.
    expect(series[0]!.data[0]).toEqual({
      value: 50,
      itemStyle: { color: '#1d5fbf', borderColor: '#cf1322', borderWidth: 2 },
    });
    expect(series[0]!.data[1]).toBe('-');
    expect(series[0]!.data[2]).toBe(66.7);
    expect(series[2]!.data[2]).toEqual({
      value: 33.3,
      itemStyle: { color: '#722ed1', borderColor: '#cf1322', borderWidth: 2 },
    });
    expect(isBelowFloor(0.59, 0.6)).toBe(true);
    expect(isBelowFloor(0.6, 0.6)).toBe(false);
    expect(isBelowFloor(null, 0.6)).toBe(false);
  });

  it('leaves floor lines out when the scheme sets none, and escapes unit names in the tooltip', () => {
    const option = unitRatesOption(rows, {}, text);
    expect((option.series as { markLine?: unknown }[]).map((s) => s.markLine)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const html = formatter([{ dataIndex: 1, seriesName: 'contractRate', marker: '', value: '-' }]);
    expect(html).toBe('<b>&#60;b&#62;泗洪县&#60;/b&#62;</b> (0)<br/>contractRate：无');
    expect(hasRateData(rows)).toBe(true);
    expect(hasRateData([rows[1]!])).toBe(false);
  });
});

describe('the chain mix and the foreign-capital gauge', () => {
  it('slices by amount in 亿元, largest first, naming the blank chain', () => {
    const slices = chainSlices(
      [
        { chain: '新能源', count: 2, amountWan: '50000' },
        { chain: null, count: 1, amountWan: '250000.5' },
        { chain: '空链', count: 0, amountWan: '0' },
      ],
      '未填写产业链',
    );
    expect(slices.map((s) => [s.name, s.value, s.chain])).toEqual([
      ['未填写产业链', 25.00005, null],
      ['新能源', 5, '新能源'],
    ]);
    const option = chainOption(slices, { line: (c, yi, p) => `${c}|${yi}|${p}` });
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter({ dataIndex: 0, marker: '', percent: 83.3335 })).toBe('<b>未填写产业链</b><br/>1|250000.5|83.3');
    expect(escapeHtml(`a<&>"'`)).toBe('a&#60;&#38;&#62;&#34;&#39;');
  });

  it('scales the gauge to the share, stretching past 100%', () => {
    expect(gaugeMax(56.3)).toBe(100);
    expect(gaugeMax(100)).toBe(100);
    expect(gaugeMax(101)).toBe(120);
    expect(gaugeMax(163)).toBe(180);
    const option = foreignGaugeOption(48500 / 86150, '完成年度目标');
    const [series] = option.series as { max: number; data: { value: number; name: string }[] }[];
    expect(series!.data).toEqual([{ value: 56.3, name: '完成年度目标' }]);
    expect(series!.max).toBe(100);
  });
});
