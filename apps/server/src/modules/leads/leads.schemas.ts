import { UNIT_KINDS } from '@zhaoshang/shared';
import { z } from 'zod';
import { LEAD_SOURCES } from './leads.service.ts';

export const leadSchema = z
  .object({
    id: z.number().int(),
    company: z.object({ id: z.number().int(), name: z.string() }),
    reportingUnit: z.object({ id: z.number().int(), name: z.string() }),
    handlingUnit: z.object({ id: z.number().int(), name: z.string() }),
    chain: z.string().nullable(),
    chainId: z.number().int().nullable(),
    segmentId: z.number().int().nullable(),
    source: z.enum(LEAD_SOURCES),
    reportedOn: z.string(),
    status: z.enum(['new', 'following', 'filed', 'dropped']),
    estimatedAmountWan: z.string().nullable(),
    contact: z.string().nullable(),
    notes: z.string().nullable(),
    dropReason: z.string().nullable(),
    acknowledgedOn: z.string().nullable(),
    assessedOn: z.string().nullable(),
    feedbackOn: z.string().nullable(),
    contentsVisible: z.boolean(),
    /** The event that produced the lead (PUT /leads/:id/event). */
    event: z.object({ id: z.number().int(), name: z.string() }).nullable(),
    clock: z.object({
      acknowledgeBy: z.string(),
      assessBy: z.string(),
      feedbackBy: z.string(),
      overdue: z.array(z.enum(['acknowledge', 'assess', 'feedback'])),
    }),
    version: z.number().int(),
  })
  .meta({ id: 'Lead' });

/** The working days a kind of unit has for each step of a lead. */
export const responseRuleSchema = z
  .object({
    unitKind: z.enum(UNIT_KINDS),
    acknowledgeDays: z.number().int(),
    assessDays: z.number().int(),
    feedbackDays: z.number().int(),
  })
  .meta({ id: 'LeadResponseRule' });
