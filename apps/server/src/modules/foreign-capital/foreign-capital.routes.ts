import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { itemsOf, noContent } from '../../http/responses.ts';
import { acceptSpreadsheets, importRoute } from '../../spreadsheet/import-route.ts';
import { foreignCapitalEntrySchema } from './foreign-capital.schemas.ts';
import { getForeignCapital, putForeignCapital } from './foreign-capital.service.ts';
import { importForeignCapital } from './foreign-capital-import.ts';

const year = z.coerce.number().int().min(2000).max(2100);

/** Foreign capital actually used, by unit and month: entered, or imported from a sheet. */
export const foreignCapitalRoutes =
  (database: Database): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['assessment'];
    acceptSpreadsheets(app);
    app.get(
      '/foreign-capital',
      {
        schema: {
          tags,
          summary: '实际使用外资（按单位、月份；含上年）',
          querystring: z.strictObject({ year }),
          response: { 200: itemsOf(foreignCapitalEntrySchema) },
        },
      },
      async (req) => getForeignCapital(database, req.ctx, req.query.year),
    );
    app.put(
      '/foreign-capital',
      {
        schema: {
          tags,
          summary: '录入实际使用外资（万美元）',
          body: z.strictObject({
            items: z
              .array(
                z.strictObject({
                  unitId: z.number().int().positive(),
                  year: z.number().int().min(2000).max(2100),
                  month: z.number().int().min(1).max(12),
                  usedUsdWan: z.string(),
                }),
              )
              .min(1)
              .max(2000),
          }),
          response: { 204: noContent },
        },
      },
      async (req, reply) => {
        await putForeignCapital(database, req.ctx, req.body.items);
        return reply.status(204).send();
      },
    );
    importRoute(app, database, {
      path: '/imports/foreign-capital',
      tags,
      summary: '导入实际使用外资',
      run: importForeignCapital,
    });
  };
