import type { Message } from '@zhaoshang/shared';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { chainSegments, chains } from './chain.ts';
import { companies } from './company.ts';
import { units, users } from './org.ts';

/**
 * A filing (报备): a unit's claim on an investor for a period. At most one active claim per
 * company group: the partial unique index below is what makes two units filing the same
 * group at the same instant end as one filing and one conflict, whatever the code does.
 * A joint filing (decided by the office) carries the conflict that made it and its share.
 */
export const filings = pgTable(
  'filings',
  {
    id: serial('id').primaryKey(),
    companyId: integer('company_id')
      .notNull()
      .references(() => companies.id),
    /** The top of the company's group: subsidiaries of one group are one investor. */
    groupCompanyId: integer('group_company_id')
      .notNull()
      .references(() => companies.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    projectName: text('project_name'),
    chainId: integer('chain_id').references(() => chains.id),
    segmentId: integer('segment_id').references(() => chainSegments.id),
    notes: text('notes'),
    startsOn: date('starts_on').notNull(),
    expiresOn: date('expires_on').notNull(),
    status: text('status').notNull().default('active'),
    jointConflictId: integer('joint_conflict_id'),
    /** Percent of the credit for a joint filing. */
    creditShare: numeric('credit_share', { precision: 5, scale: 2 }),
    expiryNoticeSent: boolean('expiry_notice_sent').notNull().default(false),
    createdBy: integer('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('filings_one_active_per_group')
      .on(t.groupCompanyId)
      .where(sql`${t.status} = 'active' and ${t.jointConflictId} is null`),
    index('filings_chain_segment_idx').on(t.chainId, t.segmentId).where(sql`${t.chainId} is not null`),
    index('filings_unit_idx').on(t.unitId, t.status),
    /** The conflict check reads a group's active filings, joint ones included. */
    index('filings_active_group_idx').on(t.groupCompanyId).where(sql`${t.status} = 'active'`),
    index('filings_expiry_idx').on(t.status, t.expiresOn),
    /** The indicators read a joint decision's shares (joint-split.ts) for each project filed under it. */
    index('filings_joint_idx').on(t.jointConflictId).where(sql`${t.jointConflictId} is not null`),
    check('filings_status_check', sql`${t.status} in ('active','expired','released','superseded')`),
    check('filings_period_check', sql`${t.expiresOn} > ${t.startsOn}`),
  ],
);

/** Progress recorded on a filing; a renewal needs one. */
export const filingUpdates = pgTable('filing_updates', {
  id: serial('id').primaryKey(),
  filingId: integer('filing_id')
    .notNull()
    .references(() => filings.id),
  note: text('note').notNull(),
  createdBy: integer('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A second unit's claim on an investor already filed: the office arbitrates it. */
export const conflicts = pgTable(
  'conflicts',
  {
    id: serial('id').primaryKey(),
    companyId: integer('company_id')
      .notNull()
      .references(() => companies.id),
    groupCompanyId: integer('group_company_id')
      .notNull()
      .references(() => companies.id),
    existingFilingId: integer('existing_filing_id')
      .notNull()
      .references(() => filings.id),
    /**
     * Every filing of the holder set the claim ran into (one filing, or all of a joint set),
     * sorted. A decision is refused as stale when the group's active holders are no longer these.
     */
    holderFilingIds: integer('holder_filing_ids').array().notNull().default(sql`'{}'::int[]`),
    claimantUnitId: integer('claimant_unit_id')
      .notNull()
      .references(() => units.id),
    claimantUserId: integer('claimant_user_id').references(() => users.id),
    projectName: text('project_name'),
    notes: text('notes'),
    status: text('status').notNull().default('open'),
    decision: jsonb('decision'),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('conflicts_status_idx').on(t.status, t.createdAt),
    check('conflicts_status_check', sql`${t.status} in ('open','assigned','joint','rejected')`),
  ],
);

/** In-app notifications (the bell): one row per recipient. */
export const notifications = pgTable(
  'notifications',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    /** The text as written in Chinese; rows before `message` existed have only this. */
    title: text('title').notNull(),
    /** The catalogue message ({code, params}), worded for each reader in their language. */
    message: jsonb('message').$type<Message>(),
    entityType: text('entity_type'),
    entityId: text('entity_id'),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.readAt)],
);

/** The office's filing rules: how long a filing holds an investor, in months. One row. */
export const filingSettings = pgTable('filing_settings', {
  id: integer('id').primaryKey(),
  periodMonths: integer('period_months').notNull().default(6),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
