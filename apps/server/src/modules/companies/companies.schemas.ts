import { COMPANY_TAGS, INVESTOR_TYPES, MATCH_LEVELS, parseIndustryCode } from '@zhaoshang/shared';
import { z } from 'zod';
import { messageKey } from '../../http/validation.ts';
import { filingSchema } from '../filings/filings.schemas.ts';
import { leadSchema } from '../leads/leads.schemas.ts';

const text = (max: number) => z.string().trim().max(max);

export const companyName = z
  .string()
  .trim()
  .min(1, messageKey('company.nameRequired'))
  .max(200, messageKey('company.nameMax'))
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a name with control characters is refused
  .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), messageKey('company.nameControl'));

export const companySchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    uscc: z.string().nullable(),
    investorType: z.enum(INVESTOR_TYPES).nullable(),
    countryRegion: z.string().nullable(),
    industryCode: z.string().nullable(),
    headquarters: z.string().nullable(),
    tags: z.array(z.enum(COMPANY_TAGS)),
    groupId: z.number().int().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Company' });

const ref = z.object({ id: z.number().int(), name: z.string() });

/** GET /companies/:id: the company, its group, and who works it (under the sharing rules). */
export const companyDetailSchema = z.object({
  company: companySchema.extend({ group: ref.nullable(), subsidiaries: z.array(ref) }),
  leads: z.array(leadSchema),
  filings: z.array(filingSchema),
});

export const createCompanyBody = z.strictObject({
  name: companyName,
  uscc: text(30).nullable().optional(),
  investorType: z.enum(INVESTOR_TYPES).nullable().optional(),
  countryRegion: text(50).nullable().optional(),
  industryCode: z
    .string()
    .refine((s) => parseIndustryCode(s) !== null, messageKey('company.industryCode'))
    .transform((s) => {
      const code = parseIndustryCode(s)!;
      return `${code.section}${code.division ?? ''}`;
    })
    .nullable()
    .optional(),
  headquarters: text(100).nullable().optional(),
  tags: z.array(z.enum(COMPANY_TAGS)).max(4).optional(),
  groupId: z.number().int().positive().nullable().optional(),
  chainId: z.number().int().positive().nullable().optional(),
  segmentId: z.number().int().positive().nullable().optional(),
});

export const matchQuery = z.strictObject({ name: companyName, uscc: text(30).optional() });

export const matchResultSchema = z.object({
  level: z.enum(MATCH_LEVELS),
  candidates: z.array(
    z.object({
      id: z.number().int(),
      name: z.string(),
      uscc: z.string().nullable(),
      level: z.enum(['same', 'similar']),
      score: z.number(),
      reason: z.string(),
    }),
  ),
});

export const listCompaniesQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  investorType: z.enum(INVESTOR_TYPES).optional(),
  industry: z
    .string()
    .regex(/^[A-T](\d{2})?$/)
    .optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  sort: z.enum(['name', '-name', 'createdAt', '-createdAt']).default('name'),
});
