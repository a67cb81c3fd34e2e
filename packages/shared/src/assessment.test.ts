import { describe, expect, it } from 'vitest';
import {
  INDICATOR_KEYS,
  INDICATOR_LABELS,
  roundScore,
  type Scheme,
  scoreFormula,
  scoreUnits,
  type UnitInput,
  validateScheme,
} from './assessment.ts';
import { renderMessage } from './messages/index.ts';

const SCHEME: Scheme = {
  year: 2021,
  indicators: [
    { key: 'contractRate', weight: 30, floor: 0.6 },
    { key: 'registrationRate', weight: 30, floor: 0.8 },
    { key: 'readyRate', weight: 40, floor: 0.5 },
  ],
  bonus: { signed: 2, started: 1, completed: 1, producing: 3 },
  penalties: { pastPlannedStart: 1, falsified: 5 },
  groups: [
    { name: '县区和功能区', unitKinds: ['county', 'function_zone'] },
    { name: '驻外招商局', unitKinds: ['resident_bureau'] },
  ],
  bonusCap: null,
};

function unit(unitId: number, over: Partial<UnitInput> = {}): UnitInput {
  return {
    unitId,
    unitKind: 'county',
    rates: {},
    actuals: {},
    targets: {},
    fourNew: { signed: 0, started: 0, completed: 0, producing: 0 },
    penalties: { pastPlannedStart: 0, falsified: 0 },
    ...over,
  };
}

const scheme = (over: Partial<Scheme>): Scheme => ({ ...SCHEME, ...over });
/** The problems as the Chinese page reads them. */
const messages = (s: Scheme) =>
  validateScheme(s).map((p) => ({ path: p.path, message: renderMessage('zh', p.message) }));

