import {
  ERRORS,
  type ErrorCode,
  isMessage,
  isMessageKey,
  type Lang,
  type Message,
  renderMessage,
} from '@zhaoshang/shared';

export type { Lang } from '@zhaoshang/shared';

/**
 * The one error type of the application: a code from ERRORS, details, and optionally a more
 * precise message than the code's own, as a catalogue message so each reader gets it in
 * their language. Issues in `details.issues` carry catalogue messages too.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  readonly customMessage: Message | string | undefined;
  // A plain string is shown as written in every language: only for text that is not ours to word.
  constructor(code: ErrorCode, details?: unknown, message?: Message | string) {
    super(message ? textOf('zh', message) : ERRORS[code].zh);
    this.code = code;
    this.details = details;
    this.customMessage = message;
  }
  get status(): number {
    return ERRORS[this.code].status;
  }
}

/** The language of a request: English when the client prefers it, Chinese otherwise. */
export function languageOf(acceptLanguage: string | undefined): Lang {
  return acceptLanguage && /^\s*en\b/i.test(acceptLanguage) ? 'en' : 'zh';
}

/** Details with every catalogue message in them worded in the language (issues, reasons). */
export function renderDetails(details: unknown, lang: Lang): unknown {
  if (isMessage(details) && isMessageKey(details.code)) return renderMessage(lang, details);
  if (Array.isArray(details)) return details.map((d) => renderDetails(d, lang));
  if (typeof details === 'object' && details !== null && Object.getPrototypeOf(details) === Object.prototype) {
    return Object.fromEntries(Object.entries(details).map(([k, v]) => [k, renderDetails(v, lang)]));
  }
  return details;
}

const textOf = (lang: Lang, message: Message | string) =>
  typeof message === 'string' ? message : renderMessage(lang, message);

export function errorBody(code: ErrorCode, lang: Lang, details?: unknown, message?: Message | string) {
  return {
    code,
    message: message ? textOf(lang, message) : ERRORS[code][lang],
    ...(details === undefined ? {} : { details: renderDetails(details, lang) }),
  };
}
