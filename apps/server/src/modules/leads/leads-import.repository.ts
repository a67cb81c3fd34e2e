import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';

/** A lead as an import writes it (its company already in the registry). */
export type LeadImportValues = {
  companyId: number;
  unitId: number;
  chain: string | null;
  amount: string | null;
  source: string;
  notes: string | null;
  date: string;
};

/** How many of the (company, reporting unit, date) keys already have a lead: an import updates those. */
export async function countExistingLeads(
  db: Tx,
  keys: { companyId: number; unitId: number; date: string }[],
): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from leads l join unnest(${sql.param(keys.map((k) => k.companyId))}::int[], ${sql.param(keys.map((k) => k.unitId))}::int[], ${sql.param(keys.map((k) => k.date))}::date[])
            as k(company_id, unit_id, reported_on) on l.company_id = k.company_id and l.reporting_unit_id = k.unit_id and l.reported_on = k.reported_on`,
  );
  return row!.n;
}

/** One unnest upsert: a lead of the same company, unit and day is updated (an empty cell keeps what it had). */
export async function upsertLeadsBulk(tx: Tx, rows: LeadImportValues[], createdBy: number | null): Promise<void> {
  const p = <T>(f: (r: LeadImportValues) => T) => sql.param(rows.map(f));
  await tx.execute(sql`
      insert into leads (company_id, reporting_unit_id, handling_unit_id, chain, estimated_amount_wan, source, notes, reported_on, created_by)
      select k.company_id, k.unit_id, k.unit_id, k.chain, k.amount, k.source, k.notes, k.reported_on, ${createdBy}::int
      from unnest(${p((r) => r.companyId)}::int[], ${p((r) => r.unitId)}::int[], ${p((r) => r.chain)}::text[],
                  ${p((r) => r.amount)}::numeric[], ${p((r) => r.source)}::text[], ${p((r) => r.notes)}::text[], ${p((r) => r.date)}::date[])
        as k(company_id, unit_id, chain, amount, source, notes, reported_on)
      on conflict (company_id, reporting_unit_id, reported_on) do update set
        chain = coalesce(excluded.chain, leads.chain), estimated_amount_wan = coalesce(excluded.estimated_amount_wan, leads.estimated_amount_wan),
        source = excluded.source, notes = coalesce(excluded.notes, leads.notes), version = leads.version + 1, updated_at = now()`);
}
