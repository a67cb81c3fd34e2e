import { type MessageKey, translate } from '@zhaoshang/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { RequestContext } from '../http/context.ts';
import { fileResponse, XLSX_TYPE } from '../http/responses.ts';
import { attachmentHeader } from './write-table.ts';

type App = Parameters<FastifyPluginAsyncZod>[0];

const MEDIA_TYPES = { xlsx: XLSX_TYPE, pdf: 'application/pdf' } as const;

/**
 * GET `path`: the file `run` makes of what the query selects, downloaded under its name in the
 * reader's language (the message `file.name`, the extension added) with `file.ascii` for
 * browsers that read only ASCII names. Every export of the platform is declared through here,
 * so each names and serves its file the same way.
 */
export function exportRoute<Q extends z.ZodType>(
  app: App,
  route: {
    path: string;
    tags: string[];
    summary: string;
    querystring?: Q;
    file: { ascii: string; name: MessageKey; type?: keyof typeof MEDIA_TYPES };
    run: (ctx: RequestContext, query: z.infer<Q>) => Promise<Buffer>;
  },
): void {
  const extension = route.file.type ?? 'xlsx';
  const mediaType = MEDIA_TYPES[extension];
  app.get(
    route.path,
    {
      schema: {
        tags: route.tags,
        summary: route.summary,
        ...(route.querystring ? { querystring: route.querystring } : {}),
        response: { 200: fileResponse(mediaType, route.summary) },
      },
    },
    async (req, reply) =>
      reply
        .header('Content-Type', mediaType)
        .header(
          'Content-Disposition',
          attachmentHeader(
            `${route.file.ascii}.${extension}`,
            `${translate(req.ctx.lang, route.file.name)}.${extension}`,
          ),
        )
        .send(await route.run(req.ctx, req.query as z.infer<Q>)),
  );
}
