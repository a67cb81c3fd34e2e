import { policyOf } from '../../http/policy.ts';

export const majorProjectsPolicy = policyOf('project.settings', 'milestone.plan');
