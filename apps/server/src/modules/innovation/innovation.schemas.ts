import { CARRIER_KINDS, CARRIER_LEVELS, CARRIER_STATUSES, IUR_KINDS } from '@zhaoshang/shared';
import { z } from 'zod';
import { CARRIER_SORT_KEYS, IUR_SORT_KEYS } from './innovation.repository.ts';

const ref = z.object({ id: z.number().int(), name: z.string() });
const page = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(20),
  desc: z.enum(['true', 'false']).default('false'),
};

export const carrierSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    kind: z.enum(CARRIER_KINDS),
    level: z.enum(CARRIER_LEVELS),
    hostUnit: ref,
    operator: z.string().nullable(),
    recognizedOn: z.string().nullable(),
    status: z.enum(CARRIER_STATUSES),
    notes: z.string().nullable(),
    canEdit: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'Carrier' });

// Kinds and levels are checked by the service, so an unknown one gets the precise bilingual message.
export const carrierBody = z.strictObject({
  name: z.string().max(200),
  kind: z.string().max(40),
  level: z.string().max(40),
  hostUnitId: z.number().int().positive(),
  operator: z.string().max(200).nullish(),
  recognizedOn: z.string().max(20).nullish(),
  status: z.string().max(20).optional(),
  notes: z.string().max(2000).nullish(),
});

export const carrierFilterQuery = {
  kind: z.enum(CARRIER_KINDS).optional(),
  level: z.enum(CARRIER_LEVELS).optional(),
  status: z.enum(CARRIER_STATUSES).optional(),
  hostUnitId: z.coerce.number().int().positive().optional(),
  q: z.string().max(100).optional(),
};
export const carrierListQuery = z.strictObject({
  ...carrierFilterQuery,
  ...page,
  sort: z.enum(CARRIER_SORT_KEYS).default('name'),
});

export const carrierCountsSchema = z
  .object({
    asOf: z.string().nullable(),
    items: z.array(
      z.object({
        kind: z.enum(CARRIER_KINDS),
        level: z.enum(CARRIER_LEVELS),
        count: z.number().int(),
        text: z.string(),
      }),
    ),
    total: z.number().int(),
  })
  .meta({ id: 'CarrierCounts' });

export const iurSchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    university: z.string(),
    kind: z.enum(IUR_KINDS),
    partner: z.object({
      unitId: z.number().int().nullable(),
      companyId: z.number().int().nullable(),
      name: z.string(),
    }),
    unit: ref,
    signedOn: z.string(),
    amountWan: z.string(),
    talents: z.number().int(),
    sourceEvent: ref.nullable(),
    notes: z.string().nullable(),
    canEdit: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'IurAgreement' });

export const iurBody = z.strictObject({
  title: z.string().max(200),
  university: z.string().max(200),
  kind: z.string().max(40),
  partnerUnitId: z.number().int().positive().nullish(),
  partnerCompanyId: z.number().int().positive().nullish(),
  partnerText: z.string().max(200).nullish(),
  unitId: z.number().int().positive(),
  signedOn: z.string().max(20),
  amountWan: z.string().max(30).optional(),
  talents: z.number().int().optional(),
  sourceEventId: z.number().int().positive().nullish(),
  notes: z.string().max(2000).nullish(),
});

export const iurFilterQuery = {
  kind: z.enum(IUR_KINDS).optional(),
  from: z.string().max(20).optional(),
  to: z.string().max(20).optional(),
  unitId: z.coerce.number().int().positive().optional(),
  q: z.string().max(100).optional(),
};
export const iurListQuery = z.strictObject({
  ...iurFilterQuery,
  ...page,
  sort: z.enum(IUR_SORT_KEYS).default('signedOn'),
});

const tally = { count: z.number().int(), amountWan: z.string(), talents: z.number().int() };
export const iurTotalsSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    byKind: z.array(z.object({ kind: z.enum(IUR_KINDS), ...tally })),
    total: z.object(tally),
  })
  .meta({ id: 'IurTotals' });

export const reportedTotalBody = z.strictObject({
  source: z.string().min(1).max(200),
  periodFrom: z.string().max(20),
  periodTo: z.string().max(20),
  total: z.number().int().min(0),
  schoolLocal: z.number().int().min(0),
  schoolEnterprise: z.number().int().min(0),
  other: z.number().int().min(0).default(0),
});

export const reportedTotalSchema = z
  .object({
    id: z.number().int(),
    source: z.string(),
    periodFrom: z.string(),
    periodTo: z.string(),
    total: z.number().int(),
    schoolLocal: z.number().int(),
    schoolEnterprise: z.number().int(),
    other: z.number().int(),
    addsUp: z.boolean(),
  })
  .meta({ id: 'IurReportedTotal' });
