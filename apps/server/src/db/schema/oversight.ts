import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { events } from './event.ts';
import { units, users } from './org.ts';
import { projects } from './project.ts';

/**
 * A point-to-point notice (点对点通报): the office writes to one unit about its own figures and
 * overdue items. `items` is the list attached as it stood when sent: [{kind, id, label, detail}].
 */
export const notices = pgTable(
  'notices',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    title: text('title').notNull(),
    body: text('body').notNull(),
    items: jsonb('items').notNull().default(sql`'[]'::jsonb`),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('notices_unit_idx').on(t.unitId, t.createdAt)],
);

/** Who of the unit confirmed reading a notice, and when: one row per reader, the first confirmation kept. */
export const noticeReads = pgTable(
  'notice_reads',
  {
    noticeId: integer('notice_id')
      .notNull()
      .references(() => notices.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    readAt: timestamp('read_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.noticeId, t.userId] })],
);

/**
 * A daily inspection (日常督查): what the office checked at a unit, what it found and by when
 * the unit must put it right; the unit records its rectification, the office closes it.
 */
export const inspections = pgTable(
  'inspections',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    subject: text('subject').notNull(),
    checkedOn: date('checked_on').notNull(),
    findings: text('findings').notNull(),
    dueOn: date('due_on').notNull(),
    status: text('status').notNull().default('open'),
    rectification: text('rectification'),
    rectifiedBy: integer('rectified_by').references(() => users.id),
    rectifiedAt: timestamp('rectified_at', { withTimezone: true }),
    closedBy: integer('closed_by').references(() => users.id),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('inspections_unit_idx').on(t.unitId, t.status, t.dueOn),
    check('inspections_status_check', sql`${t.status} in ('open','rectified','closed')`),
    check('inspections_due_check', sql`${t.dueOn} >= ${t.checkedOn}`),
    check('inspections_rectified_check', sql`${t.status} = 'open' or ${t.rectification} is not null`),
  ],
);

/** A city leader linked to a major project (市领导挂钩重大项目): the leader follows it in person. */
export const projectLeaders = pgTable(
  'project_leaders',
  {
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    leaderId: integer('leader_id')
      .notNull()
      .references(() => users.id),
    linkedBy: integer('linked_by').references(() => users.id),
    linkedAt: timestamp('linked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.leaderId] }), index('project_leaders_leader_idx').on(t.leaderId)],
);

/** A city leader leading an investment event (市领导带头招商). */
export const eventLeaders = pgTable(
  'event_leaders',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id),
    leaderId: integer('leader_id')
      .notNull()
      .references(() => users.id),
    linkedBy: integer('linked_by').references(() => users.id),
    linkedAt: timestamp('linked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.leaderId] }), index('event_leaders_leader_idx').on(t.leaderId)],
);
