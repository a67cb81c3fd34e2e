import { and, count, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client.ts';
import { companies, events, leadResponseRules, leads, units } from '../../db/schema/index.ts';

export type LeadRow = typeof leads.$inferSelect;
export type RuleRow = typeof leadResponseRules.$inferSelect;

export async function insertLead(db: Tx, l: typeof leads.$inferInsert): Promise<number> {
  const [row] = await db.insert(leads).values(l).returning({ id: leads.id });
  return row!.id;
}

export async function findLeadById(db: Tx, id: number): Promise<LeadRow | undefined> {
  const [row] = await db.select().from(leads).where(eq(leads.id, id));
  return row;
}

export async function updateLead(
  db: Tx,
  id: number,
  version: number,
  patch: Partial<typeof leads.$inferInsert>,
): Promise<boolean> {
  const rows = await db
    .update(leads)
    .set({ ...patch, version: sql`${leads.version} + 1`, updatedAt: new Date() })
    .where(and(eq(leads.id, id), eq(leads.version, version)))
    .returning({ id: leads.id });
  return rows.length === 1;
}

export async function findRules(db: Tx): Promise<RuleRow[]> {
  return db.select().from(leadResponseRules);
}

export async function updateRule(
  db: Tx,
  unitKind: string,
  r: { acknowledgeDays: number; assessDays: number; feedbackDays: number },
) {
  await db
    .update(leadResponseRules)
    .set({ ...r, updatedAt: new Date() })
    .where(eq(leadResponseRules.unitKind, unitKind));
}

export type LeadListRow = {
  id: number;
  company_id: number;
  company_name: string;
  reporting_unit_id: number;
  reporting_unit_name: string;
  handling_unit_id: number;
  handling_unit_name: string;
  handling_unit_kind: string;
  chain: string | null;
  chain_id: number | null;
  segment_id: number | null;
  estimated_amount_wan: string | null;
  source: string;
  contact: string | null;
  notes: string | null;
  reported_on: string;
  status: string;
  drop_reason: string | null;
  acknowledged_on: string | null;
  assessed_on: string | null;
  feedback_on: string | null;
  event_id: number | null;
  event_name: string | null;
  version: number;
};

const reportingUnits = alias(units, 'ru');
const handlingUnits = alias(units, 'hu');

export async function findLeads(
  db: Tx,
  f: { unitId?: number; status?: string; companyId?: number; eventId?: number; q?: string; stepsDue?: boolean },
  limit: number,
  offset: number,
) {
  const where = and(
    f.unitId ? or(eq(leads.reportingUnitId, f.unitId), eq(leads.handlingUnitId, f.unitId)) : undefined,
    f.status ? eq(leads.status, f.status) : undefined,
    // The only leads that can be overdue: open, with a step of the response clock not yet taken.
    f.stepsDue
      ? and(
          inArray(leads.status, ['new', 'following']),
          or(isNull(leads.acknowledgedOn), isNull(leads.assessedOn), isNull(leads.feedbackOn)),
        )
      : undefined,
    f.companyId ? eq(leads.companyId, f.companyId) : undefined,
    f.eventId ? eq(leads.eventId, f.eventId) : undefined,
    // The investor's name, as typed (a part of it); the count pages over the same leads, without the join.
    f.q
      ? sql`${leads.companyId} in (select id from companies where name ilike ${`%${f.q.replace(/[\\%_]/g, '\\$&')}%`})`
      : undefined,
  );
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: leads.id,
        company_id: leads.companyId,
        company_name: companies.name,
        reporting_unit_id: leads.reportingUnitId,
        reporting_unit_name: reportingUnits.name,
        handling_unit_id: leads.handlingUnitId,
        handling_unit_name: handlingUnits.name,
        handling_unit_kind: handlingUnits.kind,
        chain: leads.chain,
        chain_id: leads.chainId,
        segment_id: leads.segmentId,
        estimated_amount_wan: leads.estimatedAmountWan,
        source: leads.source,
        contact: leads.contact,
        notes: leads.notes,
        reported_on: leads.reportedOn,
        status: leads.status,
        drop_reason: leads.dropReason,
        acknowledged_on: leads.acknowledgedOn,
        assessed_on: leads.assessedOn,
        feedback_on: leads.feedbackOn,
        version: leads.version,
        event_id: leads.eventId,
        event_name: events.name,
      })
      .from(leads)
      .innerJoin(companies, eq(companies.id, leads.companyId))
      .innerJoin(reportingUnits, eq(reportingUnits.id, leads.reportingUnitId))
      .innerJoin(handlingUnits, eq(handlingUnits.id, leads.handlingUnitId))
      .leftJoin(events, eq(events.id, leads.eventId))
      .where(where)
      .orderBy(desc(leads.reportedOn), desc(leads.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(leads).where(where),
  ]);
  return { items: items satisfies LeadListRow[], total: total?.n ?? 0 };
}
