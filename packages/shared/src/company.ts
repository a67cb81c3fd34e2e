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

export const INVESTOR_TYPE_LABELS: Record<InvestorType, { zh: string; en: string }> = {
  central_soe: { zh: '央企', en: 'Central SOE' },
  local_soe: { zh: '地方国企', en: 'Local SOE' },
  fortune500: { zh: '世界500强', en: 'Fortune Global 500' },
  top50: { zh: '行业50强', en: 'Industry top 50' },
  private: { zh: '民营', en: 'Private' },
  foreign: { zh: '外资', en: 'Foreign' },
  hmt: { zh: '港澳台', en: 'Hong Kong, Macao, Taiwan' },
  other: { zh: '其他', en: 'Other' },
};

/** Registry tags a company can carry. */
export const COMPANY_TAGS = ['central_soe', 'fortune500', 'top50', 'listed'] as const;
export type CompanyTag = (typeof COMPANY_TAGS)[number];

/** Match levels (contract.md): the same legal entity, probably the same investor, or nothing. */
export const MATCH_LEVELS = ['same', 'similar', 'none'] as const;
export type MatchLevel = (typeof MATCH_LEVELS)[number];
