import type { Role } from '@zhaoshang/shared';
import { may } from '../../components/policy.ts';

/**
 * Office and unit staff keep the registry; leaders read it. The administrator and the
 * auditor never see business data (the server refuses them too).
 */
export function canEditCompanies(role: Role): boolean {
  return may({ role }, 'company.create');
}
