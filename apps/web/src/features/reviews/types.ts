import type { StageOrIntent, UnitRef } from '../projects/types.ts';

/** A stage a project can sit at: intent (no signing yet) or one of the stages after signing. */
export type StageKey = StageOrIntent;

// ——— 回头看 review campaigns ———

export const REVIEW_ANSWERS = ['alive', 'stalled', 'lost'] as const;
export type ReviewAnswer = (typeof REVIEW_ANSWERS)[number];

/** How the campaign chose its projects; the server adds asOf and idleSince when it launches. */
export type ReviewCriteria = { stages: StageKey[]; idleMonths: number; asOf?: string; idleSince?: string };

export type ReviewStatus = 'open' | 'closed';

/** A campaign as GET /reviews lists it (the server sends these fields in snake_case). */
export type ReviewCampaign = {
  id: number;
  title: string;
  criteria: ReviewCriteria;
  due_on: string;
  status: ReviewStatus;
  created_at: string;
  closed_at: string | null;
  total: number;
  answered: number;
};

export type ReviewUnitProgress = {
  unit: UnitRef;
  total: number;
  answered: number;
  alive: number;
  stalled: number;
  lost: number;
};

export type ReviewItem = {
  projectId: number;
  projectName: string;
  stage: StageKey;
  stageChangedOn: string;
  unit: UnitRef;
  answer: ReviewAnswer | null;
  progress: string | null;
  problems: string | null;
  nextStep: string | null;
  answeredAt: string | null;
  answeredBy: string | null;
};

export type ReviewDetail = { campaign: ReviewCampaign; units: ReviewUnitProgress[]; items: ReviewItem[] };

export type ReviewLaunchInput = { title: string; criteria: { stages: StageKey[]; idleMonths: number }; dueOn: string };

export type ReviewAnswerInput = {
  answer: ReviewAnswer;
  progress: string;
  problems?: string | null;
  nextStep?: string | null;
};
