import { addMonths, msg, shanghaiDate } from '@zhaoshang/shared';
import type { Database, Tx } from '../../db/client.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { checkChainSegment } from '../chains/chains.service.ts';
import { findCompanyById } from '../companies/companies.repository.ts';
import { insertForUnits } from '../notifications/notifications.repository.ts';
import { findOfficeUnitIds } from '../org/units.repository.ts';
import { canRenewFiling, canSeeFilingContents, filingsPolicy } from './filings.policy.ts';
import {
  claimExpiringFilings,
  expireFilings,
  type FilingRow,
  findConflictById,
  findConflicts,
  findFilingById,
  findFilings,
  findFilingUnits,
  findPeriodMonths,
  insertConflict,
  insertFiling,
  insertFilingUpdate,
  updateConflict,
  updateFiling,
  updatePeriodMonths,
} from './filings.repository.ts';
import { findActiveHolders, type HolderFiling } from './holder-sets.repository.ts';
import { lockGroupOf, sameHolders } from './holder-sets.ts';

export type FileInput = {
  companyId: number;
  projectName?: string | null;
  notes?: string | null;
  chainId?: number | null;
  segmentId?: number | null;
};
export type Holder = {
  filingId: number;
  unitId: number;
  unitName: string;
  expiresOn: string;
  creditShare: number | null;
};
export type FileResult =
  | { outcome: 'filed'; filingId: number; expiresOn: string }
  | {
      outcome: 'conflict';
      conflictId: number;
      heldBy: { unitId: number; expiresOn: string };
      holders: Holder[];
    };

const holderOf = (f: HolderFiling): Holder => ({
  filingId: f.id,
  unitId: f.unit_id,
  unitName: f.unit_name,
  expiresOn: f.expires_on,
  creditShare: f.credit_share === null ? null : Number(f.credit_share),
});

