import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
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
 * A lead (信息线索): a unit reports an investor worth working. The handling unit (by default
 * the reporter; a bureau may hand a lead to a county) runs the response clock: acknowledge,
 * first assessment, feedback, each within the working days its kind is given.
 */
export const leads = pgTable(
  'leads',
  {
    id: serial('id').primaryKey(),
    companyId: integer('company_id')
      .notNull()
      .references(() => companies.id),
    reportingUnitId: integer('reporting_unit_id')
      .notNull()
      .references(() => units.id),
    handlingUnitId: integer('handling_unit_id')
      .notNull()
      .references(() => units.id),
    chain: text('chain'),
    chainId: integer('chain_id').references(() => chains.id),
    segmentId: integer('segment_id').references(() => chainSegments.id),
    /** 万元, exact. */
    estimatedAmountWan: numeric('estimated_amount_wan', { precision: 18, scale: 4 }),
    source: text('source').notNull(),
    contact: text('contact'),
    notes: text('notes'),
    reportedOn: date('reported_on').notNull(),
    status: text('status').notNull().default('new'),
    dropReason: text('drop_reason'),
    filingId: integer('filing_id').references(() => filings.id),
    /** The event that produced the lead (its yield). */
    eventId: integer('event_id').references(() => events.id),
    acknowledgedOn: date('acknowledged_on'),
    assessedOn: date('assessed_on'),
    feedbackOn: date('feedback_on'),
    createdBy: integer('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    /** Re-importing a lead list updates: one lead per company, reporting unit and date. */
    uniqueIndex('leads_company_unit_date_key').on(t.companyId, t.reportingUnitId, t.reportedOn),
    index('leads_chain_segment_idx').on(t.chainId, t.segmentId).where(sql`${t.chainId} is not null`),
    index('leads_handling_idx').on(t.handlingUnitId, t.status),
    // An event's yield reads its leads from this index alone (index-only: the date and the filing ride along).
    index('leads_event_idx').on(t.eventId, t.reportedOn, t.filingId).where(sql`${t.eventId} is not null`),
    check('leads_status_check', sql`${t.status} in ('new','following','filed','dropped')`),
    check('leads_source_check', sql`${t.source} in ('event','referral','visit','research','other')`),
    check('leads_amount_check', sql`${t.estimatedAmountWan} is null or ${t.estimatedAmountWan} >= 0`),
    check('leads_drop_reason_check', sql`${t.status} <> 'dropped' or ${t.dropReason} is not null`),
  ],
);

/** The office's response deadlines, in working days, per kind of handling unit. */
export const leadResponseRules = pgTable('lead_response_rules', {
  unitKind: text('unit_kind').primaryKey(),
  acknowledgeDays: integer('acknowledge_days').notNull().default(1),
  assessDays: integer('assess_days').notNull().default(3),
  feedbackDays: integer('feedback_days').notNull().default(7),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
