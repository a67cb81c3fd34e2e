import type { FormInstance } from 'antd';
import type { I18n } from '../i18n/i18n-context.tsx';
import { ApiError } from './api-client.ts';

export type FieldIssue = { path: string; message: string };

/** The text a person sees for a failed request: the server's message, plus the error id of a 5xx. */
export function describeError(error: unknown, t: I18n['t']): string {
  if (error instanceof ApiError) {
    const id = error.requestId;
    return id ? `${error.message} ${t('error.requestId', { id })}` : error.message;
  }
  // Anything else is a bug on our side; its text (maybe a stack) is not for the user.
  return t('error.unexpected');
}

export function validationIssues(error: unknown): FieldIssue[] {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION_FAILED') return [];
  const issues = (error.details as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.filter(
    (issue): issue is FieldIssue => typeof issue?.path === 'string' && typeof issue?.message === 'string',
  );
}

/** Maps a server path ("body.name", "/name", "name") onto one of the form's field names. */
function fieldFor(path: string, fields: readonly string[]): string | undefined {
  const segments = path.split(/[./[\]]+/).filter(Boolean);
  return segments.reverse().find((segment) => fields.includes(segment));
}

/**
 * Puts VALIDATION_FAILED issues on the form's fields. `aliases` maps a server field to a
 * form field when they differ (unitId → unit). Returns the issues no field could show.
 */
export function applyFieldErrors(
  form: FormInstance,
  error: unknown,
  fields: readonly string[],
  aliases: Record<string, string> = {},
): FieldIssue[] {
  const leftOver: FieldIssue[] = [];
  const byField = new Map<string, string[]>();
  const known = [...fields, ...Object.keys(aliases)];
  for (const issue of validationIssues(error)) {
    const match = fieldFor(issue.path, known);
    const field = match ? (aliases[match] ?? match) : undefined;
    if (!field) {
      leftOver.push(issue);
      continue;
    }
    byField.set(field, [...(byField.get(field) ?? []), issue.message]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return leftOver;
}
