import { type SQL, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';

// The chain map's live numbers (from the counters the triggers keep) and the lists behind each.

/** The map's numbers: per chain and segment (0 = no segment), the counters' sums. */
export type CountRow = {
  chain_id: number;
  segment_id: number;
  companies: number;
  targets: number;
  open_leads: number;
  active_filings: number;
  projects: number;
  amount_yuan: string;
  by_stage: Record<string, { n: number; amountYuan: string }>;
  recent_signed: number;
};

/**
 * The counters summed per chain and segment. 'signed' is kept per month (k = YYYY-MM), so "signed
 * since" (a day) reads the months after the edge month from the counters and the edge month's days
 * from `since` on from the projects (one month of signings, by projects_signed_idx).
 */
export async function findCounts(db: Tx, since: string, chainId?: number): Promise<CountRow[]> {
  const month = since.slice(0, 7);
  const [y, m] = month.split('-').map(Number) as [number, number];
  const nextMonth = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  const where = chainId ? sql`where chain_id = ${chainId}` : sql``;
  const edgeChain = chainId ? sql`and chain_id = ${chainId}` : sql``;
  return queryRows<CountRow>(
    db,
    sql`with c as (
          select chain_id, segment_id, metric, k, n, amount_yuan from chain_counts ${where}
          union all
          select chain_id, coalesce(segment_id, 0), 'signed_edge', '', count(*), 0 from projects
          where signed_on >= ${since}::date and signed_on < ${nextMonth}::date
            and chain_id is not null and status <> 'terminated' ${edgeChain}
          group by 1, 2)
        select chain_id, segment_id,
          coalesce(sum(n) filter (where metric = 'company'), 0)::int as companies,
          coalesce(sum(n) filter (where metric = 'target'), 0)::int as targets,
          coalesce(sum(n) filter (where metric = 'lead_open'), 0)::int as open_leads,
          coalesce(sum(n) filter (where metric = 'filing_active'), 0)::int as active_filings,
          coalesce(sum(n) filter (where metric = 'project'), 0)::int as projects,
          coalesce(sum(amount_yuan) filter (where metric = 'project'), 0)::text as amount_yuan,
          coalesce(jsonb_object_agg(k, jsonb_build_object('n', n, 'amountYuan', amount_yuan::text)) filter (where metric = 'project' and n <> 0), '{}'::jsonb) as by_stage,
          coalesce(sum(n) filter (where (metric = 'signed' and k > ${month}) or metric = 'signed_edge'), 0)::int as recent_signed
        from c group by chain_id, segment_id`,
  );
}

export type Page = { limit: number; offset: number };
/** Who asks, for the drill-down lists: null sees every unit's records. */
export type Scope = { unitId: number } | null;

export async function findSegmentCompanies(db: Tx, chainId: number, segmentId: number | null, p: Page) {
  const seg = segmentId === null ? sql`segment_id is null` : sql`segment_id = ${segmentId}`;
  return paged<{ id: number; name: string; uscc: string | null }>(
    db,
    sql`from companies where chain_id = ${chainId} and ${seg} and merged_into_id is null`,
    sql`select id, name, uscc`,
    sql`order by name, id`,
    p,
  );
}

export async function findSegmentTargets(db: Tx, chainId: number, segmentId: number | null, p: Page) {
  const seg = segmentId === null ? sql`false` : sql`t.segment_id = ${segmentId}`;
  return paged<{ id: number; name: string; uscc: string | null; tags: string[] }>(
    db,
    sql`from chain_targets t join chain_segments s on s.id = t.segment_id where s.chain_id = ${chainId} and ${seg}`,
    sql`select t.id, t.name, t.uscc, t.tags`,
    sql`order by t.name, t.id`,
    p,
  );
}

export async function findSegmentLeads(db: Tx, chainId: number, segmentId: number | null, scope: Scope, p: Page) {
  const seg = segmentId === null ? sql`l.segment_id is null` : sql`l.segment_id = ${segmentId}`;
  const mine = scope ? sql`and (l.reporting_unit_id = ${scope.unitId} or l.handling_unit_id = ${scope.unitId})` : sql``;
  return paged<{ id: number; company_name: string; status: string; reported_on: string; unit_name: string }>(
    db,
    sql`from leads l join companies c on c.id = l.company_id join units u on u.id = l.handling_unit_id
        where l.chain_id = ${chainId} and ${seg} and l.status in ('new', 'following') ${mine}`,
    sql`select l.id, c.name as company_name, l.status, l.reported_on::text as reported_on, u.name as unit_name`,
    sql`order by l.reported_on desc, l.id desc`,
    p,
  );
}

export async function findSegmentFilings(db: Tx, chainId: number, segmentId: number | null, scope: Scope, p: Page) {
  const seg = segmentId === null ? sql`f.segment_id is null` : sql`f.segment_id = ${segmentId}`;
  const mine = scope ? sql`and f.unit_id = ${scope.unitId}` : sql``;
  return paged<{ id: number; company_name: string; unit_name: string; starts_on: string; expires_on: string }>(
    db,
    sql`from filings f join companies c on c.id = f.company_id join units u on u.id = f.unit_id
        where f.chain_id = ${chainId} and ${seg} and f.status = 'active' ${mine}`,
    sql`select f.id, c.name as company_name, u.name as unit_name, f.starts_on::text as starts_on, f.expires_on::text as expires_on`,
    sql`order by f.starts_on desc, f.id desc`,
    p,
  );
}

export async function findSegmentProjects(
  db: Tx,
  chainId: number,
  segmentId: number | null,
  stage: string | undefined,
  scope: Scope,
  p: Page,
) {
  const seg = segmentId === null ? sql`p.segment_id is null` : sql`p.segment_id = ${segmentId}`;
  const st = stage ? sql`and p.stage = ${stage}` : sql``;
  const mine = scope ? sql`and (p.host_unit_id = ${scope.unitId} or ${scope.unitId} = any(p.source_unit_ids))` : sql``;
  return paged<{
    id: number;
    name: string;
    stage: string;
    host_unit_name: string;
    agreed_yuan: string;
    signed_on: string | null;
  }>(
    db,
    sql`from projects p join units u on u.id = p.host_unit_id
        where p.chain_id = ${chainId} and ${seg} and p.status <> 'terminated' ${st} ${mine}`,
    sql`select p.id, p.name, p.stage, u.name as host_unit_name, p.agreed_yuan::text as agreed_yuan, p.signed_on::text as signed_on`,
    sql`order by p.signed_on desc nulls last, p.id desc`,
    p,
  );
}

async function paged<T>(db: Tx, from: SQL, select: SQL, order: SQL, p: Page): Promise<{ items: T[]; total: number }> {
  const [items, [count]] = await Promise.all([
    queryRows<T>(db, sql`${select} ${from} ${order} limit ${p.limit} offset ${p.offset}`),
    queryRows<{ total: number }>(db, sql`select count(*)::int as total ${from}`),
  ]);
  return { items, total: count!.total };
}

export async function rebuildChainCounts(db: Tx): Promise<void> {
  await db.execute(sql`select chain_counts_rebuild()`);
}
