import { EVENT_KINDS, EVENT_LEVELS, EVENT_REGIONS } from '@zhaoshang/shared';
import { z } from 'zod';

/** The orders of the event list (events.repository.ts EVENT_SORTS). */
export const EVENT_SORT_KEYS = ['startsOn', 'name'] as const;

const ref = z.object({ id: z.number().int(), name: z.string() });
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const eventBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  kind: z.enum(EVENT_KINDS),
  level: z.enum(EVENT_LEVELS),
  place: z.string().trim().max(200).nullable().optional(),
  region: z.enum(EVENT_REGIONS).nullable().optional(),
  campaignId: z.number().int().positive().nullable().optional(),
  startsOn: day,
  endsOn: day,
  organiserUnitIds: z.array(z.number().int().positive()).max(50),
  cancelled: z.boolean().optional(),
  notes: z.string().max(2000).nullable().optional(),
});

export const eventSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    kind: z.enum(EVENT_KINDS),
    level: z.enum(EVENT_LEVELS),
    place: z.string().nullable(),
    region: z.enum(EVENT_REGIONS).nullable(),
    campaign: z.object({ id: z.number().int(), name: z.string(), round: z.number().int() }).nullable(),
    startsOn: z.string(),
    endsOn: z.string(),
    cancelled: z.boolean(),
    notes: z.string().nullable(),
    organisers: z.array(ref),
    guests: z.number().int(),
    canEdit: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'Event' });

/** Guests → leads → filings → signed projects → amount (万元) and foreign investment (万美元). */
export const yieldSchema = z
  .object({
    guests: z.number().int(),
    leads: z.number().int(),
    filings: z.number().int(),
    signed: z.number().int(),
    amountWan: z.string(),
    foreignUsdWan: z.string(),
  })
  .meta({ id: 'EventYield' });

export const guestSchema = z
  .object({
    id: z.number().int(),
    guestName: z.string(),
    title: z.string().nullable(),
    companyName: z.string(),
    uscc: z.string().nullable(),
    company: ref.nullable(),
    matchLevel: z.enum(['same', 'similar', 'none']),
  })
  .meta({ id: 'EventGuest' });

export const campaignSchema = z
  .object({
    id: z.number().int(),
    round: z.number().int(),
    name: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    events: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'Campaign' });

export const campaignBody = z.strictObject({
  round: z.number().int().min(1).max(999),
  name: z.string().trim().max(100).nullable().optional(),
  startsOn: day,
  endsOn: day,
});

export const yieldReportSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    events: z.array(
      yieldSchema.extend({
        id: z.number().int(),
        name: z.string(),
        kind: z.enum(EVENT_KINDS),
        startsOn: z.string(),
        campaignId: z.number().int().nullable(),
      }),
    ),
    campaigns: z.array(
      yieldSchema.extend({
        id: z.number().int().nullable(),
        name: z.string().nullable(),
        round: z.number().int().nullable(),
        events: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'EventYieldReport' });

export const attributionBody = z.strictObject({ eventId: z.number().int().positive().nullable() });
export const attributionSchema = z.object({ id: z.number().int(), eventId: z.number().int().nullable() });
