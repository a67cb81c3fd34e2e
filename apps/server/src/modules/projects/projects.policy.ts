import type { Actor } from '../../http/context.ts';
import { definePolicy } from '../../http/policy.ts';

export const projectsPolicy = definePolicy({
  'project.list': ['office', 'leader', 'unit_manager', 'unit_staff'],
  'project.listAll': ['office', 'leader'],
  'project.create': ['office', 'unit_manager', 'unit_staff'],
  'project.update': ['office', 'unit_manager', 'unit_staff'],
});

/** Who may change a project: the office, and the staff of its host and sourcing units. */
export function canEditProject(
  actor: Pick<Actor, 'role' | 'unitId'>,
  p: { hostUnitId: number; sourceUnitIds: number[] },
): boolean {
  if (!projectsPolicy.allows(actor, 'project.update')) return false;
  return actor.role === 'office' || p.hostUnitId === actor.unitId || p.sourceUnitIds.includes(actor.unitId);
}
