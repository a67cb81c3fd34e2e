import type { ErrorCode } from '@zhaoshang/shared';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, errorBody, languageOf } from './errors.ts';
import { issueMessage } from './validation.ts';

/** Fastify's own error codes, as the clerk-readable codes of ERRORS. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_INVALID_JSON_BODY: 'INVALID_JSON',
  FST_ERR_VALIDATION: 'VALIDATION_FAILED',
  FST_ERR_BAD_STATUS_CODE: 'INTERNAL',
};

/**
 * PostgreSQL's data exceptions (SQLSTATE class 22: an invalid or out-of-range date or number, a NUL
 * byte in text) come from what the client sent when a schema let it through: a 400, not a 500.
 */
function isDataException(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 3; depth++) {
    if (typeof e.code === 'string' && /^22[0-9A-Z]{3}$/.test(e.code)) return true;
    e = e.cause as typeof e;
  }
  return false;
}

/**
 * The router's own refusals (a bad URL, a path parameter over its length) in the one error shape.
 * Passed to Fastify as `frameworkErrors`: they never reach the error handler.
 */
export function frameworkError(error: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 400;
  reply
    .status(status)
    .send(errorBody('VALIDATION_FAILED', languageOf(req.headers['accept-language']), { reason: error.code }));
}

/**
 * The one place errors become responses: always `{code, message, details?}`. A 5xx shows
 * only the request id; the stack goes to the log under that id.
 */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, req, reply) => {
    const lang = languageOf(req.headers['accept-language']);
    if (error instanceof AppError) {
      return reply.status(error.status).send(errorBody(error.code, lang, error.details, error.customMessage));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((v) => ({
        path: `${error.validationContext ?? ''}${v.instancePath}`.replace(/^body\/?/, '').replace(/\//g, '.'),
        message: issueMessage({ code: v.keyword, message: v.message ?? '', params: v.params }),
      }));
      return reply.status(400).send(errorBody('VALIDATION_FAILED', lang, { issues }));
    }
    if (error.statusCode === 429) {
      return reply.status(429).send(errorBody('RATE_LIMITED', lang, (error as { details?: unknown }).details));
    }
    const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (mapped && mapped !== 'INTERNAL') {
      return reply
        .status(error.statusCode && error.statusCode < 500 ? error.statusCode : 400)
        .send(errorBody(mapped, lang));
    }
    if (error instanceof SyntaxError || (error.statusCode === 400 && /JSON/i.test(error.message))) {
      return reply.status(400).send(errorBody('INVALID_JSON', lang));
    }
    if (isDataException(error)) {
      return reply.status(400).send(errorBody('VALIDATION_FAILED', lang, { reason: 'data_exception' }));
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send(errorBody('VALIDATION_FAILED', lang, { reason: error.message }));
    }
    req.log.error({ err: error, requestId: req.id }, 'unexpected error');
    return reply.status(500).send(errorBody('INTERNAL', lang, { requestId: req.id }));
  });
  app.setNotFoundHandler((req, reply) => {
    reply.status(404).send(errorBody('NOT_FOUND', languageOf(req.headers['accept-language'])));
  });
}
