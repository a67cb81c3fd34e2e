import { addMonths, msg, shanghaiDate } from '@zhaoshang/shared';
import { type Database, isUniqueViolation, type Tx } from '../../db/client.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { checkChainSegment } from '../chains/chains.service.ts';
import { findCompanyById, findGroupCompanyId } from '../companies/companies.repository.ts';
import { insertForUnits } from '../notifications/notifications.repository.ts';
import { findOfficeUnitIds } from '../org/units.repository.ts';
import { canRenewFiling, canSeeFilingContents, filingsPolicy } from './filings.policy.ts';
import {
  claimExpiringFilings,
  expireFilings,
  type FilingRow,
  findActiveFilingsOfGroup,
  findConflictById,
  findConflicts,
  findFilingById,
  findFilings,
  findPeriodMonths,
  insertConflict,
  insertFiling,
  insertFilingUpdate,
  updateConflict,
  updateFiling,
  updatePeriodMonths,
} from './filings.repository.ts';

export type FileInput = {
  companyId: number;
  projectName?: string | null;
  notes?: string | null;
  chainId?: number | null;
  segmentId?: number | null;
};
export type FileResult =
  | { outcome: 'filed'; filingId: number; expiresOn: string }
  | { outcome: 'conflict'; conflictId: number; heldBy: { unitId: number; expiresOn: string } };

/**
 * Files an investor for the asking unit. When another unit holds an active filing of the same
 * company group, a conflict is opened for the office instead: the database's unique index
 * decides who was first, so concurrent filings give one filing and the rest conflicts.
 */
export async function fileInvestor(database: Database, ctx: RequestContext, input: FileInput): Promise<FileResult> {
  const actor = requireActor(ctx);
  filingsPolicy.assert(actor, 'filing.create');
  const today = shanghaiDate();
  return database.db.transaction(async (tx) => {
    const company = await findCompanyById(tx, input.companyId);
    if (!company || company.mergedIntoId)
      throw new AppError('INVALID_REFERENCE', { field: 'companyId', id: input.companyId });
    const picked = await checkChainSegment(tx, input.chainId, input.segmentId);
    const groupCompanyId = (await findGroupCompanyId(tx, company.id))!;
    const own = (await findActiveFilingsOfGroup(tx, groupCompanyId)).find((f) => f.unitId === actor.unitId);
    if (own)
      throw new AppError(
        'DUPLICATE',
        { filingId: own.id, expiresOn: own.expiresOn },
        msg('filing.ownActive', { date: own.expiresOn }),
      );
    const expiresOn = addMonths(today, await findPeriodMonths(tx));
    try {
      const filingId = await tx.transaction((sp) =>
        insertFiling(sp, {
          ...picked,
          companyId: company.id,
          groupCompanyId,
          unitId: actor.unitId,
          projectName: input.projectName ?? null,
          notes: input.notes ?? null,
          startsOn: today,
          expiresOn,
          createdBy: actor.userId,
        }),
      );
      await recordAudit(tx, ctx, {
        action: 'filing.create',
        entityType: 'filing',
        entityId: filingId,
        after: { company: company.name, unit: actor.unitName, startsOn: today, expiresOn },
      });
      return { outcome: 'filed', filingId, expiresOn };
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
    }
    const holder = (await findActiveFilingsOfGroup(tx, groupCompanyId))[0];
    if (!holder) throw new AppError('CONFLICT_VERSION', undefined, msg('filing.changedRetry'));
    const conflictId = await insertConflict(tx, {
      companyId: company.id,
      groupCompanyId,
      existingFilingId: holder.id,
      claimantUnitId: actor.unitId,
      claimantUserId: actor.userId,
      projectName: input.projectName ?? null,
      notes: input.notes ?? null,
    });
    // Both units learn of it, and so does the office that must arbitrate.
    await insertForUnits(tx, [...new Set([holder.unitId, actor.unitId, ...(await findOfficeUnitIds(tx))])], {
      kind: 'conflict.opened',
      message: msg('notification.conflictOpened', { company: company.name }),
      entityType: 'conflict',
      entityId: String(conflictId),
    });
    await recordAudit(tx, ctx, {
      action: 'conflict.open',
      entityType: 'conflict',
      entityId: conflictId,
      after: { company: company.name, claimant: actor.unitName, holderFilingId: holder.id },
    });
    return { outcome: 'conflict', conflictId, heldBy: { unitId: holder.unitId, expiresOn: holder.expiresOn } };
  });
}

