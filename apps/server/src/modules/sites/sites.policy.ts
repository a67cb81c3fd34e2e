import { mayOn } from '@zhaoshang/shared';
import type { Actor } from '../../http/context.ts';
import { policyOf } from '../../http/policy.ts';

export const sitesPolicy = policyOf('site.read', 'site.manage', 'site.confirm');

/** Who may change a site: the office, and the staff of its owner unit. */
export function canManageSite(actor: Pick<Actor, 'role' | 'unitId'>, ownerUnitId: number): boolean {
  return mayOn(actor, 'site.manage', { ownerUnitId });
}

/** Who may confirm a site is current: only the staff of its owner unit. */
export function canConfirmSite(actor: Pick<Actor, 'role' | 'unitId'>, ownerUnitId: number): boolean {
  return mayOn(actor, 'site.confirm', { ownerUnitId });
}
