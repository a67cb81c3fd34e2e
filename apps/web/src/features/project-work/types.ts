import type { BlockerCategory, ProjectStage } from '@zhaoshang/shared';

export type UnitRef = { id: number; name: string };

/** A stage a project can sit at: intent (no signing yet) or one of the stages after signing. */
export type StageKey = ProjectStage | 'intent';

// ——— 重大项目 board ———

export const MAJOR_TRACKS = ['overdue', 'at_risk', 'on_track', 'no_plan'] as const;
export type MajorTrack = (typeof MAJOR_TRACKS)[number];

export type MajorProject = {
  id: number;
  name: string;
  hostUnit: UnitRef;
  agreedWan: string;
  stage: StageKey;
  chain: string | null;
  track: MajorTrack;
  overdueStages: ProjectStage[];
  atRiskStages: ProjectStage[];
  nextStage: ProjectStage | null;
  nextPlannedOn: string | null;
  openBlockers: number;
};

export type MajorProjectsBoard = {
  majorThresholdWan: string;
  counts: Record<MajorTrack, number>;
  /** The projects of the chosen track (all tracks when none); `items` is one page of them. */
  total: number;
  items: MajorProject[];
};

export type MajorProjectsParams = { unitId?: number; track?: MajorTrack; page?: number; pageSize?: number };

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

// ——— 问题协调 blockers ———

export type BlockerStatus = 'open' | 'resolved';

export type Blocker = {
  id: number;
  project: { id: number; name: string; major: boolean };
  category: BlockerCategory;
  description: string;
  responsibleUnit: UnitRef;
  dueOn: string;
  status: BlockerStatus;
  resolution: string | null;
  escalated: boolean;
  overdue: boolean;
  raisedAt: string;
  resolvedAt: string | null;
  version: number;
};

export type BlockerListParams = {
  status?: BlockerStatus;
  overdue?: 'true';
  escalated?: 'true';
  majorOnly?: 'true';
  responsibleUnitId?: number;
};

export type BlockerInput = { category: BlockerCategory; description: string; responsibleUnitId: number; dueOn: string };

// ——— 联席会议 joint meetings ———

export type MeetingStatus = 'planned' | 'held';

export type MeetingSummary = {
  id: number;
  title: string;
  held_on: string;
  status: MeetingStatus;
  items: number;
  decided: number;
};

export type MeetingItem = { blocker: Blocker; decision: string | null };

export type MeetingDetail = {
  meeting: { id: number; title: string; held_on: string; status: MeetingStatus };
  items: MeetingItem[];
};

export type MeetingInput = { title: string; heldOn: string; blockerIds?: number[] };

export type MeetingDecisionInput = { decision: string; responsibleUnitId?: number; dueOn?: string };

export type ProjectHit = { id: number; name: string };
