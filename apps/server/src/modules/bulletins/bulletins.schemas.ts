import { INDICATOR_KEYS, SCHEME_KEYS } from '@zhaoshang/shared';
import { z } from 'zod';
import { creditedProjectSchema } from '../projects/projects.schemas.ts';
import { schemeSchema } from '../schemes/schemes.schemas.ts';

// A published snapshot is sealed by its hash: its objects are loose, so nothing stored is dropped on the way out.
const loose = z.looseObject;
const rate = z.number().nullable();
const rates = {
  contractRate: rate,
  registrationRate: rate,
  readyRate: rate,
  fitShareCount: rate,
  fitShareAmount: rate,
};
const figures = loose({
  signedCount: z.number().int(),
  signedAmountWan: z.number(),
  signedAmountYuan: z.string().describe('whole yuan, exact'),
  ...rates,
}).meta({ id: 'BulletinFigures' });
const indicatorKey = z.enum(INDICATOR_KEYS);
const fourNew = loose({ signed: z.number(), started: z.number(), completed: z.number(), producing: z.number() });

const unitEntry = loose({
  unitId: z.number().int(),
  unitName: z.string(),
  unitKind: z.string(),
  role: z.enum(['host', 'source']),
  figures,
  lastYear: figures,
  score: z.number(),
  scoreExact: z.number(),
  base: z.number(),
  bonus: z.number(),
  penalty: z.number(),
  attainments: z.array(
    loose({
      key: indicatorKey,
      weight: z.number(),
      value: z.number().nullable(),
      attainment: z.number(),
      noData: z.boolean(),
      applicable: z.boolean(),
    }),
  ),
  floorsMissed: z.array(indicatorKey),
  rank: z.number().int().nullable(),
  previousRank: z.number().int().nullable(),
  rankChange: z.number().int().nullable(),
  actuals: z.record(z.string(), z.number()),
  targets: z.record(z.string(), z.number()),
  fourNew,
  pastPlannedStart: z.number(),
  falsified: z.number(),
  staleSites: z
    .number()
    .int()
    .optional()
    .describe(
      'sites the unit owns not confirmed in the quarter of the period end; absent in bulletins sealed before they counted',
    ),
}).meta({ id: 'BulletinUnitEntry' });

export const bulletinSnapshotSchema = loose({
  period: loose({
    year: z.number().int(),
    month: z.number().int(),
    from: z.string(),
    to: z.string(),
    lastYearFrom: z.string(),
    lastYearTo: z.string(),
  }),
  scheme: schemeSchema,
  formula: loose({ zh: z.string(), en: z.string() }),
  schemes: z
    .array(
      loose({ key: z.enum(SCHEME_KEYS), scheme: schemeSchema, formula: loose({ zh: z.string(), en: z.string() }) }),
    )
    .optional()
    .describe('The three schemes of the year; absent in bulletins sealed before there were three'),
  majorThresholdWan: z.string(),
  city: loose({ figures, lastYear: figures, yoyPp: loose(rates), signedCountChange: rate }),
  foreignCapital: loose({
    usedUsdWan: z.string(),
    targetUsdWan: z.string().nullable(),
    share: rate,
    lastYearUsedUsdWan: z.string(),
    yoy: rate,
  }),
  groups: z.array(loose({ name: z.string(), scheme: z.enum(SCHEME_KEYS).optional(), units: z.array(unitEntry) })),
  adjustments: z.array(
    loose({ unitId: z.number().int(), falsified: z.number(), note: z.string() }).meta({ id: 'BulletinAdjustment' }),
  ),
  cohort: loose({ projects: z.number().int(), sha256: z.string() }).optional(),
}).meta({ id: 'BulletinSnapshot' });

export const bulletinSummarySchema = z
  .object({
    id: z.number().int(),
    year: z.number().int(),
    month: z.number().int(),
    periodFrom: z.string(),
    periodTo: z.string(),
    status: z.enum(['draft', 'published']),
    issueNumber: z.number().int().nullable(),
    title: z.string().describe('the year and issue number once published; the month, marked as a draft, before'),
    remarks: z.string().nullable(),
    hash: z.string().nullable().describe('SM3 of the frozen snapshot; null on a draft'),
    version: z.number().int(),
    createdAt: z.string(),
    publishedAt: z.string().nullable(),
    publishedBy: z.string().nullable(),
  })
  .meta({ id: 'BulletinSummary' });

export const bulletinDetailSchema = bulletinSummarySchema
  .extend({ snapshot: bulletinSnapshotSchema })
  .meta({ id: 'BulletinDetail' });

export const publishedSchema = z.object({
  id: z.number().int(),
  issueNumber: z.number().int(),
  title: z.string(),
  hash: z.string(),
});

/** The projects behind a figure; `ids` is how many were frozen behind it. */
export const bulletinProjectsSchema = z
  .object({
    items: z.array(creditedProjectSchema),
    total: z.number().int(),
    totalCapped: z.boolean().optional(),
    majorThresholdWan: z.string().optional(),
    ids: z.number().int(),
  })
  .meta({ id: 'BulletinProjects' });

const figureValue = z.union([z.number(), z.string()]).nullable();
export const recomputedSchema = z
  .object({
    computedOn: z.string(),
    differences: z.array(
      z.object({
        scope: z.string(),
        unitId: z.number().int().nullable(),
        figure: z.string(),
        published: figureValue,
        now: figureValue,
      }),
    ),
    corrections: z.array(
      z.object({
        projectId: z.number().int(),
        projectName: z.string(),
        changes: z.unknown(),
        reason: z.string().nullable(),
        user: z.string().nullable(),
        at: z.string(),
      }),
    ),
  })
  .meta({ id: 'BulletinRecomputed' });
