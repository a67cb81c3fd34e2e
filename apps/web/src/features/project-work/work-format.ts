import { PROJECT_STAGE_LABELS } from '@zhaoshang/shared';
import dayjs from 'dayjs';
import { DATE_FORMAT } from '../../components/format.ts';
import type { Lang } from '../../i18n/language.ts';
import type { MajorTrack, MeetingStatus, ReviewAnswer } from './types.ts';

/**
 * An amount in 万元 as the server sends it (exact decimal text such as "150000" or
 * "1234.5"), with thousand separators and its decimals kept as they are: no float on the way.
 */
export function formatWan(value: string): string {
  const match = /^(-?)(\d+)(\.\d+)?$/.exec(value.trim());
  if (!match) return value;
  const [, sign, whole, fraction = ''] = match;
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction}`;
}

/** A stage's name in the user's language; an unknown stage (a newer server) shows as its code. */
export function stageLabel(stage: string, lang: Lang): string {
  return PROJECT_STAGE_LABELS[stage as keyof typeof PROJECT_STAGE_LABELS]?.[lang] ?? stage;
}

/** The calendar day of a server timestamp, in the browser's time zone. */
export function dayOf(timestamp: string | null | undefined): string {
  if (!timestamp) return '';
  const at = dayjs(timestamp);
  return at.isValid() ? at.format(DATE_FORMAT) : timestamp;
}

/** How far a campaign or meeting has got, as a whole percentage (rounded down: 99 until all are in). */
export function progressPercent(done: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(100, Math.floor((done * 100) / total));
}

export const TRACK_COLORS: Record<MajorTrack, string> = {
  overdue: '#cf1322',
  at_risk: '#d46b08',
  on_track: '#389e0d',
  no_plan: '#8c8c8c',
};

export const TRACK_TAG_COLORS: Record<MajorTrack, string> = {
  overdue: 'red',
  at_risk: 'orange',
  on_track: 'green',
  no_plan: 'default',
};

export const ANSWER_COLORS: Record<ReviewAnswer, string> = { alive: 'green', stalled: 'orange', lost: 'red' };

/** Clicking the card of the track already shown clears the filter; any other card selects its track. */
export function nextTrackFilter(current: MajorTrack | undefined, clicked: MajorTrack): MajorTrack | undefined {
  return current === clicked ? undefined : clicked;
}

/** Review answers tallied for a set of items; unanswered ones count as pending. */
export function tallyAnswers(answers: (ReviewAnswer | null)[]): Record<ReviewAnswer | 'pending', number> {
  const tally = { alive: 0, stalled: 0, lost: 0, pending: 0 };
  for (const answer of answers) tally[answer ?? 'pending']++;
  return tally;
}

export type CampaignState = 'open' | 'pastDue' | 'closed';

/** A campaign still open after its due date is shown as past due, so the office chases it. */
export function campaignState(campaign: { status: string; due_on: string }, today: string): CampaignState {
  if (campaign.status !== 'open') return 'closed';
  return campaign.due_on < today ? 'pastDue' : 'open';
}

export const CAMPAIGN_STATE_COLORS: Record<CampaignState, string> = {
  open: 'processing',
  pastDue: 'error',
  closed: 'default',
};

export const MEETING_STATUS_COLORS: Record<MeetingStatus, string> = { planned: 'processing', held: 'default' };
