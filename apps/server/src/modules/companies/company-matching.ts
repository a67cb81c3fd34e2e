import type { MatchLevel } from '@zhaoshang/shared';
import {
  branchParentName,
  isShortNameQuery,
  normaliseCompanyName,
  similarityKey,
} from '@zhaoshang/shared/company-name';
import type { MatchCandidateRow } from './companies.repository.ts';

/** Keys closer than this (trigram similarity) are "similar" when both have 3+ characters. */
export const SIMILAR_THRESHOLD = 0.5;

export type MatchQuery = {
  normalised: string;
  key: string;
  uscc: string | null;
  branchParent: string | null;
  shortName: string | null;
};

export function matchQueryOf(name: string, uscc: string | null): MatchQuery {
  const normalised = normaliseCompanyName(name);
  return {
    normalised,
    key: similarityKey(normalised),
    uscc,
    branchParent: branchParentName(normalised),
    shortName: isShortNameQuery(normalised) ? normalised : null,
  };
}

export type Candidate = {
  id: number;
  name: string;
  uscc: string | null;
  level: Exclude<MatchLevel, 'none'>;
  score: number;
  reason: string;
};

const len = (s: string) => [...s].length;

/**
 * How one registry record relates to the query. Only an equal credit code or an equal
 * normalised name makes two records the same legal entity: 中国建筑第八工程局 and 第三工程局
 * differ by one character and are never `same`.
 */
export function classifyCandidate(q: MatchQuery, c: MatchCandidateRow): Candidate | null {
  const base = { id: c.id, name: c.name, uscc: c.uscc };
  if (q.uscc && c.uscc === q.uscc) return { ...base, level: 'same', score: 1, reason: 'uscc' };
  if (c.normalised_name === q.normalised) return { ...base, level: 'same', score: 1, reason: 'name' };
  if (q.branchParent && c.normalised_name === q.branchParent)
    return { ...base, level: 'similar', score: 0.9, reason: 'branch_of' };
  if (branchParentName(c.normalised_name) === q.normalised)
    return { ...base, level: 'similar', score: 0.9, reason: 'has_branch' };
  if (len(q.key) >= 2 && c.similarity_key === q.key) return { ...base, level: 'similar', score: 0.85, reason: 'key' };
  if (q.shortName && c.similarity_key.includes(q.shortName))
    return { ...base, level: 'similar', score: 0.8, reason: 'short_name' };
  const sim = Number(c.sim);
  if (len(q.key) >= 3 && len(c.similarity_key) >= 3 && sim >= SIMILAR_THRESHOLD) {
    return { ...base, level: 'similar', score: Math.round(sim * 1000) / 1000, reason: 'key_similar' };
  }
  return null;
}

export function rankCandidates(q: MatchQuery, rows: MatchCandidateRow[]) {
  const candidates = rows
    .map((r) => classifyCandidate(q, r))
    .filter((c): c is Candidate => c !== null)
    .sort((a, b) => b.score - a.score || a.id - b.id);
  const level: MatchLevel = candidates[0]?.level ?? 'none';
  return { level, candidates };
}
