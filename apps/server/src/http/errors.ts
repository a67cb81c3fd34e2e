import { ERRORS, type ErrorCode } from '@zhaoshang/shared';

/** The one error type of the application: a code from ERRORS, optional message override and details. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(code: ErrorCode, details?: unknown, message?: string) {
    super(message ?? ERRORS[code].zh);
    this.code = code;
    this.details = details;
    this.customMessage = message;
  }
  readonly customMessage: string | undefined;
  get status(): number {
    return ERRORS[this.code].status;
  }
}

export type Lang = 'zh' | 'en';

/** The language of a request: English when the client prefers it, Chinese otherwise. */
export function languageOf(acceptLanguage: string | undefined): Lang {
  return acceptLanguage && /^\s*en\b/i.test(acceptLanguage) ? 'en' : 'zh';
}

export function errorBody(code: ErrorCode, lang: Lang, details?: unknown, message?: string) {
  return { code, message: message ?? ERRORS[code][lang], ...(details === undefined ? {} : { details }) };
}
