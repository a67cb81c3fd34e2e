import type { Role } from '@zhaoshang/shared';

/**
 * Office and unit staff keep the registry; leaders read it. The administrator and the
 * auditor never see business data (the server refuses them too).
 */
export function canEditCompanies(role: Role): boolean {
  return role === 'office' || role === 'unit_manager' || role === 'unit_staff';
}
