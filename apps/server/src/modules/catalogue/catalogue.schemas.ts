import { CATALOGUE_STATUSES } from '@zhaoshang/shared';
import { z } from 'zod';

/** The orders of the catalogue list (catalogue.repository.ts ENTRY_SORTS). */
export const ENTRY_SORT_KEYS = ['name', 'investment', 'land', 'updated'] as const;

/** An amount as typed: a decimal string (or a JSON number), checked exactly by the service. */
const amount = z
  .union([z.string().max(40), z.number()])
  .nullable()
  .optional();
const text = (max: number) => z.string().trim().max(max).nullable().optional();

export const entryBody = z.strictObject({
  nameZh: z.string().trim().min(1).max(200),
  nameEn: text(300),
  descriptionZh: text(4000),
  descriptionEn: text(8000),
  chain: text(100),
  chainId: z.number().int().positive().nullable().optional(),
  segmentId: z.number().int().positive().nullable().optional(),
  investmentWan: amount,
  landMu: amount,
  hostUnitId: z.number().int().positive(),
  contact: text(200),
  status: z.enum(CATALOGUE_STATUSES).optional(),
  sourceEventId: z.number().int().positive().nullable().optional(),
  leadId: z.number().int().positive().nullable().optional(),
});

export const signBody = z.strictObject({
  version: z.number().int().positive(),
  signedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  agreedWan: amount,
  companyId: z.number().int().positive().nullable().optional(),
});

export const entrySchema = z
  .object({
    id: z.number().int(),
    nameZh: z.string(),
    nameEn: z.string().nullable(),
    descriptionZh: z.string().nullable(),
    descriptionEn: z.string().nullable(),
    chain: z.string().nullable(),
    chainId: z.number().int().nullable(),
    segmentId: z.number().int().nullable(),
    investmentWan: z.string().nullable(),
    landMu: z.string().nullable(),
    hostUnit: z.object({ id: z.number().int(), name: z.string() }),
    contact: z.string().nullable(),
    status: z.enum(CATALOGUE_STATUSES),
    sourceEvent: z.object({ id: z.number().int(), name: z.string() }).nullable(),
    leadId: z.number().int().nullable(),
    /** The lead it is linked to, by its investor's name (lead lists show every unit the names). */
    lead: z.object({ id: z.number().int(), companyName: z.string() }).nullable(),
    projectId: z.number().int().nullable(),
    signedOn: z.string().nullable(),
    canEdit: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'CatalogueEntry' });
