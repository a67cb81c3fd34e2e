import { definePolicy } from '../../http/policy.ts';

export const majorProjectsPolicy = definePolicy({
  'project.settings': ['office'],
  'milestone.plan': ['office', 'unit_manager', 'unit_staff'],
});
