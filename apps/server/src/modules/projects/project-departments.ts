import { type Message, msg, type UnitKind } from '@zhaoshang/shared';
import type { Tx } from '../../db/client.ts';
import { findUnitById } from '../org/units.repository.ts';

/** The units that push and nurture projects after signing (发改推、工信育): departments and service centres. */
const DEPARTMENT_KINDS: readonly UnitKind[] = ['department', 'service_center'];

/** What is wrong with a project's push and nurture departments: each must be an active department or service centre. */
export async function checkDepartments(
  tx: Tx,
  input: { pushDepartmentUnitId?: number | null; nurtureDepartmentUnitId?: number | null },
): Promise<{ path: string; message: Message }[]> {
  const issues: { path: string; message: Message }[] = [];
  for (const [path, role] of [
    ['pushDepartmentUnitId', 'push'],
    ['nurtureDepartmentUnitId', 'nurture'],
  ] as const) {
    const unitId = input[path];
    if (unitId === null || unitId === undefined) continue;
    const unit = await findUnitById(tx, unitId);
    if (!unit?.active) issues.push({ path, message: msg('project.departmentMissing', { id: unitId }) });
    else if (!DEPARTMENT_KINDS.includes(unit.kind as UnitKind))
      issues.push({
        path,
        message: msg('project.departmentKind', {
          role: msg(`label.blockerRoute.${role}`),
          unit: unit.name,
          kind: msg(`label.unitKind.${unit.kind as UnitKind}`),
        }),
      });
  }
  return issues;
}
