import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { itemsOf, pageOf } from '../../http/responses.ts';
import { exportRoute } from '../../spreadsheet/export-route.ts';
import { acceptSpreadsheets, importRoute } from '../../spreadsheet/import-route.ts';
import {
  carrierBody,
  carrierCountsSchema,
  carrierFilterQuery,
  carrierListQuery,
  carrierSchema,
  iurBody,
  iurFilterQuery,
  iurListQuery,
  iurSchema,
  iurTotalsSchema,
  reportedTotalBody,
  reportedTotalSchema,
} from './innovation.schemas.ts';
import {
  carrierCounts,
  createCarrier,
  createIur,
  editCarrier,
  editIur,
  exportCarriers,
  exportIur,
  iurTotals,
  listCarriers,
  listIur,
  listReportedTotals,
  recordReportedTotal,
} from './innovation.service.ts';
import { importCarriers, importIur } from './innovation-import.ts';

const idParams = z.strictObject({ id: z.coerce.number().int().positive() });
const version = z.number().int().positive();

/** Innovation carriers and university–industry cooperation (产学研). */
export const innovationRoutes =
  (database: Database): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['innovation'];
    acceptSpreadsheets(app);
    app.get(
      '/carriers',
      {
        schema: {
          tags,
          summary: '创新载体列表',
          querystring: carrierListQuery,
          response: { 200: pageOf(carrierSchema) },
        },
      },
      async (req) => {
        const { sort, desc, page, pageSize, ...f } = req.query;
        return listCarriers(database, req.ctx, f, { by: sort, desc: desc === 'true' }, page, pageSize);
      },
    );
    app.get(
      '/carriers/counts',
      {
        schema: {
          tags,
          summary: '创新载体按类型与级别计数',
          querystring: z.strictObject({ asOf: z.string().max(20).optional() }),
          response: { 200: carrierCountsSchema },
        },
      },
      async (req) => carrierCounts(database, req.ctx, req.query.asOf ?? null),
    );
    exportRoute(app, {
      path: '/carriers/export',
      tags,
      summary: '导出创新载体（xlsx）',
      querystring: z.strictObject(carrierFilterQuery),
      file: { ascii: 'carriers', name: 'export.carriers.file' },
      run: async (ctx, query) => (await exportCarriers(database, ctx, query)).file,
    });
    app.post(
      '/carriers',
      {
        schema: {
          tags,
          summary: '登记创新载体',
          body: carrierBody,
          response: { 201: z.object({ id: z.number().int() }) },
        },
      },
      async (req, reply) => reply.status(201).send(await createCarrier(database, req.ctx, req.body)),
    );
    app.put(
      '/carriers/:id',
      {
        schema: {
          tags,
          summary: '修改创新载体',
          params: idParams,
          body: carrierBody.extend({ version }),
          response: { 200: carrierSchema },
        },
      },
      async (req) => editCarrier(database, req.ctx, req.params.id, req.body),
    );
    importRoute(app, database, { path: '/imports/carriers', tags, summary: '导入创新载体', run: importCarriers });
    app.get(
      '/iur',
      { schema: { tags, summary: '产学研合作列表', querystring: iurListQuery, response: { 200: pageOf(iurSchema) } } },
      async (req) => {
        const { sort, desc, page, pageSize, ...f } = req.query;
        return listIur(database, req.ctx, f, { by: sort, desc: desc === 'true' }, page, pageSize);
      },
    );
    app.get(
      '/iur/totals',
      {
        schema: {
          tags,
          summary: '产学研合作按类型合计',
          querystring: z.strictObject({ from: z.string(), to: z.string() }),
          response: { 200: iurTotalsSchema },
        },
      },
      async (req) => iurTotals(database, req.ctx, req.query),
    );
    exportRoute(app, {
      path: '/iur/export',
      tags,
      summary: '导出产学研合作（xlsx）',
      querystring: z.strictObject(iurFilterQuery),
      file: { ascii: 'iur', name: 'export.iur.file' },
      run: async (ctx, query) => (await exportIur(database, ctx, query)).file,
    });
    app.get(
      '/iur/reported-totals',
      {
        schema: { tags, summary: '上报的产学研合计（数据质量核对）', response: { 200: itemsOf(reportedTotalSchema) } },
      },
      async (req) => listReportedTotals(database, req.ctx),
    );
    app.put(
      '/iur/reported-totals',
      {
        schema: {
          tags,
          summary: '登记报表中的产学研合计与分项',
          body: reportedTotalBody,
          response: { 200: z.object({ id: z.number().int() }) },
        },
      },
      async (req) => recordReportedTotal(database, req.ctx, req.body),
    );
    app.post(
      '/iur',
      {
        schema: {
          tags,
          summary: '登记产学研合作',
          body: iurBody,
          response: { 201: z.object({ id: z.number().int() }) },
        },
      },
      async (req, reply) => reply.status(201).send(await createIur(database, req.ctx, req.body)),
    );
    app.put(
      '/iur/:id',
      {
        schema: {
          tags,
          summary: '修改产学研合作',
          params: idParams,
          body: iurBody.extend({ version }),
          response: { 200: iurSchema },
        },
      },
      async (req) => editIur(database, req.ctx, req.params.id, req.body),
    );
    importRoute(app, database, { path: '/imports/iur', tags, summary: '导入产学研合作', run: importIur });
  };
