import { INDICATOR_KEYS, SCHEME_KEYS, UNIT_KINDS } from '@zhaoshang/shared';
import { z } from 'zod';

/** A year's scheme as saved: indicators and weights, bonus and penalty points, ranking groups. */
export const schemeSchema = z
  .object({
    year: z.number().int(),
    indicators: z.array(z.object({ key: z.enum(INDICATOR_KEYS), weight: z.number(), floor: z.number().nullish() })),
    bonus: z.object({ signed: z.number(), started: z.number(), completed: z.number(), producing: z.number() }),
    /** staleSites: points per land or building site its owner has not confirmed this quarter. */
    penalties: z.object({ pastPlannedStart: z.number(), falsified: z.number(), staleSites: z.number().optional() }),
    groups: z.array(z.object({ name: z.string(), unitKinds: z.array(z.string()) })),
    bonusCap: z.number().nullish(),
    staleSitesCap: z.number().nullish(),
    name: z.string().optional(),
    unitIds: z.array(z.number().int()).optional(),
  })
  .meta({ id: 'Scheme' });

export const schemeResponseSchema = z.object({ scheme: schemeSchema, version: z.number().int(), saved: z.boolean() });

export const schemesResponseSchema = z.object({
  items: z.array(
    z.object({ key: z.enum(SCHEME_KEYS), scheme: schemeSchema, version: z.number().int(), saved: z.boolean() }),
  ),
});

const label = z.object({ zh: z.string(), en: z.string() });
export const savedSchemeSchema = z.object({
  version: z.number().int(),
  labels: z.object(
    Object.fromEntries(INDICATOR_KEYS.map((k) => [k, label])) as Record<(typeof INDICATOR_KEYS)[number], typeof label>,
  ),
});

export const unitTargetSchema = z
  .object({
    unit: z.object({ id: z.number().int(), name: z.string(), kind: z.enum(UNIT_KINDS) }),
    signedCount: z.number().int().nullable(),
    signedAmountWan: z.string().nullable(),
    leads: z.number().int().nullable(),
    events: z.number().int().nullable(),
    foreignUsdWan: z.string().nullable(),
    visits: z.number().int().nullable(),
    postDays: z.number().int().nullable(),
    services: z.number().int().nullable(),
  })
  .meta({ id: 'UnitTarget' });

const stageCounts = {
  signed: z.number().int(),
  started: z.number().int(),
  completed: z.number().int(),
  producing: z.number().int(),
  points: z.number(),
};
export const fourNewByMonthSchema = z.object({
  year: z.number().int(),
  items: z.array(
    z.object({
      unit: z.object({ id: z.number().int(), name: z.string(), kind: z.enum(UNIT_KINDS) }),
      scheme: z.enum(SCHEME_KEYS),
      months: z.array(z.object({ month: z.number().int(), ...stageCounts })),
      total: z.object(stageCounts),
    }),
  ),
});
