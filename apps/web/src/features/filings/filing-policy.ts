import type { Role } from '@zhaoshang/shared';
import { may, mayOnRecord, type PolicyUser } from '../../components/policy.ts';
import type { Filing } from './api.ts';

/** Office and unit staff file companies; leaders only read. */
export function canFile(role: Role): boolean {
  return may({ role }, 'filing.create');
}

/** A unit renews its own active filings (with the latest progress); the office any. */
export function canRenew(me: PolicyUser, filing: Filing): boolean {
  return filing.status === 'active' && mayOnRecord(me, 'filing.renew', { unitId: filing.unit.id });
}

/** Only the leading group office decides filing conflicts. */
export function canDecideConflicts(role: Role): boolean {
  return may({ role }, 'conflict.decide');
}

/**
 * Joint filing shares: one per party (2 to 50), each above 0, in percents with up to two
 * decimals, adding up to exactly 100.
 */
export function sharesAddUp(shares: readonly (number | null | undefined)[]): boolean {
  if (shares.length < 2 || shares.length > 50 || shares.some((s) => s == null || !(s > 0))) return false;
  return shares.reduce<number>((sum, s) => sum + Math.round(s! * 100), 0) === 10_000;
}
