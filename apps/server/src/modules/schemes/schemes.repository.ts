import type { Scheme, SchemeKey } from '@zhaoshang/shared';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';

export type SchemeRow = { key: SchemeKey; scheme: Scheme; version: number; updated_at: string };

export async function findScheme(db: Tx, year: number, key: SchemeKey = 'host'): Promise<SchemeRow | undefined> {
  const [row] = await queryRows<SchemeRow>(
    db,
    sql`select key, scheme, version, updated_at::text as updated_at from assessment_schemes where year = ${year} and key = ${key}`,
  );
  return row;
}

/** The saved schemes of a year (at most one per key). */
export async function findSchemes(db: Tx, year: number): Promise<SchemeRow[]> {
  return queryRows<SchemeRow>(
    db,
    sql`select key, scheme, version, updated_at::text as updated_at from assessment_schemes where year = ${year} order by key`,
  );
}

/** Locks a year's saved schemes so that two directors saving two schemes cannot both put a unit in both. */
export async function lockSchemesOfYear(db: Tx, year: number): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext('assessment_schemes'), ${year}::int)`);
}

/** Saves one scheme of a year if it is at the version the director read (0 = not saved yet). */
export async function saveScheme(
  db: Tx,
  year: number,
  key: SchemeKey,
  scheme: Scheme,
  version: number,
  userId: number | null,
): Promise<boolean> {
  const rows =
    version === 0
      ? await queryRows<{ year: number }>(
          db,
          sql`insert into assessment_schemes (year, key, scheme, updated_by) values (${year}, ${key}, ${JSON.stringify(scheme)}::jsonb, ${userId}::int) on conflict do nothing returning year`,
        )
      : await queryRows<{ year: number }>(
          db,
          sql`update assessment_schemes set scheme = ${JSON.stringify(scheme)}::jsonb, version = version + 1, updated_by = ${userId}::int, updated_at = now()
              where year = ${year} and key = ${key} and version = ${version} returning year`,
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
  visits: number | null;
  post_days: number | null;
  services: number | null;
};

export async function findTargets(db: Tx, year: number): Promise<TargetRow[]> {
  return queryRows<TargetRow>(
    db,
    sql`select u.id as unit_id, u.name as unit_name, u.kind as unit_kind, t.signed_count, t.signed_amount_wan::text as signed_amount_wan, t.leads, t.events,
          t.foreign_usd_wan::text as foreign_usd_wan, t.visits, t.post_days, t.services
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
    visits?: number | null;
    postDays?: number | null;
    services?: number | null;
  }[],
) {
  if (!rows.length) return;
  await db.execute(sql`
    insert into unit_targets (year, unit_id, signed_count, signed_amount_wan, leads, events, foreign_usd_wan, visits, post_days, services)
    select ${year}, * from unnest(${sql.param(rows.map((r) => r.unitId))}::int[], ${sql.param(rows.map((r) => r.signedCount))}::int[],
      ${sql.param(rows.map((r) => r.signedAmountWan))}::numeric[], ${sql.param(rows.map((r) => r.leads))}::int[], ${sql.param(rows.map((r) => r.events))}::int[],
      ${sql.param(rows.map((r) => r.foreignUsdWan))}::numeric[], ${sql.param(rows.map((r) => r.visits ?? null))}::int[],
      ${sql.param(rows.map((r) => r.postDays ?? null))}::int[], ${sql.param(rows.map((r) => r.services ?? null))}::int[])
    on conflict (year, unit_id) do update set signed_count = excluded.signed_count, signed_amount_wan = excluded.signed_amount_wan,
      leads = excluded.leads, events = excluded.events, foreign_usd_wan = excluded.foreign_usd_wan,
      visits = excluded.visits, post_days = excluded.post_days, services = excluded.services, updated_at = now()`);
}
