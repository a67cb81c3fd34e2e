import type { Role } from '@zhaoshang/shared';
import type { Me } from '../auth/api.ts';
import type { ReviewCampaign, ReviewItem } from './api.ts';

/** Mirrors the server's projects policy, so the pages offer only what the server allows. */
const UNIT_ROLES: readonly Role[] = ['unit_manager', 'unit_staff'];

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
