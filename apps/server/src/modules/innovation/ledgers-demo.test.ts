import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, systemCtx, type TestEnv } from '../../../test/factories.ts';
import { queryRows } from '../../db/client.ts';
import { loadDemoCity } from '../org/demo-city.ts';
import { carrierCounts } from './innovation.service.ts';
import { loadDemoLedgers } from './ledgers-demo.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
  await loadDemoCity(env.database, systemCtx, { admin: 'Demo#Admin2026', auditor: 'Demo#Audit2026' });
});
afterAll(() => env.close());

describe('demo ledgers', () => {
  it('loads the seed-shaped carriers, agreements and the 451 ≠ 33 + 416 report, once', async () => {
    const first = await loadDemoLedgers(env.database, systemCtx);
    expect(first).toMatchObject({ carriers: 43, agreements: 4 });
    expect(await loadDemoLedgers(env.database, systemCtx)).toEqual(first);
    const counts = await carrierCounts(env.database, systemCtx, null);
    expect(counts.items.map((i) => i.text)).toEqual([
      '省级科技综合体1个',
      '市级孵化器1个',
      '国家级孵化器1个',
      '省级众创社区7个',
      '省级众创空间13个',
      '省级星创天地20个',
    ]);
    const [row] = await queryRows<{ n: number }>(
      env.database.db,
      sql`select count(*)::int as n from iur_reported_totals where total <> school_local + school_enterprise + other`,
    );
    expect(row!.n).toBe(1);
  });
});
