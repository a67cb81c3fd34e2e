import type { CompanyTag, InvestorType } from '@zhaoshang/shared';

export type Company = {
  id: number;
  name: string;
  uscc: string | null;
  investorType: InvestorType | null;
  countryRegion: string | null;
  /** A GB/T 4754-2017 section letter, or letter plus division ('C38'). */
  industryCode: string | null;
  headquarters: string | null;
  tags: CompanyTag[];
  groupId: number | null;
  version: number;
};

export type CompanySort = 'name' | '-name' | 'createdAt' | '-createdAt';

export type CompanyListParams = {
  q?: string;
  investorType?: InvestorType;
  /** A section letter (A–T) or a division code such as C38. */
  industry?: string;
  page: number;
  pageSize: number;
  sort?: CompanySort;
};

export type CompanyInput = {
  name: string;
  uscc?: string | null;
  investorType?: InvestorType | null;
  countryRegion?: string | null;
  industryCode?: string | null;
  headquarters?: string | null;
  tags?: CompanyTag[];
  groupId?: number | null;
};

/** Why the server thinks two names are related (its match reasons). */
export const MATCH_REASONS = ['branch_of', 'has_branch', 'key', 'short_name', 'key_similar'] as const;
export type MatchReason = (typeof MATCH_REASONS)[number];

export type MatchCandidate = {
  id: number;
  name: string;
  uscc: string | null;
  level: 'same' | 'similar';
  score: number;
  reason: string;
};

export type MatchResult = { level: 'same' | 'similar' | 'none'; candidates: MatchCandidate[] };

export type Paged<T> = { items: T[]; total: number };

/** GET /companies/:id: the company, its group, and who works it (under the sharing rules). */
export type CompanyDetail = {
  company: Company & { group: { id: number; name: string } | null; subsidiaries: { id: number; name: string }[] };
  filings: {
    id: number;
    unit: { id: number; name: string };
    startsOn: string;
    expiresOn: string;
    status: 'active' | 'expired' | 'released' | 'superseded';
    joint: boolean;
    creditShare: number | null;
    projectName: string | null;
    contentsVisible: boolean;
  }[];
  leads: {
    id: number;
    reportingUnit: { id: number; name: string };
    reportedOn: string;
    source: 'event' | 'referral' | 'visit' | 'research' | 'other';
    status: 'new' | 'following' | 'filed' | 'dropped';
    chain: string | null;
  }[];
};
