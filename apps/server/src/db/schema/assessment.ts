import { sql } from 'drizzle-orm';
import {
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
import { units, users } from './org.ts';

/**
 * A year's assessment schemes (考核方案), as the office director configured them: one per key
 * (host: 全市招商引资工作方案, department: 市直部门招商引资考核办法, bureau: 驻外招商局管理和考核办法).
 */
export const assessmentSchemes = pgTable(
  'assessment_schemes',
  {
    year: integer('year').notNull(),
    key: text('key').notNull().default('host'),
    scheme: jsonb('scheme').notNull(),
    version: integer('version').notNull().default(1),
    updatedBy: integer('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.year, t.key] }),
    check('assessment_schemes_key_check', sql`${t.key} in ('host', 'department', 'bureau')`),
  ],
);

/** A unit's targets for a year: signed count and amount, leads, events, foreign capital. */
export const unitTargets = pgTable(
  'unit_targets',
  {
    year: integer('year').notNull(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    signedCount: integer('signed_count'),
    signedAmountWan: numeric('signed_amount_wan', { precision: 18, scale: 4 }),
    leads: integer('leads'),
    events: integer('events'),
    /** Actual use of foreign capital to reach, in 万美元. */
    foreignUsdWan: numeric('foreign_usd_wan', { precision: 18, scale: 4 }),
    /** Resident bureaus: visits to make and days to spend at post (驻点招商开展). */
    visits: integer('visits'),
    postDays: integer('post_days'),
    /** Service centres and departments: project blockers to resolve (项目服务). */
    services: integer('services'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.year, t.unitId] })],
);

/** Actual use of foreign capital (实际使用外资) per unit and month, in 万美元. */
export const foreignCapitalUse = pgTable(
  'foreign_capital_use',
  {
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    month: integer('month').notNull(),
    usedUsdWan: numeric('used_usd_wan', { precision: 18, scale: 4 }).notNull(),
    updatedBy: integer('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.unitId, t.year, t.month] }),
    check('foreign_capital_month_check', sql`${t.month} between 1 and 12`),
    check('foreign_capital_amount_check', sql`${t.usedUsdWan} >= 0`),
  ],
);

/**
 * A monthly bulletin (月通报). A draft is recomputed on demand; publishing freezes it: the
 * snapshot holds every figure and the project ids behind it, the hash seals the snapshot, and
 * a trigger refuses any change to a published row.
 */
export const bulletins = pgTable(
  'bulletins',
  {
    id: serial('id').primaryKey(),
    year: integer('year').notNull(),
    month: integer('month').notNull(),
    periodFrom: text('period_from').notNull(),
    periodTo: text('period_to').notNull(),
    status: text('status').notNull().default('draft'),
    /** 2021年第7期: the issue number within the year, given at publication. */
    issueNumber: integer('issue_number'),
    remarks: text('remarks'),
    snapshot: jsonb('snapshot').notNull(),
    snapshotHash: text('snapshot_hash'),
    /**
     * The projects behind every figure, frozen with the draft: a line per project of its cohorts or
     * four-new and penalty counts, "id|host|sources|agreed yuan|this year's bits|last year's bits"
     * (packages/shared/src/kpi.ts KPI_BITS). Its SHA-256 is in the snapshot the hash seals.
     */
    cohort: text('cohort'),
    version: integer('version').notNull().default(1),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    publishedBy: integer('published_by').references(() => users.id),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('bulletins_one_per_month').on(t.year, t.month),
    uniqueIndex('bulletins_issue_number_key').on(t.year, t.issueNumber),
    check('bulletins_status_check', sql`${t.status} in ('draft','published')`),
    check('bulletins_month_check', sql`${t.month} between 1 and 12`),
  ],
);

/** A resident bureau's visit log (驻点招商走访记录): who its staff visited, when and where. */
export const visitLogs = pgTable(
  'visit_logs',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    visitedOn: date('visited_on').notNull(),
    party: text('party').notNull(),
    place: text('place').notNull(),
    notes: text('notes'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('visit_logs_unit_date_idx').on(t.unitId, t.visitedOn)],
);
