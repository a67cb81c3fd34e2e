import { policyOf } from '../../http/policy.ts';

export const schemesPolicy = policyOf('scheme.manage');
