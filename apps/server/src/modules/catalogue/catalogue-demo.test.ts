import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, systemCtx, type TestEnv } from '../../../test/factories.ts';
import { queryRows } from '../../db/client.ts';
import { loadDemoCity } from '../org/demo-city.ts';
import { loadDemoCatalogue } from './catalogue-demo.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
  await loadDemoCity(env.database, systemCtx, { admin: 'Demo#Admin2026', auditor: 'Demo#Audit2026' });
});
afterAll(() => env.close());

describe('demo catalogue and sites', () => {
  it('loads eight catalogue entries and ten sites, once', async () => {
    expect(await loadDemoCatalogue(env.database, systemCtx)).toEqual({
      entries: 8,
      entriesCreated: 8,
      sites: 10,
      sitesCreated: 10,
    });
    expect(await loadDemoCatalogue(env.database, systemCtx)).toEqual({
      entries: 8,
      entriesCreated: 0,
      sites: 10,
      sitesCreated: 0,
    });
    const kinds = await queryRows<{ kind: string; n: number }>(
      env.database.db,
      sql`select kind, count(*)::int as n from sites group by kind order by kind`,
    );
    expect(kinds).toEqual([
      { kind: 'building', n: 2 },
      { kind: 'factory', n: 2 },
      { kind: 'parcel', n: 6 },
    ]);
  });
});
