import { mayOn } from '@zhaoshang/shared';
import type { Actor } from '../../http/context.ts';
import { policyOf } from '../../http/policy.ts';

export const cataloguePolicy = policyOf('catalogue.read', 'catalogue.manage', 'catalogue.sign');

/** Who may change or sign an entry: the office, and the staff of its host unit. */
export function canManageEntry(actor: Pick<Actor, 'role' | 'unitId'>, hostUnitId: number): boolean {
  return mayOn(actor, 'catalogue.manage', { hostUnitId });
}
