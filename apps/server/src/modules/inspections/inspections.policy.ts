import { policyOf } from '../../http/policy.ts';

export const inspectionsPolicy = policyOf(
  'inspection.read',
  'inspection.record',
  'inspection.rectify',
  'inspection.close',
);
