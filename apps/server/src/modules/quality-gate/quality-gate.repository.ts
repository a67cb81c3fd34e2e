import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';

export type CriteriaRow = {
  id: number;
  min_agreed_yuan: string | null;
  chain_fit_required: boolean;
  note: string | null;
  set_by_name: string | null;
  set_at: string;
};

const CRITERIA_SELECT = sql`select c.id, c.min_agreed_yuan::text as min_agreed_yuan, c.chain_fit_required, c.note,
    (select u.display_name from users u where u.id = c.set_by) as set_by_name, c.set_at::text as set_at
  from intake_criteria c`;

/** The criteria in force: the newest version, or none while the office has set none. */
export async function findCurrentCriteria(db: Tx): Promise<CriteriaRow | undefined> {
  const [row] = await queryRows<CriteriaRow>(db, sql`${CRITERIA_SELECT} order by c.id desc limit 1`);
  return row;
}

export async function findCriteriaHistory(db: Tx, limit: number): Promise<CriteriaRow[]> {
  return queryRows<CriteriaRow>(db, sql`${CRITERIA_SELECT} order by c.id desc limit ${limit}`);
}

export async function insertCriteria(
  db: Tx,
  c: { minAgreedYuan: bigint | null; chainFitRequired: boolean; note: string | null; setBy: number },
): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`insert into intake_criteria (min_agreed_yuan, chain_fit_required, note, set_by)
        values (${c.minAgreedYuan === null ? null : c.minAgreedYuan.toString()}::bigint, ${c.chainFitRequired}, ${c.note}, ${c.setBy}) returning id`,
  );
  return row!.id;
}

/** What the gate reads of a project (locked by the caller's save). */
export async function findProjectGate(db: Tx, projectId: number) {
  const [row] = await queryRows<{
    id: number;
    name: string;
    host_unit_id: number;
    agreed_yuan: string;
    fits_positioning: boolean;
    gate_status: string;
    gate_reasons: string[];
    created_by: number | null;
  }>(
    db,
    sql`select id, name, host_unit_id, agreed_yuan::text as agreed_yuan, fits_positioning, gate_status, gate_reasons, created_by
        from projects where id = ${projectId}`,
  );
  return row;
}

export async function setProjectGate(db: Tx, projectId: number, status: string, reasons: string[]): Promise<void> {
  await db.execute(
    sql`update projects set gate_status = ${status}, gate_reasons = ${sql.param(reasons)}::text[] where id = ${projectId}`,
  );
}

/** The unit asked to decide on a project's pending request, if one is pending. */
export async function findPendingReviewUnit(db: Tx, projectId: number): Promise<number | undefined> {
  const [row] = await queryRows<{ unit_id: number }>(
    db,
    sql`select unit_id from gate_reviews where project_id = ${projectId} and status = 'pending'`,
  );
  return row?.unit_id;
}

/** Withdraws a project's pending approval request (its save no longer misses the criteria, or a new one replaces it). */
export async function withdrawPendingReview(db: Tx, projectId: number): Promise<void> {
  await db.execute(
    sql`update gate_reviews set status = 'withdrawn', decided_at = now() where project_id = ${projectId} and status = 'pending'`,
  );
}

export async function insertReview(
  db: Tx,
  r: { projectId: number; unitId: number; criteriaId: number; reasons: string[]; requestedBy: number | null },
): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`insert into gate_reviews (project_id, unit_id, criteria_id, reasons, requested_by)
        values (${r.projectId}, ${r.unitId}, ${r.criteriaId}, ${sql.param(r.reasons)}::text[], ${r.requestedBy}) returning id`,
  );
  return row!.id;
}

export type ReviewRow = {
  id: number;
  project_id: number;
  project_name: string;
  project_created_by: number | null;
  agreed_yuan: string;
  unit_id: number;
  unit_name: string;
  reasons: string[];
  requested_by: number | null;
  requested_by_name: string | null;
  status: string;
  note: string | null;
  decided_by_name: string | null;
  decided_at: string | null;
  created_at: string;
};

const REVIEW_SELECT = sql`select r.id, r.project_id, p.name as project_name, p.created_by as project_created_by, p.agreed_yuan::text as agreed_yuan,
    r.unit_id, u.name as unit_name, r.reasons, r.requested_by, (select x.display_name from users x where x.id = r.requested_by) as requested_by_name,
    r.status, r.note, (select x.display_name from users x where x.id = r.decided_by) as decided_by_name,
    r.decided_at::text as decided_at, r.created_at::text as created_at
  from gate_reviews r join projects p on p.id = r.project_id join units u on u.id = r.unit_id`;

export async function findReviewById(db: Tx, id: number, opts: { forUpdate?: boolean } = {}) {
  if (opts.forUpdate) await db.execute(sql`select 1 from gate_reviews where id = ${id} for update`);
  const [row] = await queryRows<ReviewRow>(db, sql`${REVIEW_SELECT} where r.id = ${id}`);
  return row;
}

/** Approval requests, newest first; a unit's own when `unitId` is given. */
export async function findReviews(db: Tx, f: { status?: string; unitId?: number; projectId?: number }) {
  return queryRows<ReviewRow>(
    db,
    sql`${REVIEW_SELECT} where ${f.status ? sql`r.status = ${f.status}` : sql`r.status <> 'withdrawn'`}
        and ${f.unitId === undefined ? sql`true` : sql`r.unit_id = ${f.unitId}`}
        and ${f.projectId === undefined ? sql`true` : sql`r.project_id = ${f.projectId}`}
        order by r.id desc limit 500`,
  );
}

/** Decides a pending request; false when it was decided (or withdrawn) meanwhile. */
export async function decideReviewRow(
  db: Tx,
  id: number,
  d: { status: 'approved' | 'rejected'; note: string; decidedBy: number },
): Promise<boolean> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`update gate_reviews set status = ${d.status}, note = ${d.note}, decided_by = ${d.decidedBy}, decided_at = now()
        where id = ${id} and status = 'pending' returning id`,
  );
  return rows.length === 1;
}
