import type { Role } from '@zhaoshang/shared';
import type { Project } from './api.ts';

/** Who may register and import projects (the server also checks each project's units). */
export const canCreateProjects = (role: Role) => role === 'office' || role === 'unit_manager' || role === 'unit_staff';

/** A major project's milestone plan is entered by its host unit, or by the office. */
export function canPlanMilestones(
  me: { role: Role; unit: { id: number } },
  project: Pick<Project, 'major' | 'hostUnit'>,
  canEdit: boolean,
): boolean {
  return project.major && canEdit && (me.role === 'office' || project.hostUnit.id === me.unit.id);
}

export const canSetMajorThreshold = (role: Role) => role === 'office';

/** The office launches and closes reviews and runs joint meetings; leaders only read. */
export const canManageWork = (role: Role) => role === 'office';

/** Office and leaders see every unit's projects, so they get a unit filter. */
export const seesAllUnits = (role: Role) => role === 'office' || role === 'leader';
