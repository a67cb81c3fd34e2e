import type { Role } from '@zhaoshang/shared';
import { may } from '../../components/policy.ts';
import type { User, UserStatus } from './api.ts';

/** Only the administrator changes units and people; office and leaders read them. */
export function canManageOrg(role: Role): boolean {
  return may({ role }, 'unit.update') && may({ role }, 'user.update');
}

/** Everyone but the auditor may list units (the auditor reads only the audit trail). */
export function canListUnits(role: Role): boolean {
  return may({ role }, 'unit.list');
}

/** Disabled wins over locked: a disabled account stays shut whatever its lock says. */
export function userStatus(user: Pick<User, 'disabled' | 'lockedUntil'>, now: Date = new Date()): UserStatus {
  if (user.disabled) return 'disabled';
  if (user.lockedUntil && new Date(user.lockedUntil).getTime() > now.getTime()) return 'locked';
  return 'active';
}
