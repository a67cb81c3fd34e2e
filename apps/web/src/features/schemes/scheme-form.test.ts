import { renderMessage, type Scheme, scoreFormula, validateScheme } from '@zhaoshang/shared';
import { describe, expect, it } from 'vitest';
import '../../i18n/feature-messages.ts';
import { formPath, problemsByPath, toFormValues, toScheme, weightTotal } from './scheme-form.ts';

const seed: Scheme = {
  year: 2026,
  indicators: [
    { key: 'contractRate', weight: 25, floor: 0.6 },
    { key: 'registrationRate', weight: 25, floor: 0.8 },
    { key: 'readyRate', weight: 20, floor: 0.5 },
    { key: 'fitShareCount', weight: 10, floor: null },
    { key: 'signedCountTarget', weight: 10, floor: null },
    { key: 'signedAmountTarget', weight: 10, floor: null },
  ],
  bonus: { signed: 1, started: 1, completed: 1, producing: 1 },
  penalties: { pastPlannedStart: 1, falsified: 5, staleSites: 0.5 },
  groups: [
    { name: '县区和功能区', unitKinds: ['county', 'function_zone'] },
    { name: '驻外招商局', unitKinds: ['resident_bureau'] },
  ],
  bonusCap: 10,
  staleSitesCap: 5,
};

describe('the scheme form', () => {
  it('round-trips a scheme through the form with floors in percent', () => {
    const values = toFormValues(seed);
    expect(values.indicators.map((i) => i.floorPercent)).toEqual([60, 80, 50, null, null, null]);
    expect(toScheme(values, 2026)).toEqual(seed);
  });

  it('shows a scheme saved before stale sites counted as deducting 0 for them, with no cap', () => {
    const { staleSitesCap: _cap, ...before } = seed;
    const values = toFormValues({ ...before, penalties: { pastPlannedStart: 1, falsified: 5 } });
    expect([values.penalties, values.staleSitesCap]).toEqual([
      { pastPlannedStart: 1, falsified: 5, staleSites: 0 },
      null,
    ]);
    expect(toScheme(values, 2026)).toMatchObject({ penalties: { staleSites: 0 }, staleSitesCap: null });
  });

  it('keeps a typed floor exact and drops floors from target indicators', () => {
    const values = toFormValues(seed);
    values.indicators[0]!.floorPercent = 57.5;
    values.indicators[4]!.floorPercent = 30;
    const scheme = toScheme(values, 2026);
    expect(scheme.indicators[0]!.floor).toBe(0.575);
    expect(scheme.indicators[4]!.floor).toBeNull();
  });

  it('keeps blanks as "not a number" so the shared check names them', () => {
    const values = toFormValues(seed);
    values.indicators[1]!.weight = null;
    values.bonus.started = null;
    values.bonusCap = null;
    const problems = validateScheme(toScheme(values, 2026));
    expect(problems.map((p) => ({ path: p.path, message: renderMessage('zh', p.message) }))).toEqual([
      { path: 'indicators.1.weight', message: '权重应为数字，最多保留两位小数' },
      { path: 'bonus.started', message: '加分和扣分应为非负数' },
    ]);
    expect(toScheme(values, 2026).bonusCap).toBeNull();
  });

  it('totals weights exactly, in hundredths', () => {
    expect(weightTotal(seed.indicators)).toEqual({ hundredths: 10000, text: '100' });
    expect(weightTotal([{ weight: 33.33 }, { weight: 33.33 }, { weight: 33.34 }])).toEqual({
      hundredths: 10000,
      text: '100',
    });
    expect(weightTotal([{ weight: 0.1 }, { weight: 0.2 }])).toEqual({ hundredths: 30, text: '0.3' });
    expect(weightTotal([{ weight: 30 }, { weight: 75 }])).toEqual({ hundredths: 10500, text: '105' });
    expect(weightTotal([{ weight: 99.5 }, { weight: null }])).toEqual({ hundredths: 9950, text: '99.5' });
    expect(weightTotal([])).toEqual({ hundredths: 0, text: '0' });
  });

  it('shows the same weight total as the server message', () => {
    const values = toFormValues(seed);
    values.indicators[0]!.weight = 30;
    const scheme = toScheme(values, 2026);
    expect(weightTotal(values.indicators).text).toBe('105');
    expect(validateScheme(scheme)).toEqual([
      { path: 'indicators', message: { code: 'scheme.weightSum', params: { sum: '105' } } },
    ]);
  });

  it('maps server and shared paths onto form fields', () => {
    expect(formPath('indicators.2.floor')).toBe('indicators.2.floorPercent');
    expect(formPath('body.scheme.indicators.0.weight')).toBe('indicators.0.weight');
    expect(formPath('scheme.bonus.signed')).toBe('bonus.signed');
    expect(formPath('indicators')).toBe('indicators');
    const byPath = problemsByPath([
      { path: 'indicators.0.floor', message: '底线应在 0%–100% 之间' },
      { path: 'body.scheme.indicators.0.floor', message: '底线应在 0%–100% 之间' },
      { path: 'groups.1.unitKinds', message: '单位类型“县区”同时出现在两个排名分组中' },
    ]);
    expect([...byPath]).toEqual([
      ['indicators.0.floorPercent', ['底线应在 0%–100% 之间']],
      ['groups.1.unitKinds', ['单位类型“县区”同时出现在两个排名分组中']],
    ]);
  });

  it('reads every message of the shared check back in both languages', () => {
    const broken: Scheme = {
      ...seed,
      year: 1999,
      indicators: [
        { key: 'contractRate', weight: 30, floor: 1.2 },
        { key: 'contractRate', weight: -5, floor: null },
        { key: 'leadsTarget', weight: 1.234, floor: 0.5 },
      ],
      bonus: { ...seed.bonus, signed: -1 },
      groups: [
        { name: '', unitKinds: ['county'] },
        { name: 'A', unitKinds: ['county'] },
        { name: 'A', unitKinds: [] },
      ],
    };
    const problems = validateScheme(broken);
    expect(problems.length).toBe(10);
    // Every problem is a code of the shared catalogue, worded in both languages (no raw code shown).
    for (const p of problems) {
      expect(renderMessage('zh', p.message)).not.toBe(p.message.code);
      expect(renderMessage('en', p.message)).not.toBe(p.message.code);
    }
    const twice = problems.find((p) => p.message.code === 'scheme.indicatorTwice')!;
    expect(renderMessage('zh', twice.message)).toBe('指标“合同率”重复');
    expect(renderMessage('en', twice.message)).toBe('The indicator "Contract rate" appears twice');
    const kinds = problems.find((p) => p.message.code === 'scheme.kindTwice')!;
    expect(renderMessage('en', kinds.message)).toBe('The unit kind "County / district" is in two ranking groups');
  });

  it('writes the live formula from the form values', () => {
    const values = toFormValues(seed);
    values.bonus.signed = 2;
    values.bonusCap = null;
    const text = scoreFormula(toScheme(values, 2026), 'zh');
    expect(text).toContain('加分：“四新”重大项目每个签约 2 分、开工 1 分、竣工 1 分、投产 1 分；');
    expect(text).toContain('弄虚作假每次 5 分，载体资源本季度未确认每处 0.5 分，最多 5 分。');
    values.staleSitesCap = null;
    expect(scoreFormula(toScheme(values, 2026), 'zh')).not.toContain('最多');
  });
});
