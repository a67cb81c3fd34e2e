import type { ProjectStage } from '@zhaoshang/shared';
import type { StageOrIntent, UnitRef } from '../projects/types.ts';

/** A stage a project can sit at: intent (no signing yet) or one of the stages after signing. */
export type StageKey = StageOrIntent;

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
