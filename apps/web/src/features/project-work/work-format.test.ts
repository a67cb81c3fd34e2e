import { describe, expect, it } from 'vitest';
import { campaignState, formatWan, nextTrackFilter, progressPercent, stageLabel, tallyAnswers } from './work-format.ts';
import { canAnswerReview, canResolveBlocker } from './work-policy.ts';

describe('formatWan', () => {
  it('groups thousands and keeps the decimals as sent', () => {
    expect(formatWan('150000')).toBe('150,000');
    expect(formatWan('1234567.5')).toBe('1,234,567.5');
    expect(formatWan('999')).toBe('999');
    expect(formatWan('100000.0001')).toBe('100,000.0001');
    expect(formatWan('-2500')).toBe('-2,500');
  });

  it('leaves text that is not a plain amount alone', () => {
    expect(formatWan('n/a')).toBe('n/a');
  });
});

describe('progressPercent', () => {
  it('rounds down so a campaign shows 100 only when every item is in', () => {
    expect(progressPercent(1, 3)).toBe(33);
    expect(progressPercent(199, 200)).toBe(99);
    expect(progressPercent(5, 5)).toBe(100);
    expect(progressPercent(0, 0)).toBe(0);
  });
});

describe('board and review helpers', () => {
  it('toggles the track filter off when the same card is clicked again', () => {
    expect(nextTrackFilter(undefined, 'overdue')).toBe('overdue');
    expect(nextTrackFilter('overdue', 'overdue')).toBeUndefined();
    expect(nextTrackFilter('overdue', 'no_plan')).toBe('no_plan');
  });

  it('names stages in either language and shows unknown ones as their code', () => {
    expect(stageLabel('ready', 'zh')).toBe('达到开工条件');
    expect(stageLabel('intent', 'en')).toBe('Intent');
    expect(stageLabel('demolished', 'zh')).toBe('demolished');
  });

  it('marks an open campaign past its due date', () => {
    expect(campaignState({ status: 'open', due_on: '2026-03-31' }, '2026-03-31')).toBe('open');
    expect(campaignState({ status: 'open', due_on: '2026-03-31' }, '2026-04-01')).toBe('pastDue');
    expect(campaignState({ status: 'closed', due_on: '2026-03-31' }, '2026-04-01')).toBe('closed');
  });

  it('tallies answers with the unanswered as pending', () => {
    expect(tallyAnswers(['alive', null, 'lost', 'alive', null])).toEqual({ alive: 2, stalled: 0, lost: 1, pending: 2 });
  });
});

describe('work policy', () => {
  const county = { role: 'unit_staff' as const, unit: { id: 7, name: '澜江县', kind: 'county' as const } };
  const office = { role: 'office' as const, unit: { id: 1, name: '招商办', kind: 'office' as const } };
  const leader = { role: 'leader' as const, unit: { id: 1, name: '招商办', kind: 'office' as const } };

  it('lets a unit answer only its own items of an open campaign', () => {
    const own = { unit: { id: 7, name: '' }, answer: null };
    expect(canAnswerReview(county, { status: 'open' }, own)).toBe(true);
    expect(canAnswerReview(county, { status: 'open' }, { ...own, answer: 'stalled' })).toBe(true);
    expect(canAnswerReview(county, { status: 'open' }, { ...own, unit: { id: 8, name: '' } })).toBe(false);
    expect(canAnswerReview(county, { status: 'closed' }, own)).toBe(false);
    expect(canAnswerReview(office, { status: 'open' }, { ...own, unit: { id: 8, name: '' } })).toBe(true);
    expect(canAnswerReview(leader, { status: 'open' }, { ...own, unit: { id: 1, name: '' } })).toBe(false);
  });

  it('keeps a lost answer final, as the project is already terminated', () => {
    expect(canAnswerReview(office, { status: 'open' }, { unit: { id: 7, name: '' }, answer: 'lost' })).toBe(false);
  });

  it('lets the responsible unit or the office resolve an open blocker', () => {
    const blocker = { status: 'open' as const, responsibleUnit: { id: 7, name: '' } };
    expect(canResolveBlocker(county, blocker)).toBe(true);
    expect(canResolveBlocker(county, { ...blocker, responsibleUnit: { id: 9, name: '' } })).toBe(false);
    expect(canResolveBlocker(office, { ...blocker, status: 'resolved' })).toBe(false);
    expect(canResolveBlocker(leader, blocker)).toBe(false);
  });
});
