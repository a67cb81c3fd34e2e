import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  check,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { units, users } from './org.ts';

/** A group of chains (6 leading, 3 emerging, X): the map's first level. */
export const chainGroups = pgTable(
  'chain_groups',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    /** leading | emerging | other (X). */
    kind: text('kind').notNull().default('other'),
    sortOrder: integer('sort_order').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('chain_groups_name_key').on(t.name),
    check('chain_groups_kind_check', sql`${t.kind} in ('leading','emerging','other')`),
  ],
);

/** An industry chain (产业链) with its chief expert and think-tank units. */
export const chains = pgTable(
  'chains',
  {
    id: serial('id').primaryKey(),
    groupId: integer('group_id')
      .notNull()
      .references(() => chainGroups.id),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    chiefExpert: text('chief_expert'),
    thinkTanks: text('think_tanks').array().notNull().default(sql`'{}'::text[]`),
    sortOrder: integer('sort_order').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('chains_name_key').on(t.name), index('chains_group_idx').on(t.groupId, t.sortOrder)],
);

/** A segment (环节) of a chain, up/mid/down stream, possibly under a parent segment of the same chain. */
export const chainSegments = pgTable(
  'chain_segments',
  {
    id: serial('id').primaryKey(),
    chainId: integer('chain_id')
      .notNull()
      .references(() => chains.id),
    name: text('name').notNull(),
    stream: text('stream').notNull(),
    parentId: integer('parent_id').references((): AnyPgColumn => chainSegments.id),
    responsibleUnitId: integer('responsible_unit_id').references(() => units.id),
    sortOrder: integer('sort_order').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('chain_segments_name_key').on(t.chainId, t.name),
    index('chain_segments_parent_idx').on(t.parentId),
    check('chain_segments_stream_check', sql`${t.stream} in ('up','mid','down')`),
    check('chain_segments_not_own_parent', sql`${t.parentId} is null or ${t.parentId} <> ${t.id}`),
  ],
);

/** A target enterprise (目标企业) of a segment: whom the city wants to attract there. */
export const chainTargets = pgTable(
  'chain_targets',
  {
    id: serial('id').primaryKey(),
    segmentId: integer('segment_id')
      .notNull()
      .references(() => chainSegments.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    uscc: text('uscc'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    notes: text('notes'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('chain_targets_name_key').on(t.segmentId, t.name)],
);

/** A unit designated to host a chain (its industry positioning). */
export const unitChains = pgTable(
  'unit_chains',
  {
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    chainId: integer('chain_id')
      .notNull()
      .references(() => chains.id, { onDelete: 'cascade' }),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.chainId] }), index('unit_chains_chain_idx').on(t.chainId)],
);

/**
 * Live numbers of the map, kept by triggers (migration chain_counters): per chain and segment
 * (0 = the chain without a segment), a metric (company, target, lead_open, filing_active,
 * project by stage, signed by month YYYY-MM) and its key, a count and an amount in yuan.
 */
export const chainCounts = pgTable(
  'chain_counts',
  {
    chainId: integer('chain_id').notNull(),
    segmentId: integer('segment_id').notNull(),
    metric: text('metric').notNull(),
    k: text('k').notNull().default(''),
    n: bigint('n', { mode: 'number' }).notNull().default(0),
    amountYuan: numeric('amount_yuan', { precision: 24, scale: 0 }).notNull().default('0'),
  },
  (t) => [primaryKey({ columns: [t.chainId, t.segmentId, t.metric, t.k] })],
);

/** Projects hosted per unit, chain and segment (kept by triggers): what host recommendation ranks by. */
export const chainUnitCounts = pgTable(
  'chain_unit_counts',
  {
    unitId: integer('unit_id').notNull(),
    chainId: integer('chain_id').notNull(),
    segmentId: integer('segment_id').notNull(),
    projects: bigint('projects', { mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.chainId, t.segmentId, t.unitId] })],
);
