import { policyOf } from '../../http/policy.ts';

export const notificationsPolicy = policyOf('notification.read');
