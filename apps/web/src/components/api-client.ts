// What every call to the API shares (the error type, the CSRF token, the user's language, where a
// refusal leads) and the calls that are not JSON: a file uploaded as the raw body, a file downloaded.
// JSON calls go through the typed client in api/client.ts, which uses the pieces here.
import { currentLanguage } from '../i18n/language.ts';
import { translateNow } from '../i18n/translate.ts';

/** An error answered by the API as `{code, message, details?}`, or one we made for a failed request. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** The error id of a 5xx, to quote to the administrator. */
  get requestId(): string | undefined {
    const details = this.details as { requestId?: unknown } | undefined;
    return typeof details?.requestId === 'string' ? details.requestId : undefined;
  }
}

export type ApiHandlers = {
  onUnauthenticated: () => void;
  onPasswordChangeRequired: () => void;
};

const BASE = '/api/v1';
const UNSAFE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);
/** A wrong password is an answer for the login form, not a reason to leave the page. */
const NO_REDIRECT_CODES = new Set(['BAD_CREDENTIALS']);

// The CSRF token lives in memory only: it comes with login, /auth/me and password changes.
let csrfToken: string | null = null;
let handlers: ApiHandlers = {
  onUnauthenticated: () => window.location.assign('/login'),
  onPasswordChangeRequired: () => window.location.assign('/change-password'),
};

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function setApiHandlers(next: ApiHandlers): void {
  handlers = next;
}

/** The token an unsafe request (POST, PATCH, PUT, DELETE) carries in X-CSRF-Token. */
export function currentCsrfToken(): string | null {
  return csrfToken;
}

/** Leaves the page for the login or the password form when an answer says so. */
export function followAuthError(error: ApiError): void {
  if (error.status === 401 && !NO_REDIRECT_CODES.has(error.code)) handlers.onUnauthenticated();
  if (error.status === 403 && error.code === 'PASSWORD_CHANGE_REQUIRED') handlers.onPasswordChangeRequired();
}

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

/** Builds `?a=1&b=x`, leaving out empty values. */
export function toQueryString(params: QueryParams = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The absolute path of an API resource, for links such as the audit export. */
export function apiUrl(path: string, params?: QueryParams): string {
  return `${BASE}${path}${toQueryString(params)}`;
}

/** The server words its messages in the language the user chose. */
export function acceptLanguage(): string {
  return currentLanguage() === 'en' ? 'en' : 'zh-CN';
}

export type RequestOptions = {
  /** false for calls that expect a 401 as a normal answer (the session probe). */
  redirectOnAuthError?: boolean;
  signal?: AbortSignal;
};

function isErrorBody(body: unknown): body is { code: string; message: string; details?: unknown } {
  const b = body as { code?: unknown; message?: unknown } | null;
  return typeof b?.code === 'string' && typeof b?.message === 'string';
}

export async function readJson(response: Response): Promise<unknown> {
  if (!(response.headers.get('content-type') ?? '').includes('json')) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

export function toApiError(status: number, body: unknown): ApiError {
  if (isErrorBody(body)) return new ApiError(status, body.code, body.message, body.details);
  // A proxy page or an empty body: never show its text, only a message of our own.
  if (status >= 500) return new ApiError(status, 'INTERNAL', translateNow('error.server'));
  return new ApiError(status, 'HTTP_ERROR', translateNow('error.http', { status }));
}

type Payload = { body: BodyInit; contentType: string; headers?: Record<string, string> };

async function send<T>(
  method: string,
  path: string,
  payload: Payload | undefined,
  options: RequestOptions,
): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': acceptLanguage(),
    ...payload?.headers,
  };
  if (payload) headers['Content-Type'] = payload.contentType;
  if (UNSAFE_METHODS.has(method) && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(`${BASE}${path}`, {
      method,
      headers,
      body: payload?.body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'NETWORK', translateNow('error.network'));
  }

  if (response.status === 204) return undefined as T;
  const data = await readJson(response);
  if (response.ok) return data as T;

  const error = toApiError(response.status, data);
  if (options.redirectOnAuthError !== false) followAuthError(error);
  throw error;
}

/**
 * POSTs a file as the raw request body (no multipart), its name URI-encoded in
 * X-File-Name; the answer is JSON like any other call.
 */
export async function uploadFile<T>(
  path: string,
  params: QueryParams,
  file: File,
  options: RequestOptions = {},
): Promise<T> {
  return send<T>(
    'POST',
    `${path}${toQueryString(params)}`,
    { body: file, contentType: 'application/octet-stream', headers: { 'X-File-Name': encodeURIComponent(file.name) } },
    options,
  );
}

/** The file name from Content-Disposition (RFC 6266, with RFC 5987 filename* preferred). */
function fileNameFrom(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // fall through to the plain filename
    }
  }
  return /filename\s*=\s*"?([^";]+)"?/.exec(disposition)?.[1];
}

/**
 * Fetches a file (a GET, so no CSRF token) and hands it to the browser as a download.
 * A refusal arrives as the usual JSON error and is thrown as an ApiError.
 */
export async function downloadFile(path: string, params: QueryParams, fallbackName: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path, params), {
      credentials: 'same-origin',
      headers: { 'Accept-Language': acceptLanguage() },
    });
  } catch {
    throw new ApiError(0, 'NETWORK', translateNow('error.network'));
  }
  if (!response.ok) {
    const error = toApiError(response.status, await readJson(response));
    if (response.status === 401) handlers.onUnauthenticated();
    throw error;
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameFrom(response.headers.get('content-disposition')) ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
