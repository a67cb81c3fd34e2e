import type { Actor } from '../../http/context.ts';
import { definePolicy } from '../../http/policy.ts';

export const leadsPolicy = definePolicy({
  'lead.report': ['office', 'unit_manager', 'unit_staff'],
  'lead.list': ['office', 'leader', 'unit_manager', 'unit_staff'],
  'lead.handle': ['office', 'unit_manager', 'unit_staff'],
  'lead.rules': ['office'],
});

/**
 * Sharing rule of a lead: who reported which company, on which chain, when and in what state
 * is shared city-wide (so that units see who else is on it); the contact, notes and amount
 * only with the reporting and handling units, the office and leaders.
 */
export function canSeeLeadContents(
  actor: Pick<Actor, 'role' | 'unitId'>,
  lead: { reportingUnitId: number; handlingUnitId: number },
): boolean {
  if (!leadsPolicy.allows(actor, 'lead.list')) return false;
  return (
    actor.role === 'office' ||
    actor.role === 'leader' ||
    lead.reportingUnitId === actor.unitId ||
    lead.handlingUnitId === actor.unitId
  );
}
