import { describe, expect, it } from 'vitest';
import { computeKpi, type Indicators, type KpiProject } from './kpi.ts';
import { behind, EMPTY, project } from './kpi-test-fixtures.ts';

const W = { from: '2021-01-01', to: '2021-07-31' };
const [SUCHENG, SHUYANG, JINGKAI] = [1, 2, 3]; // host units: 宿城区, 沭阳县, 经开区
const [SHANGHAI, SHENZHEN, BEIJING] = [11, 12, 13]; // sourcing bureaus: 驻上海/驻深圳/驻北京招商局

/*
 * Fixture city. This year's window 2021-01-01..2021-07-31, last year's 2020-01-01..2020-07-31.
 *
 *  #   signed      contract    register    ready       later stage       万元        fit host src     note
 *  1   2021-01-01  2021-02-01  2021-03-01  2021-05-01  -                 5000        yes 1    11      signed on `from`
 *  2   2021-03-15  2021-07-31  2021-08-01  -           started 06-01     12345.6789  yes 1    11,11   contract on `to` counts, registration a day late does not
 *  3   2021-07-31  -           2021-07-20  -           -                 3000        no  2    12      signed on `to`; registered without contract
 *  4   2021-08-01  2021-08-01  2021-08-01  2021-08-01  -                 7000        yes 2    11      a day after `to`: outside
 *  5   2020-12-31  2021-01-05  -           -           -                 6000        yes 3    -       a day before `from`: outside (and outside last year)
 *  6   2021-04-10  2021-05-01  -           -           -                 8000        yes 2    11,12   terminated 2021-06-30, still counted
 *  7   2021-02-20  2021-03-01  2021-04-01  2021-08-15  completed 07-31   2000        no  3    12      readyOn after `to`: ready only by implication
 *  8   2021-06-01  2021-06-10  -           -           -                 1000        yes 1    11      expansion of #1: money only
 *  9   -           2021-02-01  2021-02-01  2021-02-01  -                 9999.9999   yes 3    -       never signed: never in a cohort
 * 10   2021-05-05  2021-05-06  2021-05-07  -           producing 07-15   0           yes 3    -       no amount recorded
 * 11   2020-03-01  2020-04-01  2020-07-31  2020-08-01  -                 4000        yes 1    11      last year; ready a day after last year's `to`
 * 12   2020-07-31  2020-09-01  -           -           started 2020-07-31 1500       no  2    12      last year, signed on last year's `to`
 * 13   2019-12-31  -           -           -           -                 500         yes 3    -       outside last year
 * 14   2020-06-01  -           -           -           -                 500         yes 1    11      last year, expansion of #11
 *
 * City, this year: cohort (expansions aside) #1 #2 #3 #6 #7 #10 -> signedCount 6
 *   amount  #1 #2 #3 #6 #7 #8 #10: 5000 + 12345.6789 + 3000 + 8000 + 2000 + 1000 + 0 = 31345.6789 万元
 *   contracted  #1 #2 #6 #7 #10 -> 5/6      registered  #1 #3 #7 #10 -> 4/6
 *   ready  #1 (itself) #2 (started) #7 (completed) #10 (producing) -> 4/6, implied #2 #7 #10
 *   fit (count)  #1 #2 #6 #10 -> 4/6
 *   fit (amount) #1 #2 #6 #8 #10: 26345.6789 / 31345.6789 = 263456789 / 313456789 yuan
 * City, last year: cohort #11 #12 -> 2; amount #11 #12 #14 = 6000 万元
 *   contracted #11 -> 1/2; registered #11 -> 1/2; ready #12 (started, implied) -> 1/2
 *   fit #11 -> 1/2; fit amount #11 #14 = 4500 / 6000 = 0.75
 * 宿城区 (host 1): #1 #2 (+#8) -> 2, 18345.6789 万元; contract 2/2, registration 1/2, ready 2/2 (implied #2),
 *   fit 2/2, fit amount 1. Last year #11 (+#14): 1, 4500; contract 1, registration 1, ready 0, fit 1, fit amount 1.
 * 沭阳县 (host 2): #3 #6 -> 2, 11000; contract #6 1/2, registration #3 1/2, ready 0, fit #6 1/2, fit amount 8000/11000.
 *   Last year #12: 1, 1500; contract 0, registration 0, ready 1 (implied), fit 0, fit amount 0/1500 = 0.
 * 经开区 (host 3): #7 #10 -> 2, 2000; contract 1, registration 1, ready 1 (both implied), fit #10 1/2,
 *   fit amount 0/2000 = 0. Last year: #13 is outside -> empty: 0, 0, every rate null.
 * 驻上海 (source 11): #1 #2 #6 (+#8), #2 listed twice counts once -> 3, 26345.6789; contract 3/3,
 *   registration #1 1/3, ready #1 #2 2/3 (implied #2), fit 3/3, fit amount 1. Last year = 宿城区's.
 * 驻深圳 (source 12): #3 #6 #7 -> 3, 13000; contract #6 #7 2/3, registration #3 #7 2/3, ready #7 1/3 (implied),
 *   fit #6 1/3, fit amount 8000/13000. Last year = 沭阳县's.
 * 驻北京 (source 13): nothing -> 0 and nulls in both years.
 */
