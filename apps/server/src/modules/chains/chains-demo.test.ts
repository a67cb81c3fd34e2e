import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, systemCtx, type TestEnv } from '../../../test/factories.ts';
import { queryRows } from '../../db/client.ts';
import { loadDemoCity } from '../org/demo-city.ts';
import { listChainGaps } from './chains.service.ts';
import { loadChainsDemo } from './chains-demo.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
  await loadDemoCity(env.database, systemCtx, { admin: 'Demo#Admin2026', auditor: 'Demo#Audit2026' });
});
afterAll(() => env.close());

describe('demo chain map', () => {
  it('loads 20 chains in 6+3+X groups with 60 segments and their designated hosts, and a second run adds nothing', async () => {
    expect(await loadChainsDemo(env.database, systemCtx)).toEqual({ chains: 20, segments: 60, designations: 24 });
    await loadChainsDemo(env.database, systemCtx);
    const groups = await queryRows<{ name: string; kind: string; chains: number }>(
      env.database.db,
      sql`select g.name, g.kind, count(c.id)::int as chains from chain_groups g join chains c on c.group_id = g.id group by g.id order by g.id`,
    );
    expect(groups).toEqual([
      { name: '六大主导产业', kind: 'leading', chains: 6 },
      { name: '三大新兴产业', kind: 'emerging', chains: 3 },
      { name: 'X 特色产业', kind: 'other', chains: 11 },
    ]);
    const gaps = await listChainGaps(env.database, systemCtx);
    expect(gaps).toHaveLength(60);
    expect(gaps.every((g) => g.gap === 'missing')).toBe(true);
  });
});
