// Two profiles behind figures in RESULTS.md, on the province that bench/projects.mjs keeps with
// BENCH_PROJECTS_KEEP=1 (database zs_bench_projects on BENCH_DATABASE_URL's server):
//   kpi      — the indicators of 2025 (two years of projects): the database's grouping by host and by
//              sourcing unit, each on its own, then the whole tally, 3 times;
//   tracks   — judging every major project's board track from nothing, on a following day, and
//              for 3 projects (it rewrites the tracks, then vacuums the table).
//   node bench/profile.mjs kpi|tracks
import { loadRepoModule } from './lib/companies-gen.mjs';
import { databaseUrlOf, scratchName } from './lib/scratch-db.mjs';

const what = process.argv[2];
if (!['kpi', 'tracks'].includes(what) || !process.env.BENCH_DATABASE_URL) {
  console.error(
    'usage: BENCH_DATABASE_URL=postgres://… node bench/profile.mjs kpi|tracks (after BENCH_PROJECTS_KEEP=1 node bench/projects.mjs --pg)',
  );
  process.exit(2);
}
const [{ openDatabase }, { sql }] = await Promise.all([
  loadRepoModule('apps/server/src/db/client.ts'),
  import('drizzle-orm'),
]);
const database = await openDatabase({
  databaseUrl: databaseUrlOf(process.env.BENCH_DATABASE_URL, scratchName('projects')),
});
const ms = (t) => `${(performance.now() - t).toFixed(0)} ms`;
try {
  if (what === 'kpi') {
    const [{ kpiCohortSql, tallyCohort }, { queryRows }] = await Promise.all([
      loadRepoModule('apps/server/src/modules/kpi/kpi.repository.ts'),
      loadRepoModule('apps/server/src/db/client.ts'),
    ]);
    const cohort = kpiCohortSql({ from: '2025-01-01', to: '2025-12-31' });
    // The two queries tallyCohort sends, caught by a stand-in connection, then timed on the real one.
    const queries = [];
    const catcher = {
      execute: async (q) => {
        queries.push(q);
        return { rows: [] };
      },
    };
    await tallyCohort(catcher, cohort);
    for (let i = 0; i < 3; i++) {
      const parts = [];
      for (const [name, q] of [
        ['by host', queries[0]],
        ['by sourcing unit', queries[1]],
      ]) {
        const t = performance.now();
        const rows = await queryRows(database.db, q);
        parts.push(`${name} ${rows.length.toLocaleString('en')} groups ${ms(t)}`);
      }
      const t = performance.now();
      await tallyCohort(database.db, cohort);
      console.log(`${parts.join(', ')}; the whole tally ${ms(t)}`);
    }
  } else {
    const { judgeTracks } = await loadRepoModule('apps/server/src/modules/major-projects/major-projects.repository.ts');
    await database.db.execute(sql`update projects set track = null where track is not null`);
    let t = performance.now();
    await judgeTracks(database.db, '2026-11-29', 1_000_000_000n);
    console.log(`every major project, from nothing: ${ms(t)}`);
    t = performance.now();
    await judgeTracks(database.db, '2026-11-30', 1_000_000_000n);
    console.log(`every major project, the following day: ${ms(t)}`);
    t = performance.now();
    await judgeTracks(database.db, '2026-11-30', 1_000_000_000n, [1, 2, 3]);
    console.log(`3 projects: ${ms(t)}`);
    await database.db.execute(sql`vacuum analyze projects`);
  }
} finally {
  await database.close();
}
