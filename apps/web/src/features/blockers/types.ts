import type { BlockerCategory } from '@zhaoshang/shared';
import type { UnitRef } from '../projects/types.ts';

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
