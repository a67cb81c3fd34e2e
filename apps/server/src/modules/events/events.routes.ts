import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { itemsOf, pageOf } from '../../http/responses.ts';
import { exportRoute } from '../../spreadsheet/export-route.ts';
import { acceptSpreadsheets, importQuery, importReportSchema, importRoute } from '../../spreadsheet/import-route.ts';
import { MAX_IMPORT_BYTES } from '../../spreadsheet/read-table.ts';
import { readUploadedTable } from '../../spreadsheet/uploaded-table.ts';
import {
  attributionBody,
  attributionSchema,
  campaignBody,
  campaignSchema,
  EVENT_SORT_KEYS,
  eventBody,
  eventSchema,
  guestSchema,
  yieldReportSchema,
  yieldSchema,
} from './events.schemas.ts';
import {
  attributeLeadEvent,
  attributeProjectEvent,
  createCampaign,
  createEvent,
  eventYield,
  exportEvents,
  getEvent,
  listCampaigns,
  listEvents,
  saveCampaign,
  saveEvent,
} from './events.service.ts';
import { importEvents, importGuests } from './events-import.ts';

const id = z.coerce.number().int().positive();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const filterQuery = {
  from: day.optional(),
  to: day.optional(),
  kind: z.string().max(20).optional(),
  level: z.string().max(20).optional(),
  region: z.string().max(30).optional(),
  campaignId: id.optional(),
  organiserUnitId: id.optional(),
  q: z.string().trim().max(100).optional(),
};
const saved = z.object({ id: z.number().int(), version: z.number().int() });

export const eventsRoutes =
  (database: Database): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['events'];
    // The file itself is the body (xlsx or csv); its name comes in X-File-Name (URI-encoded).
    acceptSpreadsheets(app);
    app.get(
      '/events',
      {
        schema: {
          tags,
          summary: '招商活动列表（日历与列表）',
          querystring: z.strictObject({
            ...filterQuery,
            sort: z.enum(EVENT_SORT_KEYS).default('startsOn'),
            desc: z.enum(['true', 'false']).default('false'),
            page: z.coerce.number().int().min(1).default(1),
            pageSize: z.coerce.number().int().min(1).max(500).default(20),
          }),
          response: { 200: pageOf(eventSchema) },
        },
      },
      async (req) => {
        const { sort, desc, page, pageSize, ...f } = req.query;
        return listEvents(database, req.ctx, f, { by: sort, desc: desc === 'true' }, page, pageSize);
      },
    );
    app.post(
      '/events',
      {
        schema: {
          tags,
          summary: '登记招商活动',
          body: eventBody,
          response: { 201: z.object({ id: z.number().int() }) },
        },
      },
      async (req, reply) => reply.status(201).send(await createEvent(database, req.ctx, req.body)),
    );
    app.get(
      '/events/yield',
      {
        schema: {
          tags,
          summary: '活动与百日招商成效：嘉宾→线索→报备→签约→金额',
          querystring: z.strictObject({ from: z.string(), to: z.string() }),
          response: { 200: yieldReportSchema },
        },
      },
      async (req) => eventYield(database, req.ctx, req.query),
    );
    app.get(
      '/events/:id',
      {
        schema: {
          tags,
          summary: '活动详情：主办单位、嘉宾、成效',
          params: z.strictObject({ id }),
          response: {
            200: z.object({ event: eventSchema, guests: z.array(guestSchema), yield: yieldSchema }),
          },
        },
      },
      async (req) => getEvent(database, req.ctx, req.params.id),
    );
    app.put(
      '/events/:id',
      {
        schema: {
          tags,
          summary: '修改活动（带版本号，已被他人修改时 409）',
          params: z.strictObject({ id }),
          body: eventBody.extend({ version: z.number().int().positive() }),
          response: { 200: saved },
        },
      },
      async (req) => saveEvent(database, req.ctx, req.params.id, req.body),
    );
    app.post(
      '/events/:id/guests/import',
      {
        bodyLimit: MAX_IMPORT_BYTES,
        schema: {
          tags,
          summary: '导入嘉宾名单并与企业库比对（先试导入，再正式导入）',
          params: z.strictObject({ id }),
          querystring: importQuery,
          response: { 200: importReportSchema },
        },
      },
      async (req) => {
        const { table, fileName, bytes } = await readUploadedTable(req);
        return importGuests(database, req.ctx, req.params.id, table, {
          dryRun: req.query.dryRun === 'true',
          fileName,
          fileBytes: bytes,
        });
      },
    );
    importRoute(app, database, {
      path: '/imports/events',
      tags,
      summary: '导入招商活动（先试导入，再正式导入）',
      run: importEvents,
    });
    exportRoute(app, {
      path: '/exports/events',
      tags,
      summary: '导出招商活动（xlsx）',
      querystring: z.strictObject(filterQuery),
      file: { ascii: 'events', name: 'export.events.file' },
      run: (ctx, query) => exportEvents(database, ctx, query),
    });
    app.get(
      '/campaigns',
      { schema: { tags, summary: '百日招商轮次', response: { 200: itemsOf(campaignSchema) } } },
      async (req) => ({ items: await listCampaigns(database, req.ctx) }),
    );
    app.post(
      '/campaigns',
      {
        schema: {
          tags,
          summary: '登记百日招商轮次',
          body: campaignBody,
          response: { 201: z.object({ id: z.number().int() }) },
        },
      },
      async (req, reply) => reply.status(201).send(await createCampaign(database, req.ctx, req.body)),
    );
    app.put(
      '/campaigns/:id',
      {
        schema: {
          tags,
          summary: '修改百日招商轮次（带版本号）',
          params: z.strictObject({ id }),
          body: campaignBody.extend({ version: z.number().int().positive() }),
          response: { 200: saved },
        },
      },
      async (req) => saveCampaign(database, req.ctx, req.params.id, req.body),
    );
    app.put(
      '/leads/:id/event',
      {
        schema: {
          tags,
          summary: '线索来源活动',
          params: z.strictObject({ id }),
          body: attributionBody,
          response: { 200: attributionSchema },
        },
      },
      async (req) => attributeLeadEvent(database, req.ctx, req.params.id, req.body.eventId),
    );
    app.put(
      '/projects/:id/event',
      {
        schema: {
          tags,
          summary: '项目来源活动',
          params: z.strictObject({ id }),
          body: attributionBody,
          response: { 200: attributionSchema },
        },
      },
      async (req) => attributeProjectEvent(database, req.ctx, req.params.id, req.body.eventId),
    );
  };
