import { type SQL, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';

/** A site as the services read it (quantities as decimal strings; `stale` as of a quarter's first day). */
export type SiteRow = {
  id: number;
  kind: string;
  name: string;
  zone: string | null;
  owner_unit_id: number;
  owner_unit_name: string;
  use: string;
  area_mu: string | null;
  floor_area_m2: string | null;
  price_wan_per_mu: string | null;
  power_kva: number | null;
  chain: string | null;
  chain_id: number | null;
  segment_id: number | null;
  status: string;
  notes: string | null;
  confirmed_on: string | null;
  stale: boolean;
  version: number;
};

export type SiteValues = {
  kind: string;
  name: string;
  zone: string | null;
  ownerUnitId: number;
  use: string;
  areaMu: string | null;
  floorAreaM2: string | null;
  priceWanPerMu: string | null;
  powerKva: number | null;
  chain: string | null;
  chainId: number | null;
  segmentId: number | null;
  status: string;
  notes: string | null;
};

const select = (quarterStart: string) => sql`
  select s.id, s.kind, s.name, s.zone, s.owner_unit_id, u.name as owner_unit_name, s.use,
    s.area_mu::text as area_mu, s.floor_area_m2::text as floor_area_m2, s.price_wan_per_mu::text as price_wan_per_mu,
    s.power_kva, s.chain, s.chain_id, s.segment_id, s.status, s.notes, s.confirmed_on::text as confirmed_on,
    (s.confirmed_on is null or s.confirmed_on < ${quarterStart}::date) as stale, s.version
  from sites s join units u on u.id = s.owner_unit_id`;

export async function findSiteById(db: Tx, id: number, quarterStart: string, opts: { forUpdate?: boolean } = {}) {
  if (opts.forUpdate) await db.execute(sql`select 1 from sites where id = ${id} for update`);
  const [row] = await queryRows<SiteRow>(db, sql`${select(quarterStart)} where s.id = ${id}`);
  return row;
}

export async function insertSite(db: Tx, v: SiteValues): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`insert into sites (kind, name, zone, owner_unit_id, use, area_mu, floor_area_m2, price_wan_per_mu, power_kva, chain, chain_id, segment_id, status, notes)
        values (${v.kind}, ${v.name}, ${v.zone}, ${v.ownerUnitId}, ${v.use}, ${v.areaMu}::numeric, ${v.floorAreaM2}::numeric,
          ${v.priceWanPerMu}::numeric, ${v.powerKva}::int, ${v.chain}, ${v.chainId}::int, ${v.segmentId}::int, ${v.status}, ${v.notes}) returning id`,
  );
  return row!.id;
}

/** Writes the site if its version is still the one read; false when someone saved in between. */
export async function updateSite(db: Tx, id: number, version: number | null, v: SiteValues): Promise<boolean> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`update sites set kind = ${v.kind}, name = ${v.name}, zone = ${v.zone}, owner_unit_id = ${v.ownerUnitId}, use = ${v.use},
          area_mu = ${v.areaMu}::numeric, floor_area_m2 = ${v.floorAreaM2}::numeric, price_wan_per_mu = ${v.priceWanPerMu}::numeric,
          power_kva = ${v.powerKva}::int, chain = ${v.chain}, chain_id = ${v.chainId}::int, segment_id = ${v.segmentId}::int, status = ${v.status}, notes = ${v.notes},
          version = version + 1, updated_at = now()
        where id = ${id} and (${version}::int is null or version = ${version}::int) returning id`,
  );
  return rows.length === 1;
}

/** Records the owner's confirmation that the site is current (as of `day`); false on a stale version. */
export async function confirmSite(db: Tx, id: number, version: number, day: string, userId: number): Promise<boolean> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`update sites set confirmed_on = ${day}::date, confirmed_by = ${userId}, version = version + 1, updated_at = now()
        where id = ${id} and version = ${version} returning id`,
  );
  return rows.length === 1;
}

export async function findSiteIdsByKeys(
  db: Tx,
  keys: { ownerUnitId: number; kind: string; name: string }[],
): Promise<Map<string, number>> {
  if (!keys.length) return new Map();
  const rows = await queryRows<{ id: number; owner_unit_id: number; kind: string; name: string }>(
    db,
    sql`select s.id, s.owner_unit_id, s.kind, s.name from sites s
        join unnest(${sql.param(keys.map((k) => k.ownerUnitId))}::int[], ${sql.param(keys.map((k) => k.kind))}::text[],
          ${sql.param(keys.map((k) => k.name))}::text[]) as k(o, kd, n) on s.owner_unit_id = k.o and s.kind = k.kd and s.name = k.n`,
  );
  return new Map(rows.map((r) => [`${r.owner_unit_id}|${r.kind}|${r.name}`, r.id]));
}

