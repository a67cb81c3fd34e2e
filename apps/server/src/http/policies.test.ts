import { ROLES } from '@zhaoshang/shared';
import { describe, expect, it } from 'vitest';
import { auditPolicy } from '../modules/audit/audit.policy.ts';
import { companiesPolicy } from '../modules/companies/companies.policy.ts';
import { orgPolicy } from '../modules/org/org.policy.ts';

/** The whole matrix, written out: a change of rights must change this table on purpose. */
const EXPECTED: Record<string, string[]> = {
  'unit.list': ['admin', 'office', 'leader', 'unit_manager', 'unit_staff'],
  'unit.create': ['admin'],
  'unit.update': ['admin'],
  'user.list': ['admin', 'office', 'leader', 'unit_manager'],
  'user.listAll': ['admin', 'office', 'leader'],
  'user.create': ['admin'],
  'user.update': ['admin'],
  'user.resetPassword': ['admin'],
  'user.unlock': ['admin'],
  'secondment.list': ['admin', 'office', 'leader', 'unit_manager'],
  'secondment.create': ['admin'],
  'audit.read': ['auditor'],
  'audit.export': ['auditor'],
  'audit.verify': ['auditor'],
  'company.read': ['office', 'leader', 'unit_manager', 'unit_staff'],
  'company.create': ['office', 'unit_manager', 'unit_staff'],
};

describe('policies', () => {
  const policies = [orgPolicy, auditPolicy, companiesPolicy] as { allows(a: { role: string }, p: string): boolean; rules: Record<string, readonly string[]> }[];
  const all = Object.assign({}, ...policies.map((p) => p.rules));

  it('declare exactly the expected permissions', () => {
    expect(Object.keys(all).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.keys(EXPECTED))('%s: roles × allowed', (permission) => {
    const policy = policies.find((p) => permission in p.rules)!;
    const allowed = ROLES.filter((role) => policy.allows({ role }, permission));
    expect(allowed).toEqual(EXPECTED[permission]);
  });

  it('三权分立: the admin reads no audit trail, and the auditor changes nothing', () => {
    const adminAudit = Object.keys(auditPolicy.rules).filter((p) => auditPolicy.allows({ role: 'admin' }, p as never));
    expect(adminAudit).toEqual([]);
    const auditorOrg = Object.keys(orgPolicy.rules).filter((p) => orgPolicy.allows({ role: 'auditor' }, p as never));
    expect(auditorOrg).toEqual([]);
    const auditorCompanies = Object.keys(companiesPolicy.rules).filter((p) => companiesPolicy.allows({ role: 'auditor' }, p as never));
    expect(auditorCompanies).toEqual([]);
    const leaderWrites = Object.keys(orgPolicy.rules).filter((p) => !/list/.test(p) && orgPolicy.allows({ role: 'leader' }, p as never));
    expect(leaderWrites).toEqual([]);
  });
});
