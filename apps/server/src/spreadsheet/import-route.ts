import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../db/client.ts';
import type { RequestContext } from '../http/context.ts';
import { XLSX_TYPE } from '../http/responses.ts';
import { MAX_IMPORT_BYTES, type Table } from './read-table.ts';
import type { ImportOptions, ImportReport } from './start-import.ts';
import { readUploadedTable } from './uploaded-table.ts';

/** An import is tried first (dryRun=true, the default) and written only when asked (dryRun=false). */
export const importQuery = z.strictObject({ dryRun: z.enum(['true', 'false']).default('true') });

/** What every import answers: the rows read, what it wrote (or would write), and every bad row. */
export const importReportSchema = z.object({
  dryRun: z.boolean(),
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), column: z.string(), reason: z.string() })),
});

type App = Parameters<FastifyPluginAsyncZod>[0];

/** Lets a module's routes take a spreadsheet (xlsx or csv, up to MAX_IMPORT_BYTES) as the request body. */
export function acceptSpreadsheets(app: App): void {
  app.addContentTypeParser(
    ['application/octet-stream', 'text/csv', XLSX_TYPE],
    { parseAs: 'buffer', bodyLimit: MAX_IMPORT_BYTES },
    (_req, body, done) => done(null, body),
  );
}

/**
 * POST `path`: the spreadsheet in the request body (its name in X-File-Name) read and handed to
 * `run`, a try or the import itself, answered with the import's report. Every import of the
 * platform is declared through here, so each takes its file and answers the same way.
 */
export function importRoute(
  app: App,
  database: Database,
  route: {
    path: string;
    tags: string[];
    summary: string;
    run: (database: Database, ctx: RequestContext, table: Table, opts: ImportOptions) => Promise<ImportReport>;
  },
): void {
  app.post(
    route.path,
    {
      bodyLimit: MAX_IMPORT_BYTES,
      schema: {
        tags: route.tags,
        summary: route.summary,
        querystring: importQuery,
        response: { 200: importReportSchema },
      },
    },
    async (req) => {
      const { table, fileName, bytes } = await readUploadedTable(req);
      return route.run(database, req.ctx, table, {
        dryRun: req.query.dryRun === 'true',
        fileName,
        fileBytes: bytes,
      });
    },
  );
}