export type Decision =
  | { kind: 'assign'; unitId: number; reason: string }
  | { kind: 'joint'; shares: { unitId: number; percent: number }[]; reason: string }
  | { kind: 'reject'; reason: string };

/** The office's decision on a conflict: assign to one unit, a joint filing with a credit split, or reject. */
export async function decideConflict(database: Database, ctx: RequestContext, conflictId: number, decision: Decision) {
  const actor = requireActor(ctx);
  filingsPolicy.assert(actor, 'conflict.decide');
  if (!decision.reason.trim())
    throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'reason', message: msg('filing.decisionReason') }] });
  return database.db.transaction(async (tx) => {
    const conflict = await findConflictById(tx, conflictId, true);
    if (!conflict) throw new AppError('NOT_FOUND', { entity: 'conflict', id: conflictId });
    if (conflict.status !== 'open')
      throw new AppError('CONFLICT_VERSION', { status: conflict.status }, msg('filing.conflictDecided'));
    const holder = (await findFilingById(tx, conflict.existingFilingId))!;
    const parties = [holder.unitId, conflict.claimantUnitId];
    const today = shanghaiDate();
    const months = await findPeriodMonths(tx);
    const claimantFiling = (extra: Partial<FilingRow>) =>
      insertFiling(tx, {
        companyId: conflict.companyId,
        groupCompanyId: conflict.groupCompanyId,
        unitId: conflict.claimantUnitId,
        projectName: conflict.projectName,
        notes: conflict.notes,
        startsOn: today,
        expiresOn: addMonths(today, months),
        createdBy: conflict.claimantUserId,
        ...extra,
      });
    let status: 'assigned' | 'joint' | 'rejected';
    if (decision.kind === 'assign') {
      if (!parties.includes(decision.unitId))
        throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'unitId', message: msg('filing.assignParty') }] });
      status = 'assigned';
      if (decision.unitId === conflict.claimantUnitId) {
        await updateFiling(tx, holder.id, { status: 'superseded' });
        await claimantFiling({});
      }
    } else if (decision.kind === 'joint') {
      const units = decision.shares.map((s) => s.unitId).sort();
      const total = decision.shares.reduce((sum, s) => sum + s.percent, 0);
      if (units.join() !== [...parties].sort().join() || Math.abs(total - 100) > 1e-9) {
        throw new AppError('VALIDATION_FAILED', {
          issues: [{ path: 'shares', message: msg('filing.jointShares') }],
        });
      }
      status = 'joint';
      const share = (unitId: number) => String(decision.shares.find((s) => s.unitId === unitId)!.percent);
      await updateFiling(tx, holder.id, { jointConflictId: conflict.id, creditShare: share(holder.unitId) });
      await claimantFiling({ jointConflictId: conflict.id, creditShare: share(conflict.claimantUnitId) });
    } else {
      status = 'rejected';
    }
    await updateConflict(tx, conflict.id, { status, decision, decidedBy: actor.userId, decidedAt: new Date() });
    const company = (await findCompanyById(tx, conflict.companyId))!;
    await insertForUnits(tx, parties, {
      kind: 'conflict.decided',
      message: msg('notification.conflictDecided', {
        company: company.name,
        outcome: msg(`notification.outcome.${status}`),
      }),
      entityType: 'conflict',
      entityId: String(conflict.id),
    });
    await recordAudit(tx, ctx, {
      action: 'conflict.decide',
      entityType: 'conflict',
      entityId: conflict.id,
      before: { status: 'open' },
      after: { status, decision },
    });
    return { id: conflict.id, status };
  });
}

/** Renews a filing for another period; only with a progress update, which is recorded. */
export async function renewFiling(database: Database, ctx: RequestContext, filingId: number, progress: string) {
  const actor = requireActor(ctx);
  filingsPolicy.assert(actor, 'filing.renew');
  if (!progress.trim())
    throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'progress', message: msg('filing.renewProgress') }] });
  return database.db.transaction(async (tx) => {
    const filing = await findFilingById(tx, filingId);
    if (!filing || !canRenewFiling(actor, filing)) throw new AppError('NOT_FOUND', { entity: 'filing', id: filingId });
    if (filing.status !== 'active')
      throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'status', message: msg('filing.renewActiveOnly') }] });
    const expiresOn = addMonths(filing.expiresOn, await findPeriodMonths(tx));
    await insertFilingUpdate(tx, { filingId, note: progress.trim(), createdBy: actor.userId });
    await updateFiling(tx, filingId, { expiresOn, expiryNoticeSent: false });
    await recordAudit(tx, ctx, {
      action: 'filing.renew',
      entityType: 'filing',
      entityId: filingId,
      before: { expiresOn: filing.expiresOn },
      after: { expiresOn, progress: progress.trim() },
    });
    return { id: filingId, expiresOn };
  });
}

