import { definePolicy } from '../../http/policy.ts';

export const foreignCapitalPolicy = definePolicy({
  'foreignCapital.manage': ['office'],
});
