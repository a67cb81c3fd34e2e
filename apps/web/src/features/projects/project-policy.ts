import type { Role } from '@zhaoshang/shared';
import { may, mayOnRecord, type PolicyUser } from '../../components/policy.ts';
import type { Project } from './api.ts';

/** Who may register and import projects (the server also checks each project's units). */
export const canCreateProjects = (role: Role) => may({ role }, 'project.create');

/** A major project's milestone plan is entered by its host unit, or by the office. */
export function canPlanMilestones(
  me: PolicyUser,
  project: Pick<Project, 'major' | 'hostUnit'>,
  canEdit: boolean,
): boolean {
  return project.major && canEdit && mayOnRecord(me, 'milestone.plan', { hostUnitId: project.hostUnit.id });
}

export const canSetMajorThreshold = (role: Role) => may({ role }, 'project.settings');

/** Office and leaders see every unit's projects, so they get a unit filter. */
export const seesAllUnits = (role: Role) => may({ role }, 'project.listAll');

/** The office registers projects for any unit; the others start from their own unit as host and source. */
export const actsForAnyUnit = (role: Role) => may({ role }, 'project.anyUnit');
