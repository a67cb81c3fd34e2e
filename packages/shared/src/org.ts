import { labelTable } from './messages/index.ts';

/** Unit kinds of the "1+6+8" system (contract.md). */
export const UNIT_KINDS = [
  'leading_group',
  'office',
  'resident_bureau',
  'service_center',
  'county',
  'function_zone',
  'department',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Roles (contract.md). admin, auditor and office are kept apart: 三权分立. */
export const ROLES = ['admin', 'office', 'leader', 'unit_manager', 'unit_staff', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export const UNIT_KIND_LABELS = labelTable('label.unitKind', UNIT_KINDS);

export const ROLE_LABELS = labelTable('label.role', ROLES);
