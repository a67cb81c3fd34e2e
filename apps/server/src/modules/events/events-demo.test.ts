import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, systemCtx, type TestEnv } from '../../../test/factories.ts';
import { queryRows } from '../../db/client.ts';
import { loadDemoCity } from '../org/demo-city.ts';
import { loadDemoEvents } from './events-demo.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
  await loadDemoCity(env.database, systemCtx, { admin: 'Demo#Admin2026', auditor: 'Demo#Audit2026' });
});
afterAll(() => env.close());

describe('demo events', () => {
  it('loads three years of events, three campaign rounds and a guest list, once', async () => {
    expect(await loadDemoEvents(env.database, systemCtx)).toEqual({ campaigns: 3, events: 33, created: 33, guests: 5 });
    expect(await loadDemoEvents(env.database, systemCtx)).toEqual({ campaigns: 0, events: 33, created: 0, guests: 0 });
    const rows = await queryRows<{ level: string; n: number; in_campaign: number }>(
      env.database.db,
      sql`select level, count(*)::int as n, count(campaign_id)::int as in_campaign from events group by level order by level`,
    );
    // In a round: 2020 major 05-18 (5), 09-08, 10-16, 11-12 (6); 2021 05-18 (7) → 5. Local 2020 04-09, 04-22,
    // 05-27 (5), 11-25 (6); 2021 04-09, 04-22, 05-27 (7) → 7.
    expect(rows).toEqual([
      { level: 'city_major', n: 18, in_campaign: 5 },
      { level: 'local', n: 15, in_campaign: 7 },
    ]);
    const [guests] = await queryRows<{ n: number; similar: number }>(
      env.database.db,
      sql`select count(*)::int as n, count(*) filter (where match_level = 'similar')::int as similar from event_guests`,
    );
    expect(guests).toEqual({ n: 5, similar: 0 });
  });
});
