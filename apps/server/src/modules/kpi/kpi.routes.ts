import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { creditedProjectPageSchema, id } from '../projects/projects.schemas.ts';
import { kpiResponseSchema } from './kpi.schemas.ts';
import { computeWindowKpi, kpiContractJson, kpiProjects, siteConfirmationOf } from './kpi.service.ts';

/** The assessment indicators of a window, and the projects behind each figure. */
export const kpiRoutes =
  (database: Database): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['assessment'];
    app.get(
      '/kpi',
      {
        schema: {
          tags,
          summary: '考核指标（同 zhaoshang kpi --json）',
          querystring: z.strictObject({ from: z.string(), to: z.string() }),
          response: { 200: kpiResponseSchema },
        },
      },
      async (req) => {
        const w = req.query;
        const { result, units } = await computeWindowKpi(database, req.ctx, w);
        const json = kpiContractJson(w, result, units);
        const sites = await siteConfirmationOf(database);
        const stale = new Map(sites.units.map((u) => [u.unitId, u.stale]));
        return {
          ...json,
          units: json.units.map((u, i) => {
            const unitId = result.units[i]!.unitId;
            return { unitId, ...u, staleSites: stale.get(unitId) ?? 0 };
          }),
          siteConfirmation: sites,
        };
      },
    );
    app.get(
      '/kpi/projects',
      {
        schema: {
          tags,
          summary: '指标下钻：某一统计期、某单位某项指标背后的项目',
          querystring: z.strictObject({
            from: z.string(),
            to: z.string(),
            figure: z.enum([
              'signed',
              'amount',
              'contracted',
              'registered',
              'ready',
              'started',
              'completed',
              'producing',
              'fit',
              'fitAmount',
              'readyImplied',
            ]),
            unitId: id.optional(),
            role: z.enum(['host', 'source']).optional(),
            page: z.coerce.number().int().min(1).default(1),
            pageSize: z.coerce.number().int().min(1).max(200).default(20),
          }),
          response: { 200: creditedProjectPageSchema },
        },
      },
      async (req) => {
        const { page, pageSize, ...kpi } = req.query;
        return kpiProjects(database, req.ctx, { kpi, page, pageSize });
      },
    );
  };
