import { MESSAGES } from './messages/index.ts';

/** The HTTP status of every error code the API answers with; its message is `error.<CODE>` in the catalogue. */
const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  INVALID_JSON: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  BODY_TOO_LARGE: 413,
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  BAD_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 423,
  ACCOUNT_DISABLED: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  WEAK_PASSWORD: 400,
  PASSWORD_REUSED: 400,
  WRONG_PASSWORD: 400,
  CSRF_FAILED: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT_VERSION: 409,
  DUPLICATE: 409,
  INVALID_REFERENCE: 400,
  STAGE_DATES_INVALID: 400,
  CORRECTION_REASON_REQUIRED: 409,
  FILE_TOO_LARGE: 413,
  FILE_TYPE_NOT_ALLOWED: 415,
  FILE_CORRUPTED: 500,
  STORAGE_UNAVAILABLE: 503,
  BULLETIN_PUBLISHED: 409,
  SNAPSHOT_TAMPERED: 500,
  CALENDAR_DAY_EXISTS: 409,
  CATALOGUE_ALREADY_SIGNED: 409,
  CALENDAR_WORKDAY_NOT_WEEKEND: 400,
  CHAIN_UNKNOWN: 400,
  SEGMENT_UNKNOWN: 400,
  SEGMENT_WRONG_CHAIN: 400,
  SEGMENT_CYCLE: 400,
  SEGMENT_IN_USE: 409,
  FITS_REASON_REQUIRED: 400,
  RATE_LIMITED: 429,
  SERVER_BUSY: 503,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/**
 * Every error code, its HTTP status and the message a clerk reads, in Chinese and English
 * (from the catalogue). The server picks the language from Accept-Language.
 */
export const ERRORS = Object.fromEntries(
  Object.entries(ERROR_STATUS).map(([code, status]) => [code, { status, ...MESSAGES[`error.${code as ErrorCode}`] }]),
) as Record<ErrorCode, { status: number; zh: string; en: string }>;

export type ErrorBody = { code: ErrorCode; message: string; details?: unknown };
