import { policyOf } from '../../http/policy.ts';

export const visitsPolicy = policyOf('visit.read', 'visit.manage');
