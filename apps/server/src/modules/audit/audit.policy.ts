import { policyOf } from '../../http/policy.ts';

/** 三权分立: only the auditor reads the trail; nobody, the admin included, can change it. */
export const auditPolicy = policyOf('audit.read', 'audit.export', 'audit.verify');
