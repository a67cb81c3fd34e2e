import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';

/** Claims a scheduled job's slot; false when another process has run (or is running) it. */
export async function claimSlot(db: Tx, job: string, slot: string): Promise<boolean> {
  const rows = await queryRows<{ job: string }>(
    db,
    sql`insert into scheduled_runs (job, slot) values (${job}, ${slot}) on conflict do nothing returning job`,
  );
  return rows.length === 1;
}

export async function recordSlotResult(db: Tx, job: string, slot: string, result: unknown) {
  await db.execute(
    sql`update scheduled_runs set result = ${JSON.stringify(result)}::jsonb where job = ${job} and slot = ${slot}`,
  );
}
