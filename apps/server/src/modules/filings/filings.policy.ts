import type { Actor } from '../../http/context.ts';
import { definePolicy } from '../../http/policy.ts';

export const filingsPolicy = definePolicy({
  'filing.create': ['office', 'unit_manager', 'unit_staff'],
  'filing.list': ['office', 'leader', 'unit_manager', 'unit_staff'],
  'filing.renew': ['office', 'unit_manager', 'unit_staff'],
  'conflict.list': ['office', 'leader', 'unit_manager', 'unit_staff'],
  'conflict.decide': ['office'],
});

/**
 * Sharing rule of a filing: everyone who may list filings sees that company X is filed by
 * unit Y until date D; only the holding unit, the office and leaders see what is inside it
 * (project name, notes, progress).
 */
export function canSeeFilingContents(actor: Pick<Actor, 'role' | 'unitId'>, filing: { unitId: number }): boolean {
  if (!filingsPolicy.allows(actor, 'filing.list')) return false;
  return actor.role === 'office' || actor.role === 'leader' || filing.unitId === actor.unitId;
}
