// A migrated database holding a generated registry of N companies (bench/lib/companies-gen.mjs),
// built once per process and shared by the benchmarks that need it (matching, batch matching,
// filings): `acquireRegistry(backend)` builds or reuses, `releaseRegistries()` closes and drops.
//
// PostgreSQL: scratch database zs_bench_registry; rows stream into `\copy … from pstdin` of
// psql as they are generated. PGlite: a temp DATA_DIR; rows go in with insert … select * from
// unnest(…) in batches of 10,000. On both, the companies table's secondary indexes (whatever the
// migrations made: unique credit code and normalised name, trigram and initials indexes) are dropped
// before the load and recreated from their own definitions after it, then VACUUM ANALYZE: the table a long-lived
// registry would have after a REINDEX, built in a fraction of the time of index-maintained inserts.
import path from 'node:path';
import pg from 'pg';
import { createCompanyGenerator, loadNameFunctions, loadRepoModule, reservoir, rng } from './companies-gen.mjs';
import { removeTempDir, tempDir } from './processes.mjs';
import { copyLine, createScratchDatabase, dropScratchDatabase, psqlCopyIn } from './scratch-db.mjs';

export const REGISTRY_SEED = 20241129;
const SAMPLE_SIZE = 20_000;
const PGLITE_BATCH = 10_000;

/** The companies columns a registry row fills, and from which field of a generated company. */
const COLUMN_VALUES = {
  name: (c) => c.name,
  normalised_name: (c) => c.normalised,
  similarity_key: (c) => c.key,
  name_initials: (c) => c.initials,
  uscc: (c) => c.uscc,
  investor_type: (c) => c.investorType,
  country_region: (c) => c.countryRegion,
  industry_code: (c) => c.industryCode,
  headquarters: (c) => c.headquarters,
};

/**
 * The columns of COLUMN_VALUES that the migrated companies table has (name_initials only from
 * migration 0005 on, and only when the shared code computes it), in a fixed order.
 */
export async function companyColumns(rowsOf) {
  const present = new Set(
    (await rowsOf(`select column_name from information_schema.columns where table_name = 'companies'`)).map(
      (r) => r.column_name,
    ),
  );
  const fns = await loadNameFunctions();
  return Object.keys(COLUMN_VALUES).filter((c) => present.has(c) && (c !== 'name_initials' || fns.pinyinInitials));
}
export const companyValues = (c, columns) => columns.map((col) => COLUMN_VALUES[col](c));

/** Companies in the registry: BENCH_COMPANIES on PostgreSQL (default 1,000,000), BENCH_PGLITE_COMPANIES on PGlite (100,000). */
export function registrySize(backend) {
  return backend.kind === 'pg'
    ? Number(process.env.BENCH_COMPANIES ?? 1_000_000)
    : Number(process.env.BENCH_PGLITE_COMPANIES ?? 100_000);
}

let serverModules;
/** The server modules the registry benchmarks call, loaded through tsx once. */
export async function loadServer() {
  serverModules ??= (async () => {
    const [client, companies, companyMatch, filings, drizzle] = await Promise.all([
      loadRepoModule('apps/server/src/db/client.ts'),
      loadRepoModule('apps/server/src/modules/companies/companies.service.ts'),
      loadRepoModule('apps/server/src/cli/company-match.ts'),
      loadRepoModule('apps/server/src/modules/filings/filings.service.ts'),
      import('drizzle-orm'),
    ]);
    return { ...client, ...companies, ...companyMatch, ...filings, sql: drizzle.sql };
  })();
  return serverModules;
}

/** The context of an actor-less call (the command line, a job): system, Chinese messages. */
export const systemContext = { actor: null, clientIp: null, requestId: null, lang: 'zh', systemName: 'bench' };

/** Runs a statement outside drizzle (index DDL, VACUUM) on either back end. */
async function rawExec(database, databaseUrl, statements) {
  if (database.kind === 'pg') {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      for (const s of statements) await client.query(s);
    } finally {
      await client.end();
    }
  } else {
    for (const s of statements) await database.pglite.exec(s);
  }
}

async function rawRows(database, text, params = []) {
  if (database.kind === 'pg') return (await database.pool.query(text, params)).rows;
  return (await database.pglite.query(text, params)).rows;
}

