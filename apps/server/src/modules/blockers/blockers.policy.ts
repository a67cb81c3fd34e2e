import { policyOf } from '../../http/policy.ts';

export const blockersPolicy = policyOf('blocker.raise', 'blocker.resolve', 'meeting.manage');
