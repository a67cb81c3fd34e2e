import { labelTable } from './messages/index.ts';

/** 等保 2.0 level 3 password rules, shared by the server (enforced) and the web form (shown live). */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_AGE_DAYS = 90;
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 30;
export const SESSION_IDLE_MINUTES = 30;

export type PasswordProblem = 'too_short' | 'too_few_classes' | 'contains_username' | 'too_long';

const CLASSES = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/];

/** Returns every rule the password breaks; an empty list means it is acceptable. */
export function checkPassword(password: string, username: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH) problems.push('too_short');
  if (password.length > 128) problems.push('too_long');
  if (CLASSES.filter((re) => re.test(password)).length < 3) problems.push('too_few_classes');
  if (username && password.toLowerCase().includes(username.toLowerCase())) problems.push('contains_username');
  return problems;
}

export const PASSWORD_PROBLEM_LABELS = labelTable(
  'label.passwordProblem',
  ['too_short', 'too_long', 'too_few_classes', 'contains_username'] as const satisfies readonly PasswordProblem[],
  { min: PASSWORD_MIN_LENGTH },
);
