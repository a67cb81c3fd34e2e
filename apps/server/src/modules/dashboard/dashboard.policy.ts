import { policyOf } from '../../http/policy.ts';

export const dashboardPolicy = policyOf('dashboard.read');
