import { shanghaiDate, translate } from '@zhaoshang/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { fileResponse, XLSX_TYPE } from '../../http/responses.ts';
import { auditEntrySchema, auditFilterQuery, listAuditQuery, verifyResultSchema } from './audit.schemas.ts';
import { listAuditActions, listAuditRecords, verifyAuditChainAs } from './audit.service.ts';
import { exportAuditRecords } from './audit-export.ts';

export const auditRoutes =
  (database: Database): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['audit'];
    app.get(
      '/audit',
      {
        schema: {
          tags,
          summary: '审计日志',
          querystring: listAuditQuery,
          response: { 200: z.object({ items: z.array(auditEntrySchema), total: z.number().int() }) },
        },
      },
      async (req) => {
        const { page, pageSize, ...filter } = req.query;
        const { items, total } = await listAuditRecords(database, req.ctx, filter, page, pageSize);
        return {
          total,
          items: items.map((r) => ({ ...r, at: r.at.toISOString(), outcome: r.outcome as 'success' | 'failure' })),
        };
      },
    );
    app.get(
      '/audit/actions',
      { schema: { tags, summary: '操作类型', response: { 200: z.object({ items: z.array(z.string()) }) } } },
      async (req) => ({
        items: await listAuditActions(database, req.ctx),
      }),
    );
    app.get(
      '/audit/verify',
      { schema: { tags, summary: '校验哈希链', response: { 200: verifyResultSchema } } },
      async (req) => verifyAuditChainAs(database, req.ctx),
    );
    app.get(
      '/audit/export',
      {
        schema: {
          tags,
          summary: '导出 xlsx',
          querystring: auditFilterQuery,
          response: { 200: fileResponse(XLSX_TYPE, '审计日志（xlsx）') },
        },
      },
      async (req, reply) => {
        const file = await exportAuditRecords(database, req.ctx, req.query);
        const name = encodeURIComponent(translate(req.ctx.lang, 'export.audit.file', { date: shanghaiDate() }));
        return reply
          .header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('Content-Disposition', `attachment; filename="audit.xlsx"; filename*=UTF-8''${name}`)
          .send(file);
      },
    );
  };
