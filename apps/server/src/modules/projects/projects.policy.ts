import { mayOn } from '@zhaoshang/shared';
import type { Actor } from '../../http/context.ts';
import { policyOf } from '../../http/policy.ts';

export const projectsPolicy = policyOf(
  'project.list',
  'project.listAll',
  'project.create',
  'project.update',
  'project.anyUnit',
);

/** Who may change a project: the office, and the staff of its host and sourcing units. */
export function canEditProject(
  actor: Pick<Actor, 'role' | 'unitId'>,
  p: { hostUnitId: number; sourceUnitIds: number[] },
): boolean {
  return mayOn(actor, 'project.update', p);
}
