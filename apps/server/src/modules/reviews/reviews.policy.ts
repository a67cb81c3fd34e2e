import { definePolicy } from '../../http/policy.ts';

export const reviewsPolicy = definePolicy({
  'review.launch': ['office'],
  'review.answer': ['office', 'unit_manager', 'unit_staff'],
});
