import { policyOf } from '../../http/policy.ts';

export const foreignCapitalPolicy = policyOf('foreignCapital.manage');
