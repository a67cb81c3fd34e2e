import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
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
import { companies } from './company.ts';
import { events } from './event.ts';
import { units, users } from './org.ts';
import { projects } from './project.ts';

/**
 * An innovation carrier (创新载体): an S&T complex, incubator, maker space, maker community or
 * star-creation space, recognised at a level (national, provincial, city), hosted by a unit.
 */
export const innovationCarriers = pgTable(
  'innovation_carriers',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    level: text('level').notNull(),
    hostUnitId: integer('host_unit_id')
      .notNull()
      .references(() => units.id),
    operator: text('operator'),
    recognizedOn: date('recognized_on'),
    status: text('status').notNull().default('active'),
    notes: text('notes'),
    createdBy: integer('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    /** Re-importing the list updates: one carrier per name and kind. */
    uniqueIndex('innovation_carriers_name_kind_key').on(t.name, t.kind),
    index('innovation_carriers_host_idx').on(t.hostUnitId, t.id),
    check(
      'innovation_carriers_kind_check',
      sql`${t.kind} in ('complex','incubator','maker_space','maker_community','star_space')`,
    ),
    check('innovation_carriers_level_check', sql`${t.level} in ('national','provincial','city')`),
    check('innovation_carriers_status_check', sql`${t.status} in ('active','revoked')`),
  ],
);

/**
 * A university–industry cooperation agreement (产学研): a university or institute with a
 * partner — a unit for 校地, a registry company for 校企, free text otherwise.
 */
export const iurAgreements = pgTable(
  'iur_agreements',
  {
    id: serial('id').primaryKey(),
    title: text('title').notNull(),
    university: text('university').notNull(),
    kind: text('kind').notNull(),
    partnerUnitId: integer('partner_unit_id').references(() => units.id),
    partnerCompanyId: integer('partner_company_id').references(() => companies.id),
    partnerText: text('partner_text'),
    /** The unit that recorded it (its own agreements): whose list it is in. */
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    signedOn: date('signed_on').notNull(),
    amountWan: numeric('amount_wan', { precision: 18, scale: 4 }).notNull().default('0'),
    talents: integer('talents').notNull().default(0),
    sourceEventId: integer('source_event_id').references(() => events.id),
    notes: text('notes'),
    createdBy: integer('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    /** Re-importing updates: one agreement per title, university and signing date. */
    uniqueIndex('iur_agreements_key').on(t.title, t.university, t.signedOn),
    index('iur_agreements_signed_idx').on(t.signedOn, t.id),
    index('iur_agreements_unit_idx').on(t.unitId, t.signedOn),
    index('iur_agreements_event_idx').on(t.sourceEventId).where(sql`${t.sourceEventId} is not null`),
    check('iur_agreements_kind_check', sql`${t.kind} in ('school_local','school_enterprise','other')`),
    check(
      'iur_agreements_partner_check',
      sql`(${t.kind} = 'school_local' and ${t.partnerUnitId} is not null)
        or (${t.kind} = 'school_enterprise' and ${t.partnerCompanyId} is not null)
        or (${t.kind} = 'other' and ${t.partnerText} is not null)`,
    ),
    check('iur_agreements_amounts_check', sql`${t.amountWan} >= 0 and ${t.talents} >= 0`),
  ],
);

/**
 * A total as a report states it (the seed: "451 项，其中校地 33 项，校企 416 项"): kept so the
 * data-quality page can say when the parts do not add up to the stated total.
 */
export const iurReportedTotals = pgTable(
  'iur_reported_totals',
  {
    id: serial('id').primaryKey(),
    source: text('source').notNull(),
    periodFrom: date('period_from').notNull(),
    periodTo: date('period_to').notNull(),
    total: integer('total').notNull(),
    schoolLocal: integer('school_local').notNull(),
    schoolEnterprise: integer('school_enterprise').notNull(),
    other: integer('other').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('iur_reported_totals_key').on(t.source, t.periodFrom, t.periodTo),
    check(
      'iur_reported_totals_check',
      sql`least(${t.total}, ${t.schoolLocal}, ${t.schoolEnterprise}, ${t.other}) >= 0`,
    ),
  ],
);

/** Capital arrived (到位资金) for a project in a month: domestic in 万元, foreign in 万美元. */
export const capitalArrivals = pgTable(
  'capital_arrivals',
  {
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    year: integer('year').notNull(),
    month: integer('month').notNull(),
    domesticWan: numeric('domestic_wan', { precision: 18, scale: 4 }).notNull().default('0'),
    foreignUsdWan: numeric('foreign_usd_wan', { precision: 18, scale: 4 }).notNull().default('0'),
    updatedBy: integer('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.year, t.month] }),
    check('capital_arrivals_month_check', sql`${t.month} between 1 and 12 and ${t.year} between 2000 and 2100`),
    check('capital_arrivals_amounts_check', sql`${t.domesticWan} >= 0 and ${t.foreignUsdWan} >= 0`),
  ],
);

/**
 * Capital per host unit and month, kept by triggers (migration capital_unit_month_triggers) from
 * capital_arrivals and projects: what arrived, and the agreed investment (domestic, foreign) of
 * the projects signed that month. The capital report reads only this table.
 * `ym` is year × 12 + month − 1, so a window is one range.
 */
export const capitalUnitMonths = pgTable(
  'capital_unit_months',
  {
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    ym: integer('ym').notNull(),
    domesticWan: numeric('domestic_wan', { precision: 20, scale: 4 }).notNull().default('0'),
    foreignUsdWan: numeric('foreign_usd_wan', { precision: 20, scale: 4 }).notNull().default('0'),
    agreedYuan: bigint('agreed_yuan', { mode: 'bigint' }).notNull().default(sql`0`),
    agreedForeignUsdWan: numeric('agreed_foreign_usd_wan', { precision: 20, scale: 4 }).notNull().default('0'),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.ym] }), index('capital_unit_months_ym_idx').on(t.ym, t.unitId)],
);
