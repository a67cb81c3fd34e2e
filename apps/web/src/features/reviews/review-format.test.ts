import { describe, expect, it } from 'vitest';
import { campaignState, tallyAnswers } from './review-format.ts';
import { canAnswerReview } from './review-policy.ts';

describe('review helpers', () => {
  it('marks an open campaign past its due date', () => {
    expect(campaignState({ status: 'open', dueOn: '2026-03-31' }, '2026-03-31')).toBe('open');
    expect(campaignState({ status: 'open', dueOn: '2026-03-31' }, '2026-04-01')).toBe('pastDue');
    expect(campaignState({ status: 'closed', dueOn: '2026-03-31' }, '2026-04-01')).toBe('closed');
  });

  it('tallies answers with the unanswered as pending', () => {
    expect(tallyAnswers(['alive', null, 'lost', 'alive', null])).toEqual({ alive: 2, stalled: 0, lost: 1, pending: 2 });
  });
});

describe('review policy', () => {
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
});
