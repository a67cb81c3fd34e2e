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
import { events } from './event.ts';
import { leads } from './lead.ts';
import { units, users } from './org.ts';
import { projects } from './project.ts';

/**
 * The opportunity catalogue (推介项目库): projects the city offers investors, in Chinese and
 * English, hosted by a unit. Signing one turns it into a project (project_id), once.
 */
export const catalogueEntries = pgTable(
  'catalogue_entries',
  {
    id: serial('id').primaryKey(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en'),
    descriptionZh: text('description_zh'),
    descriptionEn: text('description_en'),
    // The name as typed or imported; chain_id is the map's chain (a trigger attaches a matching name).
    chain: text('chain'),
    chainId: integer('chain_id').references(() => chains.id),
    segmentId: integer('segment_id').references(() => chainSegments.id),
    investmentWan: numeric('investment_wan', { precision: 18, scale: 4 }),
    landMu: numeric('land_mu', { precision: 12, scale: 2 }),
    hostUnitId: integer('host_unit_id')
      .notNull()
      .references(() => units.id),
    contact: text('contact'),
    status: text('status').notNull().default('offered'),
    sourceEventId: integer('source_event_id').references(() => events.id),
    leadId: integer('lead_id').references(() => leads.id),
    projectId: integer('project_id').references(() => projects.id),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    createdBy: integer('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('catalogue_entries_name_key').on(t.nameZh),
    uniqueIndex('catalogue_entries_project_key').on(t.projectId),
    index('catalogue_entries_host_idx').on(t.hostUnitId),
    check('catalogue_entries_status_check', sql`${t.status} in ('offered', 'in_talks', 'signed')`),
    check('catalogue_entries_signed_check', sql`(${t.status} = 'signed') = (${t.projectId} is not null)`),
    check(
      'catalogue_entries_amounts_check',
      sql`(${t.investmentWan} is null or ${t.investmentWan} >= 0) and (${t.landMu} is null or ${t.landMu} >= 0)`,
    ),
  ],
);

/**
 * Land and buildings (载体资源): parcels (area in 亩, use, price 万元/亩), standard factories and
 * buildings (floor area in m²), per zone and owner unit. The owner confirms each one every
 * quarter; one not confirmed this quarter is stale.
 */
export const sites = pgTable(
  'sites',
  {
    id: serial('id').primaryKey(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    zone: text('zone'),
    ownerUnitId: integer('owner_unit_id')
      .notNull()
      .references(() => units.id),
    use: text('use').notNull(),
    areaMu: numeric('area_mu', { precision: 12, scale: 2 }),
    floorAreaM2: numeric('floor_area_m2', { precision: 14, scale: 2 }),
    priceWanPerMu: numeric('price_wan_per_mu', { precision: 14, scale: 4 }),
    powerKva: integer('power_kva'),
    chain: text('chain'),
    chainId: integer('chain_id').references(() => chains.id),
    segmentId: integer('segment_id').references(() => chainSegments.id),
    status: text('status').notNull().default('available'),
    notes: text('notes'),
    confirmedOn: date('confirmed_on'),
    confirmedBy: integer('confirmed_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('sites_owner_kind_name_key').on(t.ownerUnitId, t.kind, t.name),
    index('sites_status_idx').on(t.status, t.kind),
    index('sites_chain_idx').on(t.chainId).where(sql`${t.chainId} is not null`),
    check('sites_kind_check', sql`${t.kind} in ('parcel', 'factory', 'building')`),
    check('sites_use_check', sql`${t.use} in ('industrial', 'commercial', 'mixed', 'research', 'warehouse')`),
    check('sites_status_check', sql`${t.status} in ('available', 'reserved', 'occupied')`),
    check(
      'sites_amounts_check',
      sql`(${t.areaMu} is null or ${t.areaMu} >= 0) and (${t.floorAreaM2} is null or ${t.floorAreaM2} >= 0)
        and (${t.priceWanPerMu} is null or ${t.priceWanPerMu} >= 0) and (${t.powerKva} is null or ${t.powerKva} >= 0)`,
    ),
    check('sites_area_check', sql`${t.areaMu} is not null or ${t.floorAreaM2} is not null`),
  ],
);
