import { z } from 'zod';

export const INSPECTION_STATES = ['open', 'overdue', 'rectified', 'closed'] as const;

/** A daily inspection: what was checked where, found, due when; the unit's rectification and the closing. */
export const inspectionSchema = z
  .object({
    id: z.number().int(),
    unit: z.object({ id: z.number().int(), name: z.string() }),
    subject: z.string(),
    checkedOn: z.string(),
    findings: z.string(),
    dueOn: z.string(),
    state: z.enum(INSPECTION_STATES),
    rectification: z.string().nullable(),
    rectifiedBy: z.string().nullable(),
    rectifiedAt: z.string().nullable(),
    closedBy: z.string().nullable(),
    closedAt: z.string().nullable(),
    recordedBy: z.string(),
  })
  .meta({ id: 'Inspection' });
