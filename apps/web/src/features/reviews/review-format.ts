import type { ReviewAnswer } from './api.ts';

export const ANSWER_COLORS: Record<ReviewAnswer, string> = { alive: 'green', stalled: 'orange', lost: 'red' };

/** Review answers tallied for a set of items; unanswered ones count as pending. */
export function tallyAnswers(answers: (ReviewAnswer | null)[]): Record<ReviewAnswer | 'pending', number> {
  const tally = { alive: 0, stalled: 0, lost: 0, pending: 0 };
  for (const answer of answers) tally[answer ?? 'pending']++;
  return tally;
}

export type CampaignState = 'open' | 'pastDue' | 'closed';

/** A campaign still open after its due date is shown as past due, so the office chases it. */
export function campaignState(campaign: { status: string; dueOn: string }, today: string): CampaignState {
  if (campaign.status !== 'open') return 'closed';
  return campaign.dueOn < today ? 'pastDue' : 'open';
}

export const CAMPAIGN_STATE_COLORS: Record<CampaignState, string> = {
  open: 'processing',
  pastDue: 'error',
  closed: 'default',
};
