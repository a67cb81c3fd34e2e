import type { Role } from './org.ts';

/**
 * Who may do what, as one table read by both sides: the server enforces it (each module's
 * policy is a slice of it), the web reads it to offer only what the server would allow.
 *
 * An action names the roles that may take it at all; `record`, where there is one, names
 * the further condition on the record acted on, as a small pure predicate on plain values
 * (the acting user's role and unit, and the ids the record carries).
 */

/** The acting user, as a condition needs them. */
export type Who = { role: Role; unitId: number };

const BUSINESS: readonly Role[] = ['office', 'leader', 'unit_manager', 'unit_staff'];
const WRITERS: readonly Role[] = ['office', 'unit_manager', 'unit_staff'];
const OVERSIGHT: readonly Role[] = ['office', 'leader'];
/** Who acts for every unit: files, hosts and answers for any of them (others only for their own). */
const ANY_UNIT: readonly Role[] = ['office'];

/** The office and leaders oversee every unit's records. */
const oversees = (who: Who) => OVERSIGHT.includes(who.role);

/** The conditions on a record, by name. Each assumes the action's roles have already been checked. */
export const RECORD_CONDITIONS = {
  /** The office, or the project's host or one of its sourcing units. */
  involvedInProject: (who: Who, p: { hostUnitId: number; sourceUnitIds: readonly number[] }) =>
    ANY_UNIT.includes(who.role) || p.hostUnitId === who.unitId || p.sourceUnitIds.includes(who.unitId),
  /** The office, or the project's host unit (a major project's plan is the host's). */
  hostsProject: (who: Who, p: { hostUnitId: number }) => who.role === 'office' || p.hostUnitId === who.unitId,
  /** The office, or the unit a review item is addressed to. */
  addressedTo: (who: Who, item: { unitId: number }) => who.role === 'office' || item.unitId === who.unitId,
  /** The office, or the unit responsible for a blocker. */
  responsibleFor: (who: Who, b: { responsibleUnitId: number }) =>
    who.role === 'office' || b.responsibleUnitId === who.unitId,
  /** The office and leaders, or the unit holding a filing. */
  holdsFiling: (who: Who, f: { unitId: number }) => oversees(who) || f.unitId === who.unitId,
  /** The office, or the unit a row names as its own (a unit imports its own leads only). */
  forOwnUnit: (who: Who, r: { unitId: number }) => ANY_UNIT.includes(who.role) || r.unitId === who.unitId,
  /** The office and leaders, or the lead's reporting or handling unit. */
  worksLead: (who: Who, l: { reportingUnitId: number; handlingUnitId: number }) =>
    oversees(who) || l.reportingUnitId === who.unitId || l.handlingUnitId === who.unitId,
  /** The office, or one of an event's organising units. */
  organisesEvent: (who: Who, e: { organiserUnitIds: readonly number[] }) =>
    who.role === 'office' || e.organiserUnitIds.includes(who.unitId),
  /** The office, or the unit hosting a catalogue entry. */
  hostsEntry: (who: Who, e: { hostUnitId: number }) => who.role === 'office' || e.hostUnitId === who.unitId,
  /** The office, or the unit owning a site (land or building). */
  managesSite: (who: Who, s: { ownerUnitId: number }) => who.role === 'office' || s.ownerUnitId === who.unitId,
  /** Only the unit a notice or inspection is addressed to answers it: the office cannot answer for it. */
  memberOf: (who: Who, r: { unitId: number }) => r.unitId === who.unitId,
  /** Only the unit owning a site answers for it being current: the office cannot confirm for it. */
  ownsSite: (who: Who, s: { ownerUnitId: number }) => s.ownerUnitId === who.unitId,
} as const;

export type RecordCondition = keyof typeof RECORD_CONDITIONS;
export type PolicyRule = { roles: readonly Role[]; record?: RecordCondition };

