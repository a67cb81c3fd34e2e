import { z } from 'zod';

export const filingSchema = z
  .object({
    id: z.number().int(),
    company: z.object({ id: z.number().int(), name: z.string() }),
    unit: z.object({ id: z.number().int(), name: z.string() }),
    startsOn: z.string(),
    expiresOn: z.string(),
    status: z.enum(['active', 'expired', 'released', 'superseded']),
    joint: z.boolean(),
    creditShare: z.number().nullable(),
    projectName: z.string().nullable(),
    notes: z.string().nullable(),
    contentsVisible: z.boolean(),
  })
  .meta({ id: 'Filing' });
