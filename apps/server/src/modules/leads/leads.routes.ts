import { parseWan, UNIT_KINDS } from '@zhaoshang/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { itemsOf, noContent } from '../../http/responses.ts';
import { messageKey } from '../../http/validation.ts';
import { exportRoute } from '../../spreadsheet/export-route.ts';
import { leadSchema, responseRuleSchema } from './leads.schemas.ts';
import {
  advanceLead,
  exportLeads,
  LEAD_SOURCES,
  listLeads,
  listResponseRules,
  reportLead,
  setResponseRule,
} from './leads.service.ts';

const id = z.coerce.number().int().positive();
const amount = z.string().refine((s) => 'value' in parseWan(s), messageKey('validation.amountWan'));
const stepDays = z.number().int().min(1).max(60);

export const leadsRoutes =
  (database: Database): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['leads'];
    app.post(
      '/leads',
      {
        schema: {
          tags,
          summary: '报送线索',
          body: z.strictObject({
            companyId: z.number().int().positive(),
            handlingUnitId: z.number().int().positive().optional(),
            chain: z.string().trim().max(100).nullable().optional(),
            chainId: z.number().int().positive().nullable().optional(),
            segmentId: z.number().int().positive().nullable().optional(),
            estimatedAmountWan: amount.nullable().optional(),
            source: z.enum(LEAD_SOURCES),
            contact: z.string().trim().max(200).nullable().optional(),
            notes: z.string().max(2000).nullable().optional(),
            reportedOn: z.string().optional(),
          }),
          response: { 201: z.object({ id: z.number().int() }) },
        },
      },
      async (req, reply) => {
        const body = req.body;
        const wan = body.estimatedAmountWan ? parseWan(body.estimatedAmountWan) : null;
        return reply.status(201).send(
          await reportLead(database, req.ctx, {
            ...body,
            estimatedAmountWan: wan && 'value' in wan ? wan.value : null,
          }),
        );
      },
    );
    app.get(
      '/leads',
      {
        schema: {
          tags,
          summary: '线索列表（含响应时限与超时）',
          querystring: z.strictObject({
            unitId: id.optional(),
            companyId: id.optional(),
            eventId: id.optional(),
            /** A part of the investor's name. */
            q: z.string().trim().max(100).optional(),
            status: z.enum(['new', 'following', 'filed', 'dropped']).optional(),
            overdue: z.enum(['true', 'false']).optional(),
            page: z.coerce.number().int().min(1).default(1),
            pageSize: z.coerce.number().int().min(1).max(200).default(20),
          }),
          response: { 200: z.object({ items: z.array(leadSchema), total: z.number().int() }) },
        },
      },
      async (req) => {
        const { page, pageSize, overdue, ...f } = req.query;
        return listLeads(database, req.ctx, { ...f, overdueOnly: overdue === 'true' }, page, pageSize);
      },
    );
    app.post(
      '/leads/:id/progress',
      {
        schema: {
          tags,
          summary: '线索处理：确认、初评、反馈或放弃（须写原因）',
          params: z.strictObject({ id }),
          body: z.union([
            z.strictObject({
              version: z.number().int().positive(),
              step: z.enum(['acknowledge', 'assess', 'feedback']),
            }),
            z.strictObject({
              version: z.number().int().positive(),
              drop: z.string().trim().min(1, messageKey('lead.dropReason')).max(1000),
            }),
          ]),
          response: { 200: z.object({ id: z.number().int(), status: z.string() }) },
        },
      },
      async (req) => advanceLead(database, req.ctx, req.params.id, req.body),
    );
    exportRoute(app, {
      path: '/exports/leads',
      tags,
      summary: '导出线索（xlsx，按共享规则）',
      querystring: z.strictObject({
        unitId: id.optional(),
        status: z.enum(['new', 'following', 'filed', 'dropped']).optional(),
        overdue: z.enum(['true', 'false']).optional(),
      }),
      file: { ascii: 'leads', name: 'export.leads.file' },
      run: (ctx, { overdue, ...f }) => exportLeads(database, ctx, { ...f, overdueOnly: overdue === 'true' }),
    });
    app.get(
      '/lead-response-rules',
      { schema: { tags, summary: '线索响应时限（工作日）', response: { 200: itemsOf(responseRuleSchema) } } },
      async (req) => ({ items: await listResponseRules(database, req.ctx) }),
    );
    app.put(
      '/lead-response-rules/:unitKind',
      {
        schema: {
          tags,
          summary: '设置某类单位的响应时限',
          params: z.strictObject({ unitKind: z.enum(UNIT_KINDS) }),
          body: z.strictObject({ acknowledgeDays: stepDays, assessDays: stepDays, feedbackDays: stepDays }),
          response: { 204: noContent },
        },
      },
      async (req, reply) => {
        await setResponseRule(database, req.ctx, req.params.unitKind, req.body);
        return reply.status(204).send();
      },
    );
  };
