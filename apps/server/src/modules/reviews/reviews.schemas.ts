import { z } from 'zod';
import type { CampaignRow } from './reviews.repository.ts';

const unitRef = z.object({ id: z.number().int(), name: z.string() });

/** A look-back campaign with its answered/total counts (of the reader's own unit, or the city's). */
export const reviewCampaignSchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    criteria: z.object({
      stages: z.array(z.string()),
      idleMonths: z.number().int(),
      asOf: z.string().optional(),
      idleSince: z.string().optional(),
    }),
    dueOn: z.string(),
    status: z.enum(['open', 'closed']),
    createdAt: z.string(),
    closedAt: z.string().nullable(),
    total: z.number().int(),
    answered: z.number().int(),
  })
  .meta({ id: 'ReviewCampaign' });

/** The campaign row as the API shows it: camelCase, the criteria as launched. */
export function presentCampaign(row: CampaignRow): z.infer<typeof reviewCampaignSchema> {
  return {
    id: row.id,
    title: row.title,
    criteria: row.criteria as z.infer<typeof reviewCampaignSchema>['criteria'],
    dueOn: row.due_on,
    status: row.status as 'open' | 'closed',
    createdAt: row.created_at,
    closedAt: row.closed_at,
    total: row.total,
    answered: row.answered,
  };
}

export const reviewDetailSchema = z.object({
  campaign: reviewCampaignSchema,
  units: z.array(
    z.object({
      unit: unitRef,
      total: z.number().int(),
      answered: z.number().int(),
      alive: z.number().int(),
      stalled: z.number().int(),
      lost: z.number().int(),
    }),
  ),
  items: z.array(
    z.object({
      projectId: z.number().int(),
      projectName: z.string(),
      stage: z.string(),
      stageChangedOn: z.string(),
      unit: unitRef,
      answer: z.enum(['alive', 'stalled', 'lost']).nullable(),
      progress: z.string().nullable(),
      problems: z.string().nullable(),
      nextStep: z.string().nullable(),
      answeredAt: z.string().nullable(),
      answeredBy: z.string().nullable(),
    }),
  ),
});
