import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import {
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Database } from './db/client.ts';
import { type FileStore, localFileStore } from './files/file-store.ts';
import { frameworkError, registerErrorHandler } from './http/error-handler.ts';
import { errorBody, languageOf } from './http/errors.ts';
import { firstPageLinks } from './http/first-page.ts';
import { documentTransform } from './http/responses.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import { registerSessionHooks } from './http/session.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { blockersRoutes } from './modules/blockers/blockers.routes.ts';
import { bulletinsRoutes } from './modules/bulletins/bulletins.routes.ts';
import { calendarRoutes } from './modules/calendar/calendar.routes.ts';
import { capitalRoutes } from './modules/capital/capital.routes.ts';
import { catalogueRoutes } from './modules/catalogue/catalogue.routes.ts';
import { chainsRoutes } from './modules/chains/chains.routes.ts';
import { companiesRoutes } from './modules/companies/companies.routes.ts';
import { dashboardRoutes } from './modules/dashboard/dashboard.routes.ts';
import { eventsRoutes } from './modules/events/events.routes.ts';
import { filingsRoutes } from './modules/filings/filings.routes.ts';
import { foreignCapitalRoutes } from './modules/foreign-capital/foreign-capital.routes.ts';
import { innovationRoutes } from './modules/innovation/innovation.routes.ts';
import { inspectionsRoutes } from './modules/inspections/inspections.routes.ts';
import { kpiRoutes } from './modules/kpi/kpi.routes.ts';
import { leadersRoutes } from './modules/leaders/leaders.routes.ts';
import { leadsRoutes } from './modules/leads/leads.routes.ts';
import { majorProjectsRoutes } from './modules/major-projects/major-projects.routes.ts';
import { noticesRoutes } from './modules/notices/notices.routes.ts';
import { notificationsRoutes } from './modules/notifications/notifications.routes.ts';
import { orgRoutes } from './modules/org/org.routes.ts';
import { projectsRoutes } from './modules/projects/projects.routes.ts';
import { qualityGateRoutes } from './modules/quality-gate/quality-gate.routes.ts';
import { reviewsRoutes } from './modules/reviews/reviews.routes.ts';
import { rotationsRoutes } from './modules/rotations/rotations.routes.ts';
import { schemesRoutes } from './modules/schemes/schemes.routes.ts';
import { sitesRoutes } from './modules/sites/sites.routes.ts';
import { visitsRoutes } from './modules/visits/visits.routes.ts';

/** The built web app (apps/web/dist), served when it exists. */
export const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export type AppOptions = {
  database: Database;
  trustProxy?: boolean;
  logLevel?: string;
  /** Serve the built web app (off in API tests). */
  serveWeb?: boolean;
  /** Login attempts per client address and minute (tests, sharing one address, raise it). */
  loginRateLimit?: number;
  /** Where evidence files are kept (DATA_DIR/files when serving; a temporary folder in tests). */
  files?: FileStore;
};

/**
 * The page shell: read on every request (it is small, and a rebuild changes it), never
 * cached, sent precompressed when the browser accepts it — or, with links for the first
 * page added to its head (http/first-page.ts), as it is: a few kilobytes.
 */
