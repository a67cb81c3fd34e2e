import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { messageKey } from '../../http/validation.ts';
import { exportRoute } from '../../spreadsheet/export-route.ts';
import { acceptSpreadsheets, importRoute } from '../../spreadsheet/import-route.ts';
import { listFilings } from '../filings/filings.service.ts';
import { listLeads } from '../leads/leads.service.ts';
import { importLeads } from '../leads/leads-import.ts';
import {
  companyDetailSchema,
  companySchema,
  createCompanyBody,
  listCompaniesQuery,
  matchQuery,
  matchResultSchema,
} from './companies.schemas.ts';
import { createCompany, exportCompanies, getCompany, listCompanies, matchCompany } from './companies.service.ts';
import { importCompanies } from './companies-import.ts';
import { mergeCompanies, undoMerge } from './company-merge.ts';

export const companiesRoutes =
  (database: Database): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['companies'];
    app.get(
      '/companies/match',
      {
        schema: {
          tags,
          summary: '企业匹配（同一 / 相似 / 无）',
          querystring: matchQuery,
          response: { 200: matchResultSchema },
        },
      },
      async (req) => matchCompany(database.db, req.ctx, req.query),
    );
    app.get(
      '/companies',
      {
        schema: {
          tags,
          summary: '企业库',
          querystring: listCompaniesQuery,
          response: { 200: z.object({ items: z.array(companySchema), total: z.number().int() }) },
        },
      },
      async (req) => {
        const { page, pageSize, sort, ...filter } = req.query;
        return listCompanies(database, req.ctx, filter, sort, page, pageSize);
      },
    );
    // The file itself is the body (xlsx or csv); its name comes in X-File-Name (URI-encoded).
    acceptSpreadsheets(app);
    app.get(
      '/companies/:id',
      {
        schema: {
          tags,
          summary: '企业详情：集团、子公司、线索与报备（按共享规则）',
          params: z.strictObject({ id: z.coerce.number().int().positive() }),
          response: { 200: companyDetailSchema },
        },
      },
      async (req) => {
        const company = await getCompany(database, req.ctx, req.params.id);
        const [leads, filings] = await Promise.all([
          listLeads(database, req.ctx, { companyId: company.id }, 1, 200),
          listFilings(database, req.ctx, { companyId: company.id }),
        ]);
        return { company, leads: leads.items, filings };
      },
    );
    const movedSchema = z.object({
      leads: z.array(z.number()),
      filings: z.array(z.number()),
      conflicts: z.array(z.number()),
      subsidiaries: z.array(z.number()),
    });
    app.post(
      '/company-merges',
      {
        schema: {
          tags,
          summary: '合并重复企业（线索、报备、冲突、子公司移到保留的企业）',
          body: z.strictObject({
            survivorId: z.number().int().positive(),
            mergedId: z.number().int().positive(),
            reason: z.string().trim().min(1, messageKey('company.mergeReason')).max(500),
          }),
          response: { 201: z.object({ id: z.number().int(), moved: movedSchema }) },
        },
      },
      async (req, reply) => reply.status(201).send(await mergeCompanies(database, req.ctx, req.body)),
    );
    app.post(
      '/company-merges/:id/undo',
      {
        schema: {
          tags,
          summary: '撤销合并（系统管理员）',
          params: z.strictObject({ id: z.coerce.number().int().positive() }),
          response: { 200: z.object({ id: z.number().int(), moved: movedSchema }) },
        },
      },
      async (req) => undoMerge(database, req.ctx, req.params.id),
    );
    exportRoute(app, {
      path: '/exports/companies',
      tags,
      summary: '导出企业库（xlsx，列同导入模板）',
      querystring: listCompaniesQuery.omit({ page: true, pageSize: true, sort: true }),
      file: { ascii: 'companies', name: 'export.companies.file' },
      run: (ctx, query) => exportCompanies(database, ctx, query),
    });
    // Imports of the registry and of leads: the file itself is the body, its name in X-File-Name.
    for (const [kind, importer] of [
      ['companies', importCompanies],
      ['leads', importLeads],
    ] as const) {
      importRoute(app, database, {
        path: `/imports/${kind}`,
        tags,
        summary: kind === 'companies' ? '导入企业库（先试导入，再正式导入）' : '导入线索（先试导入，再正式导入）',
        run: importer,
      });
    }
    app.post(
      '/companies',
      { schema: { tags, summary: '新增企业', body: createCompanyBody, response: { 201: companySchema } } },
      async (req, reply) => reply.status(201).send(await createCompany(database, req.ctx, req.body)),
    );
  };
