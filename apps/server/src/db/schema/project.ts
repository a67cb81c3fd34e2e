import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { chainSegments, chains } from './chain.ts';
import { companies } from './company.ts';
import { events } from './event.ts';
import { filings } from './filing.ts';
import { units, users } from './org.ts';

/**
 * A project (项目) from signing to production. Amounts are exact: agreed investment and
 * invested to date in yuan (bigint), foreign investment in 万美元 (numeric). Each stage has
 * its date; the host unit is where it lands, the sourcing units (project_sources) share the
 * credit for attracting it. An expansion points to the project it enlarges and carries only
 * the increase, so no investment is counted twice.
 */
export const projects = pgTable(
  'projects',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    companyId: integer('company_id').references(() => companies.id),
    hostUnitId: integer('host_unit_id')
      .notNull()
      .references(() => units.id),
    chain: text('chain'),
    chainId: integer('chain_id').references(() => chains.id),
    segmentId: integer('segment_id').references(() => chainSegments.id),
    fitsPositioning: boolean('fits_positioning').notNull().default(false),
    /** Why "fits the industry positioning" differs from what the host unit's designated chains say. */
    fitsReason: text('fits_reason'),
    agreedYuan: bigint('agreed_yuan', { mode: 'bigint' }).notNull().default(sql`0`),
    investedYuan: bigint('invested_yuan', { mode: 'bigint' }).notNull().default(sql`0`),
    foreignUsdWan: numeric('foreign_usd_wan', { precision: 18, scale: 4 }),
    investorType: text('investor_type'),
    expectedJobs: integer('expected_jobs'),
    expectedTaxWan: numeric('expected_tax_wan', { precision: 18, scale: 4 }),
    status: text('status').notNull().default('active'),
    statusReason: text('status_reason'),
    signedOn: date('signed_on'),
    contractedOn: date('contracted_on'),
    registeredOn: date('registered_on'),
    /** The credit code of the company set up for the project (注册). */
    registeredUscc: text('registered_uscc'),
    readyOn: date('ready_on'),
    startedOn: date('started_on'),
    completedOn: date('completed_on'),
    producingOn: date('producing_on'),
    /** The furthest stage reached (readiness implied by starting): what the list filters on. */
    stage: text('stage').generatedAlwaysAs(
      sql`case when producing_on is not null then 'producing' when completed_on is not null then 'completed'
        when started_on is not null then 'started' when ready_on is not null then 'ready'
        when registered_on is not null then 'registered' when contracted_on is not null then 'contracted'
        when signed_on is not null then 'signed' else 'intent' end`,
    ),
    /** The latest stage date (kept by a trigger): the look-back review finds projects idle for months. */
    stageChangedOn: date('stage_changed_on').notNull().default(sql`current_date`),
    /** The sourcing units, as project_sources holds them (kept by a trigger): lists and the indicator engine read them without a join. */
    sourceUnitIds: integer('source_unit_ids').array().notNull().default(sql`'{}'::int[]`),
    /** A major project's place on the board (overdue, at_risk, on_track, no_plan), judged once a day and on every change; null otherwise. */
    track: text('track'),
    expansionOf: integer('expansion_of').references((): AnyPgColumn => projects.id),
    filingId: integer('filing_id').references(() => filings.id),
    /** The event that produced the project (its yield). */
    eventId: integer('event_id').references(() => events.id),
    notes: text('notes'),
    /** The department that pushes the project to start after signing (推进部门, 发改推): a department or service centre. */
    pushDepartmentUnitId: integer('push_department_unit_id').references(() => units.id),
    /** The department that nurtures it once started and in production (培育部门, 工信育). */
    nurtureDepartmentUnitId: integer('nurture_department_unit_id').references(() => units.id),
    /**
     * The quality gate (严把质量关): `clear` meets the office's intake criteria (or none are set),
     * `pending` misses them and waits for its unit head, then `approved` or `rejected`. Only
     * clear and approved projects count in the indicators.
     */
    gateStatus: text('gate_status').notNull().default('clear'),
    /** The criteria a gated project misses (`belowMinimum`, `chainMisfit`). */
    gateReasons: text('gate_reasons').array().notNull().default(sql`'{}'::text[]`),
    createdBy: integer('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    /** Re-importing a project list updates: one project per name, investor and signing date. */
    uniqueIndex('projects_import_key').on(
      t.name,
      sql`coalesce(${t.companyId}, 0)`,
      sql`coalesce(${t.signedOn}, '0001-01-01'::date)`,
    ),
    // The list's order (newest signing first, then id) in every index it filters by, so a page reads 20 rows, not sorts them all.
    index('projects_host_signed_idx').on(t.hostUnitId, t.signedOn.desc().nullsLast(), t.id.desc()),
    index('projects_signed_idx').on(t.signedOn.desc().nullsLast(), t.id.desc()),
    index('projects_agreed_idx').on(t.agreedYuan.desc().nullsLast(), t.id.desc()),
    index('projects_chain_signed_idx').on(t.chain, t.signedOn.desc().nullsLast(), t.id.desc()),
    index('projects_segment_signed_idx').on(t.chainId, t.segmentId, t.signedOn.desc().nullsLast(), t.id.desc()),
    index('projects_stage_signed_idx').on(t.stage, t.signedOn.desc().nullsLast(), t.id.desc()),
    index('projects_status_idx').on(t.status, t.stageChangedOn),
    index('projects_source_units_gin').using('gin', t.sourceUnitIds),
    // Written in migration 0010 (expressions): projects_unit_keys_gin on project_unit_keys(host, sources, stage),
    // and projects_kpi_idx on the signing day number carrying what the indicators read.
    index('projects_track_idx').on(t.track, t.agreedYuan.desc(), t.id).where(sql`${t.track} is not null`),
    index('projects_company_idx').on(t.companyId),
    // An event's yield reads its signed projects from this index alone (index-only: date and amounts ride along).
    index('projects_event_idx')
      .on(t.eventId, t.signedOn, t.agreedYuan, t.foreignUsdWan)
      .where(sql`${t.eventId} is not null`),
    index('projects_name_trgm').using('gin', t.name.op('gin_trgm_ops')),
    index('projects_push_department_idx').on(t.pushDepartmentUnitId).where(sql`${t.pushDepartmentUnitId} is not null`),
    index('projects_nurture_department_idx')
      .on(t.nurtureDepartmentUnitId)
      .where(sql`${t.nurtureDepartmentUnitId} is not null`),
    check('projects_gate_status_check', sql`${t.gateStatus} in ('clear','pending','approved','rejected')`),
    check('projects_status_check', sql`${t.status} in ('active','stalled','terminated')`),
    check('projects_status_reason_check', sql`${t.status} <> 'terminated' or ${t.statusReason} is not null`),
    check('projects_amounts_check', sql`${t.agreedYuan} >= 0 and ${t.investedYuan} >= 0`),
    check(
      'projects_stage_order_check',
      sql`(${t.startedOn} is null or ${t.readyOn} is null or ${t.startedOn} >= ${t.readyOn})
        and (${t.completedOn} is null or ${t.startedOn} is null or ${t.completedOn} >= ${t.startedOn})
        and (${t.producingOn} is null or ${t.completedOn} is null or ${t.producingOn} >= ${t.completedOn})`,
    ),
  ],
);

