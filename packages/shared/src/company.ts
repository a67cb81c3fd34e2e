import { labelTable } from './messages/index.ts';

/** Investor types of the registry (contract.md, import column 投资方类型). */
export const INVESTOR_TYPES = [
  'central_soe',
  'local_soe',
  'fortune500',
  'top50',
  'private',
  'foreign',
  'hmt',
  'other',
] as const;
export type InvestorType = (typeof INVESTOR_TYPES)[number];

export const INVESTOR_TYPE_LABELS = labelTable('label.investorType', INVESTOR_TYPES);

/** Registry tags a company can carry. */
export const COMPANY_TAGS = ['central_soe', 'fortune500', 'top50', 'listed'] as const;
export type CompanyTag = (typeof COMPANY_TAGS)[number];

/** Match levels (contract.md): the same legal entity, probably the same investor, or nothing. */
export const MATCH_LEVELS = ['same', 'similar', 'none'] as const;
export type MatchLevel = (typeof MATCH_LEVELS)[number];
