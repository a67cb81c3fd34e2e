import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/** Organisation units of the 1+6+8 system: office, resident bureaus, service centres, counties… */
export const units = pgTable(
  'units',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    parentId: integer('parent_id'),
    /** GB/T 2260 administrative division code, for counties and districts. */
    divisionCode: text('division_code'),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('units_name_key').on(t.name),
    foreignKey({ columns: [t.parentId], foreignColumns: [t.id], name: 'units_parent_fk' }),
    check(
      'units_kind_check',
      sql`${t.kind} in ('leading_group','office','resident_bureau','service_center','county','function_zone','department')`,
    ),
    check('units_not_own_parent', sql`${t.parentId} is null or ${t.parentId} <> ${t.id}`),
  ],
);

export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role').notNull(),
    /** The unit the person belongs to; a secondment places them elsewhere for its dates. */
    homeUnitId: integer('home_unit_id')
      .notNull()
      .references(() => units.id),
    disabled: boolean('disabled').notNull().default(false),
    mustChangePassword: boolean('must_change_password').notNull().default(true),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_username_key').on(sql`lower(${t.username})`),
    index('users_home_unit_idx').on(t.homeUnitId),
    check('users_role_check', sql`${t.role} in ('admin','office','leader','unit_manager','unit_staff','auditor')`),
  ],
);

/** A person seconded to another unit (e.g. a county cadre to a resident bureau for a 3-year cycle). */
export const secondments = pgTable(
  'secondments',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    fromUnitId: integer('from_unit_id')
      .notNull()
      .references(() => units.id),
    toUnitId: integer('to_unit_id')
      .notNull()
      .references(() => units.id),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    note: text('note'),
    /** The rotation round a resident-bureau posting belongs to (派驻); null for other secondments. */
    roundId: integer('round_id').references((): AnyPgColumn => rotationRounds.id),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('secondments_user_idx').on(t.userId, t.startDate),
    index('secondments_round_idx').on(t.roundId, t.toUnitId).where(sql`${t.roundId} is not null`),
    check('secondments_dates_check', sql`${t.endDate} > ${t.startDate}`),
  ],
);

/** A rotation round (轮换批次) of resident-bureau staff, opened by the office; a cycle runs 3 years by default. */
export const rotationRounds = pgTable(
  'rotation_rounds',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('rotation_rounds_name_key').on(t.name),
    check('rotation_rounds_dates_check', sql`${t.endsOn} > ${t.startsOn}`),
  ],
);

/**
 * A handover (工作交接): a leaving person's open leads, filings, projects and blockers in one
 * unit moved to a successor. `items` keeps what moved as it stood: [{kind, id, label}].
 */
export const handovers = pgTable(
  'handovers',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    fromUserId: integer('from_user_id')
      .notNull()
      .references(() => users.id),
    toUserId: integer('to_user_id')
      .notNull()
      .references(() => users.id),
    items: jsonb('items').notNull().default(sql`'[]'::jsonb`),
    /** The posting ended by the handover, if any. */
    endedPostingId: integer('ended_posting_id').references(() => secondments.id),
    note: text('note'),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('handovers_unit_idx').on(t.unitId, t.createdAt),
    check('handovers_distinct_check', sql`${t.fromUserId} <> ${t.toUserId}`),
  ],
);
