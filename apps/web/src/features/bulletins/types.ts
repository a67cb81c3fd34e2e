import type { Attainment, IndicatorKey, KpiRole, RateIndicatorKey, Scheme } from '@zhaoshang/shared';
import type { Project } from '../projects/types.ts';

export type BulletinStatus = 'draft' | 'published';

/** A bulletin as GET /bulletins lists it. */
export type BulletinSummary = {
  id: number;
  year: number;
  month: number;
  periodFrom: string;
  periodTo: string;
  status: BulletinStatus;
  issueNumber: number | null;
  /** "2021年第1期", or "2021年7月（草稿）" before publication (worded by the server). */
  title: string;
  remarks: string | null;
  /** SM3 of the frozen snapshot; null on a draft. */
  hash: string | null;
  version: number;
  createdAt: string;
  publishedAt: string | null;
  publishedBy: string | null;
};

/** One scope's figures; rates are fractions (0.6 = 60%), null for an empty cohort. */
export type Figures = {
  signedCount: number;
  signedAmountWan: number;
  /** Exact: whole yuan as decimal text. */
  signedAmountYuan: string;
} & Record<RateIndicatorKey, number | null>;

export type FourNewCounts = { signed: number; started: number; completed: number; producing: number };

export type UnitEntry = {
  unitId: number;
  unitName: string;
  unitKind: string;
  role: KpiRole;
  figures: Figures;
  lastYear: Figures;
  score: number;
  scoreExact: number;
  base: number;
  bonus: number;
  penalty: number;
  attainments: Attainment[];
  floorsMissed: IndicatorKey[];
  rank: number | null;
  previousRank: number | null;
  rankChange: number | null;
  actuals: Record<string, number>;
  targets: Record<string, number>;
  fourNew: FourNewCounts;
  pastPlannedStart: number;
  falsified: number;
};

export type Adjustment = { unitId: number; falsified: number; note: string };

export type BulletinSnapshot = {
  period: { year: number; month: number; from: string; to: string; lastYearFrom: string; lastYearTo: string };
  scheme: Scheme;
  formula: { zh: string; en: string };
  majorThresholdWan: string;
  city: {
    figures: Figures;
    lastYear: Figures;
    yoyPp: Record<RateIndicatorKey, number | null>;
    /** Fraction: 0.25 = 25% more signed projects than a year earlier. */
    signedCountChange: number | null;
  };
  foreignCapital: {
    usedUsdWan: string;
    targetUsdWan: string | null;
    share: number | null;
    lastYearUsedUsdWan: string;
    yoy: number | null;
  };
  groups: { name: string; units: UnitEntry[] }[];
  adjustments: Adjustment[];
};

export type BulletinDetail = BulletinSummary & { snapshot: BulletinSnapshot };

export const FIGURE_KEYS = [
  'signed',
  'amount',
  'contracted',
  'registered',
  'ready',
  'fit',
  'fitAmount',
  'readyImplied',
  'lastYearSigned',
  'fourNewSigned',
  'fourNewStarted',
  'fourNewCompleted',
  'fourNewProducing',
  'pastPlannedStart',
] as const;
/** A figure of the bulletin the server can list the projects behind. */
export type FigureKey = (typeof FIGURE_KEYS)[number];

/** What a click on a number asks for: the figure, and the unit (none for the city). */
export type DrillTarget = {
  figure: FigureKey;
  unitId?: number;
  scope: string;
  rate?: RateIndicatorKey;
  figures?: Figures;
};

export type DrillPage = { items: Project[]; total: number; totalCapped?: boolean; ids: number };

export type DraftInput = { year: number; month: number; adjustments?: Adjustment[] };

export type Difference = {
  scope: string;
  unitId: number | null;
  figure: string;
  published: number | string | null;
  now: number | string | null;
};

export type Correction = {
  projectId: number;
  projectName: string;
  changes: unknown;
  reason: string | null;
  user: string | null;
  at: string;
};

export type Recomputed = { computedOn: string; differences: Difference[]; corrections: Correction[] };
