import { policyOf } from '../../http/policy.ts';

/**
 * The registry's basic facts (name, code, type, industry) are shared city-wide so that
 * every unit can see who is already known; who works an investor, and the contents of that
 * work, are governed by the filing module's sharing rules.
 */
export const companiesPolicy = policyOf('company.read', 'company.create', 'company.merge', 'company.unmerge');
