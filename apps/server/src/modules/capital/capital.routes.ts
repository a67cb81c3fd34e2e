import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { noContent } from '../../http/responses.ts';
import { exportRoute } from '../../spreadsheet/export-route.ts';
import { acceptSpreadsheets, importRoute } from '../../spreadsheet/import-route.ts';
import { capitalMonthBody, capitalReportSchema, projectCapitalSchema } from './capital.schemas.ts';
import {
  capitalReport,
  exportCapital,
  projectCapital,
  recordProjectCapital,
  removeProjectCapital,
} from './capital.service.ts';
import { importCapital } from './capital-import.ts';

const id = z.coerce.number().int().positive();

/** Capital arrived (到位资金): the report per unit and city, a project's months, the statistics sheet. */
export const capitalRoutes =
  (database: Database): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['capital'];
    acceptSpreadsheets(app);
    app.get(
      '/capital',
      {
        schema: {
          tags,
          summary: '到位资金：按单位与全市，区间与上年同期',
          querystring: z.strictObject({ from: z.string(), to: z.string() }),
          response: { 200: capitalReportSchema },
        },
      },
      async (req) => capitalReport(database, req.ctx, req.query),
    );
    exportRoute(app, {
      path: '/capital/export',
      tags,
      summary: '导出到位资金（xlsx）',
      file: { ascii: 'capital', name: 'export.capital.file' },
      run: async (ctx) => (await exportCapital(database, ctx)).file,
    });
    importRoute(app, database, { path: '/imports/capital', tags, summary: '导入到位资金统计表', run: importCapital });
    app.get(
      '/projects/:id/capital',
      {
        schema: {
          tags,
          summary: '项目逐月到位资金',
          params: z.strictObject({ id }),
          response: { 200: projectCapitalSchema },
        },
      },
      async (req) => projectCapital(database, req.ctx, req.params.id),
    );
    app.put(
      '/projects/:id/capital',
      {
        schema: {
          tags,
          summary: '登记项目某月到位资金（已有则替换）',
          params: z.strictObject({ id }),
          body: capitalMonthBody,
          response: { 200: projectCapitalSchema },
        },
      },
      async (req) => recordProjectCapital(database, req.ctx, req.params.id, req.body),
    );
    app.delete(
      '/projects/:id/capital/:year/:month',
      {
        schema: {
          tags,
          summary: '删除项目某月到位资金',
          params: z.strictObject({ id, year: z.coerce.number().int(), month: z.coerce.number().int() }),
          response: { 204: noContent },
        },
      },
      async (req, reply) => {
        await removeProjectCapital(database, req.ctx, req.params.id, req.params.year, req.params.month);
        return reply.status(204).send();
      },
    );
  };
