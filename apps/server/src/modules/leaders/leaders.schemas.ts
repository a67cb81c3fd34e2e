import { z } from 'zod';

export type LeaderTarget = { kind: 'project' | 'event'; id: number };

export const leaderSummarySchema = z
  .object({ id: z.number().int(), name: z.string(), projects: z.number().int(), events: z.number().int() })
  .meta({ id: 'LeaderSummary' });

/** A leader's page: their major projects (track, milestones planned and reached, open blockers) and events. */
export const leaderPortfolioSchema = z
  .object({
    leader: z.object({ id: z.number().int(), name: z.string() }),
    projects: z.array(
      z.object({
        id: z.number().int(),
        name: z.string(),
        hostUnit: z.string(),
        agreedWan: z.string(),
        stage: z.string().nullable(),
        track: z.enum(['overdue', 'at_risk', 'on_track', 'no_plan']).nullable(),
        milestones: z.array(z.object({ stage: z.string(), plannedOn: z.string(), reachedOn: z.string().nullable() })),
        blockers: z.array(
          z.object({
            id: z.number().int(),
            category: z.string(),
            description: z.string(),
            unit: z.string(),
            dueOn: z.string(),
            overdue: z.boolean(),
          }),
        ),
      }),
    ),
    events: z.array(z.object({ id: z.number().int(), name: z.string(), startsOn: z.string(), endsOn: z.string() })),
  })
  .meta({ id: 'LeaderPortfolio' });
