import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../db/canonical-json.ts';
import { type ChainedRecord, chainHash, checkChainSegment, GENESIS_HASH } from './audit-chain.ts';

const record = (id: number, over: Partial<ChainedRecord> = {}): ChainedRecord => ({
  id,
  at: new Date(Date.UTC(2021, 7, 31, 1, 2, 3, 456)),
  userId: 7,
  username: 'zhang.wei',
  unitId: 3,
  unitName: '澜城区',
  action: 'unit.create',
  entityType: 'unit',
  entityId: String(id),
  before: null,
  after: { name: '澜城区', kind: 'county' },
  clientIp: '127.0.0.1',
  outcome: 'success',
  requestId: null,
  ...over,
});

function chain(n: number) {
  const out: (ChainedRecord & { prevHash: string; hash: string })[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const r = record(i);
    const hash = chainHash(prev, r);
    out.push({ ...r, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

describe('SM3 hash chain', () => {
  it('uses SM3: the standard test vector of GB/T 32905 for "abc"', () => {
    expect(createHash('sm3').update('abc').digest('hex')).toBe(
      '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0',
    );
  });

  it('canonical JSON sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: null }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"y":null,"z":1}]},"b":1}',
    );
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it('a record hashes the same however jsonb reorders its keys, and differently when any field changes', () => {
    const a = chainHash(GENESIS_HASH, record(1, { after: { name: 'x', kind: 'county' } }));
    expect(chainHash(GENESIS_HASH, record(1, { after: { kind: 'county', name: 'x' } }))).toBe(a);
    expect(chainHash(GENESIS_HASH, record(1, { after: { kind: 'county', name: 'y' } }))).not.toBe(a);
    expect(chainHash(GENESIS_HASH, record(1, { clientIp: '10.0.0.1' }))).not.toBe(chainHash(GENESIS_HASH, record(1)));
    expect(chainHash('1'.repeat(64), record(1))).not.toBe(chainHash(GENESIS_HASH, record(1)));
  });

  it('finds nothing wrong in an intact chain', () => {
    const c = chain(5);
    expect(checkChainSegment(c, { id: 0, hash: GENESIS_HASH })).toEqual({
      broken: null,
      last: { id: 5, hash: c[4]!.hash },
    });
  });

  it('finds an altered record, a deleted one, an inserted one and a relinked one', () => {
    const start = { id: 0, hash: GENESIS_HASH };
    const altered = chain(5);
    altered[2] = { ...altered[2]!, username: 'someone.else' };
    expect(checkChainSegment(altered, start).broken).toEqual({ id: 3, reason: 'altered' });
    const deleted = chain(5).filter((r) => r.id !== 3);
    expect(checkChainSegment(deleted, start).broken).toEqual({ id: 4, reason: 'inserted_or_deleted' });
    const c = chain(5);
    const relinked = [
      ...c.slice(0, 2),
      { ...c[2]!, prevHash: GENESIS_HASH, hash: chainHash(GENESIS_HASH, record(3)) },
      ...c.slice(3),
    ];
    expect(checkChainSegment(relinked, start).broken).toEqual({ id: 3, reason: 'prev_hash_mismatch' });
  });
});