/** Filings as the asker may see them: contents only for the holder, the office and leaders. */
export async function listFilings(
  database: Database,
  ctx: RequestContext,
  f: { companyId?: number; unitId?: number; status?: string },
) {
  const actor = requireActor(ctx);
  filingsPolicy.assert(actor, 'filing.list');
  const rows = await findFilings(database.db, f, 200);
  return rows.map((r) => {
    const visible = canSeeFilingContents(actor, { unitId: r.unit_id as number });
    return {
      id: r.id as number,
      company: { id: r.company_id as number, name: r.company_name as string },
      unit: { id: r.unit_id as number, name: r.unit_name as string },
      startsOn: r.starts_on as string,
      expiresOn: r.expires_on as string,
      status: r.status as 'active' | 'expired' | 'released' | 'superseded',
      joint: r.joint_conflict_id !== null,
      creditShare: r.credit_share === null ? null : Number(r.credit_share),
      projectName: visible ? (r.project_name as string | null) : null,
      notes: visible ? (r.notes as string | null) : null,
      contentsVisible: visible,
    };
  });
}

export async function listConflicts(database: Database, ctx: RequestContext, status?: string) {
  filingsPolicy.assert(requireActor(ctx), 'conflict.list');
  return (await findConflicts(database.db, status, 200)).map((r) => ({
    id: r.id as number,
    company: { id: r.company_id as number, name: r.company_name as string },
    existingFilingId: r.existing_filing_id as number,
    holderUnit: { id: r.holder_unit_id as number, name: r.holder_unit_name as string },
    claimantUnit: { id: r.claimant_unit_id as number, name: r.claimant_unit_name as string },
    projectName: r.project_name as string | null,
    status: r.status as 'open' | 'assigned' | 'joint' | 'rejected',
    decision: r.decision ?? null,
    createdAt: r.created_at as string,
    version: r.version as number,
  }));
}

/**
 * The scheduled check: expires filings past their date (freeing the investor) and tells units
 * a week before. Safe to run from every app process: each row changes once.
 */
export async function runFilingExpiry(database: Database, ctx: RequestContext, today = shanghaiDate()) {
  return database.db.transaction(async (tx: Tx) => {
    const expired = await expireFilings(tx, today);
    for (const f of expired) {
      await insertForUnits(tx, [f.unit_id], {
        kind: 'filing.expired',
        message: msg('notification.filingExpired'),
        entityType: 'filing',
        entityId: String(f.id),
      });
    }
    const expiring = await claimExpiringFilings(tx, today);
    for (const f of expiring) {
      await insertForUnits(tx, [f.unit_id], {
        kind: 'filing.expiring',
        message: msg('notification.filingExpiring', { date: f.expires_on }),
        entityType: 'filing',
        entityId: String(f.id),
      });
    }
    if (expired.length || expiring.length) {
      await recordAudit(tx, ctx, {
        action: 'filing.expire',
        entityType: 'filing',
        after: { expired: expired.map((f) => f.id), noticed: expiring.map((f) => f.id) },
      });
    }
    return { expired: expired.length, noticed: expiring.length };
  });
}

export async function getFilingPeriod(database: Database, ctx: RequestContext) {
  filingsPolicy.assert(requireActor(ctx), 'filing.list');
  return { periodMonths: await findPeriodMonths(database.db) };
}

/** The office sets how many months a filing (and each renewal) holds an investor. */
export async function setFilingPeriod(database: Database, ctx: RequestContext, periodMonths: number) {
  filingsPolicy.assert(requireActor(ctx), 'conflict.decide');
  await database.db.transaction(async (tx) => {
    const before = await findPeriodMonths(tx);
    await updatePeriodMonths(tx, periodMonths);
    await recordAudit(tx, ctx, {
      action: 'filing.settings',
      entityType: 'filing_settings',
      entityId: 1,
      before: { periodMonths: before },
      after: { periodMonths },
    });
  });
  return { periodMonths };
}
