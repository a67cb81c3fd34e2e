import { policyOf } from '../../http/policy.ts';

export const leadersPolicy = policyOf('leaderLink.read', 'leaderLink.manage');