/** The sourcing units (招引单位) of a project: each is credited with it. */
export const projectSources = pgTable(
  'project_sources',
  {
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.unitId] }),
    index('project_sources_unit_idx').on(t.unitId, t.projectId),
  ],
);

/** An evidence file of a stage (the contract scan, the licence, the permit); the bytes live in the file store. */
export const projectEvidence = pgTable(
  'project_evidence',
  {
    id: serial('id').primaryKey(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    stage: text('stage').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    uploadedBy: integer('uploaded_by').references(() => users.id),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [index('project_evidence_project_idx').on(t.projectId, t.stage)],
);

/**
 * What happened to a project, readable by everyone who may see it: stage dates set or
 * corrected (a correction after a bulletin was published carries its reason and bulletin),
 * edits, status changes, evidence. The audit trail keeps the same facts for the auditor.
 */
export const projectHistory = pgTable(
  'project_history',
  {
    id: serial('id').primaryKey(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    kind: text('kind').notNull(),
    changes: jsonb('changes').notNull(),
    reason: text('reason'),
    correctionOfBulletinId: integer('correction_of_bulletin_id'),
    userId: integer('user_id').references(() => users.id),
    userName: text('user_name'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('project_history_project_idx').on(t.projectId, t.id),
    index('project_history_corrections_idx').on(t.correctionOfBulletinId),
  ],
);

/** The milestone plan of a major project: a planned date per stage and whether its reminders went out. */
export const projectMilestones = pgTable(
  'project_milestones',
  {
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    stage: text('stage').notNull(),
    plannedOn: date('planned_on').notNull(),
    reminderSent: boolean('reminder_sent').notNull().default(false),
    slipNoticeSent: boolean('slip_notice_sent').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.stage] }), index('project_milestones_planned_idx').on(t.plannedOn)],
);

/** The office's project rules: what counts as a major project (重大项目), in yuan. One row. */
export const projectSettings = pgTable('project_settings', {
  id: integer('id').primaryKey(),
  majorThresholdYuan: bigint('major_threshold_yuan', { mode: 'bigint' }).notNull().default(sql`1000000000`),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A look-back review campaign (回头看): the projects it selected and each unit's answers. */
export const reviewCampaigns = pgTable('review_campaigns', {
  id: serial('id').primaryKey(),
  title: text('title').notNull(),
  /** {stages: ['signed', …] (the furthest stage reached), idleMonths, asOf}: how the projects were chosen. */
  criteria: jsonb('criteria').notNull(),
  dueOn: date('due_on').notNull(),
  status: text('status').notNull().default('open'),
  createdBy: integer('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  closedAt: timestamp('closed_at', { withTimezone: true }),
});

export const reviewItems = pgTable(
  'review_items',
  {
    campaignId: integer('campaign_id')
      .notNull()
      .references(() => reviewCampaigns.id),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    /** The unit that answers: the project's host unit when the campaign started. */
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    answer: text('answer'),
    progress: text('progress'),
    problems: text('problems'),
    nextStep: text('next_step'),
    answeredBy: integer('answered_by').references(() => users.id),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.campaignId, t.projectId] }),
    index('review_items_unit_idx').on(t.unitId, t.campaignId),
    check('review_items_answer_check', sql`${t.answer} is null or ${t.answer} in ('alive','stalled','lost')`),
  ],
);

/** A blocker (问题) on a project, assigned to a responsible department with a deadline. */
export const blockers = pgTable(
  'blockers',
  {
    id: serial('id').primaryKey(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    category: text('category').notNull(),
    description: text('description').notNull(),
    responsibleUnitId: integer('responsible_unit_id')
      .notNull()
      .references(() => units.id),
    dueOn: date('due_on').notNull(),
    status: text('status').notNull().default('open'),
    resolution: text('resolution'),
    escalated: boolean('escalated').notNull().default(false),
    /** How the blocker found its responsible unit when none was named: the project's push or nurture department by stage. */
    routedAs: text('routed_as'),
    raisedBy: integer('raised_by').references(() => users.id),
    raisedByUnitId: integer('raised_by_unit_id').references(() => units.id),
    raisedAt: timestamp('raised_at', { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('blockers_project_idx').on(t.projectId),
    index('blockers_open_idx').on(t.status, t.dueOn),
    index('blockers_responsible_idx').on(t.responsibleUnitId, t.projectId),
    check('blockers_category_check', sql`${t.category} in ('land','permit','power','financing','policy','other')`),
    check('blockers_status_check', sql`${t.status} in ('open','resolved')`),
    check('blockers_resolution_check', sql`${t.status} <> 'resolved' or ${t.resolution} is not null`),
  ],
);

/** A joint meeting (联席会议) and its agenda: blockers of major projects and the decision on each. */
export const jointMeetings = pgTable('joint_meetings', {
  id: serial('id').primaryKey(),
  title: text('title').notNull(),
  heldOn: date('held_on').notNull(),
  status: text('status').notNull().default('planned'),
  createdBy: integer('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const meetingItems = pgTable(
  'meeting_items',
  {
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => jointMeetings.id),
    blockerId: integer('blocker_id')
      .notNull()
      .references(() => blockers.id),
    decision: text('decision'),
    decidedBy: integer('decided_by').references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.blockerId] })],
);

/**
 * A scheduled check claims its slot (say `milestones` for 2026-11-29) by inserting this row in
 * the transaction that does the work: with several app processes on one database exactly one
 * wins the slot, and a failed run leaves it free for the next try.
 */
export const scheduledRuns = pgTable(
  'scheduled_runs',
  {
    job: text('job').notNull(),
    slot: text('slot').notNull(),
    ranAt: timestamp('ran_at', { withTimezone: true }).notNull().defaultNow(),
    result: jsonb('result'),
  },
  (t) => [primaryKey({ columns: [t.job, t.slot] })],
);

/**
 * The office's intake criteria (统一项目引进标准), one row per version: the newest is in force.
 * A project missing one waits for its unit head's approval before it counts.
 */
export const intakeCriteria = pgTable(
  'intake_criteria',
  {
    id: serial('id').primaryKey(),
    /** The least agreed investment a project may have, in yuan; null: no minimum. */
    minAgreedYuan: bigint('min_agreed_yuan', { mode: 'bigint' }),
    /** Whether a project must fit its host unit's industry positioning (chain fit). */
    chainFitRequired: boolean('chain_fit_required').notNull().default(false),
    note: text('note'),
    setBy: integer('set_by').references(() => users.id),
    setAt: timestamp('set_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('intake_criteria_min_check', sql`${t.minAgreedYuan} is null or ${t.minAgreedYuan} >= 0`)],
);

/** A gated project's approval request to its unit head, and the decision with its note. */
export const gateReviews = pgTable(
  'gate_reviews',
  {
    id: serial('id').primaryKey(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    /** The unit whose head decides: the project's host unit when it was gated. */
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    criteriaId: integer('criteria_id')
      .notNull()
      .references(() => intakeCriteria.id),
    reasons: text('reasons').array().notNull(),
    /** Who saved the project that missed the criteria: they may not approve it themself. */
    requestedBy: integer('requested_by').references(() => users.id),
    status: text('status').notNull().default('pending'),
    note: text('note'),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('gate_reviews_unit_idx').on(t.unitId, t.status),
    uniqueIndex('gate_reviews_one_pending').on(t.projectId).where(sql`${t.status} = 'pending'`),
    check('gate_reviews_status_check', sql`${t.status} in ('pending','approved','rejected','withdrawn')`),
  ],
);
