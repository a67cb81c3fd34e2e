import type { Role } from '@zhaoshang/shared';
import type { Filing } from './api.ts';

/** Office and unit staff file companies; leaders only read. */
export function canFile(role: Role): boolean {
  return role === 'office' || role === 'unit_manager' || role === 'unit_staff';
}

/** A unit renews its own active filings (with the latest progress). */
export function canRenew(me: { role: Role; unit: { id: number } }, filing: Filing): boolean {
  return canFile(me.role) && filing.status === 'active' && filing.unit.id === me.unit.id;
}

/** Only the leading group office decides filing conflicts. */
export function canDecideConflicts(role: Role): boolean {
  return role === 'office';
}

/** Joint filing shares are whole or decimal percents that must add up to exactly 100. */
export function sharesAddUp(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a == null || b == null) return false;
  return Math.round((a + b) * 100) === 10_000;
}
