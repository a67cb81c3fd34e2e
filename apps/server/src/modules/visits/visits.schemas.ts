import { z } from 'zod';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const visitBody = z.strictObject({
  unitId: z.number().int().positive().optional(),
  visitedOn: day,
  party: z.string().trim().min(1).max(200),
  place: z.string().trim().min(1).max(200),
  notes: z.string().trim().max(2000).nullable().optional(),
});

export const visitQuery = {
  unitId: z.coerce.number().int().positive().optional(),
  from: day.optional(),
  to: day.optional(),
};

export const visitSchema = z
  .object({
    id: z.number().int(),
    unit: z.object({ id: z.number().int(), name: z.string() }),
    visitedOn: z.string(),
    party: z.string(),
    place: z.string(),
    notes: z.string().nullable(),
    createdBy: z.string().nullable(),
  })
  .meta({ id: 'Visit' });
