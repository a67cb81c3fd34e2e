import { z } from 'zod';

const rate = z.number().nullable();
const values = {
  signedCount: z.number().int(),
  signedAmountWan: z.number(),
  contractRate: rate,
  registrationRate: rate,
  readyRate: rate,
  fitShareCount: rate,
  fitShareAmount: rate,
};
const indicators = z.object({ ...values, lastYear: z.object(values) });

/** The `kpi --json` shape of contract.md, each unit with its id for the drill-down. */
export const kpiResponseSchema = z.object({
  from: z.string(),
  to: z.string(),
  city: indicators,
  units: z.array(
    indicators.extend({
      unitId: z.number().int(),
      unit: z.string(),
      role: z.enum(['host', 'source']),
      staleSites: z
        .number()
        .int()
        .describe(
          "The unit's sites not confirmed this quarter (as of today, whatever the window): an assessment deduction",
        ),
    }),
  ),
  siteConfirmation: z
    .object({
      quarter: z.string(),
      since: z.string(),
      units: z.array(
        z.object({ unitId: z.number().int(), unit: z.string(), total: z.number().int(), stale: z.number().int() }),
      ),
    })
    .describe('Every owner unit of sites, credited in the window or not: its sites and the stale ones this quarter'),
});
