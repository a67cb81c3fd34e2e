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

/** Leads reported per unit in a window. */
export async function countLeadsByUnit(db: Tx, from: string, to: string): Promise<Map<number, number>> {
  const rows = await queryRows<{ unit_id: number; n: number }>(
    db,
    sql`select reporting_unit_id as unit_id, count(*)::int as n from leads where reported_on between ${from}::date and ${to}::date group by 1`,
  );
  return new Map(rows.map((r) => [r.unit_id, r.n]));
}

/** Major projects past their planned start at the window's end (planned, not started by then), with their host and sources. */
export type BulletinRow = {
  id: number;
  year: number;
  month: number;
  period_from: string;
  period_to: string;
  status: 'draft' | 'published';
  issue_number: number | null;
  remarks: string | null;
  snapshot: unknown;
  snapshot_hash: string | null;
  version: number;
  created_at: string;
  published_at: string | null;
  published_by_name: string | null;
};

const BULLETIN_SELECT = sql`select b.id, b.year, b.month, b.period_from, b.period_to, b.status, b.issue_number, b.remarks, b.snapshot, b.snapshot_hash, b.version,
  b.created_at::text as created_at, b.published_at::text as published_at, u.display_name as published_by_name
  from bulletins b left join users u on u.id = b.published_by`;

export async function findBulletin(
  db: Tx,
  id: number,
  opts: { forUpdate?: boolean } = {},
): Promise<BulletinRow | undefined> {
  if (opts.forUpdate) await db.execute(sql`select 1 from bulletins where id = ${id} for update`);
  const [row] = await queryRows<BulletinRow>(db, sql`${BULLETIN_SELECT} where b.id = ${id}`);
  return row;
}

export async function findBulletinOfMonth(
  db: Tx,
  year: number,
  month: number,
  opts: { forUpdate?: boolean } = {},
): Promise<BulletinRow | undefined> {
  if (opts.forUpdate)
    await db.execute(sql`select 1 from bulletins where year = ${year} and month = ${month} for update`);
  const [row] = await queryRows<BulletinRow>(db, sql`${BULLETIN_SELECT} where b.year = ${year} and b.month = ${month}`);
  return row;
}

export async function findBulletins(db: Tx, publishedOnly: boolean) {
  return queryRows<Omit<BulletinRow, 'snapshot'>>(
    db,
    sql`select b.id, b.year, b.month, b.period_from, b.period_to, b.status, b.issue_number, b.remarks, b.snapshot_hash, b.version,
          b.created_at::text as created_at, b.published_at::text as published_at, u.display_name as published_by_name
        from bulletins b left join users u on u.id = b.published_by
        ${publishedOnly ? sql`where b.status = 'published'` : sql``} order by b.year desc, b.month desc`,
  );
}

export async function insertDraft(
  db: Tx,
  d: { year: number; month: number; from: string; to: string; snapshot: unknown; userId: number | null },
): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`insert into bulletins (year, month, period_from, period_to, snapshot, created_by)
        values (${d.year}, ${d.month}, ${d.from}, ${d.to}, ${JSON.stringify(d.snapshot)}::jsonb, ${d.userId}::int) returning id`,
  );
  return row!.id;
}

export async function updateDraft(
  db: Tx,
  id: number,
  version: number,
  d: { snapshot?: unknown; remarks?: string | null },
): Promise<boolean> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`update bulletins set version = version + 1
          ${d.snapshot === undefined ? sql`` : sql`, snapshot = ${JSON.stringify(d.snapshot)}::jsonb`}
          ${d.remarks === undefined ? sql`` : sql`, remarks = ${d.remarks}`}
        where id = ${id} and version = ${version} and status = 'draft' returning id`,
  );
  return rows.length === 1;
}

export async function markPublished(db: Tx, id: number, issueNumber: number, hash: string, userId: number | null) {
  await db.execute(sql`update bulletins set status = 'published', issue_number = ${issueNumber}, snapshot_hash = ${hash}, published_by = ${userId}::int,
    published_at = now(), version = version + 1 where id = ${id} and status = 'draft'`);
}

export async function nextIssueNumber(db: Tx, year: number): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select coalesce(max(issue_number), 0)::int + 1 as n from bulletins where year = ${year} and status = 'published'`,
  );
  return row!.n;
}

export async function findCorrections(db: Tx, bulletinId: number) {
  return queryRows<{
    project_id: number;
    project_name: string;
    changes: unknown;
    reason: string | null;
    user_name: string | null;
    at: string;
  }>(
    db,
    sql`select h.project_id, p.name as project_name, h.changes, h.reason, h.user_name, h.at::text as at
        from project_history h join projects p on p.id = h.project_id where h.correction_of_bulletin_id = ${bulletinId} order by h.id`,
  );
}

export async function findIssuingUnitName(db: Tx): Promise<string> {
  const [row] = await queryRows<{ name: string }>(
    db,
    sql`select name from units where kind = 'office' and active order by id limit 1`,
  );
  return row?.name ?? '招商引资工作领导小组办公室';
}
