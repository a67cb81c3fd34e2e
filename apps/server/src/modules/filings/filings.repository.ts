import { addDays } from '@zhaoshang/shared';
import { and, desc, eq, inArray, lt, lte, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client.ts';
import { companies, conflicts, filingSettings, filings, filingUpdates, units } from '../../db/schema/index.ts';

export type FilingRow = typeof filings.$inferSelect;
export type ConflictRow = typeof conflicts.$inferSelect;

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

const holderUnits = alias(units, 'hu');
const claimantUnits = alias(units, 'cu');

/** Filings with their company and unit names, newest first. */
export async function findFilings(db: Tx, f: { companyId?: number; unitId?: number; status?: string }, limit: number) {
  return db
    .select({
      id: filings.id,
      company_id: filings.companyId,
      company_name: companies.name,
      unit_id: filings.unitId,
      unit_name: units.name,
      project_name: filings.projectName,
      notes: filings.notes,
      starts_on: filings.startsOn,
      expires_on: filings.expiresOn,
      status: filings.status,
      joint_conflict_id: filings.jointConflictId,
      credit_share: filings.creditShare,
      version: filings.version,
    })
    .from(filings)
    .innerJoin(companies, eq(companies.id, filings.companyId))
    .innerJoin(units, eq(units.id, filings.unitId))
    .where(
      and(
        f.companyId ? eq(filings.companyId, f.companyId) : undefined,
        f.unitId ? eq(filings.unitId, f.unitId) : undefined,
        f.status ? eq(filings.status, f.status) : undefined,
      ),
    )
    .orderBy(desc(filings.id))
    .limit(limit);
}

export async function findConflicts(db: Tx, status: string | undefined, limit: number) {
  const rows = await db
    .select({
      id: conflicts.id,
      company_id: conflicts.companyId,
      company_name: companies.name,
      existing_filing_id: conflicts.existingFilingId,
      holder_filing_ids: conflicts.holderFilingIds,
      holder_unit_id: filings.unitId,
      holder_unit_name: holderUnits.name,
      claimant_unit_id: conflicts.claimantUnitId,
      claimant_unit_name: claimantUnits.name,
      project_name: conflicts.projectName,
      status: conflicts.status,
      decision: conflicts.decision,
      created_at: conflicts.createdAt,
      version: conflicts.version,
    })
    .from(conflicts)
    .innerJoin(companies, eq(companies.id, conflicts.companyId))
    .innerJoin(filings, eq(filings.id, conflicts.existingFilingId))
    .innerJoin(holderUnits, eq(holderUnits.id, filings.unitId))
    .innerJoin(claimantUnits, eq(claimantUnits.id, conflicts.claimantUnitId))
    .where(status ? eq(conflicts.status, status) : undefined)
    .orderBy(desc(conflicts.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, created_at: r.created_at.toISOString() }));
}

/** Ends every active filing whose period is over (Asia/Shanghai dates); returns them. */
export async function expireFilings(db: Tx, today: string) {
  return db
    .update(filings)
    .set({ status: 'expired', version: sql`${filings.version} + 1`, updatedAt: new Date() })
    .where(and(eq(filings.status, 'active'), lt(filings.expiresOn, today)))
    .returning({ id: filings.id, unit_id: filings.unitId, company_id: filings.companyId });
}

/** Active filings that end within a week and whose unit has not been told yet. */
export async function claimExpiringFilings(db: Tx, today: string) {
  return db
    .update(filings)
    .set({ expiryNoticeSent: true })
    .where(
      and(eq(filings.status, 'active'), eq(filings.expiryNoticeSent, false), lte(filings.expiresOn, addDays(today, 7))),
    )
    .returning({
      id: filings.id,
      unit_id: filings.unitId,
      company_id: filings.companyId,
      expires_on: filings.expiresOn,
    });
}

export async function findPeriodMonths(db: Tx): Promise<number> {
  const [row] = await db.select().from(filingSettings).where(eq(filingSettings.id, 1));
  return row?.periodMonths ?? 6;
}

export async function updatePeriodMonths(db: Tx, months: number) {
  await db.update(filingSettings).set({ periodMonths: months, updatedAt: new Date() }).where(eq(filingSettings.id, 1));
}

/** The units of the given filings (the holders a conflict names). */
export async function findFilingUnits(db: Tx, filingIds: number[]) {
  if (filingIds.length === 0) return [];
  return db
    .select({ filing_id: filings.id, unit_id: units.id, unit_name: units.name })
    .from(filings)
    .innerJoin(units, eq(units.id, filings.unitId))
    .where(inArray(filings.id, filingIds));
}
