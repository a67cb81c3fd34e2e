import { z } from 'zod';

const unitRef = z.object({ id: z.number().int(), name: z.string() });
export const MAJOR_TRACKS = ['overdue', 'at_risk', 'on_track', 'no_plan'] as const;

/** GET /major-projects: the counts per track and one page of the chosen track's projects. */
export const majorProjectsBoardSchema = z.object({
  majorThresholdWan: z.string(),
  counts: z.object({
    overdue: z.number().int(),
    at_risk: z.number().int(),
    on_track: z.number().int(),
    no_plan: z.number().int(),
  }),
  total: z.number().int(),
  items: z.array(
    z
      .object({
        id: z.number().int(),
        name: z.string(),
        hostUnit: unitRef,
        agreedWan: z.string(),
        stage: z.string(),
        chain: z.string().nullable(),
        track: z.enum(MAJOR_TRACKS),
        overdueStages: z.array(z.string()),
        atRiskStages: z.array(z.string()),
        nextStage: z.string().nullable(),
        nextPlannedOn: z.string().nullable(),
        openBlockers: z.number().int(),
      })
      .meta({ id: 'MajorProject' }),
  ),
});
