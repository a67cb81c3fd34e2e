import { createHash } from 'node:crypto';
import { canonicalJson } from '../../db/canonical-json.ts';

export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an audit record that the hash covers, in a fixed form. */
export type ChainedRecord = {
  id: number;
  at: Date;
  userId: number | null;
  username: string | null;
  unitId: number | null;
  unitName: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  before: unknown;
  after: unknown;
  clientIp: string | null;
  outcome: string;
  requestId: string | null;
};

/** SM3 (GB/T 32905-2016) of the previous hash and the record. */
export function chainHash(prevHash: string, record: ChainedRecord): string {
  const body = canonicalJson({ ...record, at: record.at.toISOString() });
  return createHash('sm3').update(prevHash).update('\n').update(body).digest('hex');
}

export type ChainBreak = {
  id: number;
  reason: 'altered' | 'inserted_or_deleted' | 'prev_hash_mismatch' | 'tail_removed';
};

/**
 * Walks records in id order from `expectedPrev` and returns the first one that does not
 * fit the chain, or null. Used in batches by the verifier, so it also returns the tail.
 */
export function checkChainSegment(
  records: (ChainedRecord & { prevHash: string; hash: string })[],
  expected: { id: number; hash: string },
): { broken: ChainBreak | null; last: { id: number; hash: string } } {
  let last = expected;
  for (const r of records) {
    if (r.id !== last.id + 1) return { broken: { id: r.id, reason: 'inserted_or_deleted' }, last };
    if (r.prevHash !== last.hash) return { broken: { id: r.id, reason: 'prev_hash_mismatch' }, last };
    const { prevHash: _p, hash, ...fields } = r;
    if (chainHash(r.prevHash, fields) !== hash) return { broken: { id: r.id, reason: 'altered' }, last };
    last = { id: r.id, hash };
  }
  return { broken: null, last };
}
