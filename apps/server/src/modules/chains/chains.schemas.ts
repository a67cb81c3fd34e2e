import { CHAIN_GAPS, CHAIN_GROUP_KINDS, CHAIN_STREAMS, HOST_REASONS, TARGET_TAGS } from '@zhaoshang/shared';
import { z } from 'zod';

const int = z.number().int();
const positive = int.positive();
const name = z.string().trim().min(1).max(100);
const version = z.strictObject({ version: positive });

export const savedSchema = z.object({ id: int, version: int });

export const groupBody = z.strictObject({
  name,
  nameEn: z.string().trim().max(100).nullable().optional(),
  kind: z.enum(CHAIN_GROUP_KINDS),
  sortOrder: int.optional(),
});
export const groupUpdateBody = groupBody.extend(version.shape);

export const chainBody = z.strictObject({
  groupId: positive,
  name,
  nameEn: z.string().trim().max(100).nullable().optional(),
  chiefExpert: z.string().trim().max(100).nullable().optional(),
  thinkTanks: z.array(z.string().trim().max(100)).max(20).optional(),
  sortOrder: int.optional(),
});
export const chainUpdateBody = chainBody.extend(version.shape);

export const segmentBody = z.strictObject({
  chainId: positive,
  name,
  stream: z.enum(CHAIN_STREAMS),
  parentId: positive.nullable().optional(),
  responsibleUnitId: positive.nullable().optional(),
  sortOrder: int.optional(),
});
export const segmentUpdateBody = segmentBody.extend(version.shape);

export const targetBody = z.strictObject({
  segmentId: positive,
  name: z.string().trim().min(1).max(200),
  uscc: z.string().trim().max(18).nullable().optional(),
  tags: z.array(z.string()).max(TARGET_TAGS.length).optional(),
  notes: z.string().max(2000).nullable().optional(),
});
export const targetUpdateBody = targetBody.extend(version.shape);

export const designationBody = z.strictObject({ unitIds: z.array(positive).max(200), version: positive });
export const placementBody = z.strictObject({
  chainId: positive.nullable(),
  segmentId: positive.nullable(),
  version: positive,
});

const stageCount = z.object({ count: int, amountWan: z.string() });
const numbersSchema = z.object({
  localCompanies: int,
  targets: int,
  openLeads: int,
  activeFilings: int,
  projects: int,
  amountWan: z.string().describe('agreed investment in total, in 10,000 yuan'),
  projectsByStage: z.record(z.string(), stageCount),
  recentSigned: int.describe('projects signed in the last two years'),
});

export const chainMapSchema = z
  .object({
    groups: z.array(
      z.object({
        id: int,
        name: z.string(),
        nameEn: z.string().nullable(),
        kind: z.enum(CHAIN_GROUP_KINDS),
        sortOrder: int,
        version: int,
        chains: z.array(
          z.object({
            id: int,
            name: z.string(),
            nameEn: z.string().nullable(),
            chiefExpert: z.string().nullable(),
            thinkTanks: z.array(z.string()),
            sortOrder: int,
            designatedUnitIds: z.array(int),
            version: int,
            numbers: numbersSchema,
            unplaced: numbersSchema.describe('records with a chain but no segment picked'),
            segments: z.array(
              z.object({
                id: int,
                name: z.string(),
                stream: z.enum(CHAIN_STREAMS),
                parentId: int.nullable(),
                responsibleUnit: z.object({ id: int, name: z.string() }).nullable(),
                sortOrder: int,
                version: int,
                numbers: numbersSchema.extend({ gap: z.enum(CHAIN_GAPS).nullable() }),
              }),
            ),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'ChainMap' });

export const gapSchema = z
  .object({
    chainId: int,
    chain: z.string(),
    segmentId: int,
    segment: z.string(),
    stream: z.enum(CHAIN_STREAMS),
    localCompanies: int,
    targets: int,
    openLeads: int,
    activeFilings: int,
    projects: int,
    gap: z.enum(CHAIN_GAPS).nullable(),
  })
  .meta({ id: 'ChainGap' });

export const drillItemSchema = z
  .object({ id: int, title: z.string(), detail: z.string() })
  .meta({ id: 'ChainDrillItem' });

export const targetSchema = z
  .object({
    id: int,
    segmentId: int,
    name: z.string(),
    uscc: z.string().nullable(),
    tags: z.array(z.string()),
    notes: z.string().nullable(),
    version: int,
  })
  .meta({ id: 'ChainTarget' });

export const segmentOptionSchema = z
  .object({ id: int, chainId: int, name: z.string(), stream: z.enum(CHAIN_STREAMS), parentId: int.nullable() })
  .meta({ id: 'ChainSegmentOption' });

export const recommendationSchema = z
  .object({
    chainId: int,
    segmentId: int.nullable(),
    items: z.array(
      z.object({
        unitId: int,
        unitName: z.string(),
        score: int,
        recommended: z.boolean(),
        reasons: z.array(z.object({ code: z.enum(HOST_REASONS), count: int.optional(), text: z.string() })),
      }),
    ),
  })
  .meta({ id: 'HostRecommendation' });

export const unmatchedSchema = z
  .object({ value: z.string(), leads: int, projects: int })
  .meta({ id: 'UnmatchedChain' });
