import { definePolicy } from '../../http/policy.ts';

/**
 * The registry's basic facts (name, code, type, industry) are shared city-wide so that
 * every unit can see who is already known; who works an investor, and the contents of that
 * work, are governed by the filing module's sharing rules.
 */
export const companiesPolicy = definePolicy({
  'company.read': ['office', 'leader', 'unit_manager', 'unit_staff'],
  'company.create': ['office', 'unit_manager', 'unit_staff'],
  /** Merging duplicates is the office's data stewardship; undoing one is the admin's repair. */
  'company.merge': ['office'],
  'company.unmerge': ['admin'],
});
