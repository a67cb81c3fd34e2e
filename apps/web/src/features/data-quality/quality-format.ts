import { QUALITY_CHECKS, type QualityCheck } from './api.ts';

/** A check named in the URL, or undefined when it is not one we know. */
export function parseCheck(value: string | undefined): QualityCheck | undefined {
  return (QUALITY_CHECKS as readonly string[]).includes(value ?? '') ? (value as QualityCheck) : undefined;
}

/** Nothing found is good news (green); anything found needs a look (orange). */
export function checkTone(count: number): 'ok' | 'attention' {
  return count === 0 ? 'ok' : 'attention';
}

/**
 * The server words its notes in Chinese; a note we know has an English twin in the
 * catalogue. Unknown notes (a newer server) are shown as sent.
 */
export const KNOWN_NOTES: Record<string, 'quality.note.researchLedger'> = {
  '产学研合作项目等分项台账尚未纳入系统，其分项与总数的核对待该台账上线后提供。': 'quality.note.researchLedger',
};
