import { definePolicy } from '../../http/policy.ts';

export const schemesPolicy = definePolicy({
  'scheme.manage': ['office'],
});
