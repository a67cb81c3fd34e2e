import { describe, expect, it } from 'vitest';
import { yieldFunnelOption } from './funnel.ts';

describe('yield funnel', () => {
  it('draws guests → leads → filings → signed with title, unit and legend', () => {
    const option = yieldFunnelOption(
      { guests: 30, leads: 4, filings: 2, signed: 1, amountWan: '58000', foreignUsdWan: '100' },
      { title: '第7轮百日招商', unit: '个', step: (s) => s.toUpperCase(), amount: '协议投资（万元）' },
    );
    expect(option.title).toMatchObject({ text: '第7轮百日招商', subtext: '协议投资（万元） 58,000' });
    expect(option.legend).toMatchObject({ data: ['GUESTS', 'LEADS', 'FILINGS', 'SIGNED'] });
    const series = (option.series as { data: { value: number }[]; max: number }[])[0]!;
    expect(series.data.map((d) => d.value)).toEqual([30, 4, 2, 1]);
    expect(series.max).toBe(30);
    const tooltip = option.tooltip as { formatter: (p: unknown) => string };
    expect(tooltip.formatter({ name: '<b>', value: 3 })).toBe('&#60;b&#62;: 3 个');
  });
});