describe('validateScheme', () => {
  it('returns codes with params, worded in either language by the catalogue', () => {
    const s = scheme({
      indicators: [
        { key: 'contractRate', weight: 50 },
        { key: 'contractRate', weight: 50 },
      ],
    });
    const [problem] = validateScheme(s);
    expect(problem).toEqual({
      path: 'indicators.1.key',
      message: { code: 'scheme.indicatorTwice', params: { indicator: { code: 'label.indicator.contractRate' } } },
    });
    expect(renderMessage('zh', problem!.message)).toBe('指标“合同率”重复');
    expect(renderMessage('en', problem!.message)).toBe('The indicator "Contract rate" appears twice');
  });

  it('accepts a valid scheme', () => {
    expect(validateScheme(SCHEME)).toEqual([]);
  });

  it('adds weights in hundredths, so 33.33 + 33.33 + 33.34 and 0.1 + 0.2 + 99.7 are exactly 100', () => {
    const w = (...weights: number[]) =>
      scheme({ indicators: weights.map((weight, i) => ({ key: INDICATOR_KEYS[i]!, weight })) });
    expect(validateScheme(w(33.33, 33.33, 33.34))).toEqual([]);
    expect(validateScheme(w(0.1, 0.2, 99.7))).toEqual([]);
    expect(messages(w(30, 30, 39.5))).toEqual([{ path: 'indicators', message: '各指标权重之和应为 100，现为 99.5' }]);
    expect(messages(w(30, 30, 40.01))).toEqual([
      { path: 'indicators', message: '各指标权重之和应为 100，现为 100.01' },
    ]);
    expect(messages(w())).toEqual([{ path: 'indicators', message: '各指标权重之和应为 100，现为 0' }]);
  });

  it('refuses weights with more than two decimals, without a misleading sum', () => {
    const s = scheme({
      indicators: [
        { key: 'contractRate', weight: 33.333 },
        { key: 'readyRate', weight: 66.667 },
      ],
    });
    expect(messages(s)).toEqual([
      { path: 'indicators.0.weight', message: '权重应为数字，最多保留两位小数' },
      { path: 'indicators.1.weight', message: '权重应为数字，最多保留两位小数' },
    ]);
    expect(messages(scheme({ indicators: [{ key: 'contractRate', weight: Number.NaN }] }))).toEqual([
      { path: 'indicators.0.weight', message: '权重应为数字，最多保留两位小数' },
    ]);
  });

  it('refuses a negative weight even when the sum is 100', () => {
    const s = scheme({
      indicators: [
        { key: 'contractRate', weight: -10 },
        { key: 'readyRate', weight: 60 },
        { key: 'leadsTarget', weight: 50 },
      ],
    });
    expect(messages(s)).toEqual([{ path: 'indicators.0.weight', message: '权重不能为负数' }]);
  });

  it('refuses a duplicate indicator, naming it in Chinese', () => {
    const s = scheme({
      indicators: [
        { key: 'contractRate', weight: 50 },
        { key: 'contractRate', weight: 50 },
      ],
    });
    expect(messages(s)).toEqual([{ path: 'indicators.1.key', message: '指标“合同率”重复' }]);
  });

  it('refuses an unknown indicator', () => {
    const s = scheme({ indicators: [{ key: 'foo' as 'contractRate', weight: 100 }] });
    expect(messages(s)).toEqual([{ path: 'indicators.0.key', message: '未知指标“foo”' }]);
  });

  it.each([1.2, -0.1, Number.NaN])('refuses floor %s', (floor) => {
    const s = scheme({ indicators: [{ key: 'contractRate', weight: 100, floor }] });
    expect(messages(s)).toEqual([{ path: 'indicators.0.floor', message: '底线应在 0%–100% 之间' }]);
  });

  it('accepts floors 0 and 1 and a null floor', () => {
    const s = scheme({
      indicators: [
        { key: 'contractRate', weight: 50, floor: 0 },
        { key: 'readyRate', weight: 40, floor: 1 },
        { key: 'fitShareAmount', weight: 10, floor: null },
      ],
    });
    expect(messages(s)).toEqual([]);
  });

  it('allows floors only on rate indicators', () => {
    const s = scheme({
      indicators: [
        { key: 'contractRate', weight: 50 },
        { key: 'signedCountTarget', weight: 50, floor: 0.5 },
      ],
    });
    expect(messages(s)).toEqual([{ path: 'indicators.1.floor', message: '只有比率类指标可以设置底线' }]);
  });

  it('refuses a unit kind in two ranking groups, naming the kind in Chinese', () => {
    const s = scheme({
      groups: [
        { name: '县区', unitKinds: ['county', 'function_zone'] },
        { name: '功能区', unitKinds: ['function_zone', 'resident_bureau'] },
      ],
    });
    expect(messages(s)).toEqual([{ path: 'groups.1.unitKinds', message: '单位类型“功能区”同时出现在两个排名分组中' }]);
    const twiceInOne = scheme({ groups: [{ name: '县区', unitKinds: ['county', 'county'] }] });
    expect(messages(twiceInOne)).toEqual([]);
  });

  it('needs at least one ranking group with a distinct, non-empty name', () => {
    expect(messages(scheme({ groups: [] }))).toEqual([{ path: 'groups', message: '至少需要一个排名分组' }]);
    expect(messages(scheme({ groups: [{ name: ' ', unitKinds: ['county'] }] }))).toEqual([
      { path: 'groups.0.name', message: '排名分组名称不能为空' },
    ]);
    const same = scheme({
      groups: [
        { name: '县区', unitKinds: ['county'] },
        { name: '县区', unitKinds: ['office'] },
      ],
    });
    expect(messages(same)).toEqual([{ path: 'groups.1.name', message: '排名分组“县区”重复' }]);
  });

  it('refuses negative bonus, penalty and cap points', () => {
    const s = scheme({
      bonus: { ...SCHEME.bonus, started: -1 },
      penalties: { pastPlannedStart: 1, falsified: -5 },
      bonusCap: -2,
    });
    expect(messages(s)).toEqual([
      { path: 'bonus.started', message: '加分和扣分应为非负数' },
      { path: 'penalties.falsified', message: '加分和扣分应为非负数' },
      { path: 'bonusCap', message: '加分和扣分应为非负数' },
    ]);
  });

  it.each([
    [1999, [{ path: 'year', message: '年度无效' }]],
    [2101, [{ path: 'year', message: '年度无效' }]],
    [2021.5, [{ path: 'year', message: '年度无效' }]],
    [2000, []],
    [2100, []],
  ])('year %s gives %j', (year, expected) => expect(messages(scheme({ year }))).toEqual(expected));

  it('reports every problem at once, in field order', () => {
    const s: Scheme = {
      ...SCHEME,
      year: 1900,
      indicators: [
        { key: 'readyRate', weight: 20, floor: 2 },
        { key: 'readyRate', weight: 20 },
      ],
      groups: [],
    };
    expect(messages(s)).toEqual([
      { path: 'year', message: '年度无效' },
      { path: 'indicators.0.floor', message: '底线应在 0%–100% 之间' },
      { path: 'indicators.1.key', message: '指标“达到开工条件率”重复' },
      { path: 'indicators', message: '各指标权重之和应为 100，现为 40' },
      { path: 'groups', message: '至少需要一个排名分组' },
    ]);
  });
});

