import { type Action, mayOn, POLICIES, ROLES } from '@zhaoshang/shared';
import { describe, expect, it } from 'vitest';
import { auditPolicy } from '../modules/audit/audit.policy.ts';
import { blockersPolicy } from '../modules/blockers/blockers.policy.ts';
import { bulletinsPolicy } from '../modules/bulletins/bulletins.policy.ts';
import { calendarPolicy } from '../modules/calendar/calendar.policy.ts';
import { capitalPolicy } from '../modules/capital/capital.policy.ts';
import { canManageEntry, cataloguePolicy } from '../modules/catalogue/catalogue.policy.ts';
import { chainsPolicy } from '../modules/chains/chains.policy.ts';
import { companiesPolicy } from '../modules/companies/companies.policy.ts';
import { dashboardPolicy } from '../modules/dashboard/dashboard.policy.ts';
import { eventsPolicy } from '../modules/events/events.policy.ts';
import { canRenewFiling, canSeeFilingContents, filingsPolicy } from '../modules/filings/filings.policy.ts';
import { foreignCapitalPolicy } from '../modules/foreign-capital/foreign-capital.policy.ts';
import { innovationPolicy } from '../modules/innovation/innovation.policy.ts';
import { inspectionsPolicy } from '../modules/inspections/inspections.policy.ts';
import { kpiPolicy } from '../modules/kpi/kpi.policy.ts';
import { leadersPolicy } from '../modules/leaders/leaders.policy.ts';
import { canHandleLead, canSeeLeadContents, leadsPolicy } from '../modules/leads/leads.policy.ts';
import { majorProjectsPolicy } from '../modules/major-projects/major-projects.policy.ts';
import { noticesPolicy } from '../modules/notices/notices.policy.ts';
import { notificationsPolicy } from '../modules/notifications/notifications.policy.ts';
import { orgPolicy } from '../modules/org/org.policy.ts';
import { canEditProject, projectsPolicy } from '../modules/projects/projects.policy.ts';
import { qualityGatePolicy } from '../modules/quality-gate/quality-gate.policy.ts';
import { reviewsPolicy } from '../modules/reviews/reviews.policy.ts';
import { rotationsPolicy } from '../modules/rotations/rotations.policy.ts';
import { schemesPolicy } from '../modules/schemes/schemes.policy.ts';
import { canConfirmSite, canManageSite, sitesPolicy } from '../modules/sites/sites.policy.ts';
import { visitsPolicy } from '../modules/visits/visits.policy.ts';

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
  'company.merge': ['office'],
  'company.unmerge': ['admin'],
  'filing.create': ['office', 'unit_manager', 'unit_staff'],
  'filing.list': ['office', 'leader', 'unit_manager', 'unit_staff'],
  'filing.readContents': ['office', 'leader', 'unit_manager', 'unit_staff'],
  'filing.renew': ['office', 'unit_manager', 'unit_staff'],
  'conflict.list': ['office', 'leader', 'unit_manager', 'unit_staff'],
  'conflict.decide': ['office'],
  'lead.report': ['office', 'unit_manager', 'unit_staff'],
  'lead.importForUnit': ['office', 'unit_manager', 'unit_staff'],
  'lead.list': ['office', 'leader', 'unit_manager', 'unit_staff'],
  'lead.readContents': ['office', 'leader', 'unit_manager', 'unit_staff'],
  'lead.handle': ['office', 'unit_manager', 'unit_staff'],
  'lead.rules': ['office'],
  'project.list': ['office', 'leader', 'unit_manager', 'unit_staff'],
  'project.listAll': ['office', 'leader'],
  'project.create': ['office', 'unit_manager', 'unit_staff'],
  'project.update': ['office', 'unit_manager', 'unit_staff'],
  'project.settings': ['office'],
  'project.anyUnit': ['office'],
  'milestone.plan': ['office', 'unit_manager', 'unit_staff'],
  'review.launch': ['office'],
  'review.answer': ['office', 'unit_manager', 'unit_staff'],
  'blocker.raise': ['office', 'leader', 'unit_manager', 'unit_staff'],
  'blocker.resolve': ['office', 'unit_manager', 'unit_staff'],
  'meeting.manage': ['office'],
  'kpi.read': ['office', 'leader'],
  'scheme.manage': ['office'],
  'bulletin.list': ['office', 'leader', 'unit_manager', 'unit_staff'],
  'bulletin.readDraft': ['office', 'leader'],
  'bulletin.draft': ['office'],
  'bulletin.publish': ['office'],
  'foreignCapital.manage': ['office'],
  'dashboard.read': ['office', 'leader'],
  'notification.read': ['office', 'leader', 'unit_manager', 'unit_staff'],
  'calendar.read': ['admin', 'office', 'leader', 'unit_manager', 'unit_staff'],
  'calendar.edit': ['admin', 'office'],
  'event.read': ['office', 'leader', 'unit_manager', 'unit_staff'],
  'event.create': ['office', 'unit_manager', 'unit_staff'],
  'event.update': ['office', 'unit_manager', 'unit_staff'],
  'campaign.manage': ['office'],
  'lead.attributeEvent': ['office', 'unit_manager', 'unit_staff'],
  'project.attributeEvent': ['office', 'unit_manager', 'unit_staff'],
  'chain.read': ['office', 'leader', 'unit_manager', 'unit_staff'],
  'chain.manage': ['office'],
  'chain.placeCompany': ['office', 'unit_manager', 'unit_staff'],
  'carrier.read': ['office', 'leader', 'unit_manager', 'unit_staff'],
  'carrier.manage': ['office', 'unit_manager', 'unit_staff'],
  'iur.read': ['office', 'leader', 'unit_manager', 'unit_staff'],
  'iur.manage': ['office', 'unit_manager', 'unit_staff'],
  'innovation.import': ['office'],
  'capital.read': ['office', 'leader', 'unit_manager', 'unit_staff'],
  'capital.record': ['office', 'unit_manager', 'unit_staff'],
  'capital.import': ['office'],
  'catalogue.read': ['office', 'leader', 'unit_manager', 'unit_staff'],
  'catalogue.manage': ['office', 'unit_manager', 'unit_staff'],
  'catalogue.sign': ['office', 'unit_manager', 'unit_staff'],
  'site.read': ['office', 'leader', 'unit_manager', 'unit_staff'],
  'site.manage': ['office', 'unit_manager', 'unit_staff'],
  'site.confirm': ['office', 'unit_manager', 'unit_staff'],
  'visit.read': ['office', 'leader', 'unit_manager', 'unit_staff'],
  'visit.manage': ['office', 'unit_manager', 'unit_staff'],
  'notice.read': ['office', 'leader', 'unit_manager', 'unit_staff'],
  'notice.send': ['office'],
  'notice.confirm': ['unit_manager', 'unit_staff'],
  'inspection.read': ['office', 'leader', 'unit_manager', 'unit_staff'],
  'inspection.record': ['office'],
  'inspection.rectify': ['unit_manager', 'unit_staff'],
  'inspection.close': ['office'],
  'leaderLink.read': ['office', 'leader'],
  'leaderLink.manage': ['office'],
  'gate.read': ['office', 'leader', 'unit_manager', 'unit_staff'],
  'gate.criteria': ['office'],
  'gate.decide': ['unit_manager'],
  'rotation.read': ['office', 'leader', 'unit_manager'],
  'rotation.manage': ['office'],
  'rotation.handover': ['office', 'unit_manager'],
};