/** The whole table. A change of rights is a change here, on purpose (the server's matrix test pins it). */
export const POLICIES = {
  // The organisation: the admin runs accounts and units but reads no audit trail (三权分立).
  'unit.list': { roles: ['admin', ...BUSINESS] },
  'unit.create': { roles: ['admin'] },
  'unit.update': { roles: ['admin'] },
  'user.list': { roles: ['admin', 'office', 'leader', 'unit_manager'] },
  'user.listAll': { roles: ['admin', ...OVERSIGHT] },
  'user.create': { roles: ['admin'] },
  'user.update': { roles: ['admin'] },
  'user.resetPassword': { roles: ['admin'] },
  'user.unlock': { roles: ['admin'] },
  'secondment.list': { roles: ['admin', 'office', 'leader', 'unit_manager'] },
  'secondment.create': { roles: ['admin'] },
  // Only the auditor reads the trail; nobody, the admin included, can change it.
  'audit.read': { roles: ['auditor'] },
  'audit.export': { roles: ['auditor'] },
  'audit.verify': { roles: ['auditor'] },
  // The registry's basic facts are shared city-wide; merging is the office's, undoing one the admin's.
  'company.read': { roles: BUSINESS },
  'company.create': { roles: WRITERS },
  'company.merge': { roles: ['office'] },
  'company.unmerge': { roles: ['admin'] },
  'filing.create': { roles: WRITERS },
  'filing.list': { roles: BUSINESS },
  /** Everyone who lists filings sees who filed whom until when; only these see what is inside. */
  'filing.readContents': { roles: BUSINESS, record: 'holdsFiling' },
  /** The holding unit renews its filing; the office any. */
  'filing.renew': { roles: WRITERS, record: 'holdsFiling' },
  'conflict.list': { roles: BUSINESS },
  'conflict.decide': { roles: ['office'] },
  'lead.report': { roles: WRITERS },
  /** An imported lead row's reporting unit: the importer's own, or any for the office. */
  'lead.importForUnit': { roles: WRITERS, record: 'forOwnUnit' },
  'lead.list': { roles: BUSINESS },
  /** The contact, notes and amount of a lead. */
  'lead.readContents': { roles: BUSINESS, record: 'worksLead' },
  /** The reporting and handling units move a lead on; the office any. */
  'lead.handle': { roles: WRITERS, record: 'worksLead' },
  'lead.rules': { roles: ['office'] },
  /** The working calendar behind every lead clock: read by all who work leads, kept by the office. */
  'calendar.read': { roles: ['admin', ...BUSINESS] },
  'calendar.edit': { roles: ['admin', 'office'] },
  'project.list': { roles: BUSINESS },
  'project.listAll': { roles: OVERSIGHT },
  'project.create': { roles: WRITERS },
  'project.update': { roles: WRITERS, record: 'involvedInProject' },
  'project.settings': { roles: ['office'] },
  /** Registers projects for any host and sourcing units; the others start from their own unit. */
  'project.anyUnit': { roles: ANY_UNIT },
  'milestone.plan': { roles: WRITERS, record: 'hostsProject' },
  'review.launch': { roles: ['office'] },
  'review.answer': { roles: WRITERS, record: 'addressedTo' },
  'blocker.raise': { roles: BUSINESS },
  'blocker.resolve': { roles: WRITERS, record: 'responsibleFor' },
  'meeting.manage': { roles: ['office'] },
  'kpi.read': { roles: OVERSIGHT },
  'scheme.manage': { roles: ['office'] },
  'bulletin.list': { roles: BUSINESS },
  'bulletin.readDraft': { roles: OVERSIGHT },
  'bulletin.draft': { roles: ['office'] },
  'bulletin.publish': { roles: ['office'] },
  'foreignCapital.manage': { roles: ['office'] },
  'dashboard.read': { roles: OVERSIGHT },
  /** The bell: business roles hear of filings, conflicts and escalations; admin and auditor get none. */
  'notification.read': { roles: BUSINESS },
  // Events are shared city-wide; a unit records the events it organises, the office any and the campaigns.
  'event.read': { roles: BUSINESS },
  'event.create': { roles: WRITERS },
  'event.update': { roles: WRITERS, record: 'organisesEvent' },
  'campaign.manage': { roles: ['office'] },
  /** Saying which event produced a lead: whoever works it. */
  'lead.attributeEvent': { roles: WRITERS, record: 'worksLead' },
  /** Saying which event produced a project: whoever may change it. */
  'project.attributeEvent': { roles: WRITERS, record: 'involvedInProject' },
  // The chain map is shared city-wide; the office keeps it, whoever knows a firm places it on a segment.
  'chain.read': { roles: BUSINESS },
  'chain.manage': { roles: ['office'] },
  'chain.placeCompany': { roles: WRITERS },
  // Innovation ledgers are shared city-wide; a unit records its own carriers and agreements, the office imports.
  'carrier.read': { roles: BUSINESS },
  'carrier.manage': { roles: WRITERS, record: 'forOwnUnit' },
  'iur.read': { roles: BUSINESS },
  'iur.manage': { roles: WRITERS, record: 'forOwnUnit' },
  'innovation.import': { roles: ['office'] },
  /** Capital arrived: units read their own, the office and leaders all; the host records, the office imports the statistics sheet. */
  'capital.read': { roles: BUSINESS },
  'capital.record': { roles: WRITERS, record: 'hostsProject' },
  'capital.import': { roles: ['office'] },
  // The opportunity catalogue is read city-wide; its host unit (or the office) keeps and signs an entry.
  'catalogue.read': { roles: BUSINESS },
  'catalogue.manage': { roles: WRITERS, record: 'hostsEntry' },
  'catalogue.sign': { roles: WRITERS, record: 'hostsEntry' },
  // Land and buildings: read city-wide, kept by the owner unit (or the office), confirmed each quarter by the owner only.
  'site.read': { roles: BUSINESS },
  'site.manage': { roles: WRITERS, record: 'managesSite' },
  'site.confirm': { roles: WRITERS, record: 'ownsSite' },
  // Visit logs (驻点招商走访): a resident bureau's staff log their own unit's visits; the office and leaders read all.
  'visit.read': { roles: BUSINESS },
  'visit.manage': { roles: WRITERS, record: 'forOwnUnit' },
  // Oversight: the office notifies a unit of its own figures (点对点通报) and inspects it (日常督查); the unit answers.
  'notice.read': { roles: BUSINESS },
  'notice.send': { roles: ['office'] },
  'notice.confirm': { roles: ['unit_manager', 'unit_staff'], record: 'memberOf' },
  'inspection.read': { roles: BUSINESS },
  'inspection.record': { roles: ['office'] },
  'inspection.rectify': { roles: ['unit_manager', 'unit_staff'], record: 'memberOf' },
  'inspection.close': { roles: ['office'] },
  // City leaders on major projects and events (市领导挂钩): the office links them; leaders and the office read the pages.
  'leaderLink.read': { roles: OVERSIGHT },
  'leaderLink.manage': { roles: ['office'] },
  // The quality gate (严把质量关): the office sets the intake criteria; a project missing them waits for its unit head.
  'gate.read': { roles: BUSINESS },
  'gate.criteria': { roles: ['office'] },
  /** Only a head (unit_manager) of the unit whose project waits decides on it; the office cannot decide for it. */
  'gate.decide': { roles: ['unit_manager'], record: 'memberOf' },
  // Rotations (轮换派驻): the office opens rounds and posts staff to resident bureaus; a unit manager reads their own unit's.
  'rotation.read': { roles: ['office', 'leader', 'unit_manager'] },
  'rotation.manage': { roles: ['office'] },
  /** A leaving person's work goes to a successor: the office for any unit, a unit manager for their own. */
  'rotation.handover': { roles: ['office', 'unit_manager'], record: 'forOwnUnit' },
} as const satisfies Record<string, PolicyRule>;

export type Action = keyof typeof POLICIES;

/** Whether the role may take the action at all. */
export function roleMay(role: Role, action: Action): boolean {
  return (POLICIES[action].roles as readonly Role[]).includes(role);
}

type RecordOf<A extends Action> = (typeof POLICIES)[A] extends { record: infer C extends RecordCondition }
  ? Parameters<(typeof RECORD_CONDITIONS)[C]>[1]
  : never;

/** Whether the user may take the action on this record: the role, then the record's condition. */
export function mayOn<A extends Action>(who: Who, action: A, record: RecordOf<A>): boolean {
  if (!roleMay(who.role, action)) return false;
  const rule: PolicyRule = POLICIES[action];
  if (!rule.record) return true;
  return (RECORD_CONDITIONS[rule.record] as (w: Who, r: unknown) => boolean)(who, record);
}
