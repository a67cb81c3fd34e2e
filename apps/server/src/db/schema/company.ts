import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { chainSegments, chains } from './chain.ts';

/**
 * The company registry (企业库). `normalisedName` decides "the same legal entity";
 * `similarityKey` (字号 and distinctive words, see @zhaoshang/shared/company-name) is what
 * fuzzy matching compares, through a trigram index. A merged record points to its survivor.
 */
export const companies = pgTable(
  'companies',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    normalisedName: text('normalised_name').notNull(),
    similarityKey: text('similarity_key').notNull(),
    /** Pinyin initials of the normalised name, for typing `hwjs` to find 华为技术. */
    nameInitials: text('name_initials').notNull().default(''),
    uscc: text('uscc'),
    investorType: text('investor_type'),
    countryRegion: text('country_region'),
    /** GB/T 4754-2017 门类 letter or 大类 code (e.g. C38). */
    industryCode: text('industry_code'),
    headquarters: text('headquarters'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    chainId: integer('chain_id').references(() => chains.id),
    segmentId: integer('segment_id').references(() => chainSegments.id),
    /** The group (parent company) this one belongs to, so subsidiaries roll up. */
    groupId: integer('group_id').references((): AnyPgColumn => companies.id),
    mergedIntoId: integer('merged_into_id').references((): AnyPgColumn => companies.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('companies_uscc_key').on(t.uscc).where(sql`${t.uscc} is not null and ${t.mergedIntoId} is null`),
    uniqueIndex('companies_normalised_name_key').on(t.normalisedName).where(sql`${t.mergedIntoId} is null`),
    index('companies_chain_segment_idx').on(t.chainId, t.segmentId).where(sql`${t.chainId} is not null`),
    index('companies_similarity_key_trgm').using('gin', t.similarityKey.op('gin_trgm_ops')),
    index('companies_name_initials_idx').using('btree', t.nameInitials.op('text_pattern_ops')),
    index('companies_normalised_name_trgm').using('gin', t.normalisedName.op('gin_trgm_ops')),
    check(
      'companies_investor_type_check',
      sql`${t.investorType} is null or ${t.investorType} in ('central_soe','local_soe','fortune500','top50','private','foreign','hmt','other')`,
    ),
  ],
);

/** A merge of two registry records found to be one company; the ids it moved make it reversible. */
export const companyMerges = pgTable('company_merges', {
  id: serial('id').primaryKey(),
  survivorId: integer('survivor_id')
    .notNull()
    .references(() => companies.id),
  mergedId: integer('merged_id')
    .notNull()
    .references(() => companies.id),
  reason: text('reason').notNull(),
  /** {leads, filings, conflicts, subsidiaries}: the ids that moved to the survivor. */
  moved: jsonb('moved').notNull(),
  createdBy: integer('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  undoneBy: integer('undone_by'),
  undoneAt: timestamp('undone_at', { withTimezone: true }),
});
