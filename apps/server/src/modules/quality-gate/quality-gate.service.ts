import {
  amountProblemMessage,
  type GateReason,
  type GateStatus,
  gateReasonsOf,
  type IntakeCriteria,
  mayOn,
  msg,
  nextGateStatus,
  parseWan,
  wanToYuan,
  yuanToWan,
} from '@zhaoshang/shared';
import type { Database, Tx } from '../../db/client.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { insertForUnits } from '../notifications/notifications.repository.ts';
import { insertHistory } from '../projects/projects.repository.ts';
import { qualityGatePolicy } from './quality-gate.policy.ts';
import {
  type CriteriaRow,
  decideReviewRow,
  findCriteriaHistory,
  findCurrentCriteria,
  findPendingReviewUnit,
  findProjectGate,
  findReviewById,
  findReviews,
  insertCriteria,
  insertReview,
  type ReviewRow,
  setProjectGate,
  withdrawPendingReview,
} from './quality-gate.repository.ts';

const criteriaOf = (r: CriteriaRow): IntakeCriteria => ({
  minAgreedYuan: r.min_agreed_yuan === null ? null : BigInt(r.min_agreed_yuan),
  chainFitRequired: r.chain_fit_required,
});

function presentCriteria(r: CriteriaRow) {
  return {
    version: r.id,
    minAgreedWan: r.min_agreed_yuan === null ? null : yuanToWan(BigInt(r.min_agreed_yuan)),
    chainFitRequired: r.chain_fit_required,
    note: r.note,
    setBy: r.set_by_name,
    setAt: r.set_at,
  };
}

function presentReview(r: ReviewRow) {
  return {
    id: r.id,
    project: { id: r.project_id, name: r.project_name, agreedWan: yuanToWan(BigInt(r.agreed_yuan)) },
    unit: { id: r.unit_id, name: r.unit_name },
    reasons: r.reasons as GateReason[],
    requestedBy: r.requested_by_name,
    status: r.status as 'pending' | 'approved' | 'rejected',
    note: r.note,
    decidedBy: r.decided_by_name,
    decidedAt: r.decided_at,
    createdAt: r.created_at,
  };
}

/**
 * Judges a saved project against the criteria in force, inside the save's transaction: a
 * project missing one is marked pending with its reasons and its unit head is asked (one
 * pending request per project, replaced when the reasons change); one meeting them again is
 * clear. Criteria apply from the save on: setting them re-judges no project already stored.
 */
export async function evaluateProjectGate(
  tx: Tx,
  who: { id: number | null; name: string },
  projectId: number,
): Promise<GateStatus> {
  const p = await findProjectGate(tx, projectId);
  if (!p) throw new AppError('NOT_FOUND');
  const criteria = await findCurrentCriteria(tx);
  const current = { status: p.gate_status as GateStatus, reasons: p.gate_reasons };
  if (!criteria && current.status === 'clear') return 'clear';
  const reasons = gateReasonsOf(criteria ? criteriaOf(criteria) : null, {
    agreedYuan: BigInt(p.agreed_yuan),
    fitsPositioning: p.fits_positioning,
  });
  const next = nextGateStatus(current, reasons);
  const sameReasons = reasons.join() === current.reasons.join();
  if (next === 'approved' && current.status === 'approved') return next;
  // A pending request stays while the reasons and the deciding unit (the host) are the same.
  if (next === 'pending' && current.status === 'pending' && sameReasons) {
    if ((await findPendingReviewUnit(tx, projectId)) === p.host_unit_id) return next;
  } else if (next === current.status && sameReasons) return next;
  await withdrawPendingReview(tx, projectId);
  await setProjectGate(tx, projectId, next, reasons);
  await insertHistory(tx, projectId, { kind: 'gate', changes: { status: next, reasons } }, who);
  if (next === 'pending') {
    await insertReview(tx, {
      projectId,
      unitId: p.host_unit_id,
      criteriaId: criteria!.id,
      reasons,
      requestedBy: who.id,
    });
    await insertForUnits(
      tx,
      [p.host_unit_id],
      {
        kind: 'gate.pending',
        message: msg('notification.gatePending', {
          project: p.name,
          reasons: reasons.map((r) => msg(`label.gateReason.${r}`)),
        }),
        entityType: 'project',
        entityId: String(projectId),
      },
      ['unit_manager'],
    );
  }
  return next;
}

/** Judges many saved projects (an import): nothing to do while the office has set no criteria. */
export async function evaluateProjectsGate(
  tx: Tx,
  who: { id: number | null; name: string },
  projectIds: readonly number[],
): Promise<void> {
  if (!projectIds.length || !(await findCurrentCriteria(tx))) return;
  for (const id of projectIds) await evaluateProjectGate(tx, who, id);
}

