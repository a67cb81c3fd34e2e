import {
  addToTally,
  KPI_BITS as B,
  emptyTally,
  type KpiRole,
  type KpiWindow,
  lastYearWindow,
  splitYuan,
  type Tally,
} from '@zhaoshang/shared';
import { type SQL, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import {
  type FrozenFigure,
  frozenCohortSql,
  frozenFigureSql,
  gateCountsSql,
  kpiBitsSql,
  signedBetweenSql,
} from '../../db/fragments/kpi-bits.ts';

/** One figure of a bulletin as data (the projects behind it are found here and by the project list). */
export type { FrozenFigure };

/*
 * The indicator rules of packages/shared/src/kpi.ts, applied where the projects are. A window
 * of a province is a few hundred thousand projects: the database classifies each into the
 * engine's bits and sums them per unit, and only the sums (a few hundred rows) come back.
 */

const n = (v: number) => sql.raw(String(v));

/** Where the projects of a window and of last year's are: one signing range, or two when the windows are shorter than a year. */
function signingRanges(w: KpiWindow): SQL[] {
  const prev = lastYearWindow(w);
  return prev.to < w.from
    ? [signedBetweenSql(prev.from, prev.to), signedBetweenSql(w.from, w.to)]
    : [signedBetweenSql(prev.from, w.to)];
}

/** Signed in the window or in the same window a year earlier. */
const eitherWindowSql = (w: KpiWindow) => sql`(${sql.join(signingRanges(w), sql` or `)})`;

/** The rows `select` makes for each signing range of a window, together. */
const perRange = (w: KpiWindow, select: (where: SQL) => SQL) =>
  sql.join(signingRanges(w).map(select), sql` union all `);

/*
 * A cohort is rows of (project_id, host_unit_id, sources: the sourcing unit ids (int[]),
 * agreed_yuan, this_year, last_year: the project's KPI_BITS in the window and a year earlier,
 * shares: null, or for a project made from a joint filing its decision's shares,
 * "unit:percent,…" by unit id).
 */

/**
 * The shares of the joint decision project `p`'s filing belongs to (joint-split.ts), null for a
 * project of no joint filing. Superseded filings left the holder set; the others (active,
 * expired, released) keep the split the project was filed under.
 */
const sharesSql = sql`case when p.filing_id is null then null else (
    select string_agg(j.unit_id || ':' || j.credit_share::text, ',' order by j.unit_id)
    from filings f join filings j on j.joint_conflict_id = f.joint_conflict_id
    where f.id = p.filing_id and j.status <> 'superseded' and j.credit_share is not null) end`;

/**
 * The cohort rows of a window and of the same window a year earlier: each project signed in
 * either. Without `lastYear`, only the window's (last_year 0).
 */
export function kpiCohortSql(w: KpiWindow, opts: { lastYear?: boolean } = {}): SQL {
  const select = (
    where: SQL,
  ) => sql`select p.id as project_id, p.host_unit_id, p.source_unit_ids as sources, p.agreed_yuan,
      ${kpiBitsSql(w)} as this_year, ${opts.lastYear === false ? sql`0` : kpiBitsSql(lastYearWindow(w))} as last_year,
      ${sharesSql} as shares
    from projects p where ${where}`;
  return opts.lastYear === false ? select(signedBetweenSql(w.from, w.to)) : perRange(w, select);
}

/**
 * A bulletin's rows: the cohorts of kpiCohortSql, and the major projects (agreed investment at
 * the threshold or more) with their four-new bits (新签约、新开工、新竣工、新投产 in the window)
 * and penalty bit (past a planned start on the window's last day, not terminated), whenever
 * they were signed. The others are read from the signing index alone.
 */
export function bulletinCohortSql(w: KpiWindow, majorYuan: bigint): SQL {
  const to = sql`${w.to}::date`;
  const threshold = sql`${majorYuan.toString()}::bigint`;
  const within = (stage: string) => sql`p.${sql.raw(`${stage}_on`)} between ${w.from}::date and ${to}`;
  const bit = (cond: SQL, value: number) => sql`case when ${cond} then ${n(value)} else 0 end`;
  const pastStart = sql`p.status <> 'terminated' and (p.started_on is null or p.started_on > ${to})
    and p.id in (select m.project_id from project_milestones m where m.stage = 'started' and m.planned_on <= ${to})`;
  const fourNew = sql`${bit(sql`${within('signed')} and p.expansion_of is null`, B.majorSigned)} + ${bit(within('started'), B.majorStarted)}
    + ${bit(within('completed'), B.majorCompleted)} + ${bit(within('producing'), B.majorProducing)} + ${bit(pastStart, B.pastPlannedStart)}`;
  const rows = (
    extra: SQL,
    where: SQL,
  ) => sql`select p.id as project_id, p.host_unit_id, p.source_unit_ids as sources, p.agreed_yuan,
      ${kpiBitsSql(w)} + ${extra} as this_year, ${kpiBitsSql(lastYearWindow(w))} as last_year, ${sharesSql} as shares
    from projects p where ${where}`;
  const others = perRange(w, (range) => rows(sql`0`, sql`${range} and p.agreed_yuan < ${threshold}`));
  const major = rows(
    fourNew,
    sql`p.agreed_yuan >= ${threshold} and ${gateCountsSql} and (${eitherWindowSql(w)} or ${within('started')} or ${within('completed')} or ${within('producing')} or (${pastStart}))`,
  );
  return sql`${others} union all ${major}`;
}

/** The tallies of a cohort per scope (the city, a unit as host or as source) and window (0 this year, 1 last year). */
export type CohortTallies = (role: 'city' | KpiRole, unitId: number, which: 0 | 1) => Tally;

type BitsRow = {
  role: 'host' | 'source' | 'joint';
  unit_id: number;
  this_year: number;
  last_year: number;
  n: number;
  yuan: string;
  /** A joint row (one project of a joint filing): its sourcing units and shares; null in the groups. */
  sources: number[] | null;
  shares: string | null;
};

/**
 * The groups of cohort rows `c` without shares, by host or by sourcing unit, with their bits (one
 * query's worth); `joint` is the rows with shares, one per project (host in unit_id), to be split.
 */
const groupsSql = (by: 'host' | 'source' | 'joint') =>
  by === 'host'
    ? sql`select 'host' as role, c.host_unit_id as unit_id, c.this_year, c.last_year, count(*)::int as n, sum(c.agreed_yuan)::text as yuan,
            null::int[] as sources, null::text as shares from c where c.shares is null group by 2, 3, 4`
    : by === 'source'
      ? sql`select 'source' as role, u.unit_id, c.this_year, c.last_year, count(*)::int as n, sum(c.agreed_yuan)::text as yuan,
            null::int[] as sources, null::text as shares
          from c cross join lateral unnest(c.sources) u (unit_id) where c.shares is null group by 2, 3, 4`
      : sql`select 'joint' as role, c.host_unit_id as unit_id, c.this_year, c.last_year, 1 as n, c.agreed_yuan::text as yuan,
            c.sources, c.shares from c where c.shares is not null`;

/** "unit:percent,…" as the split of `yuan` per unit (joint-split.ts); null when the shares do not make 100%. */
function splitOf(shares: string, yuan: bigint): Map<number, bigint> | null {
  const pairs = shares.split(',').map((p) => p.split(':').map(Number) as [number, number]);
  try {
    const parts = splitYuan(
      yuan,
      pairs.map(([, percent]) => percent),
    );
    return new Map(pairs.map(([unit], i) => [unit, parts[i]!]));
  } catch {
    return null;
  }
}

/**
 * What a figure credits each listed project with: its agreed amount, or for a project of a joint
 * filing the unit's share of it (the split the tallies make). From a bulletin's frozen rows when
 * `bulletinId` is given (the amounts and shares as published), else from the projects as they are.
 */
export async function findCreditedYuan(
  db: Tx,
  projectIds: number[],
  unitId: number | null,
  bulletinId?: number,
): Promise<Map<number, bigint>> {
  if (!projectIds.length) return new Map();
  const ids = sql`${sql.param(projectIds)}::int[]`;
  const rows = await queryRows<{ id: number; yuan: string; shares: string | null }>(
    db,
    bulletinId === undefined
      ? sql`select p.id, p.agreed_yuan::text as yuan, ${sharesSql} as shares from projects p where p.id = any(${ids})`
      : sql`select f.project_id as id, f.agreed_yuan::text as yuan, f.shares
          from (${frozenCohortSql(bulletinId)}) f where f.project_id = any(${ids})`,
  );
  return new Map(
    rows.map((r) => {
      const yuan = BigInt(r.yuan);
      const share = unitId !== null && r.shares ? splitOf(r.shares, yuan)?.get(unitId) : undefined;
      return [r.id, share ?? yuan];
    }),
  );
}

/**
 * Adds the groups up per scope. A project counts for the city, its host and each of its
 * sourcing units (distinct by the project_sources key). A project of a joint filing counts in
 * full for each; a unit of the filing is credited its share of the amount (joint-split.ts), the
 * city and units outside the filing the whole.
 */
function tallyGroups(rows: BitsRow[]): CohortTallies {
  const tallies = new Map<string, Tally>();
  const add = (role: 'city' | KpiRole, unitId: number, r: BitsRow, yuan: bigint) => {
    for (const [which, bits] of [r.this_year, r.last_year].entries()) {
      if (bits === 0) continue;
      const key = `${role}:${unitId}:${which}`;
      const t = tallies.get(key) ?? emptyTally();
      tallies.set(key, t);
      addToTally(t, bits, r.n, yuan);
    }
  };
  for (const r of rows) {
    const yuan = BigInt(r.yuan);
    if (r.role === 'joint') {
      const split = splitOf(r.shares!, yuan);
      const creditOf = (unitId: number) => split?.get(unitId) ?? yuan;
      add('city', 0, r, yuan);
      add('host', r.unit_id, r, creditOf(r.unit_id));
      for (const s of r.sources ?? []) add('source', s, r, creditOf(s));
      continue;
    }
    if (r.role === 'host') add('city', 0, r, yuan);
    add(r.role, r.unit_id, r, yuan);
  }
  return (role, unitId, which) => tallies.get(`${role}:${unitId}:${which}`) ?? emptyTally();
}

/**
 * Tallies cohort rows (kpiCohortSql, bulletinCohortSql, frozenCohortSql). The database groups
 * the projects by host and by sourcing unit, each group with its bits (a few thousand groups),
 * in queries that may each run in parallel; the groups are added up per scope here. Projects of
 * joint filings come back one by one, to be split. Without `sources` only the city and the
 * hosts are tallied.
 */
export async function tallyCohort(db: Tx, cohort: SQL, opts: { sources?: boolean } = {}): Promise<CohortTallies> {
  const rows = await queryRows<BitsRow>(
    db,
    sql`with c as (${cohort}) ${groupsSql('host')} union all ${groupsSql('joint')}`,
  );
  if (opts.sources === false) for (const r of rows) if (r.role === 'joint') r.sources = [];
  if (opts.sources !== false)
    rows.push(...(await queryRows<BitsRow>(db, sql`with c as (${cohort}) ${groupsSql('source')}`)));
  return tallyGroups(rows);
}

/**
 * Freezes a draft bulletin's cohort rows into bulletins.cohort, a line per project,
 * "id|host|sources|agreed yuan|this year's bits|last year's bits[|joint shares]", and tallies them in the same
 * statement: the figures are the sums of exactly the rows frozen. Answers the tally and how many
 * rows were frozen with their SHA-256.
 */
export async function freezeAndTally(
  db: Tx,
  bulletinId: number,
  cohort: SQL,
): Promise<{ tally: CohortTallies; frozen: { projects: number; sha256: string } }> {
  const rows = await queryRows<BitsRow | { role: 'frozen'; unit_id: number; yuan: string }>(
    db,
    sql`with c as materialized (${cohort}),
        f as (update bulletins b set cohort = s.t
              from (select count(*)::int as n, coalesce(string_agg(concat_ws('|', c.project_id, c.host_unit_id, array_to_string(c.sources, ','), c.agreed_yuan, c.this_year, c.last_year, c.shares), E'\n'), '') as t from c) s
              where b.id = ${bulletinId} and b.status = 'draft'
              returning s.n, encode(sha256(convert_to(s.t, 'UTF8')), 'hex') as sha256)
        ${groupsSql('host')}
        union all ${groupsSql('source')}
        union all ${groupsSql('joint')}
        union all select 'frozen', f.n, 0, 0, 0, f.sha256, null, null from f`,
  );
  const frozen = rows.find((r) => r.role === 'frozen');
  if (!frozen) throw new Error(`bulletin ${bulletinId} is not a draft`);
  return {
    tally: tallyGroups(rows.filter((r): r is BitsRow => r.role !== 'frozen')),
    frozen: { projects: frozen.unit_id, sha256: frozen.yuan },
  };
}

/** The tallies of a window's cohort (with last year's unless `lastYear` is false; sourcing units unless `sources` is false). */
export const tallyWindow = (db: Tx, w: KpiWindow, opts: { lastYear?: boolean; sources?: boolean } = {}) =>
  tallyCohort(db, kpiCohortSql(w, opts.lastYear === undefined ? {} : { lastYear: opts.lastYear }), {
    sources: opts.sources,
  });

/** The tallies of a bulletin's window as the data stands today (what a recomputation compares with). */
export const tallyBulletinWindow = (db: Tx, w: KpiWindow, majorYuan: bigint) =>
  tallyCohort(db, bulletinCohortSql(w, majorYuan));

/** Freezes a draft bulletin's window into it and tallies the rows frozen (freezeAndTally). */
export const freezeBulletinWindow = (db: Tx, bulletinId: number, w: KpiWindow, majorYuan: bigint) =>
  freezeAndTally(db, bulletinId, bulletinCohortSql(w, majorYuan));

/** What is frozen in a bulletin now: how many projects and their SHA-256 (compared with the sealed snapshot). */
export async function digestCohort(db: Tx, bulletinId: number): Promise<{ projects: number; sha256: string }> {
  const [row] = await queryRows<{ projects: number; sha256: string }>(
    db,
    sql`select case when coalesce(cohort, '') = '' then 0 else length(cohort) - length(replace(cohort, E'\n', '')) + 1 end as projects,
          encode(sha256(convert_to(coalesce(cohort, ''), 'UTF8')), 'hex') as sha256
        from bulletins where id = ${bulletinId}`,
  );
  return row!;
}

/** How many frozen projects are behind one figure of a bulletin. */
export async function countFrozenFigure(db: Tx, f: FrozenFigure): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from (${frozenFigureSql(f)}) f`);
  return row!.n;
}

export type KpiUnitRow = { id: number; name: string; kind: string; hosts: boolean; sources: boolean };

/**
 * The units an indicator report lists: as host every county and zone (the places projects land)
 * and every unit hosting a project in the range; as source every unit that attracts projects
 * (all but the leading group and its office) and every unit credited in the range.
 */
export async function findKpiUnits(db: Tx, from: string, to: string): Promise<KpiUnitRow[]> {
  return queryRows<KpiUnitRow>(
    db,
    sql`select u.id, u.name, u.kind,
          (u.active and u.kind in ('county', 'function_zone')) or exists (select 1 from projects p where p.host_unit_id = u.id and p.signed_on between ${from}::date and ${to}::date) as hosts,
          (u.active and u.kind not in ('leading_group', 'office')) or exists (select 1 from project_sources s join projects p on p.id = s.project_id
             where s.unit_id = u.id and p.signed_on between ${from}::date and ${to}::date) as sources
        from units u order by u.id`,
  );
}

/** Leads reported per unit in a window. */
export async function countLeadsByUnit(db: Tx, from: string, to: string): Promise<Map<number, number>> {
  const rows = await queryRows<{ unit_id: number; n: number }>(
    db,
    sql`select reporting_unit_id as unit_id, count(*)::int as n from leads where reported_on between ${from}::date and ${to}::date group by 1`,
  );
  return new Map(rows.map((r) => [r.unit_id, r.n]));
}

export type FourNewMonthRow = {
  role: KpiRole;
  unit_id: number;
  month: number;
  stage: 'signed' | 'started' | 'completed' | 'producing';
  n: number;
};

/**
 * "Four new" by stage and month (分段考核): each major project (agreed investment at the threshold
 * or more) counts in the month it was newly signed (an expansion is no new signing), started,
 * completed or went into production, for its host and for each sourcing unit. The months of a
 * year add up to the bulletin's year-to-date counts.
 */
export async function countFourNewByMonth(db: Tx, year: number, majorYuan: bigint): Promise<FourNewMonthRow[]> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const stage = (name: string, extra: SQL = sql`true`) => {
    const col = sql.raw(`p.${name}_on`);
    return sql`select ${name}::text as stage, extract(month from ${col})::int as month, p.host_unit_id, p.source_unit_ids as sources
      from projects p where p.agreed_yuan >= ${majorYuan.toString()}::bigint and ${gateCountsSql} and ${col} between ${from}::date and ${to}::date and ${extra}`;
  };
  return queryRows<FourNewMonthRow>(
    db,
    sql`with s as (${stage('signed', sql`p.expansion_of is null`)} union all ${stage('started')}
          union all ${stage('completed')} union all ${stage('producing')})
        select 'host' as role, s.host_unit_id as unit_id, s.month, s.stage, count(*)::int as n from s group by 2, 3, 4
        union all
        select 'source' as role, u.unit_id, s.month, s.stage, count(*)::int as n
          from s cross join lateral unnest(s.sources) u (unit_id) group by 2, 3, 4`,
  );
}
