import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
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
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('secondments_user_idx').on(t.userId, t.startDate),
    check('secondments_dates_check', sql`${t.endDate} > ${t.startDate}`),
  ],
);
