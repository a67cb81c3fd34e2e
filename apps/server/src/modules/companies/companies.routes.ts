import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../db/client.ts';
import { companySchema, createCompanyBody, matchQuery, matchResultSchema } from './companies.schemas.ts';
import { createCompany, matchCompany } from './companies.service.ts';

export const companiesRoutes =
  (database: Database): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['companies'];
    app.get(
      '/companies/match',
      { schema: { tags, summary: '企业匹配（同一 / 相似 / 无）', querystring: matchQuery, response: { 200: matchResultSchema } } },
      async (req) => matchCompany(database.db, req.ctx, req.query),
    );
    app.post('/companies', { schema: { tags, summary: '新增企业', body: createCompanyBody, response: { 201: companySchema } } }, async (req, reply) =>
      reply.status(201).send(await createCompany(database, req.ctx, req.body)),
    );
  };
