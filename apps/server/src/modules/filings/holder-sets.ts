import { type Message, msg } from '@zhaoshang/shared';
import type { Tx } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { findGroupChain, findHolderSetClashes, lockGroup } from './holder-sets.repository.ts';

/**
 * Holder sets: who holds a company group. The group of a company is the company and everything
 * under the top of its chain of parents (`companies.group_id`). Its active holder set is either
 * one filing or all active filings of one joint decision. Two rules hold after every claim,
 * decision, expiry, merge and undo:
 *
 * - at most one active holder set per company group;
 * - every claim on a held group (by a unit not holding it) is a conflict naming all its holders.
 *
 * Claims, decisions, merges and undos take a transaction-scoped advisory lock on the top of
 * each group they touch, so they run one after the other per group on PostgreSQL and PGlite.
 */

/** The top of a company's group (the company itself when it has no parent). */
export async function groupTopOf(tx: Tx, companyId: number): Promise<number> {
  const chain = await findGroupChain(tx, companyId);
  if (chain.length === 0) throw new AppError('INVALID_REFERENCE', { field: 'companyId', id: companyId });
  return chain[chain.length - 1]!;
}

/**
 * Locks the company's group for the rest of the transaction and returns its top. A merge may
 * move the company to another group while we wait: the top is read again once locked.
 */
export async function lockGroupOf(tx: Tx, companyId: number): Promise<number> {
  let top = await groupTopOf(tx, companyId);
  for (let i = 0; i < 4; i++) {
    await lockGroup(tx, top);
    const again = await groupTopOf(tx, companyId);
    if (again === top) return top;
    top = again;
  }
  throw new AppError('CONFLICT_VERSION', undefined, msg('filing.changedRetry'));
}

/** Locks several groups in one order (by top id), so two merges never wait on each other. */
export async function lockGroupsOf(tx: Tx, companyIds: number[]): Promise<number[]> {
  const tops = [...new Set(await Promise.all(companyIds.map((id) => groupTopOf(tx, id))))].sort((a, b) => a - b);
  for (const top of tops) await lockGroup(tx, top);
  return tops;
}

/** The holder set a filing belongs to: its joint decision, or the filing alone. */
export const holderSetKey = (f: { id: number; joint_conflict_id: number | null }) =>
  f.joint_conflict_id === null ? `f${f.id}` : `j${f.joint_conflict_id}`;

/** The same filings, whatever their order. */
export function sameHolders(a: readonly number[], b: readonly number[]): boolean {
  const x = [...a].sort((p, q) => p - q);
  const y = [...b].sort((p, q) => p - q);
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/** Refuses (400, `message`) when one of the groups now has more than one active holder set. */
export async function assertOneHolderSet(tx: Tx, tops: number[], message: Message): Promise<void> {
  const clashes = await findHolderSetClashes(tx, tops);
  if (clashes.length > 0)
    throw new AppError('VALIDATION_FAILED', {
      issues: [{ path: 'mergedId', message }],
      clashes: clashes.map((c) => ({ groupCompanyId: c.group_company_id, filingIds: c.filing_ids })),
    });
}

export type HolderSetCheck = {
  ok: boolean;
  groups: { groupCompanyId: number; groupName: string; holderSets: number; filingIds: number[] }[];
};

/** `filing check`: every company group with more than one active holder set (expected: none). */
export async function checkHolderSets(db: Tx): Promise<HolderSetCheck> {
  const groups = (await findHolderSetClashes(db)).map((c) => ({
    groupCompanyId: c.group_company_id,
    groupName: c.group_name,
    holderSets: c.sets,
    filingIds: c.filing_ids,
  }));
  return { ok: groups.length === 0, groups };
}
