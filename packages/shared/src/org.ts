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

export const UNIT_KIND_LABELS: Record<UnitKind, { zh: string; en: string }> = {
  leading_group: { zh: '领导小组', en: 'Leading group' },
  office: { zh: '领导小组办公室', en: 'Office' },
  resident_bureau: { zh: '驻外招商局', en: 'Resident bureau' },
  service_center: { zh: '招商服务中心', en: 'Service centre' },
  county: { zh: '县区', en: 'County / district' },
  function_zone: { zh: '功能区', en: 'Development zone' },
  department: { zh: '市直部门', en: 'City department' },
};

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  admin: { zh: '系统管理员', en: 'System administrator' },
  office: { zh: '办公室人员', en: 'Office staff' },
  leader: { zh: '市领导', en: 'City leader' },
  unit_manager: { zh: '单位负责人', en: 'Unit manager' },
  unit_staff: { zh: '单位经办人', en: 'Unit staff' },
  auditor: { zh: '审计员', en: 'Auditor' },
};
