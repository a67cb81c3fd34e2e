import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';

export type ForeignRow = { unit_id: number; unit_name: string; year: number; month: number; used_usd_wan: string };

export async function findForeignCapital(db: Tx, years: number[]): Promise<ForeignRow[]> {
  return queryRows<ForeignRow>(
    db,
    sql`select f.unit_id, u.name as unit_name, f.year, f.month, f.used_usd_wan::text as used_usd_wan
        from foreign_capital_use f join units u on u.id = f.unit_id where f.year = any(${sql.param(years)}::int[]) order by f.year, f.month, u.id`,
  );
}

export async function upsertForeignCapital(
  db: Tx,
  rows: { unitId: number; year: number; month: number; usedUsdWan: string }[],
  userId: number | null,
) {
  if (!rows.length) return;
  await db.execute(sql`
    insert into foreign_capital_use (unit_id, year, month, used_usd_wan, updated_by)
    select k.*, ${userId}::int from unnest(${sql.param(rows.map((r) => r.unitId))}::int[], ${sql.param(rows.map((r) => r.year))}::int[],
      ${sql.param(rows.map((r) => r.month))}::int[], ${sql.param(rows.map((r) => r.usedUsdWan))}::numeric[]) as k
    on conflict (unit_id, year, month) do update set used_usd_wan = excluded.used_usd_wan, updated_by = excluded.updated_by, updated_at = now()`);
}
