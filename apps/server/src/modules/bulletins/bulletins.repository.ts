import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';

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

/** The office's name, which issues the bulletins (none yet: null). */
export async function findIssuingUnitName(db: Tx): Promise<string | null> {
  const [row] = await queryRows<{ name: string }>(
    db,
    sql`select name from units where kind = 'office' and active order by id limit 1`,
  );
  return row?.name ?? null;
}

/** The periods of the published bulletins (a stage date inside one is a correction of it). */
export async function findPublishedPeriods(db: Tx) {
  return queryRows<{ year: number; issue_number: number; period_from: string; period_to: string }>(
    db,
    sql`select year, issue_number, period_from, period_to from bulletins where status = 'published'`,
  );
}
