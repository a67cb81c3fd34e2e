import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { itemsOf, noContent } from '../../http/responses.ts';
import { id } from '../projects/projects.schemas.ts';
import { criteriaPageSchema, gateReviewSchema } from './quality-gate.schemas.ts';
import { decideReview, getCriteria, listReviews, setCriteria } from './quality-gate.service.ts';

/** The quality gate (统一项目引进标准): the office's intake criteria and the unit heads' approvals. */
export const qualityGateRoutes =
  (database: Database): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['quality gate'];
    app.get(
      '/intake-criteria',
      { schema: { tags, summary: '项目引进标准（现行与历次版本）', response: { 200: criteriaPageSchema } } },
      async (req) => getCriteria(database, req.ctx),
    );
    app.put(
      '/intake-criteria',
      {
        schema: {
          tags,
          summary: '设定项目引进标准（新版本）',
          body: z.strictObject({
            minAgreedWan: z.string().trim().max(30).nullable(),
            chainFitRequired: z.boolean(),
            note: z.string().trim().max(1000).nullable().default(null),
          }),
          response: { 200: z.object({ version: z.number().int() }) },
        },
      },
      async (req) => setCriteria(database, req.ctx, req.body),
    );
    app.get(
      '/gate-reviews',
      {
        schema: {
          tags,
          summary: '引进标准审批（待审批与已处理）',
          querystring: z.strictObject({ status: z.enum(['pending', 'approved', 'rejected']).optional() }),
          response: { 200: itemsOf(gateReviewSchema) },
        },
      },
      async (req) => listReviews(database, req.ctx, req.query),
    );
    app.post(
      '/gate-reviews/:id/decision',
      {
        schema: {
          tags,
          summary: '单位负责人审批（通过或驳回，附意见）',
          params: z.strictObject({ id }),
          body: z.strictObject({
            decision: z.enum(['approved', 'rejected']),
            note: z.string().max(1000).default(''),
          }),
          response: { 204: noContent },
        },
      },
      async (req, reply) => {
        await decideReview(database, req.ctx, req.params.id, req.body);
        return reply.status(204).send();
      },
    );
  };
