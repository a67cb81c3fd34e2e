import { describe, expect, it } from 'vitest';
import { computeIndicators, computeKpi, type KpiProject, lastYearWindow, shiftYear, validateWindow } from './kpi.ts';
import { behind, EMPTY, project } from './kpi-test-fixtures.ts';
import { renderMessage } from './messages/index.ts';

describe('computeIndicators at the edges', () => {
  const w = { from: '2021-03-01', to: '2021-03-31' };

  it('takes signings on from and to, not a day outside', () => {
    const r = computeIndicators(
      [
        project(1, { signedOn: '2021-02-28' }),
        project(2, { signedOn: '2021-03-01' }),
        project(3, { signedOn: '2021-03-31' }),
        project(4, { signedOn: '2021-04-01' }),
        project(5, { signedOn: null, contractedOn: '2021-03-02' }),
      ],
      w,
    );
    expect(r.behind.signed).toEqual([2, 3]);
    expect(r.signedCount).toBe(2);
  });

  it('counts a milestone on `to` and not the day after; contract and registration are independent', () => {
    const r = computeIndicators(
      [
        project(1, {
          signedOn: '2021-03-05',
          contractedOn: '2021-03-31',
          registeredOn: '2021-04-01',
          readyOn: '2021-03-31',
        }),
        project(2, {
          signedOn: '2021-03-05',
          contractedOn: '2021-04-01',
          registeredOn: '2021-03-31',
          readyOn: '2021-04-01',
        }),
      ],
      w,
    );
    expect(r.behind).toEqual(behind({ signed: [1, 2], amount: [1, 2], contracted: [1], registered: [2], ready: [1] }));
    expect([r.contractRate, r.registrationRate, r.readyRate]).toEqual([0.5, 0.5, 0.5]);
  });

  it('counts a milestone reached before the signing date', () => {
    const r = computeIndicators([project(1, { signedOn: '2021-03-10', registeredOn: '2020-12-01' })], w);
    expect(r.registrationRate).toBe(1);
  });

  it('treats started, completed and producing as ready, and lists them as implied', () => {
    const r = computeIndicators(
      [
        project(1, { signedOn: '2021-03-02', startedOn: '2021-03-31' }),
        project(2, { signedOn: '2021-03-02', completedOn: '2021-03-20' }),
        project(3, { signedOn: '2021-03-02', producingOn: '2021-03-21' }),
        project(4, { signedOn: '2021-03-02', readyOn: '2021-03-10', startedOn: '2021-03-11' }),
        project(5, { signedOn: '2021-03-02', readyOn: '2021-04-10', startedOn: '2021-03-11' }),
        project(6, {
          signedOn: '2021-03-02',
          startedOn: '2021-04-01',
          completedOn: '2021-04-02',
          producingOn: '2021-04-03',
        }),
      ],
      w,
    );
    expect(r.behind.ready).toEqual([1, 2, 3, 4, 5]);
    expect(r.behind.readyImplied).toEqual([1, 2, 3, 5]);
    expect(r.readyRate).toBe(5 / 6);
  });

  it('keeps terminated projects in the cohort', () => {
    const r = computeIndicators(
      [project(1, { signedOn: '2021-03-02', terminatedOn: '2021-03-03', contractedOn: '2021-03-02' })],
      w,
    );
    expect([r.signedCount, r.contractRate]).toEqual([1, 1]);
  });

  it('adds an expansion’s money but not its count, nor its milestones', () => {
    const r = computeIndicators(
      [
        project(1, { signedOn: '2020-05-01', agreedYuan: 10_000_000n, fitsPositioning: true }),
        project(2, {
          signedOn: '2021-03-10',
          agreedYuan: 5_000_000n,
          fitsPositioning: true,
          expansionOf: 1,
          contractedOn: '2021-03-11',
          readyOn: '2021-03-12',
        }),
        project(3, { signedOn: '2021-03-11', agreedYuan: 15_000_000n, contractedOn: '2021-03-12' }),
      ],
      w,
    );
    expect(r).toEqual({
      signedCount: 1,
      signedAmountWan: 2000,
      signedAmountYuan: '20000000',
      contractRate: 1,
      registrationRate: 0,
      readyRate: 0,
      fitShareCount: 0,
      fitShareAmount: 0.25,
      behind: behind({ signed: [3], amount: [2, 3], contracted: [3], fitAmount: [2] }),
    });
  });

  it('gives null rates, not NaN, when only expansions were signed', () => {
    const r = computeIndicators(
      [project(2, { signedOn: '2021-03-10', agreedYuan: 40_000n, fitsPositioning: true, expansionOf: 1 })],
      w,
    );
    expect([r.signedCount, r.signedAmountWan, r.fitShareAmount]).toEqual([0, 4, 1]);
    for (const k of ['contractRate', 'registrationRate', 'readyRate', 'fitShareCount'] as const)
      expect(r[k]).toBeNull();
  });

  it('gives nulls for an empty cohort and for an empty project list', () => {
    expect(computeIndicators([project(1, { signedOn: '2021-05-01' })], w)).toEqual(EMPTY);
    const r = computeIndicators([], w);
    expect(r).toEqual(EMPTY);
    for (const k of ['contractRate', 'registrationRate', 'readyRate', 'fitShareCount', 'fitShareAmount'] as const)
      expect(r[k]).toBeNull();
    expect(Object.values(r).some((v) => typeof v === 'number' && Number.isNaN(v))).toBe(false);
  });

  it('gives fitShareAmount null when the cohort’s amount is 0, while count rates stand', () => {
    const r = computeIndicators(
      [project(1, { signedOn: '2021-03-02', fitsPositioning: true }), project(2, { signedOn: '2021-03-03' })],
      w,
    );
    expect(r.fitShareAmount).toBeNull();
    expect(r.fitShareCount).toBe(0.5);
    expect([r.signedAmountWan, r.signedAmountYuan]).toEqual([0, '0']);
  });

  it('sorts the ids behind each figure ascending whatever the input order', () => {
    const r = computeIndicators(
      [30, 4, 17].map((id) => project(id, { signedOn: '2021-03-02', contractedOn: '2021-03-02' })),
      w,
    );
    expect(r.behind.signed).toEqual([4, 17, 30]);
    expect(r.behind.contracted).toEqual([4, 17, 30]);
  });
});

