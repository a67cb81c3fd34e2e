import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';

/** The records a merge moved from the duplicate to the survivor (undone by moving exactly these back). */
export type Moved = {
  leads: number[];
  filings: number[];
  conflicts: number[];
  subsidiaries: number[];
  /** Absent in merges recorded before projects moved too. */
  projects?: number[];
};

const ids = (rows: { id: number }[]) => rows.map((r) => r.id);

/**
 * Moves a company's leads, filings, conflicts and subsidiaries to another company (the filings
 * and conflicts into its group); `only` limits the move to the records listed (an undo).
 */
export async function moveCompanyRecords(
  tx: Tx,
  from: number,
  to: number,
  groupCompanyId: number,
  only?: Moved,
): Promise<Moved> {
  const limit = (list: number[] | undefined) => (only ? sql` and id = any(${sql.param(list ?? [])}::int[])` : sql``);
  const group = groupCompanyId;
  return {
    leads: ids(
      await queryRows(
        tx,
        sql`update leads set company_id = ${to}, version = version + 1 where company_id = ${from}${limit(only?.leads)} returning id`,
      ),
    ),
    filings: ids(
      await queryRows(
        tx,
        sql`update filings set company_id = ${to}, group_company_id = ${group}, version = version + 1 where company_id = ${from}${limit(only?.filings)} returning id`,
      ),
    ),
    conflicts: ids(
      await queryRows(
        tx,
        sql`update conflicts set company_id = ${to}, group_company_id = ${group} where company_id = ${from}${limit(only?.conflicts)} returning id`,
      ),
    ),
    projects: ids(
      await queryRows(
        tx,
        sql`update projects set company_id = ${to}, version = version + 1, updated_at = now() where company_id = ${from}${limit(only?.projects)} returning id`,
      ),
    ),
    subsidiaries: ids(
      await queryRows(
        tx,
        sql`update companies set group_id = ${to} where group_id = ${from}${limit(only?.subsidiaries)} returning id`,
      ),
    ),
  };
}

/** Locks both companies of a merge for the rest of the transaction. */
export async function lockCompanies(tx: Tx, a: number, b: number): Promise<void> {
  await tx.execute(sql`select id from companies where id in (${a}, ${b}) for update`);
}

/** How many leads of the two companies one unit reported on the same day (they would clash on the survivor). */
export async function countSameDayLeads(tx: Tx, survivorId: number, mergedId: number): Promise<number> {
  const [clash] = await queryRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from leads a join leads b on a.reporting_unit_id = b.reporting_unit_id and a.reported_on = b.reported_on
          where a.company_id = ${survivorId} and b.company_id = ${mergedId}`,
  );
  return clash!.n;
}

export async function markCompanyMerged(tx: Tx, mergedId: number, survivorId: number): Promise<void> {
  await tx.execute(
    sql`update companies set merged_into_id = ${survivorId}, version = version + 1, updated_at = now() where id = ${mergedId}`,
  );
}

export async function insertCompanyMerge(
  tx: Tx,
  m: { survivorId: number; mergedId: number; reason: string; moved: Moved; createdBy: number },
): Promise<number> {
  const [{ id }] = (await queryRows<{ id: number }>(
    tx,
    sql`insert into company_merges (survivor_id, merged_id, reason, moved, created_by) values (${m.survivorId}, ${m.mergedId}, ${m.reason}, ${JSON.stringify(m.moved)}::jsonb, ${m.createdBy}) returning id`,
  )) as [{ id: number }];
  return id;
}

export async function findCompanyMergeForUpdate(tx: Tx, mergeId: number) {
  const [m] = await queryRows<{ survivor_id: number; merged_id: number; moved: Moved; undone_at: string | null }>(
    tx,
    sql`select survivor_id, merged_id, moved, undone_at from company_merges where id = ${mergeId} for update`,
  );
  return m;
}

/** Another company (not merged away) with the same normalised name or credit code, if any. */
export async function findCompanyTakingName(
  tx: Tx,
  c: { id: number; normalisedName: string; uscc: string | null },
): Promise<{ name: string } | undefined> {
  const [taken] = await queryRows<{ name: string }>(
    tx,
    sql`select name from companies where merged_into_id is null and id <> ${c.id}
          and (normalised_name = ${c.normalisedName} or (${c.uscc}::text is not null and uscc = ${c.uscc}))`,
  );
  return taken;
}

export async function clearCompanyMerged(tx: Tx, id: number): Promise<void> {
  await tx.execute(
    sql`update companies set merged_into_id = null, version = version + 1, updated_at = now() where id = ${id}`,
  );
}

export async function markMergeUndone(tx: Tx, mergeId: number, userId: number): Promise<void> {
  await tx.execute(sql`update company_merges set undone_by = ${userId}, undone_at = now() where id = ${mergeId}`);
}

/** How many projects of the two companies share a name and signing date (they would clash on the survivor). */
export async function countProjectClashes(tx: Tx, survivorId: number, mergedId: number): Promise<number> {
  const [clash] = await queryRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from projects a join projects b on a.name = b.name
          and coalesce(a.signed_on, '0001-01-01'::date) = coalesce(b.signed_on, '0001-01-01'::date)
          where a.company_id = ${survivorId} and b.company_id = ${mergedId}`,
  );
  return clash!.n;
}
