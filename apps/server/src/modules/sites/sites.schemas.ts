import { MATCH_CRITERIA, SITE_KINDS, SITE_STATUSES, SITE_USES } from '@zhaoshang/shared';
import { z } from 'zod';

/** The orders of the site list (sites.repository.ts SITE_SORTS). */
export const SITE_SORT_KEYS = ['name', 'area', 'price', 'power', 'confirmed'] as const;

/** A number as typed: a decimal string (or a JSON number), checked exactly by the service. */
const amount = z
  .union([z.string().max(40), z.number()])
  .nullable()
  .optional();
const text = (max: number) => z.string().trim().max(max).nullable().optional();

export const siteBody = z.strictObject({
  kind: z.enum(SITE_KINDS),
  name: z.string().trim().min(1).max(200),
  zone: text(100),
  ownerUnitId: z.number().int().positive(),
  use: z.enum(SITE_USES),
  areaMu: amount,
  floorAreaM2: amount,
  priceWanPerMu: amount,
  powerKva: amount,
  chain: text(100),
  chainId: z.number().int().positive().nullable().optional(),
  segmentId: z.number().int().positive().nullable().optional(),
  status: z.enum(SITE_STATUSES).optional(),
  notes: text(2000),
});

export const matchBody = z.strictObject({
  areaMu: amount,
  powerKva: amount,
  chain: text(100),
  chainId: z.number().int().positive().nullable().optional(),
  budgetWan: amount,
  kind: z.enum(SITE_KINDS).optional(),
  use: z.enum(SITE_USES).optional(),
  leadId: z.number().int().positive().optional(),
  projectId: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(100).optional(),
});

const ref = z.object({ id: z.number().int(), name: z.string() });

export const siteSchema = z
  .object({
    id: z.number().int(),
    kind: z.enum(SITE_KINDS),
    name: z.string(),
    zone: z.string().nullable(),
    ownerUnit: ref,
    use: z.enum(SITE_USES),
    areaMu: z.string().nullable(),
    floorAreaM2: z.string().nullable(),
    priceWanPerMu: z.string().nullable(),
    powerKva: z.number().int().nullable(),
    chain: z.string().nullable(),
    chainId: z.number().int().nullable(),
    segmentId: z.number().int().nullable(),
    status: z.enum(SITE_STATUSES),
    notes: z.string().nullable(),
    confirmedOn: z.string().nullable(),
    stale: z.boolean(),
    canEdit: z.boolean(),
    canConfirm: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'Site' });

export const matchSchema = z
  .object({
    needs: z.object({
      areaMu: z.string().nullable(),
      powerKva: z.number().int().nullable(),
      chain: z.string().nullable(),
      chainId: z.number().int().nullable(),
      budgetWan: z.string().nullable(),
    }),
    criteria: z.array(z.enum(MATCH_CRITERIA)),
    items: z.array(
      z.object({
        site: siteSchema,
        score: z.number(),
        reasons: z.array(
          z.object({
            criterion: z.enum(MATCH_CRITERIA),
            fit: z.enum(['fits', 'short', 'unknown']),
            score: z.number(),
            text: z.string(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'SiteMatch' });

export const staleSchema = z
  .object({
    quarter: z.string(),
    since: z.string(),
    units: z.array(z.object({ unit: ref, total: z.number().int(), stale: z.number().int() })),
  })
  .meta({ id: 'SiteStaleCounts' });