describe('exact money', () => {
  const w = { from: '2021-01-01', to: '2021-12-31' };
  const signed = (id: number, agreedYuan: bigint, fitsPositioning = false) =>
    project(id, { signedOn: '2021-06-01', agreedYuan, fitsPositioning });

  it('adds 0.0001 and 0.0002 万元 to exactly 0.0003', () => {
    const r = computeIndicators([signed(1, 1n), signed(2, 2n)], w);
    expect(r.signedAmountWan).toBe(0.0003);
    expect(r.signedAmountYuan).toBe('3');
  });

  it('keeps the largest amounts exact as yuan', () => {
    const r = computeIndicators([signed(1, 999999999999999998n), signed(2, 1n)], w);
    expect(r.signedAmountYuan).toBe('999999999999999999');
    // No double holds 99999999999999.9999: the nearest is 1e14, and the yuan string stays exact.
    expect(r.signedAmountWan).toBe(Number('99999999999999.9999'));
    expect(r.signedAmountWan).toBe(1e14);
  });

  it('stays exact when a sum of safe integers passes 2^53', () => {
    const max = BigInt(Number.MAX_SAFE_INTEGER);
    const r = computeIndicators([signed(1, max, true), signed(2, max), signed(3, 1n), signed(4, 3n, true)], w);
    expect(r.signedAmountYuan).toBe('18014398509481986');
    expect(r.signedAmountYuan).toBe(String(2n * max + 4n));
    expect(r.fitShareAmount).toBe(0.5);
  });

  it('divides large amounts correctly rounded', () => {
    const x = 333333333333333333n;
    expect(computeIndicators([signed(1, x, true), signed(2, 2n * x)], w).fitShareAmount).toBe(1 / 3);
    const y = 2n ** 60n + 1n;
    expect(computeIndicators([signed(1, y, true), signed(2, 3n * y)], w).fitShareAmount).toBe(0.25);
    expect(computeIndicators([signed(1, 1n, true), signed(2, y - 1n)], w).fitShareAmount).toBe(2 ** -60);
  });
});

