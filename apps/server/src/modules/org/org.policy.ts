import { definePolicy } from '../../http/policy.ts';

/**
 * Who may see and change the organisation. The admin runs accounts and units but reads no
 * audit trail; the auditor reads the trail and nothing here (三权分立). A unit manager sees
 * the people of their own unit only (scoped in the users service).
 */
export const orgPolicy = definePolicy({
  'unit.list': ['admin', 'office', 'leader', 'unit_manager', 'unit_staff'],
  'unit.create': ['admin'],
  'unit.update': ['admin'],
  'user.list': ['admin', 'office', 'leader', 'unit_manager'],
  'user.listAll': ['admin', 'office', 'leader'],
  'user.create': ['admin'],
  'user.update': ['admin'],
  'user.resetPassword': ['admin'],
  'user.unlock': ['admin'],
  'secondment.list': ['admin', 'office', 'leader', 'unit_manager'],
  'secondment.create': ['admin'],
});
