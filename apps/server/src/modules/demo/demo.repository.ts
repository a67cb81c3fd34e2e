import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';

/** The work a city keeps: if any of it is there, the database is no empty one. */
export async function countWork(db: Tx): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select (select count(*) from companies) + (select count(*) from projects) + (select count(*) from leads)
      + (select count(*) from filings) + (select count(*) from events) as n`,
  );
  return Number(row!.n);
}

/** Whether the living demo city was loaded here (its load is in the audit trail). */
export async function isDemoCity(db: Tx): Promise<boolean> {
  const rows = await queryRows<{ one: number }>(db, sql`select 1 as one from audit_log where action = 'demo.city' limit 1`);
  return rows.length > 0;
}
