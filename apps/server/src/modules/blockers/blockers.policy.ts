import { definePolicy } from '../../http/policy.ts';

export const blockersPolicy = definePolicy({
  'blocker.raise': ['office', 'leader', 'unit_manager', 'unit_staff'],
  'blocker.resolve': ['office', 'unit_manager', 'unit_staff'],
  'meeting.manage': ['office'],
});
