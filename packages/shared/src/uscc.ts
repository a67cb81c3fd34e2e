import { labelTable } from './messages/index.ts';

/**
 * 统一社会信用代码 (USCC, GB 32100-2015): 18 characters — registration authority, organisation
 * category, 6-digit division code, the 9-character organisation code of GB 11714 (with its
 * own check character), and a mod-31 check character over the first 17.
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

export type UsccProblem = 'length' | 'charset' | 'org_code_check' | 'check_character';

/** The mod-31 check character of GB 32100-2015 for the first 17 characters. */
export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]!) * USCC_WEIGHTS[i]!;
  return CHARSET[(31 - (sum % 31)) % 31]!;
}

/** The check character of a GB 11714 organisation code (8 characters → 9th). */
export function orgCodeCheckCharacter(first8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = first8[i]!;
    const v = c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 55;
    sum += v * ORG_WEIGHTS[i]!;
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** Upper-cases and removes spaces and full-width forms, as clerks type codes in many ways. */
export function normaliseUscc(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\s\u200b-\u200d\ufeff-]/g, '')
    .toUpperCase();
}

/** The first rule the code breaks, or null when it is a valid USCC. */
export function checkUscc(raw: string): UsccProblem | null {
  const code = normaliseUscc(raw);
  if (code.length !== 18) return 'length';
  for (const c of code) if (!CHARSET.includes(c)) return 'charset';
  if (orgCodeCheckCharacter(code.slice(8, 16)) !== code[16]) return 'org_code_check';
  if (usccCheckCharacter(code.slice(0, 17)) !== code[17]) return 'check_character';
  return null;
}

export const USCC_PROBLEM_LABELS = labelTable('label.usccProblem', [
  'length',
  'charset',
  'org_code_check',
  'check_character',
] as const satisfies readonly UsccProblem[]);