/** The criteria in force and their earlier versions. */
export async function getCriteria(database: Database, ctx: RequestContext) {
  const actor = requireActor(ctx);
  qualityGatePolicy.assert(actor, 'gate.read');
  const history = await findCriteriaHistory(database.db, 50);
  return { current: history[0] ? presentCriteria(history[0]) : null, history: history.map(presentCriteria) };
}

/** Sets a new version of the intake criteria (the office). */
export async function setCriteria(
  database: Database,
  ctx: RequestContext,
  input: { minAgreedWan: string | null; chainFitRequired: boolean; note: string | null },
) {
  const actor = requireActor(ctx);
  qualityGatePolicy.assert(actor, 'gate.criteria');
  let minAgreedYuan: bigint | null = null;
  if (input.minAgreedWan !== null && input.minAgreedWan.trim() !== '') {
    const parsed = parseWan(input.minAgreedWan.trim());
    if ('problem' in parsed) {
      const message = parsed.problem === 'negative' ? msg('gate.minNegative') : amountProblemMessage(parsed.problem);
      throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'minAgreedWan', message }] }, message);
    }
    minAgreedYuan = wanToYuan(parsed.value);
  }
  return database.db.transaction(async (tx) => {
    const before = await findCurrentCriteria(tx);
    const note = input.note?.trim() || null;
    const id = await insertCriteria(tx, {
      minAgreedYuan,
      chainFitRequired: input.chainFitRequired,
      note,
      setBy: actor.userId,
    });
    await recordAudit(tx, ctx, {
      action: 'gate.criteria',
      entityType: 'intake_criteria',
      entityId: id,
      before: before ? { minAgreedYuan: before.min_agreed_yuan, chainFitRequired: before.chain_fit_required } : null,
      after: { minAgreedYuan: minAgreedYuan?.toString() ?? null, chainFitRequired: input.chainFitRequired, note },
    });
    return { version: id };
  });
}

/** Approval requests: the office and leaders see every unit's, a unit its own. */
export async function listReviews(database: Database, ctx: RequestContext, q: { status?: string }) {
  const actor = requireActor(ctx);
  qualityGatePolicy.assert(actor, 'gate.read');
  const all = actor.role === 'office' || actor.role === 'leader';
  const rows = await findReviews(database.db, { status: q.status, unitId: all ? undefined : actor.unitId });
  return { items: rows.map(presentReview) };
}

/**
 * A unit head approves or rejects a project that misses the criteria. Nobody decides on a
 * project they entered or saved into the gate themself, and a decision is taken once.
 */
export async function decideReview(
  database: Database,
  ctx: RequestContext,
  id: number,
  input: { decision: 'approved' | 'rejected'; note: string },
) {
  const actor = requireActor(ctx);
  qualityGatePolicy.assert(actor, 'gate.decide');
  const note = input.note.trim();
  if (input.decision === 'rejected' && !note)
    throw new AppError(
      'VALIDATION_FAILED',
      { issues: [{ path: 'note', message: msg('gate.noteRequired') }] },
      msg('gate.noteRequired'),
    );
  await database.db.transaction(async (tx) => {
    const r = await findReviewById(tx, id, { forUpdate: true });
    // Another unit's review answers as one that does not exist: its project is not theirs to learn of.
    if (!r || !mayOn(actor, 'gate.decide', { unitId: r.unit_id })) throw new AppError('NOT_FOUND');
    if (r.status === 'withdrawn') throw new AppError('CONFLICT_VERSION', { status: r.status }, msg('gate.withdrawn'));
    if (r.status !== 'pending')
      throw new AppError(
        'CONFLICT_VERSION',
        { status: r.status },
        msg('gate.alreadyDecided', { status: msg(`label.gateStatus.${r.status as 'approved' | 'rejected'}`) }),
      );
    if (actor.userId === r.requested_by || actor.userId === r.project_created_by)
      throw new AppError('FORBIDDEN', { reason: 'self_approval' }, msg('gate.selfApproval'));
    if (!(await decideReviewRow(tx, id, { status: input.decision, note, decidedBy: actor.userId })))
      throw new AppError('CONFLICT_VERSION', { status: 'decided' });
    await setProjectGate(tx, r.project_id, input.decision, r.reasons);
    await insertHistory(
      tx,
      r.project_id,
      { kind: 'gate', changes: { status: input.decision, reasons: r.reasons }, reason: note || null },
      { id: actor.userId, name: actor.displayName },
    );
    await insertForUnits(tx, [r.unit_id], {
      kind: 'gate.decided',
      message: msg('notification.gateDecided', {
        project: r.project_name,
        decision: msg(`label.gateStatus.${input.decision}`),
      }),
      entityType: 'project',
      entityId: String(r.project_id),
    });
    await recordAudit(tx, ctx, {
      action: input.decision === 'approved' ? 'gate.approve' : 'gate.reject',
      entityType: 'gate_review',
      entityId: id,
      before: { status: 'pending', reasons: r.reasons },
      after: { status: input.decision, note, projectId: r.project_id },
    });
  });
}
