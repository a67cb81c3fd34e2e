import { policyOf } from '../../http/policy.ts';

export const reviewsPolicy = policyOf('review.launch', 'review.answer');
