import { mayOn } from '@zhaoshang/shared';
import type { Actor } from '../../http/context.ts';
import { policyOf } from '../../http/policy.ts';

export const eventsPolicy = policyOf(
  'event.read',
  'event.create',
  'event.update',
  'campaign.manage',
  'lead.attributeEvent',
  'project.attributeEvent',
);

/** Who may change an event: the office, and the staff of its organising units. */
export function canEditEvent(actor: Pick<Actor, 'role' | 'unitId'>, organiserUnitIds: number[]): boolean {
  return mayOn(actor, 'event.update', { organiserUnitIds });
}
