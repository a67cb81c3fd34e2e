import type { Role } from '@zhaoshang/shared';
import type { Me } from '../auth/types.ts';
import type { Blocker, ReviewCampaign, ReviewItem } from './types.ts';

/** Mirrors the server's projects policy, so the pages offer only what the server allows. */
const UNIT_ROLES: readonly Role[] = ['unit_manager', 'unit_staff'];

/** The office launches and closes reviews and runs joint meetings; leaders only read. */
export const canManageWork = (role: Role) => role === 'office';

/** Office and leaders see every unit's projects, so they get a unit filter. */
export const seesAllUnits = (role: Role) => role === 'office' || role === 'leader';

export const canRaiseBlocker = (role: Role) => role === 'office' || role === 'leader' || UNIT_ROLES.includes(role);

/**
 * A unit answers its own projects; the office may answer on a unit's behalf. A "lost" answer
 * is final here: it terminated the project, and a later answer would not bring it back.
 */
export function canAnswerReview(
  me: Pick<Me, 'role' | 'unit'>,
  campaign: Pick<ReviewCampaign, 'status'>,
  item: Pick<ReviewItem, 'unit' | 'answer'>,
): boolean {
  if (campaign.status !== 'open' || item.answer === 'lost') return false;
  return me.role === 'office' || (UNIT_ROLES.includes(me.role) && item.unit.id === me.unit.id);
}

/** The responsible unit or the office closes a blocker. */
export function canResolveBlocker(
  me: Pick<Me, 'role' | 'unit'>,
  blocker: Pick<Blocker, 'status' | 'responsibleUnit'>,
): boolean {
  if (blocker.status !== 'open') return false;
  return me.role === 'office' || (UNIT_ROLES.includes(me.role) && blocker.responsibleUnit.id === me.unit.id);
}
