import type { Role } from '@zhaoshang/shared';
import { may, mayOnRecord, type PolicyUser } from '../../components/policy.ts';
import type { ReviewCampaign, ReviewItem } from './api.ts';

/** The office launches and closes reviews; leaders only read them. */
export const canLaunchReviews = (role: Role) => may({ role }, 'review.launch');

/**
 * A unit answers its own projects; the office may answer on a unit's behalf. A "lost" answer
 * is final here: it terminated the project, and a later answer would not bring it back.
 */
export function canAnswerReview(
  me: PolicyUser,
  campaign: Pick<ReviewCampaign, 'status'>,
  item: Pick<ReviewItem, 'unit' | 'answer'>,
): boolean {
  if (campaign.status !== 'open' || item.answer === 'lost') return false;
  return mayOnRecord(me, 'review.answer', { unitId: item.unit.id });
}
