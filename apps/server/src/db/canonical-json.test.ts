import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ChainedRecord, chainHash, checkChainSegment } from '../modules/audit/audit-chain.ts';
import { snapshotHash } from '../modules/bulletins/bulletins.service.ts';
import { canonicalJson } from './canonical-json.ts';

describe('canonical JSON', () => {
  it('sorts keys at every depth by code unit, with no whitespace, and leaves out undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: null }], c: undefined }, B: true, 名称: '宿城区' })).toBe(
      '{"B":true,"a":{"d":[2,{"y":null,"z":1}]},"b":1,"名称":"宿城区"}',
    );
    expect(canonicalJson({ aa: 1, a: 2, 'a-': 3, a_: 4 })).toBe('{"a":2,"a-":3,"a_":4,"aa":1}');
    expect(canonicalJson([])).toBe('[]');
    expect(canonicalJson({})).toBe('{}');
  });

  it('writes undefined outside an object as null, as JSON.stringify and jsonb do', () => {
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson([1, undefined, null])).toBe('[1,null,null]');
  });

  it('writes numbers as JSON.stringify does, non-finite ones as null', () => {
    expect(canonicalJson([0.1 + 0.2, 1e21, 1e-7, -0, 253000, 9.999999999999998, 2 ** 53 + 1])).toBe(
      '[0.30000000000000004,1e+21,1e-7,0,253000,9.999999999999998,9007199254740992]',
    );
    expect(canonicalJson([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])).toBe('[null,null,null]');
  });

  it('writes a bigint as its decimal digits in a string, and a date as its ISO UTC string', () => {
    expect(canonicalJson({ yuan: 2530000000n, big: 12345678901234567890n, neg: -5n })).toBe(
      '{"big":"12345678901234567890","neg":"-5","yuan":"2530000000"}',
    );
    expect(canonicalJson({ at: new Date(Date.UTC(2021, 7, 31, 1, 2, 3, 456)) })).toBe(
      '{"at":"2021-08-31T01:02:03.456Z"}',
    );
  });

  it('escapes strings as JSON.stringify does, Chinese left as it is', () => {
    expect(canonicalJson(['请沭阳县加快合同签订。', 'a"b\\c\n\t', '\u0001', '\ud800'])).toBe(
      '["请沭阳县加快合同签订。","a\\"b\\\\c\\n\\t","\\u0001","\\ud800"]',
    );
  });

  it('refuses what has no JSON form instead of dropping it', () => {
    expect(() => canonicalJson({ f: () => 1 })).toThrow('no JSON form for a function');
    expect(() => canonicalJson([Symbol('s')])).toThrow('no JSON form for a symbol');
  });
});

/*
 * Seals made before canonicalJson was one function (commit efbe908), by the assessment API test:
 * the audit records 14–16 and the snapshot of the bulletin published then, exactly as read back
 * from the database. They must still verify.
 */
describe('seals made before still verify', () => {
  const record = (id: number, at: string, action: string, before: unknown, after: unknown, requestId: string) =>
    ({
      id,
      at: new Date(at),
      userId: 1,
      username: 'uca237535',
      unitId: 6,
      unitName: '领导小组办公室',
      action,
      entityType: 'bulletin',
      entityId: '2',
      before,
      after,
      clientIp: '127.0.0.1',
      outcome: 'success',
      requestId,
    }) satisfies ChainedRecord;

  it('an audit chain of three records', () => {
    const chain = [
      {
        ...record(
          14,
          '2026-12-04T17:09:40.482Z',
          'bulletin.draft',
          null,
          { year: 2021, month: 7, projects: 7, adjustments: [] },
          '1dbe6931-28f6-4bd2-9225-56f3256a0da8',
        ),
        prevHash: 'f25b6a637d341dffe403a9842cb9f79f59c3a1c3aaa16b4d9e3761f34c9db731',
        hash: '85ca73127882ac56f2a9fea9ea9e99422666e3f6585c7cb8f6adc44b5dcb2532',
      },
      {
        ...record(
          15,
          '2026-12-04T17:09:40.969Z',
          'bulletin.remarks',
          { remarks: null },
          { remarks: '请沭阳县加快合同签订。' },
          '831fc366-7ef3-4241-83cd-50d273d2d6e7',
        ),
        prevHash: '85ca73127882ac56f2a9fea9ea9e99422666e3f6585c7cb8f6adc44b5dcb2532',
        hash: 'd3e3ba70afc8bbe7e7702faa529e3677bd2bfbe4ac95bb6c560a94446a31b59e',
      },
      {
        ...record(
          16,
          '2026-12-04T17:09:41.071Z',
          'bulletin.publish',
          null,
          // jsonb's key order (shorter keys first), not the order the service wrote them in
          { hash: '4be572b53145a71a9aca911a710c0c170ffc400b1633181fc81909413227d051', title: '2021年第1期' },
          'e040bd17-7a7d-499a-b1ec-326e24db7369',
        ),
        prevHash: 'd3e3ba70afc8bbe7e7702faa529e3677bd2bfbe4ac95bb6c560a94446a31b59e',
        hash: 'a556f4c79adb73572c1f4ec7d1dcdf27eb11990c65d3c6802a4ba69ed81184de',
      },
    ];
    for (const { prevHash, hash, ...fields } of chain) expect(chainHash(prevHash, fields)).toBe(hash);
    expect(
      checkChainSegment(chain, { id: 13, hash: 'f25b6a637d341dffe403a9842cb9f79f59c3a1c3aaa16b4d9e3761f34c9db731' }),
    ).toEqual({
      broken: null,
      last: { id: 16, hash: 'a556f4c79adb73572c1f4ec7d1dcdf27eb11990c65d3c6802a4ba69ed81184de' },
    });
  });

  it("a published bulletin's SM3 seal", () => {
    // The snapshot as jsonb gave it back: its keys in jsonb's order, its floats as PostgreSQL wrote them.
    const snapshot = JSON.parse(
      fs.readFileSync(new URL('./fixtures/sealed-bulletin-2021-1.json', import.meta.url), 'utf8'),
    );
    expect(snapshotHash(snapshot)).toBe('4be572b53145a71a9aca911a710c0c170ffc400b1633181fc81909413227d051');
    expect(canonicalJson(snapshot).slice(0, 120)).toBe(
      '{"adjustments":[],"city":{"figures":{"contractRate":0.6,"fitShareAmount":0.9486166007905138,"fitShareCount":0.6,"readyRa',
    );
  });
});
