import { mayOn } from '@zhaoshang/shared';
import type { Actor } from '../../http/context.ts';
import { policyOf } from '../../http/policy.ts';

export const leadsPolicy = policyOf('lead.report', 'lead.list', 'lead.readContents', 'lead.handle', 'lead.rules');

/**
 * Sharing rule of a lead: who reported which company, on which chain, when and in what state
 * is shared city-wide (so that units see who else is on it); the contact, notes and amount
 * only with the reporting and handling units, the office and leaders.
 */
export function canSeeLeadContents(
  actor: Pick<Actor, 'role' | 'unitId'>,
  lead: { reportingUnitId: number; handlingUnitId: number },
): boolean {
  return mayOn(actor, 'lead.readContents', lead);
}

/** Who may move a lead on: its reporting or handling unit, or the office. */
export function canHandleLead(
  actor: Pick<Actor, 'role' | 'unitId'>,
  lead: { reportingUnitId: number; handlingUnitId: number },
): boolean {
  return mayOn(actor, 'lead.handle', lead);
}
