import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { companies } from './company.ts';
import { units, users } from './org.ts';

/** A campaign (百日招商 round N): a numbered round with its dates; events may belong to one. */
export const campaigns = pgTable(
  'campaigns',
  {
    id: serial('id').primaryKey(),
    round: integer('round').notNull(),
    name: text('name').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('campaigns_round_key').on(t.round),
    check('campaigns_dates_check', sql`${t.endsOn} >= ${t.startsOn}`),
    check('campaigns_round_check', sql`${t.round} > 0`),
  ],
);

/**
 * An event (招商活动): a promotion, a fair, a briefing, an investor visit… with its level, place,
 * target region and campaign. Leads and projects point back to the event that produced them.
 */
export const events = pgTable(
  'events',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    level: text('level').notNull(),
    place: text('place'),
    region: text('region'),
    campaignId: integer('campaign_id').references(() => campaigns.id),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    cancelled: boolean('cancelled').notNull().default(false),
    notes: text('notes'),
    createdBy: integer('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    /** Re-importing an event list updates: one event per name and first day. */
    uniqueIndex('events_name_start_key').on(t.name, t.startsOn),
    index('events_starts_idx').on(t.startsOn, t.id),
    index('events_campaign_idx').on(t.campaignId, t.startsOn),
    check('events_dates_check', sql`${t.endsOn} >= ${t.startsOn}`),
    check(
      'events_kind_check',
      sql`${t.kind} in ('promotion','negotiation','fair','briefing','visit','research','contest')`,
    ),
    check('events_level_check', sql`${t.level} in ('city_major','local')`),
  ],
);

/** The units that organised an event: the assessment counts an event for each of them. */
export const eventOrganisers = pgTable(
  'event_organisers',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.unitId] }), index('event_organisers_unit_idx').on(t.unitId, t.eventId)],
);

/** A guest of an event (from its guest list), matched against the company registry. */
export const eventGuests = pgTable(
  'event_guests',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    guestName: text('guest_name').notNull().default(''),
    title: text('title'),
    companyName: text('company_name').notNull(),
    /** The company name normalised (company-name.ts): with the guest's name, the key a re-import updates. */
    companyNormalised: text('company_normalised').notNull(),
    uscc: text('uscc'),
    companyId: integer('company_id').references(() => companies.id),
    /** same | similar | none, as company matching answered at import. */
    matchLevel: text('match_level').notNull().default('none'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('event_guests_key').on(t.eventId, t.companyNormalised, t.guestName),
    index('event_guests_company_idx').on(t.companyId),
    check('event_guests_match_check', sql`${t.matchLevel} in ('same','similar','none')`),
  ],
);
