import { describe, expect, it } from 'vitest';
import { useCliEnvironment, zs } from '../../test/cli-harness.ts';

useCliEnvironment('filing');

describe('zhaoshang filing check', () => {
  it('finds no company group with two holder sets on a fresh database (exit 0), in JSON and in words', async () => {
    expect((await zs('migrate')).code).toBe(0);
    const json = await zs('filing', 'check', '--json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toEqual({ ok: true, groups: [] });
    expect((await zs('filing', 'check')).out).toBe('报备检查通过：每个企业集团至多一组有效报备单位');
    expect((await zs('filing', 'check', '--lang', 'en')).out).toBe(
      'Filing check passed: every company group has at most one active holder set',
    );
  }, 180_000);
});
