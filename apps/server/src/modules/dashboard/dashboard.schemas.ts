import { INDICATOR_KEYS } from '@zhaoshang/shared';
import { z } from 'zod';
import { QUALITY_CHECKS, type QualityCheck } from './dashboard.repository.ts';

export const qualityCheckName = z.enum(Object.keys(QUALITY_CHECKS) as [QualityCheck, ...QualityCheck[]]);

const count = z.number().int();
const rate = z.number().nullable();

/** An object keyed by some of `keys` (a record whose keys the generated types can name). */
const someOf = <K extends string, V extends z.ZodType>(keys: readonly K[], value: V) =>
  z.object(Object.fromEntries(keys.map((k) => [k, value.optional()])) as Record<K, z.ZodOptional<V>>);

/** GET /dashboard: the leaders' view of a year to date. Amounts are exact decimal strings (万元, 万美元). */
export const dashboardSchema = z
  .object({
    year: z.number().int(),
    window: z.object({ from: z.string(), to: z.string() }),
    signedByMonth: z.array(
      z.object({
        month: count,
        count,
        amountWan: z.string(),
        lastYearCount: count,
        lastYearAmountWan: z.string(),
      }),
    ),
    funnel: z.object({
      signed: count,
      contracted: count,
      registered: count,
      ready: count,
      started: count,
      completed: count,
      producing: count,
    }),
    /** The city's rates this year to date and over the same window a year earlier (fractions; null over no project). */
    cityRates: z.object({
      contractRate: z.number().nullable(),
      registrationRate: z.number().nullable(),
      readyRate: z.number().nullable(),
      lastYear: z.object({
        contractRate: z.number().nullable(),
        registrationRate: z.number().nullable(),
        readyRate: z.number().nullable(),
      }),
    }),
    floors: z
      .partialRecord(z.enum(INDICATOR_KEYS), z.number())
      .describe('fractions 0..1 by indicator key; only indicators with a floor'),
    unitRates: z.array(
      z.object({
        unit: z.object({ id: z.number().int(), name: z.string() }),
        signed: count,
        contractRate: rate,
        registrationRate: rate,
        readyRate: rate,
      }),
    ),
    chainMix: z.array(z.object({ chain: z.string().nullable(), count, amountWan: z.string() })),
    foreignCapital: z.object({
      throughMonth: z.number().int().nullable(),
      usedUsdWan: z.string(),
      targetUsdWan: z.string().nullable(),
      share: rate,
      lastYearUsedUsdWan: z.string(),
      yoy: rate,
    }),
    majorProjects: z.object({
      overdue: count,
      at_risk: count,
      on_track: count,
      no_plan: count,
      thresholdWan: z.string(),
    }),
    overdueLeads: count,
    overdueBlockers: count,
    dataQuality: someOf(qualityCheckName.options, count),
    dataQualityAsOf: z.string(),
  })
  .meta({ id: 'Dashboard' });

export const qualityOverviewSchema = z.object({
  checks: z.array(z.object({ check: qualityCheckName, title: z.string(), count })),
  notes: z.array(z.string()),
});

export const qualityCheckSchema = z.object({
  check: qualityCheckName,
  title: z.string(),
  count,
  items: z.array(z.object({ projectId: z.number().int().nullable(), name: z.string().nullable(), detail: z.string() })),
});