async function sendIndexHtml(acceptEncoding: string | undefined, reply: FastifyReply, links?: string) {
  if (links) {
    const html = await fs.promises.readFile(path.join(webDist, 'index.html'), 'utf8');
    return reply
      .header('Cache-Control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(html.replace('</head>', `${links}</head>`));
  }
  const encoding = /\bbr\b/.test(acceptEncoding ?? '') ? 'br' : /\bgzip\b/.test(acceptEncoding ?? '') ? 'gzip' : null;
  const file = path.join(webDist, `index.html${encoding === 'br' ? '.br' : encoding === 'gzip' ? '.gz' : ''}`);
  const body = await fs.promises.readFile(fs.existsSync(file) ? file : path.join(webDist, 'index.html'));
  if (encoding && fs.existsSync(file)) reply.header('Content-Encoding', encoding).header('Vary', 'Accept-Encoding');
  return reply.header('Cache-Control', 'no-cache').type('text/html; charset=utf-8').send(body);
}

/** Builds the HTTP application; every module is registered here, explicitly. */
export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: opts.logLevel ?? 'info' },
    trustProxy: opts.trustProxy ?? false,
    bodyLimit: 1024 * 1024,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    frameworkErrors: frameworkError,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // The API speaks JSON only: a form or text body is refused with 415, not half-parsed.
  app.removeContentTypeParser('text/plain');
  registerErrorHandler(app);
  registerSecurityHeaders(app);
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (req, context) => ({
      statusCode: 429,
      ...errorBody('RATE_LIMITED', languageOf(req.headers['accept-language']), {
        retryAfterSeconds: Math.ceil(context.ttl / 1000),
      }),
    }),
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: '招商引资协同平台 API',
        description: 'zhaoshang — investment promotion platform',
        version: '1.0.0',
      },
      servers: [],
    },
    transform: documentTransform,
    // Schemas named with .meta({ id }) become components, so the web's types have names.
    transformObject: jsonSchemaTransformObject,
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  registerSessionHooks(app, opts.database);

  app.get('/api/health', { config: { public: true }, schema: { hide: true } }, async () => ({ ok: true }));
  await app.register(
    async (api) => {
      await api.register(authRoutes(opts.database, opts.loginRateLimit ?? 30));
      await api.register(orgRoutes(opts.database));
      await api.register(auditRoutes(opts.database));
      await api.register(companiesRoutes(opts.database));
      await api.register(filingsRoutes(opts.database));
      await api.register(leadsRoutes(opts.database));
      await api.register(calendarRoutes(opts.database));
      await api.register(notificationsRoutes(opts.database));
      await api.register(noticesRoutes(opts.database));
      await api.register(inspectionsRoutes(opts.database));
      await api.register(rotationsRoutes(opts.database));
      await api.register(leadersRoutes(opts.database));
      await api.register(qualityGateRoutes(opts.database));
      const files = opts.files ?? localFileStore(path.join(os.tmpdir(), `zhaoshang-files-${process.pid}`));
      await api.register(projectsRoutes(opts.database, files));
      await api.register(majorProjectsRoutes(opts.database));
      await api.register(reviewsRoutes(opts.database));
      await api.register(blockersRoutes(opts.database));
      await api.register(kpiRoutes(opts.database));
      await api.register(schemesRoutes(opts.database));
      await api.register(visitsRoutes(opts.database));
      await api.register(foreignCapitalRoutes(opts.database));
      await api.register(bulletinsRoutes(opts.database));
      await api.register(dashboardRoutes(opts.database));
      await api.register(eventsRoutes(opts.database));
      await api.register(chainsRoutes(opts.database));
      await api.register(capitalRoutes(opts.database));
      await api.register(innovationRoutes(opts.database));
      await api.register(catalogueRoutes(opts.database));
      await api.register(sitesRoutes(opts.database));
    },
    { prefix: '/api/v1' },
  );

  if (opts.serveWeb && fs.existsSync(path.join(webDist, 'index.html'))) {
    // Hashed assets are looked up on each request (wildcard), so a rebuild is served without a restart.
    await app.register(fastifyStatic, {
      root: path.join(webDist, 'assets'),
      prefix: '/assets/',
      index: false,
      maxAge: '1y',
      immutable: true,
      preCompressed: true,
    });
    // Hashed assets are cached; every other path is a page of the single-page app.
    app.get('/*', { schema: { hide: true } }, async (req, reply) => {
      // A missing file (an asset of an older build, say) is a 404, not the page: a stale tab then reloads cleanly.
      if (req.url.startsWith('/api/') || /\.[a-z0-9]+$/i.test(req.url.split('?')[0]!)) {
        return reply.status(404).send(errorBody('NOT_FOUND', languageOf(req.headers['accept-language'])));
      }
      const links = await firstPageLinks(opts.database, webDist, req);
      return sendIndexHtml(req.headers['accept-encoding'], reply, links);
    });
  }
  return app;
}
