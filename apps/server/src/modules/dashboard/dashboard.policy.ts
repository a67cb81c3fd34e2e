import { definePolicy } from '../../http/policy.ts';

export const dashboardPolicy = definePolicy({
  'dashboard.read': ['office', 'leader'],
});
