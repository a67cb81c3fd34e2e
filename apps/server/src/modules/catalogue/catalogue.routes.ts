import { CATALOGUE_STATUSES } from '@zhaoshang/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { pageOf } from '../../http/responses.ts';
import { exportRoute } from '../../spreadsheet/export-route.ts';
import { acceptSpreadsheets, importRoute } from '../../spreadsheet/import-route.ts';
import { ENTRY_SORT_KEYS, entryBody, entrySchema, signBody } from './catalogue.schemas.ts';
import { createEntry, exportCatalogue, getEntry, listEntries, saveEntry, signEntry } from './catalogue.service.ts';
import { importCatalogue } from './catalogue-import.ts';

const id = z.coerce.number().int().positive();
const filterQuery = {
  status: z.enum(CATALOGUE_STATUSES).optional(),
  hostUnitId: id.optional(),
  sourceEventId: id.optional(),
  chain: z.string().trim().max(100).optional(),
  q: z.string().trim().max(100).optional(),
};
const saved = z.object({ id: z.number().int(), version: z.number().int() });

export const catalogueRoutes =
  (database: Database): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['catalogue'];
    // The file itself is the body (xlsx or csv); its name comes in X-File-Name (URI-encoded).
    acceptSpreadsheets(app);
    app.get(
      '/catalogue',
      {
        schema: {
          tags,
          summary: '推介项目库列表',
          querystring: z.strictObject({
            ...filterQuery,
            sort: z.enum(ENTRY_SORT_KEYS).default('name'),
            desc: z.enum(['true', 'false']).default('false'),
            page: z.coerce.number().int().min(1).default(1),
            pageSize: z.coerce.number().int().min(1).max(500).default(20),
          }),
          response: { 200: pageOf(entrySchema) },
        },
      },
      async (req) => {
        const { sort, desc, page, pageSize, ...f } = req.query;
        return listEntries(database, req.ctx, f, { by: sort, desc: desc === 'true' }, page, pageSize);
      },
    );
    app.post(
      '/catalogue',
      {
        schema: {
          tags,
          summary: '登记推介项目（中英文）',
          body: entryBody,
          response: { 201: z.object({ id: z.number().int() }) },
        },
      },
      async (req, reply) => reply.status(201).send(await createEntry(database, req.ctx, req.body)),
    );
    app.get(
      '/catalogue/:id',
      {
        schema: { tags, summary: '推介项目详情', params: z.strictObject({ id }), response: { 200: entrySchema } },
      },
      async (req) => getEntry(database, req.ctx, req.params.id),
    );
    app.put(
      '/catalogue/:id',
      {
        schema: {
          tags,
          summary: '修改推介项目（带版本号，已被他人修改时 409）',
          params: z.strictObject({ id }),
          body: entryBody.extend({ version: z.number().int().positive() }),
          response: { 200: saved },
        },
      },
      async (req) => saveEntry(database, req.ctx, req.params.id, req.body),
    );
    app.post(
      '/catalogue/:id/sign',
      {
        schema: {
          tags,
          summary: '推介项目签约转为项目（重复签约 409 CATALOGUE_ALREADY_SIGNED）',
          params: z.strictObject({ id }),
          body: signBody,
          response: {
            200: z.object({ id: z.number().int(), projectId: z.number().int(), version: z.number().int() }),
          },
        },
      },
      async (req) => signEntry(database, req.ctx, req.params.id, req.body),
    );
    importRoute(app, database, {
      path: '/imports/catalogue',
      tags,
      summary: '导入推介项目库（先试导入，再正式导入）',
      run: importCatalogue,
    });
    for (const format of ['xlsx', 'pdf'] as const) {
      exportRoute(app, {
        path: `/exports/catalogue.${format}`,
        tags,
        summary:
          format === 'pdf' ? '导出推介项目库 PDF（A4，中英文，供推介会）' : '导出推介项目库 xlsx（中英文，供推介会）',
        querystring: z.strictObject(filterQuery),
        file: { ascii: 'catalogue', name: 'export.catalogue.file', type: format },
        run: async (ctx, query) => (await exportCatalogue(database, ctx, query, format)).file,
      });
    }
  };
