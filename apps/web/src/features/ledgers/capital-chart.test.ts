import { describe, expect, it } from 'vitest';
import { capitalChartOption, sharePercent, yearOnYear } from './capital-chart.ts';

describe('the capital chart and figures', () => {
  it('draws this period against last year with title, unit and legend', () => {
    const option = capitalChartOption(
      [
        {
          month: '2025-03',
          domesticWan: '1700',
          foreignUsdWan: '15',
          lastYearDomesticWan: '300',
          lastYearForeignUsdWan: '0',
        },
        {
          month: '2025-04',
          domesticWan: '2500.5',
          foreignUsdWan: '0',
          lastYearDomesticWan: '0',
          lastYearForeignUsdWan: '0',
        },
      ],
      { title: '逐月国内到位资金', unit: '万元', thisYear: '本期', lastYear: '上年同期' },
    );
    expect(option.title).toEqual({ text: '逐月国内到位资金', subtext: '万元', left: 'center' });
    expect(option.legend.data).toEqual(['本期', '上年同期']);
    expect(option.xAxis.data).toEqual(['2025-03', '2025-04']);
    expect(option.series.map((s) => s.data)).toEqual([
      [1700, 2500.5],
      [300, 0],
    ]);
  });

  it('writes shares and year-on-year changes', () => {
    expect(sharePercent(0.058341)).toBe('5.8%');
    expect(sharePercent(null)).toBe('—');
    expect(yearOnYear('4850', '3161.6')).toBe('+53.4%');
    expect(yearOnYear('100', '0')).toBe('—');
    expect(yearOnYear('50', '100')).toBe('-50.0%');
  });
});
