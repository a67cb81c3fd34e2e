import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { noContent, pageOf } from '../../http/responses.ts';
import { exportRoute } from '../../spreadsheet/export-route.ts';
import { visitBody, visitQuery, visitSchema } from './visits.schemas.ts';
import { createVisit, exportVisits, listVisits, removeVisit } from './visits.service.ts';

/** Visit logs (驻点招商走访记录): what a resident bureau's staff did at post. */
export const visitsRoutes =
  (database: Database): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['assessment'];
    app.get(
      '/visits',
      {
        schema: {
          tags,
          summary: '驻点招商走访记录（本单位；办公室可看全部）',
          querystring: z.strictObject({
            ...visitQuery,
            page: z.coerce.number().int().min(1).default(1),
            pageSize: z.coerce.number().int().min(1).max(200).default(50),
          }),
          response: { 200: pageOf(visitSchema) },
        },
      },
      async (req) => {
        const { page, pageSize, ...f } = req.query;
        return listVisits(database, req.ctx, f, page, pageSize);
      },
    );
    app.post(
      '/visits',
      {
        schema: {
          tags,
          summary: '登记一次走访',
          body: visitBody,
          response: { 201: z.object({ id: z.number().int() }) },
        },
      },
      async (req, reply) => reply.status(201).send(await createVisit(database, req.ctx, req.body)),
    );
    app.delete(
      '/visits/:id',
      {
        schema: {
          tags,
          summary: '删除走访记录',
          params: z.strictObject({ id: z.coerce.number().int().positive() }),
          response: { 204: noContent },
        },
      },
      async (req, reply) => {
        await removeVisit(database, req.ctx, req.params.id);
        return reply.status(204).send();
      },
    );
    exportRoute(app, {
      path: '/exports/visits',
      tags,
      summary: '导出走访记录（xlsx）',
      querystring: z.strictObject(visitQuery),
      file: { ascii: 'visits', name: 'export.visits.file' },
      run: (ctx, query) => exportVisits(database, ctx, query),
    });
  };