/** Generates `size` companies into a fresh database and indexes them; see the file's head. */
export async function buildRegistry(
  backend,
  size = registrySize(backend),
  { seed = REGISTRY_SEED, log = () => {} } = {},
) {
  const server = await loadServer();
  const fns = await loadNameFunctions();
  const gen = createCompanyGenerator(fns, { seed });
  const sample = reservoir(SAMPLE_SIZE, rng(seed + 1));
  let databaseUrl;
  let dataDir;
  if (backend.kind === 'pg') databaseUrl = await createScratchDatabase(backend.adminUrl, 'registry');
  else dataDir = tempDir('registry');
  const database = await server.openDatabase(
    databaseUrl ? { databaseUrl } : { pgliteDir: path.join(dataDir, 'pgdata') },
  );
  // Idle pooled connections must not keep the process alive: the registry is dropped on beforeExit.
  if (database.pool) database.pool.options.allowExitOnIdle = true;
  const handle = { backend, size, database, databaseUrl, dataDir, gen, sample: sample.items, timings: {} };
  try {
    await server.migrateDatabase(database);
    const columns = await companyColumns((text) => rawRows(database, text));
    handle.columns = columns;
    const indexes = await rawRows(
      database,
      `select indexname, indexdef from pg_indexes where schemaname = 'public' and tablename = 'companies' and indexname <> 'companies_pkey' order by indexname`,
    );
    await rawExec(
      database,
      databaseUrl,
      indexes.map((i) => `drop index ${i.indexname}`),
    );

    let t = performance.now();
    const take = () => {
      const c = gen.next();
      sample.offer(c);
      return c;
    };
    if (backend.kind === 'pg') {
      await psqlCopyIn(databaseUrl, `\\copy companies (${columns.join(', ')}) from pstdin`, async (push) => {
        for (let i = 0; i < size; ) {
          let chunk = '';
          for (const end = Math.min(size, i + 1000); i < end; i++) chunk += copyLine(companyValues(take(), columns));
          const wait = push(chunk);
          if (wait) await wait;
          if (i % 100_000 === 0) log(`  ${i.toLocaleString('en')} companies loaded`);
        }
      });
    } else {
      const insert = `insert into companies (${columns.join(', ')}) select * from unnest(${columns.map((_, i) => `$${i + 1}::text[]`).join(', ')})`;
      for (let i = 0; i < size; ) {
        const cols = columns.map(() => []);
        for (const end = Math.min(size, i + PGLITE_BATCH); i < end; i++) {
          const values = companyValues(take(), columns);
          for (let k = 0; k < values.length; k++) cols[k].push(values[k]);
        }
        await database.pglite.query(insert, cols);
        if (i % 50_000 === 0) log(`  ${i.toLocaleString('en')} companies loaded`);
      }
    }
    handle.timings.generateAndLoadMs = performance.now() - t;

    t = performance.now();
    await rawExec(database, databaseUrl, [
      `set maintenance_work_mem = '${backend.kind === 'pg' ? '1GB' : '256MB'}'`,
      ...indexes.map((i) => i.indexdef),
    ]);
    handle.timings.indexMs = performance.now() - t;
    t = performance.now();
    await rawExec(database, databaseUrl, ['vacuum analyze companies']);
    handle.timings.vacuumAnalyzeMs = performance.now() - t;

    const [stats] = await rawRows(
      database,
      `select count(*)::int as rows, count(uscc)::int as usccs, count(distinct similarity_key)::int as distinct_keys,
              pg_total_relation_size('companies')::bigint as total_bytes, pg_relation_size('companies_similarity_key_trgm')::bigint as trgm_index_bytes,
              (select string_agg(indexname, ',' order by indexname) from pg_indexes where tablename = 'companies') as indexes
       from companies`,
    );
    handle.stats = {
      rows: stats.rows,
      usccs: stats.usccs,
      usccShare: stats.rows ? stats.usccs / stats.rows : 0,
      distinctSimilarityKeys: stats.distinct_keys,
      duplicatesSkipped: gen.skipped,
      tableAndIndexesMB: Number(stats.total_bytes) / 1048576,
      trigramIndexMB: Number(stats.trgm_index_bytes) / 1048576,
      columns,
      indexes: stats.indexes,
    };
    if (stats.rows !== size) throw new Error(`loaded ${stats.rows} companies, wanted ${size}`);
    return handle;
  } catch (e) {
    await closeRegistry(handle);
    throw e;
  }
}

export async function closeRegistry(handle) {
  await handle.database.close().catch(() => {});
  if (handle.databaseUrl) await dropScratchDatabase(handle.backend.adminUrl, 'registry');
  if (handle.dataDir) removeTempDir(handle.dataDir);
}

const shared = new Map(); // backend kind → Promise<handle>

/** The registry of this back end at its size, built on first use and then reused. */
export async function acquireRegistry(backend, { log } = {}) {
  const size = registrySize(backend);
  const existing = shared.get(backend.kind);
  if (existing) {
    const handle = await existing;
    if (handle.size === size) return { ...handle, reused: true };
    shared.delete(backend.kind);
    await closeRegistry(handle);
  }
  const building = buildRegistry(backend, size, { log });
  shared.set(backend.kind, building);
  building.catch(() => shared.delete(backend.kind));
  return { ...(await building), reused: false };
}

/** Closes and drops every shared registry; the standalone scripts call it when they are done. */
export async function releaseRegistries() {
  for (const [kind, building] of [...shared]) {
    shared.delete(kind);
    const handle = await building.catch(() => null);
    if (handle) await closeRegistry(handle);
  }
}

// Under run.mjs the registry outlives each benchmark (matching and filings share it): once
// nothing is left to run, drop it before the process exits. An interrupted run leaves the
// database behind; the next run drops it when it creates it again.
process.on('beforeExit', () => {
  if (shared.size) releaseRegistries().catch((e) => console.error(`dropping the registry failed: ${e.message}`));
});
