import { eq, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { leadResponseRules, leads } from '../../db/schema/index.ts';

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
    .where(sql`${leads.id} = ${id} and ${leads.version} = ${version}`)
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

export async function findLeads(
  db: Tx,
  f: { unitId?: number; status?: string; companyId?: number; eventId?: number },
  limit: number,
  offset: number,
) {
  const conds = [sql`true`];
  if (f.unitId) conds.push(sql`(l.reporting_unit_id = ${f.unitId} or l.handling_unit_id = ${f.unitId})`);
  if (f.status) conds.push(sql`l.status = ${f.status}`);
  if (f.companyId) conds.push(sql`l.company_id = ${f.companyId}`);
  if (f.eventId) conds.push(sql`l.event_id = ${f.eventId}`);
  const where = sql.join(conds, sql` and `);
  const [items, totals] = await Promise.all([
    queryRows<LeadListRow>(
      db,
      sql`select l.id, l.company_id, c.name as company_name, l.reporting_unit_id, ru.name as reporting_unit_name,
                 l.handling_unit_id, hu.name as handling_unit_name, hu.kind as handling_unit_kind, l.chain,
                 l.estimated_amount_wan::text as estimated_amount_wan, l.source, l.contact, l.notes,
                 to_char(l.reported_on, 'YYYY-MM-DD') as reported_on, l.status, l.drop_reason,
                 to_char(l.acknowledged_on, 'YYYY-MM-DD') as acknowledged_on, to_char(l.assessed_on, 'YYYY-MM-DD') as assessed_on,
                 to_char(l.feedback_on, 'YYYY-MM-DD') as feedback_on, l.version,
                 l.event_id, (select ev.name from events ev where ev.id = l.event_id) as event_name
          from leads l join companies c on c.id = l.company_id join units ru on ru.id = l.reporting_unit_id
          join units hu on hu.id = l.handling_unit_id
          where ${where} order by l.reported_on desc, l.id desc limit ${limit} offset ${offset}`,
    ),
    queryRows<{ n: number }>(db, sql`select count(*)::int as n from leads l where ${where}`),
  ]);
  return { items, total: totals[0]?.n ?? 0 };
}
