import { type Action, mayOn, POLICIES, type Role, roleMay, type Who } from '@zhaoshang/shared';

/**
 * The web's reading of the one policy table in packages/shared, the table the server
 * enforces: a page offers an action only where the server would take it. No rule is written
 * again here; what a page adds (a record's state, such as an open blocker) is the page's own.
 */

/** The signed-in user as the pages have them. */
export type PolicyUser = { role: Role; unit: { id: number } };

/** The user as the table's conditions take them (RECORD_CONDITIONS). */
export function whoOf(user: PolicyUser): Who {
  return { role: user.role, unitId: user.unit.id };
}

/** Whether the user's role may take the action at all. */
export function may(user: { role: Role }, action: Action): boolean {
  return roleMay(user.role, action);
}

/** Whether the user may take the action on this record: the role, then the record's condition. */
export function mayOnRecord<A extends Action>(
  user: PolicyUser,
  action: A,
  record: Parameters<typeof mayOn<A>>[2],
): boolean {
  return mayOn(whoOf(user), action, record);
}

/** The roles that may take the action (for a menu entry that leads to it). */
export function rolesFor(action: Action): readonly Role[] {
  return POLICIES[action].roles;
}
