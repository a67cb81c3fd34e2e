import type { MessageKey } from '@zhaoshang/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { itemsOf, noContent } from '../../http/responses.ts';
import { messageKey } from '../../http/validation.ts';
import { exportRoute } from '../../spreadsheet/export-route.ts';
import { calendarDate, id } from '../projects/projects.schemas.ts';
import { INSPECTION_STATES, inspectionSchema } from './inspections.schemas.ts';
import {
  closeInspection,
  exportInspections,
  listInspections,
  recordInspection,
  rectifyInspection,
} from './inspections.service.ts';

const text = (max: number, required: MessageKey) => z.string().trim().min(1, messageKey(required)).max(max);
const filter = z.strictObject({ unitId: id.optional(), state: z.enum(INSPECTION_STATES).optional() });

/** Daily inspections (日常督查): the office records findings, the unit rectifies, the office closes. */
export const inspectionsRoutes =
  (database: Database): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['oversight: notices and inspections'];
    app.post(
      '/inspections',
      {
        schema: {
          tags,
          summary: '登记日常督查',
          body: z.strictObject({
            unitId: id,
            subject: text(500, 'inspection.subjectRequired'),
            checkedOn: calendarDate,
            findings: text(5000, 'inspection.findingsRequired'),
            dueOn: calendarDate,
          }),
          response: { 201: z.object({ id: z.number().int() }) },
        },
      },
      async (req, reply) => reply.status(201).send(await recordInspection(database, req.ctx, req.body)),
    );
    app.get(
      '/inspections',
      {
        schema: { tags, summary: '日常督查列表', querystring: filter, response: { 200: itemsOf(inspectionSchema) } },
      },
      async (req) => listInspections(database, req.ctx, req.query),
    );
    exportRoute(app, {
      path: '/exports/inspections',
      tags,
      summary: '导出日常督查（xlsx）',
      querystring: filter,
      file: { ascii: 'inspections', name: 'export.inspections.file' },
      run: (ctx, query) => exportInspections(database, ctx, query),
    });
    app.post(
      '/inspections/:id/rectification',
      {
        schema: {
          tags,
          summary: '填报整改情况',
          params: z.strictObject({ id }),
          body: z.strictObject({ rectification: text(5000, 'inspection.rectificationRequired') }),
          response: { 204: noContent },
        },
      },
      async (req, reply) => {
        await rectifyInspection(database, req.ctx, req.params.id, req.body.rectification);
        return reply.status(204).send();
      },
    );
    app.post(
      '/inspections/:id/close',
      { schema: { tags, summary: '督查事项销号', params: z.strictObject({ id }), response: { 204: noContent } } },
      async (req, reply) => {
        await closeInspection(database, req.ctx, req.params.id);
        return reply.status(204).send();
      },
    );
  };