const wan = (w: number) => BigInt(Math.round(w * 10000));
const CITY: KpiProject[] = [
  project(1, {
    signedOn: '2021-01-01',
    contractedOn: '2021-02-01',
    registeredOn: '2021-03-01',
    readyOn: '2021-05-01',
    agreedYuan: wan(5000),
    fitsPositioning: true,
    hostUnitId: SUCHENG,
    sourceUnitIds: [SHANGHAI],
  }),
  project(2, {
    signedOn: '2021-03-15',
    contractedOn: '2021-07-31',
    registeredOn: '2021-08-01',
    startedOn: '2021-06-01',
    agreedYuan: 123456789n,
    fitsPositioning: true,
    hostUnitId: SUCHENG,
    sourceUnitIds: [SHANGHAI, SHANGHAI],
  }),
  project(3, {
    signedOn: '2021-07-31',
    registeredOn: '2021-07-20',
    agreedYuan: wan(3000),
    hostUnitId: SHUYANG,
    sourceUnitIds: [SHENZHEN],
  }),
  project(4, {
    signedOn: '2021-08-01',
    contractedOn: '2021-08-01',
    registeredOn: '2021-08-01',
    readyOn: '2021-08-01',
    agreedYuan: wan(7000),
    fitsPositioning: true,
    hostUnitId: SHUYANG,
    sourceUnitIds: [SHANGHAI],
  }),
  project(5, {
    signedOn: '2020-12-31',
    contractedOn: '2021-01-05',
    agreedYuan: wan(6000),
    fitsPositioning: true,
    hostUnitId: JINGKAI,
  }),
  project(6, {
    signedOn: '2021-04-10',
    terminatedOn: '2021-06-30',
    contractedOn: '2021-05-01',
    agreedYuan: wan(8000),
    fitsPositioning: true,
    hostUnitId: SHUYANG,
    sourceUnitIds: [SHANGHAI, SHENZHEN],
  }),
  project(7, {
    signedOn: '2021-02-20',
    contractedOn: '2021-03-01',
    registeredOn: '2021-04-01',
    readyOn: '2021-08-15',
    completedOn: '2021-07-31',
    agreedYuan: wan(2000),
    hostUnitId: JINGKAI,
    sourceUnitIds: [SHENZHEN],
  }),
  project(8, {
    signedOn: '2021-06-01',
    contractedOn: '2021-06-10',
    agreedYuan: wan(1000),
    fitsPositioning: true,
    hostUnitId: SUCHENG,
    sourceUnitIds: [SHANGHAI],
    expansionOf: 1,
  }),
  project(9, {
    contractedOn: '2021-02-01',
    registeredOn: '2021-02-01',
    readyOn: '2021-02-01',
    agreedYuan: 99999999n,
    fitsPositioning: true,
    hostUnitId: JINGKAI,
  }),
  project(10, {
    signedOn: '2021-05-05',
    contractedOn: '2021-05-06',
    registeredOn: '2021-05-07',
    producingOn: '2021-07-15',
    fitsPositioning: true,
    hostUnitId: JINGKAI,
  }),
  project(11, {
    signedOn: '2020-03-01',
    contractedOn: '2020-04-01',
    registeredOn: '2020-07-31',
    readyOn: '2020-08-01',
    agreedYuan: wan(4000),
    fitsPositioning: true,
    hostUnitId: SUCHENG,
    sourceUnitIds: [SHANGHAI],
  }),
  project(12, {
    signedOn: '2020-07-31',
    contractedOn: '2020-09-01',
    startedOn: '2020-07-31',
    agreedYuan: wan(1500),
    hostUnitId: SHUYANG,
    sourceUnitIds: [SHENZHEN],
  }),
  project(13, { signedOn: '2019-12-31', agreedYuan: wan(500), fitsPositioning: true, hostUnitId: JINGKAI }),
  project(14, {
    signedOn: '2020-06-01',
    agreedYuan: wan(500),
    fitsPositioning: true,
    hostUnitId: SUCHENG,
    sourceUnitIds: [SHANGHAI],
    expansionOf: 11,
  }),
];

