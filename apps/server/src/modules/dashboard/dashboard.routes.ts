import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { dashboardSchema, qualityCheckName, qualityCheckSchema, qualityOverviewSchema } from './dashboard.schemas.ts';
import { getDashboard, getQualityCheck, getQualityOverview } from './dashboard.service.ts';

const year = z.coerce.number().int().min(2000).max(2100);

/** The leaders' dashboard and the data-quality checks. */
export const dashboardRoutes =
  (database: Database): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['assessment'];
    app.get(
      '/dashboard',
      {
        schema: {
          tags,
          summary: '工作台数据（领导、领导小组办公室）',
          querystring: z.strictObject({ year: year.optional() }),
          response: { 200: dashboardSchema },
        },
      },
      async (req) => getDashboard(database, req.ctx, req.query.year ?? new Date().getFullYear()),
    );
    app.get(
      '/data-quality',
      { schema: { tags, summary: '数据质量检查一览', response: { 200: qualityOverviewSchema } } },
      async (req) => getQualityOverview(database, req.ctx),
    );
    app.get(
      '/data-quality/:check',
      {
        schema: {
          tags,
          summary: '某项数据质量检查的明细',
          params: z.strictObject({ check: qualityCheckName }),
          response: { 200: qualityCheckSchema },
        },
      },
      async (req) => getQualityCheck(database, req.ctx, req.params.check),
    );
  };