export type SiteFilter = {
  kind?: string;
  use?: string;
  status?: string;
  ownerUnitId?: number;
  zone?: string;
  stale?: boolean;
  q?: string;
};

export const SITE_SORTS = {
  name: sql`s.name`,
  area: sql`coalesce(s.area_mu, s.floor_area_m2 * 0.0015)`,
  price: sql`s.price_wan_per_mu`,
  power: sql`s.power_kva`,
  confirmed: sql`s.confirmed_on`,
} as const;
export type SiteSort = keyof typeof SITE_SORTS;

const like = (s: string) => `%${s.replace(/[\\%_]/g, '\\$&')}%`;

function whereOf(f: SiteFilter, quarterStart: string): SQL {
  const conds: SQL[] = [sql`true`];
  if (f.kind) conds.push(sql`s.kind = ${f.kind}`);
  if (f.use) conds.push(sql`s.use = ${f.use}`);
  if (f.status) conds.push(sql`s.status = ${f.status}`);
  if (f.ownerUnitId) conds.push(sql`s.owner_unit_id = ${f.ownerUnitId}`);
  if (f.zone) conds.push(sql`s.zone ilike ${like(f.zone)}`);
  if (f.stale === true) conds.push(sql`(s.confirmed_on is null or s.confirmed_on < ${quarterStart}::date)`);
  if (f.stale === false) conds.push(sql`s.confirmed_on >= ${quarterStart}::date`);
  if (f.q) conds.push(sql`(s.name ilike ${like(f.q)} or s.zone ilike ${like(f.q)})`);
  return sql.join(conds, sql` and `);
}

export async function findSites(
  db: Tx,
  f: SiteFilter,
  quarterStart: string,
  sort: { by: SiteSort; desc: boolean },
  page: { limit: number; offset: number },
) {
  const where = whereOf(f, quarterStart);
  const dir = sql.raw(sort.desc ? 'desc nulls last' : 'asc nulls last');
  const idDir = sql.raw(sort.desc ? 'desc' : 'asc');
  const [items, totals] = await Promise.all([
    queryRows<SiteRow>(
      db,
      sql`${select(quarterStart)} where ${where} order by ${SITE_SORTS[sort.by]} ${dir}, s.id ${idDir} limit ${page.limit} offset ${page.offset}`,
    ),
    queryRows<{ n: number }>(db, sql`select count(*)::int as n from sites s where ${where}`),
  ]);
  return { items, total: totals[0]?.n ?? 0 };
}

/** Per owner unit: its sites and how many are stale (not confirmed since the quarter began). */
export async function findStaleCounts(db: Tx, quarterStart: string) {
  return queryRows<{ unit_id: number; unit_name: string; total: number; stale: number }>(
    db,
    sql`select u.id as unit_id, u.name as unit_name, count(*)::int as total,
          (count(*) filter (where s.confirmed_on is null or s.confirmed_on < ${quarterStart}::date))::int as stale
        from sites s join units u on u.id = s.owner_unit_id group by u.id, u.name order by u.id`,
  );
}

/**
 * Per owner unit, the sites it had on `day` (created by then) not confirmed since the quarter of
 * `day` began: what its assessment deducts for in a bulletin ending on `day`.
 */
export async function countStaleSitesAsOf(db: Tx, day: string, quarterStart: string): Promise<Map<number, number>> {
  const rows = await queryRows<{ unit_id: number; n: number }>(
    db,
    sql`select s.owner_unit_id as unit_id, count(*)::int as n from sites s
        where (s.created_at at time zone 'Asia/Shanghai')::date <= ${day}::date
          and (s.confirmed_on is null or s.confirmed_on < ${quarterStart}::date)
        group by 1`,
  );
  return new Map(rows.map((r) => [r.unit_id, r.n]));
}

/** A site's needs as matching reads them: all optional, at least one given (the service checks). */
export type Needs = {
  areaMu: number | null;
  powerKva: number | null;
  chain: string | null;
  /** The map's chain asked for: a site of that chain fits; one with no chain id falls back to its name. */
  chainId: number | null;
  budgetWan: number | null;
  kind?: string;
  use?: string;
};

/**
 * The available sites ranked for the needs, best first: each criterion asked scores 0..1 and
 * weighs as given (a site's area in 亩 is its floor area for buildings; land cost is its price
 * times the area needed). Scores only rank; the service words the reasons from the exact values.
 */
