import { policyOf } from '../../http/policy.ts';

export const kpiPolicy = policyOf('kpi.read');
