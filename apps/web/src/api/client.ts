import createClient, { type Middleware } from 'openapi-fetch';
import {
  ApiError,
  acceptLanguage,
  currentCsrfToken,
  followAuthError,
  readJson,
  toApiError,
} from '../components/api-client.ts';
import { translateNow } from '../i18n/translate.ts';
import type { paths } from './schema.gen.ts';

const UNSAFE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

/**
 * What every call does around fetch (the pieces are in components/api-client.ts): the user's
 * language, the CSRF token on writes, and a refusal turned into the app's ApiError (thrown,
 * so a query or mutation fails with it and `data` is always there when a call returns).
 */
function apiMiddleware(redirectOnAuthError: boolean): Middleware {
  return {
    onRequest({ request }) {
      request.headers.set('Accept', 'application/json');
      if (!request.headers.has('Accept-Language')) request.headers.set('Accept-Language', acceptLanguage());
      const token = currentCsrfToken();
      if (UNSAFE_METHODS.has(request.method) && token) request.headers.set('X-CSRF-Token', token);
      return request;
    },
    async onResponse({ response }) {
      if (response.ok) return undefined;
      const error = toApiError(response.status, await readJson(response));
      if (redirectOnAuthError) followAuthError(error);
      throw error;
    },
    onError({ error }) {
      if (error instanceof DOMException && error.name === 'AbortError') return error;
      if (error instanceof ApiError) return error;
      return new ApiError(0, 'NETWORK', translateNow('error.network'));
    },
  };
}

function typedClient(redirectOnAuthError: boolean) {
  // fetch is looked up on each call, not captured once: the page's fetch can be wrapped later (tests fake it).
  // An absolute base: a Request cannot be built from a bare path outside a page (component tests).
  const client = createClient<paths>({
    baseUrl: globalThis.location?.origin ?? '',
    credentials: 'same-origin',
    fetch: (request) => globalThis.fetch(request),
  });
  client.use(apiMiddleware(redirectOnAuthError));
  return client;
}

/** The API, typed from the server's OpenAPI document (schema.gen.ts). */
export const client = typedClient(true);

/** The same for calls where a 401 is an ordinary answer (the session probe): no redirect. */
export const quietClient = typedClient(false);

/**
 * The body of a call that succeeded: the middleware throws every refusal, so what reaches
 * here is the declared success answer (undefined for a 204).
 */
export async function bodyOf<T>(call: Promise<{ data?: T }>): Promise<T> {
  return (await call).data as T;
}