describe('indicator labels', () => {
  it('names every indicator in Chinese and English', () => {
    expect(Object.keys(INDICATOR_LABELS)).toEqual([...INDICATOR_KEYS]);
    expect(Object.fromEntries(INDICATOR_KEYS.map((k) => [k, INDICATOR_LABELS[k].zh]))).toEqual({
      contractRate: '合同率',
      registrationRate: '注册率',
      readyRate: '达到开工条件率',
      fitShareCount: '符合产业定位项目占比（个数）',
      fitShareAmount: '符合产业定位项目占比（金额）',
      signedCountTarget: '签约项目数目标完成率',
      signedAmountTarget: '签约金额目标完成率',
      leadsTarget: '信息线索报送目标完成率',
      eventsTarget: '招商活动目标完成率',
      foreignCapitalTarget: '实际使用外资目标完成率',
      visitsTarget: '驻点招商走访目标完成率',
      postDaysTarget: '驻点天数目标完成率',
      servicesTarget: '项目服务（协调解决问题）目标完成率',
    });
    expect(INDICATOR_LABELS.contractRate.en).toBe('Contract rate');
  });
});

describe('scoreUnits', () => {
  /*
   * Weights 30/30/40, floors 0.6/0.8/0.5, rates 0.5/0.9/0.25:
   *   contract      0.5 / 0.6 = 0.8333…  -> 30 × 5/6 = 25   (below floor: missed)
   *   registration  0.9 ≥ 0.8 -> 1        -> 30
   *   ready         0.25 / 0.5 = 0.5      -> 40 × 0.5 = 20  (below floor: missed)
   *   base = 25 + 30 + 20 = 75; no bonus, no penalty -> 75
   */
  it('scores the hand-computed example', () => {
    const [s] = scoreUnits(SCHEME, [unit(7, { rates: { contractRate: 0.5, registrationRate: 0.9, readyRate: 0.25 } })]);
    expect(s).toEqual({
      unitId: 7,
      group: '县区和功能区',
      score: 75,
      scoreExact: 75,
      base: 75,
      bonus: 0,
      penalty: 0,
      attainments: [
        { key: 'contractRate', weight: 30, value: 0.5, attainment: 0.5 / 0.6, noData: false, applicable: true },
        { key: 'registrationRate', weight: 30, value: 0.9, attainment: 1, noData: false, applicable: true },
        { key: 'readyRate', weight: 40, value: 0.25, attainment: 0.5, noData: false, applicable: true },
      ],
      floorsMissed: ['contractRate', 'readyRate'],
      rank: 1,
      previousRank: null,
      rankChange: null,
    });
  });

  /*
   * contract null (empty cohort): attainment 0, noData, floor missed; registration 0.8 and ready 0.5
   * sit exactly on their floors: full marks, not missed -> 0 + 30 + 40 = 70.
   */
  it('gives a rate without data 0, flags it and counts its floor as missed', () => {
    const [s] = scoreUnits(SCHEME, [unit(1, { rates: { contractRate: null, registrationRate: 0.8, readyRate: 0.5 } })]);
    expect(s!.scoreExact).toBe(70);
    expect(s!.attainments[0]).toEqual({
      key: 'contractRate',
      weight: 30,
      value: null,
      attainment: 0,
      noData: true,
      applicable: true,
    });
    expect(s!.floorsMissed).toEqual(['contractRate']);
    const [missing] = scoreUnits(SCHEME, [unit(1, { rates: { registrationRate: 0.8, readyRate: 0.5 } })]);
    expect([missing!.score, missing!.attainments[0]!.noData, missing!.floorsMissed]).toEqual([
      70,
      true,
      ['contractRate'],
    ]);
  });

  it('uses the rate itself without a floor, and full marks for any rate at floor 0', () => {
    const s = scheme({
      indicators: [
        { key: 'contractRate', weight: 60 },
        { key: 'readyRate', weight: 40, floor: 0 },
      ],
    });
    // 60 × 0.35 + 40 × 1 = 21 + 40 = 61
    const [r] = scoreUnits(s, [unit(1, { rates: { contractRate: 0.35, readyRate: 0 } })]);
    expect([r!.score, r!.attainments.map((a) => a.attainment), r!.floorsMissed]).toEqual([61, [0.35, 1], []]);
  });

  /*
   * Weights contract 40 (no floor), signed projects 30, leads 30; the unit has no leads target,
   * so 70 points apply and are scaled to 100: 40 -> 400/7 = 57.142857…, 30 -> 300/7 = 42.857142….
   * contract 0.5, signed 3 of 4 -> base = (40 × 0.5 + 30 × 0.75) × 100 / 70 = 42.5 × 100 / 70 = 425/7 = 60.714285… -> 60.71
   */
  it('shares out the weight of an indicator without a target', () => {
    const s = scheme({
      indicators: [
        { key: 'contractRate', weight: 40 },
        { key: 'signedCountTarget', weight: 30 },
        { key: 'leadsTarget', weight: 30 },
      ],
    });
    const input = (targets: UnitInput['targets']) =>
      unit(1, { rates: { contractRate: 0.5 }, actuals: { signedCount: 3, leads: 7 }, targets });
    for (const targets of [{ signedCount: 4 }, { signedCount: 4, leads: 0 }]) {
      const [r] = scoreUnits(s, [input(targets)]);
      expect(r!.scoreExact).toBe(425 / 7);
      expect(r!.score).toBe(60.71);
      expect(r!.attainments).toEqual([
        { key: 'contractRate', weight: 400 / 7, value: 0.5, attainment: 0.5, noData: false, applicable: true },
        { key: 'signedCountTarget', weight: 300 / 7, value: 0.75, attainment: 0.75, noData: false, applicable: true },
        { key: 'leadsTarget', weight: 0, value: null, attainment: 0, noData: false, applicable: false },
      ]);
    }
  });

  it('caps a target indicator at full marks and gives 0 when nothing applies', () => {
    const s = scheme({
      indicators: [
        { key: 'eventsTarget', weight: 50 },
        { key: 'foreignCapitalTarget', weight: 50 },
      ],
    });
    // events 12 of 10 -> value 1.2, attainment 1; foreign capital 150 of 600 -> 0.25: 50 + 12.5
    const [r] = scoreUnits(s, [
      unit(1, { actuals: { events: 12, foreignCapitalUsd: 150 }, targets: { events: 10, foreignCapitalUsd: 600 } }),
    ]);
    expect([r!.score, r!.attainments.map((a) => [a.value, a.attainment])]).toEqual([
      62.5,
      [
        [1.2, 1],
        [0.25, 0.25],
      ],
    ]);
    const [none] = scoreUnits(s, [unit(2, { fourNew: { signed: 1, started: 0, completed: 0, producing: 0 } })]);
    expect([none!.base, none!.score, none!.attainments.map((a) => a.weight)]).toEqual([0, 2, [0, 0]]);
  });

  /*
   * Rates all at their floors: base 100. Four new: 2 signed × 2 + 1 started × 1 + 0 completed + 1 producing × 3 = 8.
   * Penalties: 3 past planned start × 1 + 1 falsified × 5 = 8. Score 100 + 8 − 8 = 100; with a cap of 5: 97.
   */
  it('adds capped bonus points and subtracts penalties', () => {
    const input = unit(1, {
      rates: { contractRate: 0.6, registrationRate: 0.8, readyRate: 0.5 },
      fourNew: { signed: 2, started: 1, completed: 0, producing: 1 },
      penalties: { pastPlannedStart: 3, falsified: 1 },
    });
    const [free] = scoreUnits(SCHEME, [input]);
    expect([free!.base, free!.bonus, free!.penalty, free!.score]).toEqual([100, 8, 8, 100]);
    const [capped] = scoreUnits(scheme({ bonusCap: 5 }), [input]);
    expect([capped!.base, capped!.bonus, capped!.penalty, capped!.score]).toEqual([100, 5, 8, 97]);
  });

  it('deducts points per stale site up to the cap; a scheme without them deducts nothing', () => {
    const input = unit(1, {
      rates: { contractRate: 0.6, registrationRate: 0.8, readyRate: 0.5 },
      penalties: { pastPlannedStart: 1, falsified: 0, staleSites: 7 },
    });
    // 1 past its planned start (1 point) + 7 stale sites × 0.5 = 3.5 → 4.5; capped at 2 → 3.
    const points = { ...SCHEME.penalties, staleSites: 0.5 };
    const [free] = scoreUnits(scheme({ penalties: points }), [input]);
    expect([free!.penalty, free!.score]).toEqual([4.5, 95.5]);
    const [capped] = scoreUnits(scheme({ penalties: points, staleSitesCap: 2 }), [input]);
    expect([capped!.penalty, capped!.score]).toEqual([3, 97]);
    const [before] = scoreUnits(SCHEME, [input]);
    expect([before!.penalty, before!.score]).toEqual([1, 99]);
    expect(messages(scheme({ penalties: { ...points, staleSites: -1 }, staleSitesCap: -1 }))).toEqual([
      { path: 'penalties.staleSites', message: '加分和扣分应为非负数' },
      { path: 'staleSitesCap', message: '加分和扣分应为非负数' },
    ]);
    expect(scoreFormula(scheme({ penalties: points, staleSitesCap: 2 }), 'zh')).toContain(
      '弄虚作假每次 5 分，载体资源本季度未确认每处 0.5 分，最多 2 分。',
    );
    expect(scoreFormula(SCHEME, 'en')).toContain('5 per falsification. ');
  });

  it('lets penalties take a score below zero', () => {
    const [r] = scoreUnits(SCHEME, [
      unit(1, { rates: { contractRate: 0.06 }, penalties: { pastPlannedStart: 0, falsified: 2 } }),
    ]);
    // 30 × 0.06 / 0.6 = 3; 3 − 10 = −7
    expect([r!.base, r!.score]).toEqual([3, -7]);
  });

  /*
   * One indicator, signed amount against a target of 1000 万元, weight 100, so score = actual / 10:
   * #1 800.04 -> 80.004 -> 80.00; #2 799.96 -> 79.996 -> 80.00; #3 900 -> 90; #4 700 -> 70; #5 800 -> 80.
   * Competition ranks: #3 1; #1 #2 #5 2; #4 5.
   */
  it('ranks ties on the rounded score with competition ranking', () => {
    const s = scheme({ indicators: [{ key: 'signedAmountTarget', weight: 100 }] });
    const amount = (id: number, wan: number) =>
      unit(id, { actuals: { signedAmountWan: wan }, targets: { signedAmountWan: 1000 } });
    const r = scoreUnits(s, [amount(1, 800.04), amount(2, 799.96), amount(3, 900), amount(4, 700), amount(5, 800)]);
    expect(r.map((u) => [u.unitId, u.score, u.rank])).toEqual([
      [3, 90, 1],
      [1, 80, 2],
      [2, 80, 2],
      [5, 80, 2],
      [4, 70, 5],
    ]);
    expect(r.find((u) => u.unitId === 1)!.scoreExact).not.toBe(80);
  });

  it('ranks within each group, in scheme order, with units of no group last and unranked', () => {
    const s = scheme({ indicators: [{ key: 'signedCountTarget', weight: 100 }] });
    const u = (id: number, unitKind: string, signedCount: number) =>
      unit(id, { unitKind, actuals: { signedCount }, targets: { signedCount: 10 } });
    const r = scoreUnits(s, [
      u(1, 'resident_bureau', 5),
      u(2, 'department', 9),
      u(3, 'county', 4),
      u(4, 'function_zone', 8),
      u(5, 'resident_bureau', 6),
      u(6, 'office', 1),
    ]);
    expect(r.map((x) => [x.unitId, x.group, x.score, x.rank])).toEqual([
      [4, '县区和功能区', 80, 1],
      [3, '县区和功能区', 40, 2],
      [5, '驻外招商局', 60, 1],
      [1, '驻外招商局', 50, 2],
      [2, null, 90, null],
      [6, null, 10, null],
    ]);
  });

  it('reports the rank change against the previous ranks', () => {
    const s = scheme({ indicators: [{ key: 'leadsTarget', weight: 100 }] });
    const u = (id: number, leads: number, unitKind = 'county') =>
      unit(id, { unitKind, actuals: { leads }, targets: { leads: 10 } });
    const previous = new Map([
      [1, 3],
      [2, 1],
      [4, 2],
    ]);
    const r = scoreUnits(s, [u(1, 10), u(2, 9), u(3, 8), u(4, 5, 'department')], previous);
    expect(r.map((x) => [x.unitId, x.rank, x.previousRank, x.rankChange])).toEqual([
      [1, 1, 3, 2],
      [2, 2, 1, -1],
      [3, 3, null, null],
      [4, null, 2, null],
    ]);
  });

  it('refuses an invalid scheme', () => {
    expect(() => scoreUnits(scheme({ indicators: [{ key: 'contractRate', weight: 90 }] }), [])).toThrow(
      'indicators: 各指标权重之和应为 100，现为 90',
    );
  });
});