/**
 * Files an investor for the asking unit. When other units hold the company's group (one filing
 * or a joint set), a conflict naming all of them is opened for the office instead. Claims on
 * one group are serialised by an advisory lock on the group's top (see holder-sets.ts), so
 * concurrent filings give one filing and the rest conflicts, joint holders or not.
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
    const groupCompanyId = await lockGroupOf(tx, company.id);
    const holders = await findActiveHolders(tx, groupCompanyId);
    const own = holders.find((f) => f.unit_id === actor.unitId);
    if (own)
      throw new AppError(
        'DUPLICATE',
        { filingId: own.id, expiresOn: own.expires_on },
        msg('filing.ownActive', { date: own.expires_on }),
      );
    if (holders.length === 0) {
      const expiresOn = addMonths(today, await findPeriodMonths(tx));
      const filingId = await insertFiling(tx, {
        ...picked,
        companyId: company.id,
        groupCompanyId,
        unitId: actor.unitId,
        projectName: input.projectName ?? null,
        notes: input.notes ?? null,
        startsOn: today,
        expiresOn,
        createdBy: actor.userId,
      });
      await recordAudit(tx, ctx, {
        action: 'filing.create',
        entityType: 'filing',
        entityId: filingId,
        after: { company: company.name, unit: actor.unitName, startsOn: today, expiresOn },
      });
      return { outcome: 'filed', filingId, expiresOn };
    }
    const first = holders[0]!;
    const holderFilingIds = holders.map((h) => h.id);
    const conflictId = await insertConflict(tx, {
      companyId: company.id,
      groupCompanyId,
      existingFilingId: first.id,
      holderFilingIds,
      claimantUnitId: actor.unitId,
      claimantUserId: actor.userId,
      projectName: input.projectName ?? null,
      notes: input.notes ?? null,
    });
    // Every holder learns of it, the claimant too, and the office that must arbitrate.
    const told = [...holders.map((h) => h.unit_id), actor.unitId, ...(await findOfficeUnitIds(tx))];
    await insertForUnits(tx, [...new Set(told)], {
      kind: 'conflict.opened',
      message: msg('notification.conflictOpened', { company: company.name }),
      entityType: 'conflict',
      entityId: String(conflictId),
    });
    await recordAudit(tx, ctx, {
      action: 'conflict.open',
      entityType: 'conflict',
      entityId: conflictId,
      after: { company: company.name, claimant: actor.unitName, holderFilingId: first.id, holderFilingIds },
    });
    return {
      outcome: 'conflict',
      conflictId,
      heldBy: { unitId: first.unit_id, expiresOn: first.expires_on },
      holders: holders.map(holderOf),
    };
  });
}

export type Decision =
  | { kind: 'assign'; unitId: number; reason: string }
  | { kind: 'joint'; shares: { unitId: number; percent: number }[]; reason: string }
  | { kind: 'reject'; reason: string };

/**
 * The office's decision on a conflict: assign the group to one of the parties (the holders and
 * the claimant), a joint filing of all parties with a credit split, or reject the claim. The
 * group stays held by one holder set. When the group's holders are no longer those the claim
 * ran into (an expiry, a merge or another decision came first), assigning or a joint filing is
 * refused as stale (409); rejecting, which changes no filing, is still allowed.
 */
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
    const groupCompanyId = await lockGroupOf(tx, conflict.companyId);
    const holders = await findActiveHolders(tx, groupCompanyId);
    const stale = !sameHolders(
      holders.map((h) => h.id),
      conflict.holderFilingIds,
    );
    if (stale && decision.kind !== 'reject')
      throw new AppError(
        'CONFLICT_VERSION',
        { holderFilingIds: conflict.holderFilingIds, now: holders.map((h) => h.id) },
        msg('filing.conflictStale'),
      );
    const parties = [...new Set([...holders.map((h) => h.unit_id), conflict.claimantUnitId])];
    const today = shanghaiDate();
    const months = await findPeriodMonths(tx);
    const claimantFiling = (extra: Partial<FilingRow>) =>
      insertFiling(tx, {
        companyId: conflict.companyId,
        groupCompanyId,
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
      // The chosen party alone holds the group: the others' filings are superseded.
      for (const h of holders)
        if (h.unit_id !== decision.unitId) await updateFiling(tx, h.id, { status: 'superseded' });
      if (decision.unitId === conflict.claimantUnitId) await claimantFiling({});
      else if (holders.length > 1) {
        const kept = holders.find((h) => h.unit_id === decision.unitId)!;
        await updateFiling(tx, kept.id, { jointConflictId: null, creditShare: null });
      }
    } else if (decision.kind === 'joint') {
      const units = decision.shares.map((s) => s.unitId).sort((a, b) => a - b);
      const total = decision.shares.reduce((sum, s) => sum + Math.round(s.percent * 100), 0);
      if (
        new Set(units).size !== units.length ||
        units.join() !== [...parties].sort((a, b) => a - b).join() ||
        decision.shares.some((s) => !(s.percent > 0)) ||
        total !== 10000
      ) {
        throw new AppError('VALIDATION_FAILED', {
          issues: [{ path: 'shares', message: msg('filing.jointShares') }],
        });
      }
      status = 'joint';
      const share = (unitId: number) => String(decision.shares.find((s) => s.unitId === unitId)!.percent);
      for (const h of holders)
        await updateFiling(tx, h.id, { jointConflictId: conflict.id, creditShare: share(h.unit_id) });
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
      before: { status: 'open', holderFilingIds: holders.map((h) => h.id) },
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
  const rows = await findConflicts(database.db, status, 200);
  const unitOf = new Map(
    (await findFilingUnits(database.db, [...new Set(rows.flatMap((r) => r.holder_filing_ids))])).map((u) => [
      u.filing_id,
      { id: u.unit_id, name: u.unit_name },
    ]),
  );
  return rows.map((r) => ({
    id: r.id as number,
    company: { id: r.company_id as number, name: r.company_name as string },
    existingFilingId: r.existing_filing_id as number,
    holderUnit: { id: r.holder_unit_id as number, name: r.holder_unit_name as string },
    holders: r.holder_filing_ids.map((filingId) => ({ filingId, unit: unitOf.get(filingId)! })),
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
