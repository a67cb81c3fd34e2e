import { policyOf } from '../../http/policy.ts';

export const noticesPolicy = policyOf('notice.read', 'notice.send', 'notice.confirm');
