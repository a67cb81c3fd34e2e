import { SITE_KINDS, SITE_STATUSES, SITE_USES } from '@zhaoshang/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { pageOf } from '../../http/responses.ts';
import { exportRoute } from '../../spreadsheet/export-route.ts';
import { acceptSpreadsheets, importRoute } from '../../spreadsheet/import-route.ts';
import { matchBody, matchSchema, SITE_SORT_KEYS, siteBody, siteSchema, staleSchema } from './sites.schemas.ts';
import {
  confirmSite,
  createSite,
  exportSites,
  listSites,
  matchForNeeds,
  saveSite,
  staleCounts,
} from './sites.service.ts';
import { importSites } from './sites-import.ts';

const id = z.coerce.number().int().positive();
const filterQuery = {
  kind: z.enum(SITE_KINDS).optional(),
  use: z.enum(SITE_USES).optional(),
  status: z.enum(SITE_STATUSES).optional(),
  ownerUnitId: id.optional(),
  zone: z.string().trim().max(100).optional(),
  stale: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(100).optional(),
};
const saved = z.object({ id: z.number().int(), version: z.number().int() });
const filterOf = <T extends { stale?: 'true' | 'false' }>(q: T) => ({
  ...q,
  stale: q.stale === undefined ? undefined : q.stale === 'true',
});

export const sitesRoutes =
  (database: Database): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['sites'];
    acceptSpreadsheets(app);
    app.get(
      '/sites',
      {
        schema: {
          tags,
          summary: '载体资源列表（地块、标准厂房、楼宇；标出本季度未确认的）',
          querystring: z.strictObject({
            ...filterQuery,
            sort: z.enum(SITE_SORT_KEYS).default('name'),
            desc: z.enum(['true', 'false']).default('false'),
            page: z.coerce.number().int().min(1).default(1),
            pageSize: z.coerce.number().int().min(1).max(500).default(20),
          }),
          response: { 200: pageOf(siteSchema) },
        },
      },
      async (req) => {
        const { sort, desc, page, pageSize, ...f } = req.query;
        return listSites(database, req.ctx, filterOf(f), { by: sort, desc: desc === 'true' }, page, pageSize);
      },
    );
    app.post(
      '/sites',
      {
        schema: {
          tags,
          summary: '登记载体资源',
          body: siteBody,
          response: { 201: z.object({ id: z.number().int() }) },
        },
      },
      async (req, reply) => reply.status(201).send(await createSite(database, req.ctx, req.body)),
    );
    app.get(
      '/sites/stale',
      {
        schema: {
          tags,
          summary: '各单位载体资源本季度未确认数（供考核）',
          response: { 200: staleSchema },
        },
      },
      async (req) => staleCounts(database, req.ctx),
    );
    app.post(
      '/sites/match',
      {
        schema: {
          tags,
          summary: '智能选址：按面积、电力、产业链、预算为线索或项目排序推荐载体，并说明理由',
          body: matchBody,
          response: { 200: matchSchema },
        },
      },
      async (req) => matchForNeeds(database, req.ctx, req.body),
    );
    app.put(
      '/sites/:id',
      {
        schema: {
          tags,
          summary: '修改载体资源（带版本号，已被他人修改时 409）',
          params: z.strictObject({ id }),
          body: siteBody.extend({ version: z.number().int().positive() }),
          response: { 200: saved },
        },
      },
      async (req) => saveSite(database, req.ctx, req.params.id, req.body),
    );
    app.post(
      '/sites/:id/confirm',
      {
        schema: {
          tags,
          summary: '权属单位确认载体信息为最新（每季度一次）',
          params: z.strictObject({ id }),
          body: z.strictObject({ version: z.number().int().positive() }),
          response: { 200: saved.extend({ confirmedOn: z.string() }) },
        },
      },
      async (req) => confirmSite(database, req.ctx, req.params.id, req.body.version),
    );
    importRoute(app, database, {
      path: '/imports/sites',
      tags,
      summary: '导入载体资源（先试导入，再正式导入）',
      run: importSites,
    });
    exportRoute(app, {
      path: '/exports/sites',
      tags,
      summary: '导出载体资源（xlsx）',
      querystring: z.strictObject(filterQuery),
      file: { ascii: 'sites', name: 'export.sites.file' },
      run: async (ctx, query) => (await exportSites(database, ctx, filterOf(query))).file,
    });
  };
