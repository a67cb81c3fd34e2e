import { type Message, msg } from '@zhaoshang/shared';
import { type Database, isUniqueViolation, type Tx } from '../../db/client.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findGroupChain, GROUP_DEPTH_CAP, regroupUnder } from '../filings/holder-sets.repository.ts';
import { assertOneHolderSet, groupTopOf, lockGroupsOf } from '../filings/holder-sets.ts';
import { companiesPolicy } from './companies.policy.ts';
import { findCompanyById, findGroupCompanyId } from './companies.repository.ts';
import {
  clearCompanyMerged,
  countProjectClashes,
  countSameDayLeads,
  findCompanyMergeForUpdate,
  findCompanyTakingName,
  insertCompanyMerge,
  lockCompanies,
  type Moved,
  markCompanyMerged,
  markMergeUndone,
  moveCompanyRecords,
} from './company-merge.repository.ts';

/** Moves the records of one company to another, into the group of the receiving company. */
async function moveRecords(tx: Tx, from: number, to: number, only?: Moved): Promise<Moved> {
  return moveCompanyRecords(tx, from, to, (await findGroupCompanyId(tx, to))!, only);
}

/** Runs a move; the unique index of single active filings firing means two holder sets. */
async function clashOnUnique<T>(message: Message, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'mergedId', message }] });
  }
}

/**
 * Merges a duplicate registry record into its survivor: its leads, filings, conflicts, projects
 * and subsidiaries move over and the duplicate is kept, marked as merged. Refused when the move
 * would give the survivor's group two active holder sets (holder-sets.ts), put two same-day
 * leads of one unit on the survivor, or make a loop of parent groups.
 */
export async function mergeCompanies(
  database: Database,
  ctx: RequestContext,
  input: { survivorId: number; mergedId: number; reason: string },
) {
  const actor = requireActor(ctx);
  companiesPolicy.assert(actor, 'company.merge');
  if (input.survivorId === input.mergedId)
    throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'mergedId', message: msg('company.mergeSelf') }] });
  if (!input.reason.trim())
    throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'reason', message: msg('company.mergeReason') }] });
  return database.db.transaction(async (tx) => {
    await lockCompanies(tx, input.survivorId, input.mergedId);
    const survivor = await findCompanyById(tx, input.survivorId);
    const merged = await findCompanyById(tx, input.mergedId);
    if (!survivor || !merged || survivor.mergedIntoId || merged.mergedIntoId)
      throw new AppError('NOT_FOUND', { entity: 'company' }, msg('company.goneOrMerged'));
    const clash = await countSameDayLeads(tx, survivor.id, merged.id);
    if (clash > 0)
      throw new AppError('VALIDATION_FAILED', {
        issues: [{ path: 'mergedId', message: msg('company.mergeLeadClash', { count: clash }) }],
      });
    const projectClash = await countProjectClashes(tx, survivor.id, merged.id);
    if (projectClash > 0)
      throw new AppError('VALIDATION_FAILED', {
        issues: [{ path: 'mergedId', message: msg('company.mergeProjectClash', { count: projectClash }) }],
      });
    // The merged company's subsidiaries go under the survivor: refused when that makes a loop.
    if ((await findGroupChain(tx, survivor.id)).includes(merged.id))
      throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'mergedId', message: msg('company.mergeLoop') }] });
    await lockGroupsOf(tx, [survivor.id, merged.id]);
    // The survivor's group now holds what both held: one holder set at most, or refused (the
    // unique index of single filings may be the first to say so).
    const filingClash = msg('company.mergeFilingClash');
    const moved = await clashOnUnique(filingClash, async () => {
      const moved = await moveRecords(tx, merged.id, survivor.id);
      const top = await groupTopOf(tx, survivor.id);
      await regroupUnder(tx, top);
      return moved;
    });
    await assertOneHolderSet(tx, [await groupTopOf(tx, survivor.id)], filingClash);
    await markCompanyMerged(tx, merged.id, survivor.id);
    const id = await insertCompanyMerge(tx, {
      survivorId: survivor.id,
      mergedId: merged.id,
      reason: input.reason.trim(),
      moved,
      createdBy: actor.userId,
    });
    await recordAudit(tx, ctx, {
      action: 'company.merge',
      entityType: 'company',
      entityId: survivor.id,
      after: { mergeId: id, survivor: survivor.name, merged: merged.name, moved, reason: input.reason.trim() },
    });
    return { id, moved };
  });
}

/** Undoes a merge (admin): the recorded records move back and the duplicate is a company again. */
export async function undoMerge(database: Database, ctx: RequestContext, mergeId: number) {
  const actor = requireActor(ctx);
  companiesPolicy.assert(actor, 'company.unmerge');
  return database.db.transaction(async (tx) => {
    const m = await findCompanyMergeForUpdate(tx, mergeId);
    if (!m) throw new AppError('NOT_FOUND', { entity: 'company_merge', id: mergeId });
    if (m.undone_at) throw new AppError('CONFLICT_VERSION', { mergeId }, msg('company.mergeUndone'));
    const merged = (await findCompanyById(tx, m.merged_id))!;
    const taken = await findCompanyTakingName(tx, merged);
    if (taken)
      throw new AppError('VALIDATION_FAILED', {
        issues: [{ path: 'mergeId', message: msg('company.undoNameTaken', { name: taken.name }) }],
      });
    await lockGroupsOf(tx, [m.survivor_id, merged.id]);
    await clearCompanyMerged(tx, merged.id);
    const unmergeClash = msg('company.unmergeFilingClash');
    const back = await clashOnUnique(unmergeClash, () => moveRecords(tx, m.survivor_id, m.merged_id, m.moved));
    const chain = await findGroupChain(tx, merged.id);
    if (chain.length > GROUP_DEPTH_CAP || chain.indexOf(merged.id, 1) > 0)
      throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'mergeId', message: msg('company.mergeLoop') }] });
    // The merged company's records rejoin its own group (its parent's, if it has one).
    const tops = [...new Set([await groupTopOf(tx, m.survivor_id), await groupTopOf(tx, merged.id)])];
    await clashOnUnique(unmergeClash, async () => {
      for (const top of tops) await regroupUnder(tx, top);
    });
    await assertOneHolderSet(tx, tops, unmergeClash);
    await markMergeUndone(tx, mergeId, actor.userId);
    await recordAudit(tx, ctx, {
      action: 'company.unmerge',
      entityType: 'company',
      entityId: m.merged_id,
      after: { mergeId, moved: back },
    });
    return { id: mergeId, moved: back };
  });
}