describe('windows', () => {
  it.each([
    ['2021-07-31', -1, '2020-07-31'],
    ['2024-02-29', -1, '2023-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2021-02-28', -1, '2020-02-28'],
    ['2020-03-01', 1, '2021-03-01'],
    ['2021-01-01', -1, '2020-01-01'],
  ])('%s shifted %i year(s) is %s', (d, n, expected) => expect(shiftYear(d, n)).toBe(expected));

  it('shifts a window ending on Feb 29 one year back', () => {
    expect(lastYearWindow({ from: '2024-01-01', to: '2024-02-29' })).toEqual({ from: '2023-01-01', to: '2023-02-28' });
  });

  it('refuses to shift a date that is not a calendar date', () => {
    expect(() => shiftYear('2021-02-29', -1)).toThrow(RangeError);
  });

  it.each([
    [{ from: '2021-01-01', to: '2021-07-31' }, null],
    [{ from: '2021-07-31', to: '2021-07-31' }, null],
    [{ from: '2021-02-30', to: '2021-07-31' }, '开始日期不是有效日期（格式 YYYY-MM-DD）'],
    [{ from: '2021/01/01', to: '2021-07-31' }, '开始日期不是有效日期（格式 YYYY-MM-DD）'],
    [{ from: '', to: '' }, '开始日期不是有效日期（格式 YYYY-MM-DD）'],
    [{ from: '2021-01-01', to: '2021-7-31' }, '结束日期不是有效日期（格式 YYYY-MM-DD）'],
    [{ from: '2021-01-01', to: '2021-02-29' }, '结束日期不是有效日期（格式 YYYY-MM-DD）'],
    [{ from: '2021-08-01', to: '2021-07-31' }, '结束日期早于开始日期'],
  ])('validateWindow(%j) is %s', (w, expected) => {
    const problem = validateWindow(w);
    expect(problem && renderMessage('zh', problem)).toBe(expected);
  });

  it('words a window problem in English from the same code', () => {
    const problem = validateWindow({ from: '2021-08-01', to: '2021-07-31' })!;
    expect(problem).toEqual({ code: 'kpi.toBeforeFrom' });
    expect(renderMessage('en', problem)).toBe('The end date is before the start date');
  });

  it('refuses an invalid window with the same message', () => {
    expect(() => computeIndicators([], { from: '2021-08-01', to: '2021-07-31' })).toThrow('结束日期早于开始日期');
    expect(() => computeKpi([], { from: 'x', to: '2021-07-31' }, [])).toThrow(
      '开始日期不是有效日期（格式 YYYY-MM-DD）',
    );
  });
});

describe('scale', () => {
  it('credits 200,000 projects to 100 units, each project to its host and each sourcing unit', () => {
    const projects: KpiProject[] = [];
    for (let id = 1; id <= 200_000; id++) {
      const year = 2020 + (id % 2);
      const month = String((id % 12) + 1).padStart(2, '0');
      projects.push(
        project(id, {
          signedOn: `${year}-${month}-15`,
          contractedOn: id % 3 === 0 ? `${year}-${month}-20` : null,
          readyOn: id % 5 === 0 ? `${year}-${month}-25` : null,
          agreedYuan: BigInt(id) * 10_000n,
          fitsPositioning: id % 4 === 0,
          hostUnitId: id % 50,
          sourceUnitIds: [100 + (id % 50), 100 + ((id * 7) % 50)],
        }),
      );
    }
    const units = Array.from({ length: 50 }, (_, i) => [
      { id: i, roles: ['host' as const] },
      { id: 100 + i, roles: ['source' as const] },
    ]).flat();
    const kpi = computeKpi(projects, { from: '2021-01-01', to: '2021-12-31' }, units);
    expect(kpi.units).toHaveLength(100);
    expect(kpi.city.signedCount).toBe(100_000);
    expect(kpi.city.lastYear.signedCount).toBe(100_000);
    expect(kpi.units.filter((u) => u.role === 'host').reduce((s, u) => s + u.indicators.signedCount, 0)).toBe(100_000);
  });
});
