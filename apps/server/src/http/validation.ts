import { isMessageKey, type Message, type MessageKey, msg } from '@zhaoshang/shared';
import { z } from 'zod';

/**
 * Zod words nothing itself: the message of an issue zod makes is this marker, and the error
 * handler words the issue by its code for each request's language (the validator does not
 * see the request). Messages a schema gives are catalogue keys.
 */
const BY_CODE = '\u0000by-code';

z.config({
  // A missing field is told apart from a wrong type here, where the input is still known.
  customError: (iss) => (iss.code === 'invalid_type' && iss.input === undefined ? 'validation.required' : undefined),
  localeError: () => BY_CODE,
});

/** What zod keeps of an issue: its code, message and the rest of its fields. */
export type IssueLike = { code: string; message: string; params?: Record<string, unknown> };

const TYPES = new Set(['string', 'number', 'int', 'boolean', 'array', 'object']);

function joined(values: unknown): string {
  return Array.isArray(values) ? values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ') : '';
}

/** The catalogue message of a zod issue; a message that is no key (an older schema's text) stays as written. */
export function issueMessage(issue: IssueLike): Message | string {
  const p = issue.params ?? {};
  const params = {
    minimum: String(p.minimum ?? ''),
    maximum: String(p.maximum ?? ''),
    divisor: String(p.divisor ?? ''),
  };
  if (issue.message !== BY_CODE) return isMessageKey(issue.message) ? msg(issue.message, params) : issue.message;
  const origin = p.origin === 'string' || p.origin === 'array' ? p.origin : 'number';
  const exclusive = p.inclusive === false && origin === 'number' ? 'Exclusive' : '';
  switch (issue.code) {
    case 'invalid_type': {
      const expected = String(p.expected ?? '');
      return msg('validation.invalidType', {
        expected: TYPES.has(expected) ? msg(`validation.type.${expected}` as MessageKey) : expected,
      });
    }
    case 'too_small':
      if (origin === 'string' && Number(p.minimum) === 1) return msg('validation.notEmpty');
      return msg(`validation.tooSmall.${origin}${exclusive}` as MessageKey, params);
    case 'too_big':
      return msg(`validation.tooBig.${origin}${exclusive}` as MessageKey, params);
    case 'invalid_format':
      return msg('validation.invalidFormat');
    case 'not_multiple_of':
      return msg('validation.notMultipleOf', params);
    case 'unrecognized_keys':
      return msg('validation.unrecognizedKeys', { keys: joined(p.keys) });
    case 'invalid_value':
      return msg('validation.invalidValue', { values: joined(p.values) });
    default:
      return msg('validation.invalid');
  }
}

/** A schema's own message: a catalogue key, worded per request by the error handler. */
export const messageKey = (key: MessageKey): string => key;
