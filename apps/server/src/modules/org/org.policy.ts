import { policyOf } from '../../http/policy.ts';

/**
 * Who may see and change the organisation. The admin runs accounts and units but reads no
 * audit trail; the auditor reads the trail and nothing here (三权分立). A unit manager sees
 * the people of their own unit only (scoped in the users service).
 */
export const orgPolicy = policyOf(
  'unit.list',
  'unit.create',
  'unit.update',
  'user.list',
  'user.listAll',
  'user.create',
  'user.update',
  'user.resetPassword',
  'user.unlock',
  'secondment.list',
  'secondment.create',
);
