import { policyOf } from '../../http/policy.ts';

export const innovationPolicy = policyOf(
  'carrier.read',
  'carrier.manage',
  'iur.read',
  'iur.manage',
  'innovation.import',
);
