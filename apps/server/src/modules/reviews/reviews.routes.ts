import type { MessageKey } from '@zhaoshang/shared';
import { PROJECT_STAGES } from '@zhaoshang/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { itemsOf, noContent } from '../../http/responses.ts';
import { messageKey } from '../../http/validation.ts';
import { calendarDate, id } from '../projects/projects.schemas.ts';
import { reviewCampaignSchema, reviewDetailSchema } from './reviews.schemas.ts';
import { answerReview, closeReview, getReview, launchReview, listReviews } from './reviews.service.ts';

const text = (max: number, required: MessageKey) => z.string().trim().min(1, messageKey(required)).max(max);

/** Look-back reviews (回头看): a campaign over idle projects, answered by each host unit. */
export const reviewsRoutes =
  (database: Database): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['major projects, reviews, blockers, meetings'];
    app.post(
      '/reviews',
      {
        schema: {
          tags,
          summary: '发起回头看',
          body: z.strictObject({
            title: text(200, 'review.titleRequired'),
            criteria: z.strictObject({
              stages: z.array(z.enum(['intent', ...PROJECT_STAGES])).min(1, messageKey('review.stagesRequired')),
              idleMonths: z.number().int().min(0).max(120),
            }),
            dueOn: calendarDate,
          }),
          response: { 201: z.object({ id: z.number().int(), projects: z.number().int(), units: z.number().int() }) },
        },
      },
      async (req, reply) => reply.status(201).send(await launchReview(database, req.ctx, req.body)),
    );
    app.get(
      '/reviews',
      { schema: { tags, summary: '回头看列表', response: { 200: itemsOf(reviewCampaignSchema) } } },
      async (req) => listReviews(database, req.ctx),
    );
    app.get(
      '/reviews/:id',
      {
        schema: {
          tags,
          summary: '回头看详情：各单位回复进度与逐项目回复',
          params: z.strictObject({ id }),
          response: { 200: reviewDetailSchema },
        },
      },
      async (req) => getReview(database, req.ctx, req.params.id),
    );
    app.put(
      '/reviews/:id/items/:projectId',
      {
        schema: {
          tags,
          summary: '回复回头看（项目在谈 / 停滞 / 流失）',
          params: z.strictObject({ id, projectId: id }),
          body: z.strictObject({
            answer: z.enum(['alive', 'stalled', 'lost']),
            progress: text(2000, 'review.progressRequired'),
            problems: z.string().trim().max(2000).nullable().optional(),
            nextStep: z.string().trim().max(2000).nullable().optional(),
          }),
          response: { 204: noContent },
        },
      },
      async (req, reply) => {
        await answerReview(database, req.ctx, req.params.id, req.params.projectId, req.body);
        return reply.status(204).send();
      },
    );
    app.post(
      '/reviews/:id/close',
      { schema: { tags, summary: '结束回头看', params: z.strictObject({ id }), response: { 204: noContent } } },
      async (req, reply) => {
        await closeReview(database, req.ctx, req.params.id);
        return reply.status(204).send();
      },
    );
  };
