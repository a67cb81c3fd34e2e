import { mayOn } from '@zhaoshang/shared';
import type { Actor } from '../../http/context.ts';
import { policyOf } from '../../http/policy.ts';

export const filingsPolicy = policyOf(
  'filing.create',
  'filing.list',
  'filing.readContents',
  'filing.renew',
  'conflict.list',
  'conflict.decide',
);

/**
 * Sharing rule of a filing: everyone who may list filings sees that company X is filed by
 * unit Y until date D; only the holding unit, the office and leaders see what is inside it
 * (project name, notes, progress).
 */
export function canSeeFilingContents(actor: Pick<Actor, 'role' | 'unitId'>, filing: { unitId: number }): boolean {
  return mayOn(actor, 'filing.readContents', filing);
}

/** Who may renew a filing: its holding unit, or the office. */
export function canRenewFiling(actor: Pick<Actor, 'role' | 'unitId'>, filing: { unitId: number }): boolean {
  return mayOn(actor, 'filing.renew', filing);
}
