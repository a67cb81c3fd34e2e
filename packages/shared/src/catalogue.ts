import { labelTable } from './messages/index.ts';

/** An entry of the opportunity catalogue (推介项目库): offered, in talks, signed (then a project). */
export const CATALOGUE_STATUSES = ['offered', 'in_talks', 'signed'] as const;
export type CatalogueStatus = (typeof CATALOGUE_STATUSES)[number];

/** Land and buildings (载体资源): parcels, standard factories, buildings. */
export const SITE_KINDS = ['parcel', 'factory', 'building'] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

export const SITE_USES = ['industrial', 'commercial', 'mixed', 'research', 'warehouse'] as const;
export type SiteUse = (typeof SITE_USES)[number];

export const SITE_STATUSES = ['available', 'reserved', 'occupied'] as const;
export type SiteStatus = (typeof SITE_STATUSES)[number];

/** The criteria of site matching, with their weights (out of 100 when all are asked). */
export const MATCH_CRITERIA = ['area', 'power', 'chain', 'budget'] as const;
export type MatchCriterion = (typeof MATCH_CRITERIA)[number];
export const MATCH_WEIGHTS: Record<MatchCriterion, number> = { area: 40, power: 20, chain: 20, budget: 20 };

/** One 亩 in square metres (a building's floor area is compared with a need in 亩). */
export const SQUARE_METRES_PER_MU = 2000 / 3;

export const CATALOGUE_STATUS_LABELS = labelTable('label.catalogueStatus', CATALOGUE_STATUSES);
export const SITE_KIND_LABELS = labelTable('label.siteKind', SITE_KINDS);
export const SITE_USE_LABELS = labelTable('label.siteUse', SITE_USES);
export const SITE_STATUS_LABELS = labelTable('label.siteStatus', SITE_STATUSES);

/** The first day of the quarter of a YYYY-MM-DD day. */
export function quarterStart(day: string): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const q = Math.floor((m - 1) / 3);
  return `${y}-${String(q * 3 + 1).padStart(2, '0')}-01`;
}

/** "2026Q4" for a day of that quarter. */
export function quarterName(day: string): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return `${y}Q${Math.floor((m - 1) / 3) + 1}`;
}

/** A site is stale when its owner has not confirmed it since the quarter of `today` began. */
export function isStale(confirmedOn: string | null, today: string): boolean {
  return confirmedOn === null || confirmedOn < quarterStart(today);
}
