import { type Action, POLICIES, type Role } from '@zhaoshang/shared';
import type { Actor } from './context.ts';
import { AppError } from './errors.ts';

/**
 * A module's permissions as data: permission → roles that hold it. Services ask
 * `policy.assert(actor, 'unit.create')`; routes never decide access themselves.
 */
export function definePolicy<P extends string>(rules: Record<P, readonly Role[]>) {
  return {
    rules,
    allows(actor: Pick<Actor, 'role'>, permission: P): boolean {
      return rules[permission].includes(actor.role);
    },
    assert(actor: Pick<Actor, 'role'>, permission: P): void {
      if (!rules[permission].includes(actor.role)) throw new AppError('FORBIDDEN', { permission });
    },
  };
}

/** A module's slice of the shared policy table (packages/shared/src/policies.ts): the actions it enforces. */
export function policyOf<A extends Action>(...actions: A[]) {
  return definePolicy(Object.fromEntries(actions.map((a) => [a, POLICIES[a].roles])) as Record<A, readonly Role[]>);
}
