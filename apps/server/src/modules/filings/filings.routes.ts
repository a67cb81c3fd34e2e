import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { messageKey } from '../../http/validation.ts';
import { filingSchema } from './filings.schemas.ts';
import {
  decideConflict,
  fileInvestor,
  getFilingPeriod,
  listConflicts,
  listFilings,
  renewFiling,
  setFilingPeriod,
} from './filings.service.ts';

const id = z.coerce.number().int().positive();
const reason = z.string().trim().min(1, messageKey('filing.decisionReason')).max(1000);

const fileResult = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('filed'), filingId: z.number().int(), expiresOn: z.string() }),
  z.object({
    outcome: z.literal('conflict'),
    conflictId: z.number().int(),
    heldBy: z.object({ unitId: z.number().int(), expiresOn: z.string() }),
    /** Every holder of the group: one filing, or all filings of a joint set. */
    holders: z.array(
      z.object({
        filingId: z.number().int(),
        unitId: z.number().int(),
        unitName: z.string(),
        expiresOn: z.string(),
        creditShare: z.number().nullable(),
      }),
    ),
  }),
]);

export const filingsRoutes =
  (database: Database): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['filings'];
    app.post(
      '/filings',
      {
        schema: {
          tags,
          summary: '报备企业（与他单位有效报备重复时形成冲突）',
          body: z.strictObject({
            companyId: z.number().int().positive(),
            projectName: z.string().trim().max(200).nullable().optional(),
            notes: z.string().max(2000).nullable().optional(),
            chainId: z.number().int().positive().nullable().optional(),
            segmentId: z.number().int().positive().nullable().optional(),
          }),
          response: { 201: fileResult },
        },
      },
      async (req, reply) => reply.status(201).send(await fileInvestor(database, req.ctx, req.body)),
    );
    app.get(
      '/filings',
      {
        schema: {
          tags,
          summary: '报备列表（内容按共享规则可见）',
          querystring: z.strictObject({
            companyId: id.optional(),
            unitId: id.optional(),
            status: z.enum(['active', 'expired', 'released', 'superseded']).optional(),
          }),
          response: { 200: z.object({ items: z.array(filingSchema) }) },
        },
      },
      async (req) => ({ items: await listFilings(database, req.ctx, req.query) }),
    );
    app.post(
      '/filings/:id/renew',
      {
        schema: {
          tags,
          summary: '续期（须填写进展）',
          params: z.strictObject({ id }),
          body: z.strictObject({ progress: z.string().trim().min(1, messageKey('filing.renewProgress')).max(2000) }),
          response: { 200: z.object({ id: z.number().int(), expiresOn: z.string() }) },
        },
      },
      async (req) => renewFiling(database, req.ctx, req.params.id, req.body.progress),
    );
    const periodSchema = z.object({ periodMonths: z.number().int() });
    app.get(
      '/filing-settings',
      { schema: { tags, summary: '报备有效期（月）', response: { 200: periodSchema } } },
      async (req) => getFilingPeriod(database, req.ctx),
    );
    app.put(
      '/filing-settings',
      {
        schema: {
          tags,
          summary: '设置报备有效期（领导小组办公室）',
          body: z.strictObject({
            periodMonths: z
              .number()
              .int()
              .min(1, messageKey('filing.periodMin'))
              .max(36, messageKey('filing.periodMax')),
          }),
          response: { 200: periodSchema },
        },
      },
      async (req) => setFilingPeriod(database, req.ctx, req.body.periodMonths),
    );
    app.get(
      '/conflicts',
      {
        schema: {
          tags,
          summary: '冲突列表',
          querystring: z.strictObject({ status: z.enum(['open', 'assigned', 'joint', 'rejected']).optional() }),
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  id: z.number().int(),
                  company: z.object({ id: z.number().int(), name: z.string() }),
                  existingFilingId: z.number().int(),
                  holderUnit: z.object({ id: z.number().int(), name: z.string() }),
                  holders: z.array(
                    z.object({
                      filingId: z.number().int(),
                      unit: z.object({ id: z.number().int(), name: z.string() }),
                    }),
                  ),
                  claimantUnit: z.object({ id: z.number().int(), name: z.string() }),
                  projectName: z.string().nullable(),
                  status: z.enum(['open', 'assigned', 'joint', 'rejected']),
                  decision: z.unknown(),
                  createdAt: z.string(),
                  version: z.number().int(),
                }),
              ),
            }),
          },
        },
      },
      async (req) => ({ items: await listConflicts(database, req.ctx, req.query.status) }),
    );
    app.post(
      '/conflicts/:id/decision',
      {
        schema: {
          tags,
          summary: '协调冲突：判给一方、联合报备或驳回',
          params: z.strictObject({ id }),
          body: z.discriminatedUnion('kind', [
            z.strictObject({ kind: z.literal('assign'), unitId: z.number().int().positive(), reason }),
            z.strictObject({
              kind: z.literal('joint'),
              shares: z
                .array(z.strictObject({ unitId: z.number().int().positive(), percent: z.number().min(0).max(100) }))
                .min(2)
                .max(50),
              reason,
            }),
            z.strictObject({ kind: z.literal('reject'), reason }),
          ]),
          response: { 200: z.object({ id: z.number().int(), status: z.enum(['assigned', 'joint', 'rejected']) }) },
        },
      },
      async (req) => decideConflict(database, req.ctx, req.params.id, req.body),
    );
  };
