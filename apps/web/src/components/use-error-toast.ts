import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import { applyFieldErrors, describeError } from './api-errors.ts';

export type FormErrorTarget = {
  form: FormInstance;
  fields: readonly string[];
  aliases?: Record<string, string>;
};

/**
 * Returns a handler for failed mutations: the server's message as a toast, and
 * VALIDATION_FAILED issues on the form fields when a form is given.
 */
export function useErrorToast() {
  const { message } = App.useApp();
  const { t } = useI18n();
  return useCallback(
    (error: unknown, target?: FormErrorTarget) => {
      const leftOver = target ? applyFieldErrors(target.form, error, target.fields, target.aliases) : [];
      const extra = leftOver.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
      const text = describeError(error, t);
      message.error(extra ? `${text}（${extra}）` : text);
    },
    [message, t],
  );
}
