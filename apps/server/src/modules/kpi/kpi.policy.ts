import { definePolicy } from '../../http/policy.ts';

export const kpiPolicy = definePolicy({
  'kpi.read': ['office', 'leader'],
});
