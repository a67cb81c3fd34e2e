import type { Role } from '@zhaoshang/shared';
import { may, mayOnRecord, type PolicyUser } from '../../components/policy.ts';
import type { Blocker } from './api.ts';

/** Leaders raise blockers too: it is how a leader asks a department to act. */
export const canRaiseBlocker = (role: Role) => may({ role }, 'blocker.raise');

/** The responsible unit or the office closes an open blocker. */
export function canResolveBlocker(me: PolicyUser, blocker: Pick<Blocker, 'status' | 'responsibleUnit'>): boolean {
  return (
    blocker.status === 'open' && mayOnRecord(me, 'blocker.resolve', { responsibleUnitId: blocker.responsibleUnit.id })
  );
}

/** The office runs the joint meetings; everyone else reads them. */
export const canManageMeetings = (role: Role) => may({ role }, 'meeting.manage');
