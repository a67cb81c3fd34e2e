import { GATE_REASONS } from '@zhaoshang/shared';
import { z } from 'zod';

const unitRef = z.object({ id: z.number().int(), name: z.string() });

export const criteriaSchema = z
  .object({
    version: z.number().int(),
    minAgreedWan: z.string().nullable().describe('the least agreed investment in wan (10,000 yuan); null: no minimum'),
    chainFitRequired: z.boolean(),
    note: z.string().nullable(),
    setBy: z.string().nullable(),
    setAt: z.string(),
  })
  .meta({ id: 'IntakeCriteria' });

export const criteriaPageSchema = z.object({
  current: criteriaSchema.nullable().describe('null: the office has set no criteria, nothing is gated'),
  history: z.array(criteriaSchema),
});

export const gateReviewSchema = z
  .object({
    id: z.number().int(),
    project: z.object({ id: z.number().int(), name: z.string(), agreedWan: z.string() }),
    unit: unitRef,
    reasons: z.array(z.enum(GATE_REASONS)),
    requestedBy: z.string().nullable(),
    status: z.enum(['pending', 'approved', 'rejected']),
    note: z.string().nullable(),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'GateReview' });
