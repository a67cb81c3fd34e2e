import type { UnitKind } from '@zhaoshang/shared';

export type UnitRef = { id: number; name: string };

export const LEAD_STATUSES = ['new', 'following', 'filed', 'dropped'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

export const LEAD_SOURCES = ['event', 'referral', 'visit', 'research', 'other'] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];

export const LEAD_STEPS = ['acknowledge', 'assess', 'feedback'] as const;
export type LeadStep = (typeof LEAD_STEPS)[number];

export type LeadClock = {
  acknowledgeBy: string;
  assessBy: string;
  feedbackBy: string;
  overdue: LeadStep[];
};

export type Lead = {
  id: number;
  company: UnitRef;
  reportingUnit: UnitRef;
  handlingUnit: UnitRef;
  chain: string | null;
  source: LeadSource;
  reportedOn: string;
  status: LeadStatus;
  estimatedAmountWan: string | null;
  contact: string | null;
  notes: string | null;
  dropReason: string | null;
  /** When each step of the response clock was done (null: not yet). */
  acknowledgedOn: string | null;
  assessedOn: string | null;
  feedbackOn: string | null;
  /** False when the viewer is neither party, office nor leader: contents are withheld. */
  contentsVisible: boolean;
  clock: LeadClock;
  version: number;
};

export type LeadListParams = {
  unitId?: number;
  companyId?: number;
  status?: LeadStatus;
  overdue?: 'true';
  page: number;
  pageSize: number;
};

export type LeadInput = {
  companyId: number;
  handlingUnitId?: number;
  chain?: string | null;
  estimatedAmountWan?: string | null;
  source: LeadSource;
  contact?: string | null;
  notes?: string | null;
  reportedOn?: string;
};

export type LeadProgress = { version: number; step: LeadStep } | { version: number; drop: string };

export type ResponseRule = { unitKind: UnitKind; acknowledgeDays: number; assessDays: number; feedbackDays: number };

export type Paged<T> = { items: T[]; total: number };
