import type { Scheme } from '@zhaoshang/shared';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';

export async function findScheme(
  db: Tx,
  year: number,
): Promise<{ scheme: Scheme; version: number; updated_at: string } | undefined> {
  const [row] = await queryRows<{ scheme: Scheme; version: number; updated_at: string }>(
    db,
    sql`select scheme, version, updated_at::text as updated_at from assessment_schemes where year = ${year}`,
  );
  return row;
}

/** Saves a year's scheme if it is at the version the director read (0 = not saved yet). */
export async function saveScheme(
  db: Tx,
  year: number,
  scheme: Scheme,
  version: number,
  userId: number | null,
): Promise<boolean> {
  const rows =
    version === 0
      ? await queryRows<{ year: number }>(
          db,
          sql`insert into assessment_schemes (year, scheme, updated_by) values (${year}, ${JSON.stringify(scheme)}::jsonb, ${userId}::int) on conflict do nothing returning year`,
        )
      : await queryRows<{ year: number }>(
          db,
          sql`update assessment_schemes set scheme = ${JSON.stringify(scheme)}::jsonb, version = version + 1, updated_by = ${userId}::int, updated_at = now()
              where year = ${year} and version = ${version} returning year`,
        );
  return rows.length === 1;
}

export type TargetRow = {
  unit_id: number;
  unit_name: string;
  unit_kind: string;
  signed_count: number | null;
  signed_amount_wan: string | null;
  leads: number | null;
  events: number | null;
  foreign_usd_wan: string | null;
};

export async function findTargets(db: Tx, year: number): Promise<TargetRow[]> {
  return queryRows<TargetRow>(
    db,
    sql`select u.id as unit_id, u.name as unit_name, u.kind as unit_kind, t.signed_count, t.signed_amount_wan::text as signed_amount_wan, t.leads, t.events,
          t.foreign_usd_wan::text as foreign_usd_wan
        from units u left join unit_targets t on t.unit_id = u.id and t.year = ${year}
        where u.active and u.kind not in ('leading_group', 'office') order by u.id`,
  );
}

export async function upsertTargets(
  db: Tx,
  year: number,
  rows: {
    unitId: number;
    signedCount: number | null;
    signedAmountWan: string | null;
    leads: number | null;
    events: number | null;
    foreignUsdWan: string | null;
  }[],
) {
  if (!rows.length) return;
  await db.execute(sql`
    insert into unit_targets (year, unit_id, signed_count, signed_amount_wan, leads, events, foreign_usd_wan)
    select ${year}, * from unnest(${sql.param(rows.map((r) => r.unitId))}::int[], ${sql.param(rows.map((r) => r.signedCount))}::int[],
      ${sql.param(rows.map((r) => r.signedAmountWan))}::numeric[], ${sql.param(rows.map((r) => r.leads))}::int[], ${sql.param(rows.map((r) => r.events))}::int[],
      ${sql.param(rows.map((r) => r.foreignUsdWan))}::numeric[])
    on conflict (year, unit_id) do update set signed_count = excluded.signed_count, signed_amount_wan = excluded.signed_amount_wan,
      leads = excluded.leads, events = excluded.events, foreign_usd_wan = excluded.foreign_usd_wan, updated_at = now()`);
}