describe('roundScore', () => {
  it.each([
    [75.00000000000001, 75],
    [80.005, 80.01],
    [1.005, 1.01],
    [60.714285714285715, 60.71],
    [-2.345, -2.35],
    [-7, -7],
    [99.994999, 99.99],
  ])('%s -> %s', (x, expected) => expect(roundScore(x)).toBe(expected));

  it('never gives −0', () => {
    expect(Object.is(roundScore(-0.001), 0)).toBe(true);
  });
});

describe('scoreFormula', () => {
  it('renders the rule with the scheme’s points, in Chinese', () => {
    expect(scoreFormula(SCHEME, 'zh')).toBe(
      '得分 = Σ 权重 × min(完成值/目标值, 1)（比率类：min(比率/底线, 1)，未设底线取比率本身）+ 加分 − 扣分。' +
        '加分：“四新”重大项目每个签约 2 分、开工 1 分、竣工 1 分、投产 3 分；' +
        '扣分：逾期未开工每个 1 分，弄虚作假每次 5 分。' +
        '未下达目标的指标不计分，其权重按比例分配给其余指标。',
    );
    expect(scoreFormula(scheme({ bonusCap: 5 }), 'zh')).toContain('投产 3 分，最多 5 分；');
  });

  it('renders the rule in English', () => {
    expect(scoreFormula(scheme({ bonusCap: 5 }), 'en')).toBe(
      'Score = Σ weight × min(actual/target, 1) (rates: min(rate/floor, 1), or the rate itself without a floor) + bonus − penalty. ' +
        'Bonus per major "four new" project: signed 2, started 1, completed 1, producing 3, at most 5 in all; ' +
        'penalty: 1 per project past its planned start, 5 per falsification. ' +
        'Indicators without a target are left out and their weight is shared pro rata among the others.',
    );
  });
});