const SUCHENG_LAST_YEAR: Indicators = {
  signedCount: 1,
  signedAmountWan: 4500,
  signedAmountYuan: '45000000',
  contractRate: 1,
  registrationRate: 1,
  readyRate: 0,
  fitShareCount: 1,
  fitShareAmount: 1,
  behind: behind({
    signed: [11],
    amount: [11, 14],
    contracted: [11],
    registered: [11],
    fit: [11],
    fitAmount: [11, 14],
  }),
};
const SHUYANG_LAST_YEAR: Indicators = {
  signedCount: 1,
  signedAmountWan: 1500,
  signedAmountYuan: '15000000',
  contractRate: 0,
  registrationRate: 0,
  readyRate: 1,
  fitShareCount: 0,
  fitShareAmount: 0,
  behind: behind({ signed: [12], amount: [12], ready: [12], readyImplied: [12] }),
};

describe('computeKpi on the fixture city', () => {
  const units = [
    { id: SHANGHAI, roles: ['source' as const] },
    { id: SUCHENG, roles: ['host' as const] },
    { id: SHENZHEN, roles: ['source' as const] },
    { id: SHUYANG, roles: ['host' as const] },
    { id: JINGKAI, roles: ['host' as const] },
    { id: BEIJING, roles: ['source' as const] },
  ];
  const kpi = computeKpi(CITY, W, units);
  const unit = (id: number, role: 'host' | 'source') =>
    kpi.units.find((u) => u.unitId === id && u.role === role)!.indicators;

  it('reports both windows', () => {
    expect(kpi.window).toEqual(W);
    expect(kpi.lastYearWindow).toEqual({ from: '2020-01-01', to: '2020-07-31' });
  });

  it('computes the city figures exactly as on paper', () => {
    const { lastYear, ...city } = kpi.city;
    expect(city).toEqual({
      signedCount: 6,
      signedAmountWan: 31345.6789,
      signedAmountYuan: '313456789',
      contractRate: 5 / 6,
      registrationRate: 4 / 6,
      readyRate: 4 / 6,
      fitShareCount: 4 / 6,
      fitShareAmount: 263456789 / 313456789,
      behind: behind({
        signed: [1, 2, 3, 6, 7, 10],
        amount: [1, 2, 3, 6, 7, 8, 10],
        contracted: [1, 2, 6, 7, 10],
        registered: [1, 3, 7, 10],
        ready: [1, 2, 7, 10],
        fit: [1, 2, 6, 10],
        fitAmount: [1, 2, 6, 8, 10],
        readyImplied: [2, 7, 10],
      }),
    });
    expect(kpi.city.contractRate).toBe(5 / 6);
    expect(kpi.city.fitShareAmount).toBe(263456789 / 313456789);
    expect(lastYear).toEqual({
      signedCount: 2,
      signedAmountWan: 6000,
      signedAmountYuan: '60000000',
      contractRate: 1 / 2,
      registrationRate: 1 / 2,
      readyRate: 1 / 2,
      fitShareCount: 1 / 2,
      fitShareAmount: 0.75,
      behind: behind({
        signed: [11, 12],
        amount: [11, 12, 14],
        contracted: [11],
        registered: [11],
        ready: [12],
        fit: [11],
        fitAmount: [11, 14],
        readyImplied: [12],
      }),
    });
  });

  it('lists hosts first, then sources, each in the given order', () => {
    expect(kpi.units.map((u) => [u.role, u.unitId])).toEqual([
      ['host', SUCHENG],
      ['host', SHUYANG],
      ['host', JINGKAI],
      ['source', SHANGHAI],
      ['source', SHENZHEN],
      ['source', BEIJING],
    ]);
  });

  it('credits host units', () => {
    expect(unit(SUCHENG, 'host')).toEqual({
      signedCount: 2,
      signedAmountWan: 18345.6789,
      signedAmountYuan: '183456789',
      contractRate: 1,
      registrationRate: 1 / 2,
      readyRate: 1,
      fitShareCount: 1,
      fitShareAmount: 1,
      behind: behind({
        signed: [1, 2],
        amount: [1, 2, 8],
        contracted: [1, 2],
        registered: [1],
        ready: [1, 2],
        fit: [1, 2],
        fitAmount: [1, 2, 8],
        readyImplied: [2],
      }),
      lastYear: SUCHENG_LAST_YEAR,
    });
    expect(unit(SHUYANG, 'host')).toEqual({
      signedCount: 2,
      signedAmountWan: 11000,
      signedAmountYuan: '110000000',
      contractRate: 1 / 2,
      registrationRate: 1 / 2,
      readyRate: 0,
      fitShareCount: 1 / 2,
      fitShareAmount: 8 / 11,
      behind: behind({ signed: [3, 6], amount: [3, 6], contracted: [6], registered: [3], fit: [6], fitAmount: [6] }),
      lastYear: SHUYANG_LAST_YEAR,
    });
    expect(unit(JINGKAI, 'host')).toEqual({
      signedCount: 2,
      signedAmountWan: 2000,
      signedAmountYuan: '20000000',
      contractRate: 1,
      registrationRate: 1,
      readyRate: 1,
      fitShareCount: 1 / 2,
      fitShareAmount: 0,
      behind: behind({
        signed: [7, 10],
        amount: [7, 10],
        contracted: [7, 10],
        registered: [7, 10],
        ready: [7, 10],
        fit: [10],
        fitAmount: [10],
        readyImplied: [7, 10],
      }),
      lastYear: EMPTY,
    });
  });

  it('credits sourcing units, a unit listed twice on a project only once', () => {
    expect(unit(SHANGHAI, 'source')).toEqual({
      signedCount: 3,
      signedAmountWan: 26345.6789,
      signedAmountYuan: '263456789',
      contractRate: 1,
      registrationRate: 1 / 3,
      readyRate: 2 / 3,
      fitShareCount: 1,
      fitShareAmount: 1,
      behind: behind({
        signed: [1, 2, 6],
        amount: [1, 2, 6, 8],
        contracted: [1, 2, 6],
        registered: [1],
        ready: [1, 2],
        fit: [1, 2, 6],
        fitAmount: [1, 2, 6, 8],
        readyImplied: [2],
      }),
      lastYear: SUCHENG_LAST_YEAR,
    });
    expect(unit(SHENZHEN, 'source')).toEqual({
      signedCount: 3,
      signedAmountWan: 13000,
      signedAmountYuan: '130000000',
      contractRate: 2 / 3,
      registrationRate: 2 / 3,
      readyRate: 1 / 3,
      fitShareCount: 1 / 3,
      fitShareAmount: 8 / 13,
      behind: behind({
        signed: [3, 6, 7],
        amount: [3, 6, 7],
        contracted: [6, 7],
        registered: [3, 7],
        ready: [7],
        fit: [6],
        fitAmount: [6],
        readyImplied: [7],
      }),
      lastYear: SHUYANG_LAST_YEAR,
    });
  });

  it('gives a unit without projects zeros and nulls, never NaN', () => {
    expect(unit(BEIJING, 'source')).toEqual({ ...EMPTY, lastYear: EMPTY });
    const values = Object.values(unit(BEIJING, 'source')).filter((v) => typeof v === 'number');
    expect(values.some(Number.isNaN)).toBe(false);
  });

  it('lists a unit with both roles once per role, sums of host counts give the city count', () => {
    const both = computeKpi(CITY, W, [{ id: SUCHENG, roles: ['source', 'host'] }]);
    expect(both.units.map((u) => [u.role, u.indicators.signedCount])).toEqual([
      ['host', 2],
      ['source', 0],
    ]);
    const hosts = kpi.units.filter((u) => u.role === 'host');
    expect(hosts.reduce((s, u) => s + u.indicators.signedCount, 0)).toBe(kpi.city.signedCount);
  });
});
