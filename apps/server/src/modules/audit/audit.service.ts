import type { Database, Tx } from '../../db/client.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { auditPolicy } from './audit.policy.ts';
import {
  type AuditFilter,
  findAuditActions,
  findAuditBatch,
  findAuditHead,
  findAuditRecords,
  insertAuditRecord,
} from './audit.repository.ts';
import { type ChainBreak, checkChainSegment, GENESIS_HASH } from './audit-chain.ts';

export type AuditEvent = {
  action: string;
  entityType?: string;
  entityId?: string | number;
  before?: unknown;
  after?: unknown;
  outcome?: 'success' | 'failure';
  /** For events without a logged-in actor (a failed login): who it was about. */
  subject?: { userId: number | null; username: string | null; unitId?: number | null; unitName?: string | null };
};

/** Records an event in the audit trail; call it inside the transaction of the change it records. */
export async function recordAudit(tx: Tx, ctx: RequestContext, event: AuditEvent): Promise<void> {
  const who = ctx.actor
    ? { userId: ctx.actor.userId, username: ctx.actor.username, unitId: ctx.actor.unitId, unitName: ctx.actor.unitName }
    : { userId: null, username: ctx.systemName ?? null, unitId: null, unitName: null, ...event.subject };
  await insertAuditRecord(tx, {
    userId: who.userId ?? null,
    username: who.username ?? null,
    unitId: who.unitId ?? null,
    unitName: who.unitName ?? null,
    action: event.action,
    entityType: event.entityType ?? null,
    entityId: event.entityId === undefined ? null : String(event.entityId),
    before: event.before ?? null,
    after: event.after ?? null,
    clientIp: ctx.clientIp,
    outcome: event.outcome ?? 'success',
    requestId: ctx.requestId,
  });
}

export async function listAuditRecords(
  database: Database,
  ctx: RequestContext,
  f: AuditFilter,
  page: number,
  pageSize: number,
) {
  auditPolicy.assert(requireActor(ctx), 'audit.read');
  return findAuditRecords(database.db, f, { limit: pageSize, offset: (page - 1) * pageSize });
}

export async function listAuditActions(database: Database, ctx: RequestContext) {
  auditPolicy.assert(requireActor(ctx), 'audit.read');
  return findAuditActions(database.db);
}

export type VerifyResult = { ok: boolean; checked: number; firstBroken: ChainBreak | null };

/** Walks the whole chain in batches; finds the first altered, inserted or deleted record. */
export async function verifyAuditChain(database: Database): Promise<VerifyResult> {
  let expected = { id: 0, hash: GENESIS_HASH };
  let checked = 0;
  for (;;) {
    const batch = await findAuditBatch(database.db, expected.id, 5000);
    if (batch.length === 0) break;
    const { broken, last } = checkChainSegment(batch, expected);
    if (broken) return { ok: false, checked: last.id, firstBroken: broken };
    checked += batch.length;
    expected = last;
  }
  const head = await findAuditHead(database.db);
  if (!head || head.lastId !== expected.id || head.lastHash !== expected.hash) {
    return { ok: false, checked, firstBroken: { id: expected.id + 1, reason: 'tail_removed' } };
  }
  return { ok: true, checked, firstBroken: null };
}

/** The auditor's check from the web page: the same walk, permission-checked. */
export async function verifyAuditChainAs(database: Database, ctx: RequestContext) {
  auditPolicy.assert(requireActor(ctx), 'audit.verify');
  return verifyAuditChain(database);
}