describe('policies', () => {
  const policies = [
    orgPolicy,
    auditPolicy,
    companiesPolicy,
    filingsPolicy,
    leadsPolicy,
    projectsPolicy,
    majorProjectsPolicy,
    reviewsPolicy,
    blockersPolicy,
    kpiPolicy,
    schemesPolicy,
    foreignCapitalPolicy,
    bulletinsPolicy,
    dashboardPolicy,
    calendarPolicy,
    notificationsPolicy,
    eventsPolicy,
    chainsPolicy,
    innovationPolicy,
    capitalPolicy,
    cataloguePolicy,
    sitesPolicy,
    visitsPolicy,
    noticesPolicy,
    inspectionsPolicy,
    leadersPolicy,
    qualityGatePolicy,
    rotationsPolicy,
  ] as { allows(a: { role: string }, p: string): boolean; rules: Record<string, readonly string[]> }[];
  const all = Object.assign({}, ...policies.map((p) => p.rules));

  it('declare exactly the expected permissions', () => {
    expect(Object.keys(all).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.keys(EXPECTED))('%s: roles × allowed', (permission) => {
    const policy = policies.find((p) => permission in p.rules)!;
    const allowed = ROLES.filter((role) => policy.allows({ role }, permission));
    expect(allowed).toEqual(EXPECTED[permission]);
  });

  it('are the shared table: each action of packages/shared/src/policies.ts enforced by exactly one module, with its roles', () => {
    for (const action of Object.keys(POLICIES) as Action[]) {
      const holders = policies.filter((p) => action in p.rules);
      expect(holders, action).toHaveLength(1);
      expect(ROLES.filter((role) => holders[0]!.allows({ role }, action))).toEqual([...POLICIES[action].roles]);
    }
    expect(Object.keys(all).sort()).toEqual(Object.keys(POLICIES).sort());
  });

  it('三权分立: the admin reads no audit trail, and the auditor changes nothing', () => {
    const adminAudit = Object.keys(auditPolicy.rules).filter((p) => auditPolicy.allows({ role: 'admin' }, p as never));
    expect(adminAudit).toEqual([]);
    const auditorOrg = Object.keys(orgPolicy.rules).filter((p) => orgPolicy.allows({ role: 'auditor' }, p as never));
    expect(auditorOrg).toEqual([]);
    const auditorCompanies = Object.keys(companiesPolicy.rules).filter((p) =>
      companiesPolicy.allows({ role: 'auditor' }, p as never),
    );
    expect(auditorCompanies).toEqual([]);
    const leaderWrites = Object.keys(orgPolicy.rules).filter(
      (p) => !/list/.test(p) && orgPolicy.allows({ role: 'leader' }, p as never),
    );
    expect(leaderWrites).toEqual([]);
  });
});

describe('filing sharing rule', () => {
  it('roles × own/other unit: who sees the contents of a filing', () => {
    const filing = { unitId: 7 };
    const seen = ROLES.flatMap((role) =>
      [7, 8].map((unitId) => [role, unitId === 7 ? 'own' : 'other', canSeeFilingContents({ role, unitId }, filing)]),
    );
    expect(seen.filter(([, , v]) => v).map(([r, w]) => `${r}:${w}`)).toEqual([
      'office:own',
      'office:other',
      'leader:own',
      'leader:other',
      'unit_manager:own',
      'unit_staff:own',
    ]);
  });
});

describe('lead sharing rule', () => {
  it('roles × reporting/handling/other unit: who sees the contact, notes and amount', () => {
    const lead = { reportingUnitId: 1, handlingUnitId: 2 };
    const where = { 1: 'reporting', 2: 'handling', 3: 'other' } as const;
    const seen = ROLES.flatMap((role) =>
      ([1, 2, 3] as const)
        .filter((unitId) => canSeeLeadContents({ role, unitId }, lead))
        .map((u) => `${role}:${where[u]}`),
    );
    expect(seen).toEqual([
      'office:reporting',
      'office:handling',
      'office:other',
      'leader:reporting',
      'leader:handling',
      'leader:other',
      'unit_manager:reporting',
      'unit_manager:handling',
      'unit_staff:reporting',
      'unit_staff:handling',
    ]);
  });
});

describe('record conditions of the table', () => {
  const unitsOf = [7, 8, 9];
  const everyone = ROLES.flatMap((role) => unitsOf.map((unitId) => ({ role, unitId })));

  it('the server answers what the table answers for every role and unit, record by record', () => {
    const project = { hostUnitId: 7, sourceUnitIds: [8] };
    const filing = { unitId: 7 };
    const lead = { reportingUnitId: 7, handlingUnitId: 8 };
    for (const who of everyone) {
      expect(canEditProject(who, project), `${who.role}@${who.unitId}`).toBe(mayOn(who, 'project.update', project));
      expect(canSeeFilingContents(who, filing), `${who.role}@${who.unitId}`).toBe(
        mayOn(who, 'filing.readContents', filing),
      );
      expect(canSeeLeadContents(who, lead), `${who.role}@${who.unitId}`).toBe(mayOn(who, 'lead.readContents', lead));
      expect(canRenewFiling(who, filing), `${who.role}@${who.unitId}`).toBe(mayOn(who, 'filing.renew', filing));
      expect(canHandleLead(who, lead), `${who.role}@${who.unitId}`).toBe(mayOn(who, 'lead.handle', lead));
    }
    const renewers = everyone.filter((who) => canRenewFiling(who, filing)).map((w) => `${w.role}:${w.unitId}`);
    expect(renewers).toEqual(['office:7', 'office:8', 'office:9', 'unit_manager:7', 'unit_staff:7']);
    const importers = everyone
      .filter((who) => mayOn(who, 'lead.importForUnit', { unitId: 7 }))
      .map((w) => `${w.role}:${w.unitId}`);
    expect(importers).toEqual(['office:7', 'office:8', 'office:9', 'unit_manager:7', 'unit_staff:7']);
    const handlers = everyone.filter((who) => canHandleLead(who, lead)).map((w) => `${w.role}:${w.unitId}`);
    expect(handlers).toEqual([
      'office:7',
      'office:8',
      'office:9',
      'unit_manager:7',
      'unit_manager:8',
      'unit_staff:7',
      'unit_staff:8',
    ]);
  });

  it('roles × own/other unit: who edits a project, plans a major project, answers a review item, resolves a blocker', () => {
    const seen = (action: 'project.update' | 'milestone.plan' | 'review.answer' | 'blocker.resolve', record: never) =>
      everyone.filter((who) => mayOn(who, action, record)).map((w) => `${w.role}:${w.unitId}`);
    expect(seen('project.update', { hostUnitId: 7, sourceUnitIds: [8] } as never)).toEqual([
      'office:7',
      'office:8',
      'office:9',
      'unit_manager:7',
      'unit_manager:8',
      'unit_staff:7',
      'unit_staff:8',
    ]);
    const ownOnly = ['office:7', 'office:8', 'office:9', 'unit_manager:7', 'unit_staff:7'];
    expect(seen('milestone.plan', { hostUnitId: 7 } as never)).toEqual(ownOnly);
    expect(seen('review.answer', { unitId: 7 } as never)).toEqual(ownOnly);
    expect(seen('blocker.resolve', { responsibleUnitId: 7 } as never)).toEqual(ownOnly);
  });

  it('roles × own/other unit: who keeps and signs a catalogue entry, keeps a site, confirms a site', () => {
    const seen = (may: (who: { role: never; unitId: number }, unit: number) => boolean) =>
      everyone.filter((who) => may(who as never, 7)).map((w) => `${w.role}:${w.unitId}`);
    const ownOrOffice = ['office:7', 'office:8', 'office:9', 'unit_manager:7', 'unit_staff:7'];
    expect(seen(canManageEntry)).toEqual(ownOrOffice);
    expect(seen((who, unit) => mayOn(who, 'catalogue.sign', { hostUnitId: unit }))).toEqual(ownOrOffice);
    expect(seen(canManageSite)).toEqual(ownOrOffice);
    // Only the owner answers for its data being current: the office of another unit cannot confirm for it.
    expect(seen(canConfirmSite)).toEqual(['office:7', 'unit_manager:7', 'unit_staff:7']);
  });

  it('roles × own/other unit: only the unit addressed confirms a notice or reports a rectification', () => {
    for (const action of ['notice.confirm', 'inspection.rectify'] as const) {
      const seen = everyone.filter((who) => mayOn(who, action, { unitId: 7 })).map((w) => `${w.role}:${w.unitId}`);
      expect(seen).toEqual(['unit_manager:7', 'unit_staff:7']);
    }
  });
});
