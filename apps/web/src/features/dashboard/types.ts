import type { MajorTrack } from '../major-projects/api.ts';

export type { MajorTrack };

/** GET /dashboard: the leaders' view of a year to date. Amounts are exact decimal strings (万元, 万美元). */
export type MonthFigures = {
  month: number;
  count: number;
  amountWan: string;
  lastYearCount: number;
  lastYearAmountWan: string;
};

export const FUNNEL_STAGES = [
  'signed',
  'contracted',
  'registered',
  'ready',
  'started',
  'completed',
  'producing',
] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/** The three rates each host unit is held to, as the dashboard names them. */
export const UNIT_RATE_KEYS = ['contractRate', 'registrationRate', 'readyRate'] as const;
export type UnitRateKey = (typeof UNIT_RATE_KEYS)[number];

export type UnitRates = {
  unit: { id: number; name: string };
  signed: number;
} & Record<UnitRateKey, number | null>;

export const QUALITY_CHECK_KEYS = [
  'readyImplied',
  'missingEvidence',
  'sameInvestorTwoUnits',
  'partExceedsWhole',
  'outliers',
] as const;
export type QualityCheckKey = (typeof QUALITY_CHECK_KEYS)[number];

export type Dashboard = {
  year: number;
  window: { from: string; to: string };
  signedByMonth: MonthFigures[];
  funnel: Record<FunnelStage, number>;
  /** Fractions 0..1 by indicator key; only indicators with a floor appear. */
  floors: Partial<Record<string, number>>;
  unitRates: UnitRates[];
  chainMix: { chain: string | null; count: number; amountWan: string }[];
  foreignCapital: {
    usedUsdWan: string;
    targetUsdWan: string | null;
    share: number | null;
    lastYearUsedUsdWan: string;
    yoy: number | null;
  };
  majorProjects: Record<MajorTrack, number> & { thresholdWan: string };
  overdueLeads: number;
  overdueBlockers: number;
  dataQuality: Partial<Record<QualityCheckKey, number>>;
};

/** The KPI drill-down: the projects behind one figure of a window. */
export type KpiFigure = 'signed' | 'contracted' | 'registered' | 'ready';
export type KpiDrill = { from: string; to: string; figure: KpiFigure; unitId?: number; role?: 'host' };
