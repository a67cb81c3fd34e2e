import { isCalendarDate } from '@zhaoshang/shared';
import { z } from 'zod';
import { messageKey } from '../../http/validation.ts';

const date = z.string().refine(isCalendarDate, messageKey('validation.date'));

export const auditFilterQuery = z.strictObject({
  from: date.optional(),
  to: date.optional(),
  username: z.string().max(64).optional(),
  action: z.string().max(64).optional(),
  entityType: z.string().max(64).optional(),
  outcome: z.enum(['success', 'failure']).optional(),
});

export const listAuditQuery = auditFilterQuery
  .extend({
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  username: z.string().nullable(),
  unitName: z.string().nullable(),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  clientIp: z.string().nullable(),
  outcome: z.enum(['success', 'failure']),
  hash: z.string(),
});

export const verifyResultSchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBroken: z.object({ id: z.number().int(), reason: z.string() }).nullable(),
});
