import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { fileResponse, itemsOf, noContent, XLSX_TYPE } from '../../http/responses.ts';
import { messageKey } from '../../http/validation.ts';
import { attachmentHeader } from '../../spreadsheet/write-table.ts';
import { id } from '../projects/projects.schemas.ts';
import { closePdfBrowser } from './bulletin-document.ts';
import {
  bulletinDetailSchema,
  bulletinProjectsSchema,
  bulletinSummarySchema,
  publishedSchema,
  recomputedSchema,
} from './bulletins.schemas.ts';
import {
  bulletinDocument,
  draftBulletin,
  eventsBehind,
  FIGURE_KEYS,
  getBulletin,
  listBulletins,
  projectsBehind,
  publishBulletin,
  recomputeBulletin,
  setRemarks,
} from './bulletins.service.ts';

const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Monthly bulletins: drafted from the data, published sealed, each figure traced to its projects. */
export const bulletinsRoutes =
  (database: Database): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['assessment'];
    app.addHook('onClose', closePdfBrowser);
    app.get(
      '/bulletins',
      { schema: { tags, summary: '通报列表（单位只见已发布的）', response: { 200: itemsOf(bulletinSummarySchema) } } },
      async (req) => listBulletins(database, req.ctx),
    );
    app.post(
      '/bulletins',
      {
        schema: {
          tags,
          summary: '生成（或重新生成）某月通报草稿',
          body: z.strictObject({
            year: z.number().int().min(2000).max(2100),
            month: z.number().int().min(1, messageKey('bulletin.month')).max(12, messageKey('bulletin.month')),
            adjustments: z
              .array(
                z.strictObject({
                  unitId: z.number().int().positive(),
                  falsified: z.number().int().min(0).max(100),
                  note: z.string().trim().min(1, messageKey('bulletin.penaltyNote')).max(500),
                }),
              )
              .max(200)
              .optional(),
          }),
          response: { 201: z.object({ id: z.number().int() }) },
        },
      },
      async (req, reply) => reply.status(201).send(await draftBulletin(database, req.ctx, req.body)),
    );
    app.get(
      '/bulletins/:id',
      {
        schema: {
          tags,
          summary: '通报（已发布的每次读取都校验哈希）',
          params: z.strictObject({ id }),
          response: { 200: bulletinDetailSchema },
        },
      },
      async (req) => getBulletin(database, req.ctx, req.params.id),
    );
    app.put(
      '/bulletins/:id/remarks',
      {
        schema: {
          tags,
          summary: '草稿的备注',
          params: z.strictObject({ id }),
          body: z.strictObject({ version: z.number().int().positive(), remarks: z.string().max(5000).nullable() }),
          response: { 204: noContent },
        },
      },
      async (req, reply) => {
        await setRemarks(database, req.ctx, req.params.id, req.body.version, req.body.remarks);
        return reply.status(204).send();
      },
    );
    app.post(
      '/bulletins/:id/publish',
      {
        schema: {
          tags,
          summary: '发布通报（冻结、编号、封存哈希）',
          params: z.strictObject({ id }),
          body: z.strictObject({ version: z.number().int().positive() }),
          response: { 200: publishedSchema },
        },
      },
      async (req) => publishBulletin(database, req.ctx, req.params.id, req.body.version),
    );
    app.get(
      '/bulletins/:id/projects',
      {
        schema: {
          tags,
          summary: '通报中某个数字背后的项目（发布时冻结的项目编号）',
          params: z.strictObject({ id }),
          querystring: z.strictObject({
            unitId: id.optional(),
            figure: z.enum(FIGURE_KEYS),
            page: z.coerce.number().int().min(1).default(1),
            pageSize: z.coerce.number().int().min(1).max(200).default(20),
          }),
          response: { 200: bulletinProjectsSchema },
        },
      },
      async (req) =>
        projectsBehind(
          database,
          req.ctx,
          req.params.id,
          req.query.unitId ?? null,
          req.query.figure,
          req.query.page,
          req.query.pageSize,
        ),
    );
    app.get(
      '/bulletins/:id/events',
      {
        schema: {
          tags,
          summary: '通报中招商活动数背后的活动（随通报冻结）',
          params: z.strictObject({ id }),
          querystring: z.strictObject({ unitId: id.optional() }),
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  id: z.number().int(),
                  name: z.string(),
                  kind: z.string(),
                  level: z.string(),
                  startsOn: z.string(),
                }),
              ),
            }),
          },
        },
      },
      async (req) => eventsBehind(database, req.ctx, req.params.id, req.query.unitId ?? null),
    );
    app.get(
      '/bulletins/:id/recomputed',
      {
        schema: {
          tags,
          summary: '按今天的数据重算：哪些数字会不同，以及背后的更正',
          params: z.strictObject({ id }),
          response: { 200: recomputedSchema },
        },
      },
      async (req) => recomputeBulletin(database, req.ctx, req.params.id),
    );
    for (const format of ['xlsx', 'pdf'] as const) {
      app.get(
        `/bulletins/:id/${format}`,
        {
          schema: {
            tags,
            summary: format === 'pdf' ? '下载通报 PDF（A4 公文格式）' : '下载通报 xlsx',
            params: z.strictObject({ id }),
            response: {
              200:
                format === 'pdf'
                  ? fileResponse('application/pdf', '通报（PDF）')
                  : fileResponse(XLSX_TYPE, '通报（xlsx）'),
            },
          },
        },
        async (req, reply) => {
          const doc = await bulletinDocument(database, req.ctx, req.params.id, format);
          return reply
            .header('Content-Type', format === 'pdf' ? 'application/pdf' : xlsx)
            .header('Content-Disposition', attachmentHeader(doc.asciiName, doc.fileName))
            .send(doc.body);
        },
      );
    }
  };
