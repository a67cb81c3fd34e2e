import { and, asc, count, desc, eq, gt, gte, ilike, lt, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { auditHead, auditLog } from '../../db/schema/index.ts';
import { type ChainedRecord, chainHash } from './audit-chain.ts';

export type AuditFilter = {
  from?: string;
  to?: string;
  username?: string;
  action?: string;
  entityType?: string;
  outcome?: 'success' | 'failure';
};

/** Appends one record under the head lock; must run inside the transaction of the change. */
export async function insertAuditRecord(tx: Tx, fields: Omit<ChainedRecord, 'id' | 'at'>): Promise<number> {
  const [head] = await tx.select().from(auditHead).where(eq(auditHead.id, 1)).for('update');
  if (!head) throw new Error('audit_head is missing: the database was not migrated');
  // PostgreSQL keeps microseconds; the chain hashes milliseconds, so store exactly those.
  const record: ChainedRecord = { ...fields, id: head.lastId + 1, at: new Date() };
  const hash = chainHash(head.lastHash, record);
  await tx
    .insert(auditLog)
    .values({ ...record, before: record.before ?? null, after: record.after ?? null, prevHash: head.lastHash, hash });
  await tx.update(auditHead).set({ lastId: record.id, lastHash: hash }).where(eq(auditHead.id, 1));
  return record.id;
}

/** Calendar dates are Asia/Shanghai days. */
function filterWhere(f: AuditFilter): SQL | undefined {
  const conds: (SQL | undefined)[] = [
    f.from ? gte(auditLog.at, sql`(${f.from}::date::timestamp at time zone 'Asia/Shanghai')`) : undefined,
    f.to ? lt(auditLog.at, sql`((${f.to}::date + 1)::timestamp at time zone 'Asia/Shanghai')`) : undefined,
    f.username ? ilike(auditLog.username, `%${f.username.replace(/[\\%_]/g, '\\$&')}%`) : undefined,
    f.action ? eq(auditLog.action, f.action) : undefined,
    f.entityType ? eq(auditLog.entityType, f.entityType) : undefined,
    f.outcome ? eq(auditLog.outcome, f.outcome) : undefined,
  ];
  return and(...conds.filter(Boolean));
}

export async function findAuditRecords(db: Tx, f: AuditFilter, page: { limit: number; offset: number }) {
  const where = filterWhere(f);
  const [items, [total]] = await Promise.all([
    db.select().from(auditLog).where(where).orderBy(desc(auditLog.id)).limit(page.limit).offset(page.offset),
    db.select({ n: count() }).from(auditLog).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function findAuditActions(db: Tx): Promise<string[]> {
  const rows = await db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(asc(auditLog.action));
  return rows.map((r) => r.action);
}

export async function findAuditBatch(db: Tx, afterId: number, limit: number) {
  return db.select().from(auditLog).where(gt(auditLog.id, afterId)).orderBy(asc(auditLog.id)).limit(limit);
}

export async function findAuditHead(db: Tx) {
  const [head] = await db.select().from(auditHead).where(eq(auditHead.id, 1));
  return head;
}
