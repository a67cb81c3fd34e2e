import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';

/** The body of every refusal: `{code, message, details?}` (see http/errors.ts). */
export const errorBodySchema = z
  .object({ code: z.string(), message: z.string(), details: z.unknown().optional() })
  .meta({ id: 'ErrorBody', description: '错误：代码、给人看的说明（按 Accept-Language）、可选细节' });

/** A 204: the route answers with no body. */
export const noContent = z.undefined().describe('无内容 (no content)');

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A file answer (a spreadsheet, a PDF): documented with its media type so generated clients
 * know it is no JSON. The handler sends a Buffer, which Fastify writes without serialising.
 */
export function fileResponse(mediaType: string, description: string) {
  const file = z.custom<Buffer>((value) => Buffer.isBuffer(value)).meta({ type: 'string', format: 'binary' });
  return { description, content: { [mediaType]: { schema: file } } };
}

/** `{ items: [...] }`, the shape of every unpaged list. */
export const itemsOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/** `{ items: [...], total }`, the shape of every paged list. */
export const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int() });

/**
 * The OpenAPI transform: the zod provider's, plus the error body as every operation's
 * `default` answer, so a generated client types its errors too. Documentation only: the
 * routes' own serialisers are untouched.
 */
export const documentTransform: typeof jsonSchemaTransform = (document) => {
  const schema = document.schema as { hide?: boolean; response?: Record<string, unknown> } | undefined;
  if (!schema || schema.hide) return jsonSchemaTransform(document);
  const response = { ...schema.response, default: errorBodySchema };
  return jsonSchemaTransform({ ...document, schema: { ...schema, response } as typeof document.schema });
};
