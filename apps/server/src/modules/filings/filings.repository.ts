import { and, eq, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { conflicts, filingSettings, filings, filingUpdates } from '../../db/schema/index.ts';

export type FilingRow = typeof filings.$inferSelect;
export type ConflictRow = typeof conflicts.$inferSelect;

/** The top of a company's group (its own id when it belongs to none). */
export async function findGroupCompanyId(db: Tx, companyId: number): Promise<number | undefined> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`with recursive up(id, group_id, depth) as (
          select id, group_id, 0 from companies where id = ${companyId}
          union all select c.id, c.group_id, up.depth + 1 from companies c join up on c.id = up.group_id where up.depth < 20)
        select id from up order by depth desc limit 1`,
  );
  return row?.id;
}

export async function findActiveFilingsOfGroup(db: Tx, groupCompanyId: number): Promise<FilingRow[]> {
  return db
    .select()
    .from(filings)
    .where(and(eq(filings.groupCompanyId, groupCompanyId), eq(filings.status, 'active')));
}

export async function insertFiling(db: Tx, f: typeof filings.$inferInsert): Promise<number> {
  const [row] = await db.insert(filings).values(f).returning({ id: filings.id });
  return row!.id;
}

export async function findFilingById(db: Tx, id: number): Promise<FilingRow | undefined> {
  const [row] = await db.select().from(filings).where(eq(filings.id, id));
  return row;
}

export async function updateFiling(db: Tx, id: number, patch: Partial<typeof filings.$inferInsert>) {
  await db
    .update(filings)
    .set({ ...patch, version: sql`${filings.version} + 1`, updatedAt: new Date() })
    .where(eq(filings.id, id));
}

export async function insertFilingUpdate(db: Tx, u: typeof filingUpdates.$inferInsert) {
  await db.insert(filingUpdates).values(u);
}

export async function insertConflict(db: Tx, c: typeof conflicts.$inferInsert): Promise<number> {
  const [row] = await db.insert(conflicts).values(c).returning({ id: conflicts.id });
  return row!.id;
}

export async function findConflictById(db: Tx, id: number, forUpdate = false): Promise<ConflictRow | undefined> {
  const q = db.select().from(conflicts).where(eq(conflicts.id, id));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

export async function updateConflict(db: Tx, id: number, patch: Partial<typeof conflicts.$inferInsert>) {
  await db
    .update(conflicts)
    .set({ ...patch, version: sql`${conflicts.version} + 1` })
    .where(eq(conflicts.id, id));
}

export type FilingListRow = FilingRow & { company_name: string; unit_name: string };

/** Filings with their company and unit names, newest first. */
export async function findFilings(db: Tx, f: { companyId?: number; unitId?: number; status?: string }, limit: number) {
  const conds = [sql`true`];
  if (f.companyId) conds.push(sql`f.company_id = ${f.companyId}`);
  if (f.unitId) conds.push(sql`f.unit_id = ${f.unitId}`);
  if (f.status) conds.push(sql`f.status = ${f.status}`);
  return queryRows<Record<string, unknown>>(
    db,
    sql`select f.id, f.company_id, c.name as company_name, f.unit_id, u.name as unit_name, f.project_name, f.notes,
               to_char(f.starts_on, 'YYYY-MM-DD') as starts_on, to_char(f.expires_on, 'YYYY-MM-DD') as expires_on,
               f.status, f.joint_conflict_id, f.credit_share::text as credit_share, f.version
        from filings f join companies c on c.id = f.company_id join units u on u.id = f.unit_id
        where ${sql.join(conds, sql` and `)}
        order by f.id desc limit ${limit}`,
  );
}

export async function findConflicts(db: Tx, status: string | undefined, limit: number) {
  return queryRows<Record<string, unknown>>(
    db,
    sql`select k.id, k.company_id, c.name as company_name, k.existing_filing_id, f.unit_id as holder_unit_id, hu.name as holder_unit_name,
               k.claimant_unit_id, cu.name as claimant_unit_name, k.project_name, k.status, k.decision,
               to_char(k.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at, k.version
        from conflicts k join companies c on c.id = k.company_id join filings f on f.id = k.existing_filing_id
        join units hu on hu.id = f.unit_id join units cu on cu.id = k.claimant_unit_id
        where ${status ? sql`k.status = ${status}` : sql`true`}
        order by k.id desc limit ${limit}`,
  );
}

/** Ends every active filing whose period is over (Asia/Shanghai dates); returns them. */
export async function expireFilings(db: Tx, today: string) {
  return queryRows<{ id: number; unit_id: number; company_id: number }>(
    db,
    sql`update filings set status = 'expired', version = version + 1, updated_at = now()
        where status = 'active' and expires_on < ${today}::date returning id, unit_id, company_id`,
  );
}

/** Active filings that end within a week and whose unit has not been told yet. */
export async function claimExpiringFilings(db: Tx, today: string) {
  return queryRows<{ id: number; unit_id: number; company_id: number; expires_on: string }>(
    db,
    sql`update filings set expiry_notice_sent = true
        where status = 'active' and not expiry_notice_sent and expires_on <= ${today}::date + 7
        returning id, unit_id, company_id, to_char(expires_on, 'YYYY-MM-DD') as expires_on`,
  );
}

export async function findPeriodMonths(db: Tx): Promise<number> {
  const [row] = await db.select().from(filingSettings).where(eq(filingSettings.id, 1));
  return row?.periodMonths ?? 6;
}

export async function updatePeriodMonths(db: Tx, months: number) {
  await db.update(filingSettings).set({ periodMonths: months, updatedAt: new Date() }).where(eq(filingSettings.id, 1));
}
