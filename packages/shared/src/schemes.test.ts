import { describe, expect, it } from 'vitest';
import {
  membershipProblems,
  type Scheme,
  type SchemeSet,
  schemeOfUnit,
  scoreSchemes,
  type UnitInput,
  validateScheme,
} from './assessment.ts';
import { renderMessage } from './messages/index.ts';

const base = {
  year: 2026,
  bonus: { signed: 1, started: 1, completed: 1, producing: 1 },
  penalties: { pastPlannedStart: 1, falsified: 5 },
  bonusCap: null,
} satisfies Partial<Scheme>;

const SET: SchemeSet = {
  host: {
    ...base,
    name: '全市招商引资工作方案',
    indicators: [{ key: 'contractRate', weight: 100, floor: 0.5 }],
    groups: [{ name: '县区和功能区', unitKinds: ['county', 'function_zone'] }],
  },
  department: {
    ...base,
    name: '市直部门招商引资考核办法',
    indicators: [
      { key: 'signedCountTarget', weight: 50 },
      { key: 'eventsTarget', weight: 50 },
    ],
    groups: [{ name: '招商服务中心', unitKinds: ['service_center'] }],
    unitIds: [4],
  },
  bureau: {
    ...base,
    name: '驻外招商局管理和考核办法',
    indicators: [
      { key: 'signedCountTarget', weight: 30 },
      { key: 'eventsTarget', weight: 15 },
      { key: 'signedAmountTarget', weight: 20 },
      { key: 'leadsTarget', weight: 15 },
      { key: 'visitsTarget', weight: 10 },
      { key: 'postDaysTarget', weight: 10 },
    ],
    groups: [{ name: '驻外招商局', unitKinds: ['resident_bureau'] }],
  },
};

const unit = (unitId: number, unitKind: string, over: Partial<UnitInput> = {}): UnitInput => ({
  unitId,
  unitKind,
  rates: {},
  actuals: {},
  targets: {},
  fourNew: { signed: 0, started: 0, completed: 0, producing: 0 },
  penalties: { pastPlannedStart: 0, falsified: 0 },
  ...over,
});

describe('three schemes', () => {
  it('each weighs to 100 on its own', () => {
    for (const s of Object.values(SET)) expect(validateScheme(s)).toEqual([]);
    const bad = { ...SET.bureau, indicators: SET.bureau.indicators.map((i, n) => (n ? i : { ...i, weight: 35 })) };
    expect(validateScheme(bad).map((p) => renderMessage('zh', p.message))).toEqual([
      '各指标权重之和应为 100，现为 105',
    ]);
  });

  it('scores every unit under its own scheme and ranks it there', () => {
    const scores = scoreSchemes(SET, [
      // 80 × … county: contract 0.4 against a floor of 0.5 → 100 × 0.4 / 0.5 = 80.
      unit(1, 'county', { rates: { contractRate: 0.4 } }),
      // Service centre: 3 of 4 projects → 37.5, 2 of 2 events → 50: 87.5.
      unit(2, 'service_center', {
        actuals: { signedCount: 3, events: 2 },
        targets: { signedCount: 4, events: 2 },
      }),
      // Bureau: 2/4 projects 15, 1/2 events 7.5, 5000/10000 万 10, 30/20 leads 15 (capped), 12/24 visits 5,
      // 9/12 days at post 7.5 = 60, + 1 newly signed major project = 61.
      unit(3, 'resident_bureau', {
        actuals: { signedCount: 2, events: 1, signedAmountWan: 5000, leads: 30, visits: 12, postDays: 9 },
        targets: { signedCount: 4, events: 2, signedAmountWan: 10000, leads: 20, visits: 24, postDays: 12 },
        fourNew: { signed: 1, started: 0, completed: 0, producing: 0 },
      }),
      // A county the department scheme lists by id: 4/4 projects 50, 0/2 events 0 = 50, ranked second there.
      unit(4, 'county', { actuals: { signedCount: 4, events: 0 }, targets: { signedCount: 4, events: 2 } }),
      // The office is in no scheme.
      unit(5, 'office'),
    ]);
    expect(scores.map((s) => [s.scheme, s.group, s.unitId, s.score, s.rank])).toEqual([
      ['host', '县区和功能区', 1, 80, 1],
      ['department', '招商服务中心', 2, 87.5, 1],
      ['department', '招商服务中心', 4, 50, 2],
      ['bureau', '驻外招商局', 3, 61, 1],
    ]);
    expect(schemeOfUnit(SET, { id: 4, kind: 'county' })).toBe('department');
    expect(schemeOfUnit(SET, { id: 1, kind: 'county' })).toBe('host');
    expect(schemeOfUnit(SET, { id: 5, kind: 'office' })).toBeNull();
  });

  it('refuses a unit kind or a unit in two schemes, naming both', () => {
    expect(membershipProblems(SET)).toEqual([]);
    const twice: SchemeSet = {
      ...SET,
      department: { ...SET.department, groups: [{ name: '招商服务中心', unitKinds: ['service_center', 'county'] }] },
      bureau: { ...SET.bureau, unitIds: [4] },
    };
    expect(
      membershipProblems(twice, new Map([[4, '泗洪县']])).map((p) => [p.path, renderMessage('zh', p.message)]),
    ).toEqual([
      [
        'department.groups',
        '单位类型“县区”同时属于“全市招商引资工作方案”和“市直部门招商引资考核办法”，每个单位只能按一个方案考核',
      ],
      [
        'bureau.unitIds',
        '单位“泗洪县”同时属于“市直部门招商引资考核办法”和“驻外招商局管理和考核办法”，每个单位只能按一个方案考核',
      ],
    ]);
  });
});
