import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { checkPassword, type PasswordProblem } from '@zhaoshang/shared';
import { Typography } from 'antd';
import { useI18n } from '../i18n/i18n-context.tsx';
import { ApiError } from './api-client.ts';

const ALWAYS_SHOWN: PasswordProblem[] = ['too_short', 'too_few_classes', 'contains_username'];

/** The password policy as a live checklist: each rule turns green once the password meets it. */
export function PasswordChecklist({ password, username }: { password: string; username: string }) {
  const { t, passwordProblemLabel } = useI18n();
  const problems = checkPassword(password, username);
  // "At most 128 characters" only matters once someone gets near it.
  const rules = problems.includes('too_long') ? [...ALWAYS_SHOWN, 'too_long' as const] : ALWAYS_SHOWN;
  return (
    <div style={{ marginBottom: 16 }}>
      <Typography.Text type="secondary">{t('password.policy')}</Typography.Text>
      <ul aria-label={t('password.policy')} style={{ listStyle: 'none', padding: 0, margin: '4px 0 0' }}>
        {rules.map((rule) => {
          const met = password.length > 0 && !problems.includes(rule);
          return (
            <li key={rule} style={{ display: 'flex', gap: 8, alignItems: 'center', lineHeight: '24px' }}>
              {met ? (
                <CheckCircleFilled style={{ color: '#52c41a' }} aria-label={t('password.met')} />
              ) : (
                <CloseCircleFilled style={{ color: '#bfbfbf' }} aria-label={t('password.notMet')} />
              )}
              <Typography.Text type={met ? 'success' : undefined}>{passwordProblemLabel(rule)}</Typography.Text>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/**
 * For a WEAK_PASSWORD answer: the server's message followed by each broken rule, ready
 * for a form field's errors. Undefined for any other error.
 */
export function weakPasswordErrors(error: unknown, label: (problem: PasswordProblem) => string): string[] | undefined {
  if (!(error instanceof ApiError) || error.code !== 'WEAK_PASSWORD') return undefined;
  const problems = (error.details as { problems?: unknown } | undefined)?.problems;
  return [error.message, ...(Array.isArray(problems) ? (problems as PasswordProblem[]).map(label) : [])];
}

/** Form rule: the server enforces the same policy; this only saves a round trip. */
export function passwordPolicyRule(username: () => string, message: string) {
  return {
    validator: (_: unknown, value: string | undefined) =>
      !value || checkPassword(value, username()).length === 0 ? Promise.resolve() : Promise.reject(new Error(message)),
  };
}
