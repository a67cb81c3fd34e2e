import type { Role } from '@zhaoshang/shared';
import type { Me } from '../auth/api.ts';
import type { Blocker } from './api.ts';

/** Mirrors the server's projects policy, so the pages offer only what the server allows. */
const UNIT_ROLES: readonly Role[] = ['unit_manager', 'unit_staff'];

/** Leaders raise blockers too: it is how a leader asks a department to act. */
export const canRaiseBlocker = (role: Role) => role === 'office' || role === 'leader' || UNIT_ROLES.includes(role);

/** The responsible unit or the office closes a blocker. */
export function canResolveBlocker(
  me: Pick<Me, 'role' | 'unit'>,
  blocker: Pick<Blocker, 'status' | 'responsibleUnit'>,
): boolean {
  if (blocker.status !== 'open') return false;
  return me.role === 'office' || (UNIT_ROLES.includes(me.role) && blocker.responsibleUnit.id === me.unit.id);
}
