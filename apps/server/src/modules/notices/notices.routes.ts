import type { MessageKey } from '@zhaoshang/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { itemsOf, noContent } from '../../http/responses.ts';
import { messageKey } from '../../http/validation.ts';
import { id } from '../projects/projects.schemas.ts';
import { noticeDetailSchema, noticeItemSchema, noticeSchema } from './notices.schemas.ts';
import { confirmNotice, getNotice, listAttachableItems, listNotices, sendNotice } from './notices.service.ts';

const text = (max: number, required: MessageKey) => z.string().trim().min(1, messageKey(required)).max(max);

/** Point-to-point notices (点对点通报): the office writes to one unit; its people confirm reading. */
export const noticesRoutes =
  (database: Database): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['oversight: notices and inspections'];
    app.get(
      '/notices/attachable',
      {
        schema: {
          tags,
          summary: '可附于通报的单位指标与逾期事项',
          querystring: z.strictObject({ unitId: id }),
          response: { 200: itemsOf(noticeItemSchema) },
        },
      },
      async (req) => listAttachableItems(database, req.ctx, req.query.unitId),
    );
    app.post(
      '/notices',
      {
        schema: {
          tags,
          summary: '发出点对点通报',
          body: z.strictObject({
            unitId: id,
            title: text(200, 'notice.titleRequired'),
            body: text(5000, 'notice.bodyRequired'),
            items: z
              .array(z.strictObject({ kind: z.enum(['lead', 'blocker', 'figures']), id: z.number().int().positive() }))
              .max(500)
              .default([]),
          }),
          response: { 201: z.object({ id: z.number().int(), recipients: z.number().int() }) },
        },
      },
      async (req, reply) => reply.status(201).send(await sendNotice(database, req.ctx, req.body)),
    );
    app.get(
      '/notices',
      { schema: { tags, summary: '点对点通报列表', response: { 200: itemsOf(noticeSchema) } } },
      async (req) => listNotices(database, req.ctx),
    );
    app.get(
      '/notices/:id',
      {
        schema: {
          tags,
          summary: '通报详情与阅读确认情况',
          params: z.strictObject({ id }),
          response: { 200: noticeDetailSchema },
        },
      },
      async (req) => getNotice(database, req.ctx, req.params.id),
    );
    app.post(
      '/notices/:id/confirm',
      { schema: { tags, summary: '确认已阅', params: z.strictObject({ id }), response: { 204: noContent } } },
      async (req, reply) => {
        await confirmNotice(database, req.ctx, req.params.id);
        return reply.status(204).send();
      },
    );
  };
