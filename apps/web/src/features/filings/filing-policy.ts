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

/** Joint filing shares are whole or decimal percents that must add up to exactly 100. */
export function sharesAddUp(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a == null || b == null) return false;
  return Math.round((a + b) * 100) === 10_000;
}