export async function matchSites(
  db: Tx,
  n: Needs,
  weights: Record<'area' | 'power' | 'chain' | 'budget', number>,
  quarterStart: string,
  limit: number,
) {
  const parts: SQL[] = [];
  let total = 0;
  // Each site's area and price as floats once (x.a, x.p): numeric arithmetic per row is what costs.
  const area = sql`x.a`;
  if (n.areaMu !== null) {
    total += weights.area;
    parts.push(
      sql`${weights.area}::float8 * (case when ${area} >= ${n.areaMu}::float8 then 1 - 0.5 * (${area} - ${n.areaMu}::float8) / nullif(${area}, 0)
            else 0.4 * ${area} / ${n.areaMu}::float8 end)`,
    );
  }
  if (n.powerKva !== null) {
    total += weights.power;
    parts.push(
      sql`${weights.power}::float8 * (case when s.power_kva is null then 0 when s.power_kva >= ${n.powerKva}::float8 then 1
            else 0.4 * s.power_kva / ${n.powerKva}::float8 end)`,
    );
  }
  if (n.chainId !== null) {
    total += weights.chain;
    const byName =
      n.chain === null ? sql`false` : sql`strpos(s.chain, ${n.chain}) > 0 or strpos(${n.chain}, s.chain) > 0`;
    parts.push(
      sql`${weights.chain}::float8 * (case when s.chain_id = ${n.chainId}::int then 1
            when s.chain_id is null and s.chain is not null and (${byName}) then 1 else 0 end)`,
    );
  } else if (n.chain !== null) {
    total += weights.chain;
    // Case as written (chains are Chinese words; lower() per row costs PGlite dearly).
    parts.push(
      sql`${weights.chain}::float8 * (case when s.chain is null then 0
            when strpos(s.chain, ${n.chain}) > 0 or strpos(${n.chain}, s.chain) > 0 then 1 else 0 end)`,
    );
  }
  if (n.budgetWan !== null) {
    total += weights.budget;
    const cost = sql`(x.p * coalesce(${n.areaMu}::float8, ${area}))`;
    parts.push(
      sql`${weights.budget}::float8 * (case when x.p is null then 0 when ${cost} <= ${n.budgetWan}::float8 then 1
            else 0.4 * ${n.budgetWan}::float8 / nullif(${cost}, 0) end)`,
    );
  }
  const conds: SQL[] = [sql`s.status = 'available'`];
  if (n.kind) conds.push(sql`s.kind = ${n.kind}`);
  if (n.use) conds.push(sql`s.use = ${n.use}`);
  const score = sql`(${sql.join(parts, sql` + `)}) * 100.0 / ${total}::float8`;
  // Rank on ids and scores only, then read the few winners in full.
  return queryRows<SiteRow & { score: number }>(
    db,
    sql`with ranked as (
          select s.id, ${score} as score
          from sites s cross join lateral (select coalesce(s.area_mu, s.floor_area_m2 * 0.0015)::float8 as a,
            s.price_wan_per_mu::float8 as p) x
          where ${sql.join(conds, sql` and `)}
          order by score desc, s.id limit ${limit})
        select q.*, r.score from (${select(quarterStart)} where s.id in (select id from ranked)) q
        join ranked r on r.id = q.id order by r.score desc, q.id`,
  );
}

/** What a lead says of its needs (the clerk reading it must work it). */
export async function findLeadNeeds(db: Tx, id: number) {
  const [row] = await queryRows<{
    chain: string | null;
    chain_id: number | null;
    estimated_amount_wan: string | null;
    reporting_unit_id: number;
    handling_unit_id: number;
  }>(
    db,
    sql`select chain, chain_id, estimated_amount_wan::text as estimated_amount_wan, reporting_unit_id, handling_unit_id from leads where id = ${id}`,
  );
  return row;
}

/** What a project says of its needs: chain and agreed amount (yuan). */
export async function findProjectNeeds(db: Tx, id: number) {
  const [row] = await queryRows<{
    chain: string | null;
    chain_id: number | null;
    agreed_yuan: string;
    host_unit_id: number;
    source_unit_ids: number[];
  }>(
    db,
    sql`select p.chain, p.chain_id, p.agreed_yuan::text as agreed_yuan, p.host_unit_id,
          coalesce((select array_agg(unit_id) from project_sources ps where ps.project_id = p.id), '{}') as source_unit_ids
        from projects p where p.id = ${id}`,
  );
  return row;
}
