import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { itemsOf, pageOf } from '../../http/responses.ts';
import { exportRoute } from '../../spreadsheet/export-route.ts';
import { id } from '../projects/projects.schemas.ts';
import {
  handoverBody,
  handoverSchema,
  postingBody,
  postingFilter,
  postingSchema,
  previewQuery,
  previewSchema,
  roundBody,
  roundSchema,
} from './rotations.schemas.ts';
import {
  createPosting,
  endPosting,
  executeHandover,
  exportPostings,
  listHandovers,
  listPostings,
  listRounds,
  openRound,
  previewHandover,
} from './rotations.service.ts';

/** Rotations of resident-bureau staff (轮换派驻): rounds, postings, and the handover of a leaving person's work. */
export const rotationsRoutes =
  (database: Database): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['organisation: rotations'];
    app.get(
      '/rotations/rounds',
      { schema: { tags, summary: '轮换批次列表', response: { 200: itemsOf(roundSchema) } } },
      async (req) => listRounds(database, req.ctx),
    );
    app.post(
      '/rotations/rounds',
      { schema: { tags, summary: '开启轮换批次', body: roundBody, response: { 201: roundSchema } } },
      async (req, reply) => reply.status(201).send(await openRound(database, req.ctx, req.body)),
    );
    app.get(
      '/rotations/postings',
      {
        schema: {
          tags,
          summary: '派驻人员列表',
          querystring: z.strictObject({
            ...postingFilter,
            page: z.coerce.number().int().min(1).default(1),
            pageSize: z.coerce.number().int().min(1).max(200).default(20),
          }),
          response: { 200: pageOf(postingSchema) },
        },
      },
      async (req) => {
        const { page, pageSize, ...f } = req.query;
        return listPostings(database, req.ctx, f, page, pageSize);
      },
    );
    app.post(
      '/rotations/postings',
      { schema: { tags, summary: '登记派驻', body: postingBody, response: { 201: postingSchema } } },
      async (req, reply) => reply.status(201).send(await createPosting(database, req.ctx, req.body)),
    );
    app.post(
      '/rotations/postings/:id/end',
      {
        schema: {
          tags,
          summary: '提前结束派驻（今天为最后一天）',
          params: z.strictObject({ id }),
          response: { 200: postingSchema },
        },
      },
      async (req) => endPosting(database, req.ctx, req.params.id),
    );
    exportRoute(app, {
      path: '/exports/rotations/postings',
      tags,
      summary: '导出派驻人员（xlsx）',
      querystring: z.strictObject(postingFilter),
      file: { ascii: 'postings', name: 'export.postings.file' },
      run: (ctx, query) => exportPostings(database, ctx, query),
    });
    app.get(
      '/rotations/handover-preview',
      {
        schema: {
          tags,
          summary: '预览工作交接：将移交的线索、备案、项目和问题',
          querystring: previewQuery,
          response: { 200: previewSchema },
        },
      },
      async (req) => previewHandover(database, req.ctx, req.query),
    );
    app.post(
      '/rotations/handovers',
      { schema: { tags, summary: '执行工作交接', body: handoverBody, response: { 201: handoverSchema } } },
      async (req, reply) => reply.status(201).send(await executeHandover(database, req.ctx, req.body)),
    );
    app.get(
      '/rotations/handovers',
      {
        schema: {
          tags,
          summary: '工作交接记录',
          querystring: z.strictObject({ unitId: id.optional() }),
          response: { 200: itemsOf(handoverSchema) },
        },
      },
      async (req) => listHandovers(database, req.ctx, req.query.unitId),
    );
  };
