import { type SQL, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';

export type GroupRow = {
  id: number;
  name: string;
  name_en: string | null;
  kind: string;
  sort_order: number;
  version: number;
};
export type ChainRow = {
  id: number;
  group_id: number;
  name: string;
  name_en: string | null;
  chief_expert: string | null;
  think_tanks: string[];
  sort_order: number;
  version: number;
  designated_unit_ids: number[];
};
export type SegmentRow = {
  id: number;
  chain_id: number;
  name: string;
  stream: string;
  parent_id: number | null;
  responsible_unit_id: number | null;
  responsible_unit_name: string | null;
  sort_order: number;
  version: number;
};
export type TargetRow = {
  id: number;
  segment_id: number;
  name: string;
  uscc: string | null;
  tags: string[];
  notes: string | null;
  version: number;
};

export async function findGroups(db: Tx): Promise<GroupRow[]> {
  return queryRows<GroupRow>(
    db,
    sql`select id, name, name_en, kind, sort_order, version from chain_groups order by sort_order, id`,
  );
}

export async function findGroupById(db: Tx, id: number): Promise<GroupRow | undefined> {
  const [row] = await queryRows<GroupRow>(
    db,
    sql`select id, name, name_en, kind, sort_order, version from chain_groups where id = ${id}`,
  );
  return row;
}

export async function findGroupByName(db: Tx, name: string): Promise<GroupRow | undefined> {
  const [row] = await queryRows<GroupRow>(
    db,
    sql`select id, name, name_en, kind, sort_order, version from chain_groups where name = ${name}`,
  );
  return row;
}

export type GroupValues = { name: string; nameEn: string | null; kind: string; sortOrder: number };

export async function insertGroup(db: Tx, v: GroupValues): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`insert into chain_groups (name, name_en, kind, sort_order) values (${v.name}, ${v.nameEn}, ${v.kind}, ${v.sortOrder}::int) returning id`,
  );
  return row!.id;
}

export async function updateGroup(db: Tx, id: number, version: number, v: GroupValues): Promise<boolean> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`update chain_groups set name = ${v.name}, name_en = ${v.nameEn}, kind = ${v.kind}, sort_order = ${v.sortOrder}::int,
          version = version + 1, updated_at = now() where id = ${id} and version = ${version} returning id`,
  );
  return rows.length === 1;
}

const CHAIN_SELECT = sql`select c.id, c.group_id, c.name, c.name_en, c.chief_expert, c.think_tanks, c.sort_order, c.version,
  coalesce((select array_agg(uc.unit_id order by uc.unit_id) from unit_chains uc where uc.chain_id = c.id), '{}'::int[]) as designated_unit_ids
  from chains c`;

export async function findChains(db: Tx): Promise<ChainRow[]> {
  return queryRows<ChainRow>(db, sql`${CHAIN_SELECT} order by c.sort_order, c.id`);
}

export async function findChainById(db: Tx, id: number): Promise<ChainRow | undefined> {
  const [row] = await queryRows<ChainRow>(db, sql`${CHAIN_SELECT} where c.id = ${id}`);
  return row;
}

export async function findChainByName(db: Tx, name: string): Promise<ChainRow | undefined> {
  const [row] = await queryRows<ChainRow>(
    db,
    sql`${CHAIN_SELECT} where c.name = ${name} or c.name_en = ${name} limit 1`,
  );
  return row;
}

export type ChainValues = {
  groupId: number;
  name: string;
  nameEn: string | null;
  chiefExpert: string | null;
  thinkTanks: string[];
  sortOrder: number;
};

export async function insertChain(db: Tx, v: ChainValues): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`insert into chains (group_id, name, name_en, chief_expert, think_tanks, sort_order)
        values (${v.groupId}::int, ${v.name}, ${v.nameEn}, ${v.chiefExpert}, ${sql.param(v.thinkTanks)}::text[], ${v.sortOrder}::int) returning id`,
  );
  return row!.id;
}

export async function updateChain(db: Tx, id: number, version: number, v: ChainValues): Promise<boolean> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`update chains set group_id = ${v.groupId}::int, name = ${v.name}, name_en = ${v.nameEn}, chief_expert = ${v.chiefExpert},
          think_tanks = ${sql.param(v.thinkTanks)}::text[], sort_order = ${v.sortOrder}::int, version = version + 1, updated_at = now()
        where id = ${id} and version = ${version} returning id`,
  );
  return rows.length === 1;
}

const SEGMENT_SELECT = sql`select s.id, s.chain_id, s.name, s.stream, s.parent_id, s.responsible_unit_id, u.name as responsible_unit_name,
  s.sort_order, s.version from chain_segments s left join units u on u.id = s.responsible_unit_id`;

export async function findSegments(db: Tx, chainId?: number): Promise<SegmentRow[]> {
  const where = chainId ? sql`where s.chain_id = ${chainId}` : sql``;
  return queryRows<SegmentRow>(
    db,
    sql`${SEGMENT_SELECT} ${where} order by s.chain_id, s.stream = 'down', s.stream = 'mid', s.sort_order, s.id`,
  );
}

export async function findSegmentById(db: Tx, id: number): Promise<SegmentRow | undefined> {
  const [row] = await queryRows<SegmentRow>(db, sql`${SEGMENT_SELECT} where s.id = ${id}`);
  return row;
}

export async function findSegmentByName(db: Tx, chainId: number, name: string): Promise<SegmentRow | undefined> {
  const [row] = await queryRows<SegmentRow>(
    db,
    sql`${SEGMENT_SELECT} where s.chain_id = ${chainId} and s.name = ${name}`,
  );
  return row;
}

/** The segment and every segment above it: a new parent among them would close a cycle. */
export async function findSegmentLineage(db: Tx, id: number): Promise<number[]> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`with recursive up(id, parent_id, depth) as (
          select id, parent_id, 0 from chain_segments where id = ${id}
          union all select s.id, s.parent_id, up.depth + 1 from chain_segments s join up on s.id = up.parent_id where up.depth < 100)
        select id from up`,
  );
  return rows.map((r) => r.id);
}

export type SegmentValues = {
  chainId: number;
  name: string;
  stream: string;
  parentId: number | null;
  responsibleUnitId: number | null;
  sortOrder: number;
};

export async function insertSegment(db: Tx, v: SegmentValues): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`insert into chain_segments (chain_id, name, stream, parent_id, responsible_unit_id, sort_order)
        values (${v.chainId}::int, ${v.name}, ${v.stream}, ${v.parentId}::int, ${v.responsibleUnitId}::int, ${v.sortOrder}::int) returning id`,
  );
  return row!.id;
}

export async function updateSegment(db: Tx, id: number, version: number, v: SegmentValues): Promise<boolean> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`update chain_segments set chain_id = ${v.chainId}::int, name = ${v.name}, stream = ${v.stream}, parent_id = ${v.parentId}::int,
          responsible_unit_id = ${v.responsibleUnitId}::int, sort_order = ${v.sortOrder}::int, version = version + 1, updated_at = now()
        where id = ${id} and version = ${version} returning id`,
  );
  return rows.length === 1;
}

export async function findTargets(db: Tx, segmentId: number): Promise<TargetRow[]> {
  return queryRows<TargetRow>(
    db,
    sql`select id, segment_id, name, uscc, tags, notes, version from chain_targets where segment_id = ${segmentId} order by name, id`,
  );
}

export async function findTargetById(db: Tx, id: number): Promise<TargetRow | undefined> {
  const [row] = await queryRows<TargetRow>(
    db,
    sql`select id, segment_id, name, uscc, tags, notes, version from chain_targets where id = ${id}`,
  );
  return row;
}

export type TargetValues = {
  segmentId: number;
  name: string;
  uscc: string | null;
  tags: string[];
  notes: string | null;
};

export async function insertTarget(db: Tx, v: TargetValues): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`insert into chain_targets (segment_id, name, uscc, tags, notes)
        values (${v.segmentId}::int, ${v.name}, ${v.uscc}, ${sql.param(v.tags)}::text[], ${v.notes}) returning id`,
  );
  return row!.id;
}

export async function updateTarget(db: Tx, id: number, version: number, v: TargetValues): Promise<boolean> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`update chain_targets set segment_id = ${v.segmentId}::int, name = ${v.name}, uscc = ${v.uscc}, tags = ${sql.param(v.tags)}::text[],
          notes = ${v.notes}, version = version + 1, updated_at = now() where id = ${id} and version = ${version} returning id`,
  );
  return rows.length === 1;
}

export async function deleteTarget(db: Tx, id: number, version: number): Promise<boolean> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`delete from chain_targets where id = ${id} and version = ${version} returning id`,
  );
  return rows.length === 1;
}

/** What still points at a segment: each of these refuses its deletion. */
export type SegmentUses = {
  leads: number;
  filings: number;
  projects: number;
  companies: number;
  targets: number;
  children: number;
};

/**
 * Locks the segment row and counts what uses it. The lock (FOR UPDATE) makes a record that
 * would take the segment meanwhile wait for the deletion, so the counts stay true until commit.
 */
export async function lockSegmentUses(db: Tx, id: number): Promise<{ version: number; uses: SegmentUses } | undefined> {
  const [locked] = await queryRows<{ version: number }>(
    db,
    sql`select version from chain_segments where id = ${id} for update`,
  );
  if (!locked) return undefined;
  const [uses] = await queryRows<SegmentUses>(
    db,
    sql`select (select count(*)::int from leads where segment_id = ${id}) as leads,
          (select count(*)::int from filings where segment_id = ${id}) as filings,
          (select count(*)::int from projects where segment_id = ${id}) as projects,
          (select count(*)::int from companies where segment_id = ${id}) as companies,
          (select count(*)::int from chain_targets where segment_id = ${id}) as targets,
          (select count(*)::int from chain_segments where parent_id = ${id}) as children`,
  );
  return { version: locked.version, uses: uses! };
}

/** Deletes an unused segment with its (zero) live numbers. */
export async function deleteSegment(db: Tx, id: number): Promise<void> {
  await queryRows(db, sql`delete from chain_counts where segment_id = ${id}`);
  await queryRows(db, sql`delete from chain_unit_counts where segment_id = ${id}`);
  await queryRows(db, sql`delete from chain_segments where id = ${id}`);
}

/** Replaces the units designated to host a chain. */
export async function replaceDesignations(
  db: Tx,
  chainId: number,
  unitIds: number[],
  by: number | null,
): Promise<void> {
  await db.execute(
    sql`delete from unit_chains where chain_id = ${chainId} and unit_id <> all(${sql.param(unitIds)}::int[])`,
  );
  if (unitIds.length)
    await db.execute(
      sql`insert into unit_chains (unit_id, chain_id, created_by) select u, ${chainId}::int, ${by}::int
          from unnest(${sql.param(unitIds)}::int[]) as u on conflict do nothing`,
    );
}

export async function bumpChainVersion(db: Tx, id: number, version: number): Promise<boolean> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`update chains set version = version + 1, updated_at = now() where id = ${id} and version = ${version} returning id`,
  );
  return rows.length === 1;
}

export async function isDesignated(db: Tx, unitId: number, chainId: number): Promise<boolean> {
  const rows = await queryRows<{ one: number }>(
    db,
    sql`select 1 as one from unit_chains where unit_id = ${unitId} and chain_id = ${chainId}`,
  );
  return rows.length > 0;
}

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

/** The candidate host units of a chain (and segment): designated, hosting projects of it, or responsible for the segment. */
export type HostCandidateRow = {
  unit_id: number;
  unit_name: string;
  unit_kind: string;
  designated: boolean;
  chain_projects: number;
  segment_projects: number;
  responsible: boolean;
};

export async function findHostCandidates(
  db: Tx,
  chainId: number,
  segmentId: number | null,
): Promise<HostCandidateRow[]> {
  return queryRows<HostCandidateRow>(
    db,
    sql`with counts as (
          select unit_id, sum(projects)::int as chain_projects,
            coalesce(sum(projects) filter (where segment_id = ${segmentId ?? -1}::int), 0)::int as segment_projects
          from chain_unit_counts where chain_id = ${chainId} group by unit_id),
        cand as (
          select unit_id from unit_chains where chain_id = ${chainId}
          union select unit_id from counts where chain_projects > 0
          union select responsible_unit_id from chain_segments where id = ${segmentId ?? -1}::int and responsible_unit_id is not null)
        select u.id as unit_id, u.name as unit_name, u.kind as unit_kind,
          exists (select 1 from unit_chains uc where uc.unit_id = u.id and uc.chain_id = ${chainId}) as designated,
          coalesce(c.chain_projects, 0) as chain_projects, coalesce(c.segment_projects, 0) as segment_projects,
          exists (select 1 from chain_segments s where s.id = ${segmentId ?? -1}::int and s.responsible_unit_id = u.id) as responsible
        from cand join units u on u.id = cand.unit_id and u.active
        left join counts c on c.unit_id = u.id`,
  );
}

export async function setCompanyChain(
  db: Tx,
  companyId: number,
  version: number,
  chainId: number | null,
  segmentId: number | null,
): Promise<boolean> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`update companies set chain_id = ${chainId}::int, segment_id = ${segmentId}::int, version = version + 1, updated_at = now()
        where id = ${companyId} and version = ${version} and merged_into_id is null returning id`,
  );
  return rows.length === 1;
}

export async function findCompanyChain(db: Tx, id: number) {
  const [row] = await queryRows<{
    id: number;
    name: string;
    chain_id: number | null;
    segment_id: number | null;
    version: number;
  }>(
    db,
    sql`select id, name, chain_id, segment_id, version from companies where id = ${id} and merged_into_id is null`,
  );
  return row;
}

/** Gives the leads and projects whose free-text chain names a chain its chain_id. */
export async function matchTextChains(db: Tx): Promise<{ leads: number; projects: number }> {
  const leads = await queryRows<{ id: number }>(
    db,
    sql`update leads l set chain_id = c.id from chains c where l.chain_id is null and l.chain is not null
        and (btrim(l.chain) = c.name or btrim(l.chain) = c.name_en) returning l.id`,
  );
  const projects = await queryRows<{ id: number }>(
    db,
    sql`update projects p set chain_id = c.id from chains c where p.chain_id is null and p.chain is not null
        and (btrim(p.chain) = c.name or btrim(p.chain) = c.name_en) returning p.id`,
  );
  return { leads: leads.length, projects: projects.length };
}

/** The free-text chains that name no chain of the map, with how many leads and projects carry each. */
export async function findUnmatchedChains(db: Tx) {
  return queryRows<{ value: string; leads: number; projects: number }>(
    db,
    sql`select value, sum(leads)::int as leads, sum(projects)::int as projects from (
          select btrim(chain) as value, 1 as leads, 0 as projects from leads where chain_id is null and coalesce(btrim(chain), '') <> ''
          union all
          select btrim(chain), 0, 1 from projects where chain_id is null and coalesce(btrim(chain), '') <> '') x
        group by value order by value`,
  );
}

export async function rebuildChainCounts(db: Tx): Promise<void> {
  await db.execute(sql`select chain_counts_rebuild()`);
}

/** The group of this name, created (kind as given) when missing. */
export async function upsertGroupByName(db: Tx, name: string, kind: string): Promise<{ id: number; created: boolean }> {
  const [row] = await queryRows<{ id: number; created: boolean }>(
    db,
    sql`insert into chain_groups (name, kind) values (${name}, ${kind}) on conflict (name) do update set name = excluded.name
        returning id, (xmax = 0) as created`,
  );
  return row!;
}

/** The chain of this name with the file's group, expert and think tanks; created when missing. */
export async function upsertChainByName(
  db: Tx,
  v: { groupId: number; name: string; chiefExpert: string | null; thinkTanks: string[] },
): Promise<{ id: number; created: boolean; changed: boolean }> {
  const [row] = await queryRows<{ id: number; created: boolean; changed: boolean }>(
    db,
    sql`with before as (select id, group_id, chief_expert, think_tanks from chains where name = ${v.name})
        insert into chains (group_id, name, chief_expert, think_tanks) values (${v.groupId}::int, ${v.name}, ${v.chiefExpert}, ${sql.param(v.thinkTanks)}::text[])
        on conflict (name) do update set group_id = excluded.group_id, chief_expert = excluded.chief_expert, think_tanks = excluded.think_tanks,
          version = chains.version + case when (chains.group_id, chains.chief_expert, chains.think_tanks)
            is distinct from (excluded.group_id, excluded.chief_expert, excluded.think_tanks) then 1 else 0 end
        returning id, (xmax = 0) as created,
          coalesce((select (b.group_id, b.chief_expert, b.think_tanks) is distinct from (${v.groupId}::int, ${v.chiefExpert}::text, ${sql.param(v.thinkTanks)}::text[]) from before b), true) as changed`,
  );
  return row!;
}

/** The segment of this chain and name with the file's stream and responsible unit; created when missing. */
export async function upsertSegmentByName(
  db: Tx,
  v: { chainId: number; name: string; stream: string; responsibleUnitId: number | null; sortOrder: number },
): Promise<{ id: number; created: boolean; changed: boolean }> {
  const [row] = await queryRows<{ id: number; created: boolean; changed: boolean }>(
    db,
    sql`with before as (select stream, responsible_unit_id from chain_segments where chain_id = ${v.chainId} and name = ${v.name})
        insert into chain_segments (chain_id, name, stream, responsible_unit_id, sort_order)
        values (${v.chainId}::int, ${v.name}, ${v.stream}, ${v.responsibleUnitId}::int, ${v.sortOrder}::int)
        on conflict (chain_id, name) do update set stream = excluded.stream, responsible_unit_id = excluded.responsible_unit_id,
          version = chain_segments.version + case when (chain_segments.stream, chain_segments.responsible_unit_id)
            is distinct from (excluded.stream, excluded.responsible_unit_id) then 1 else 0 end
        returning id, (xmax = 0) as created,
          coalesce((select (b.stream, b.responsible_unit_id) is distinct from (${v.stream}::text, ${v.responsibleUnitId}::int) from before b), true) as changed`,
  );
  return row!;
}

/** The map as rows for its export: one a segment (a chain without segments once, with no segment). */
export async function findMapRows(db: Tx) {
  return queryRows<{
    group_name: string;
    chain_name: string;
    segment_name: string | null;
    stream: string | null;
    chief_expert: string | null;
    think_tanks: string[];
    unit_name: string | null;
  }>(
    db,
    sql`select g.name as group_name, c.name as chain_name, s.name as segment_name, s.stream, c.chief_expert, c.think_tanks, u.name as unit_name
        from chains c join chain_groups g on g.id = c.group_id
        left join chain_segments s on s.chain_id = c.id left join units u on u.id = s.responsible_unit_id
        order by g.sort_order, g.id, c.sort_order, c.id, s.stream = 'down', s.stream = 'mid', s.sort_order, s.id`,
  );
}

/** Every segment with its chain and responsible unit by name: how a target import finds its rows' segments. */
export async function findSegmentNames(db: Tx) {
  return queryRows<{ id: number; name: string; chain_name: string; unit_name: string | null }>(
    db,
    sql`select s.id, s.name, c.name as chain_name, u.name as unit_name
        from chain_segments s join chains c on c.id = s.chain_id left join units u on u.id = s.responsible_unit_id`,
  );
}

/** The target of this segment and name with the file's credit code, tags and notes; created when missing. */
export async function upsertTargetByName(db: Tx, v: TargetValues): Promise<{ created: boolean; changed: boolean }> {
  const [row] = await queryRows<{ created: boolean; changed: boolean }>(
    db,
    sql`with before as (select uscc, tags, notes from chain_targets where segment_id = ${v.segmentId} and name = ${v.name})
        insert into chain_targets (segment_id, name, uscc, tags, notes)
        values (${v.segmentId}::int, ${v.name}, ${v.uscc}, ${sql.param(v.tags)}::text[], ${v.notes})
        on conflict (segment_id, name) do update set uscc = excluded.uscc, tags = excluded.tags, notes = excluded.notes,
          version = chain_targets.version + case when (chain_targets.uscc, chain_targets.tags, chain_targets.notes)
            is distinct from (excluded.uscc, excluded.tags, excluded.notes) then 1 else 0 end,
          updated_at = case when (chain_targets.uscc, chain_targets.tags, chain_targets.notes)
            is distinct from (excluded.uscc, excluded.tags, excluded.notes) then now() else chain_targets.updated_at end
        returning (xmax = 0) as created,
          coalesce((select (b.uscc, b.tags, b.notes) is distinct from (${v.uscc}::text, ${sql.param(v.tags)}::text[], ${v.notes}::text) from before b), true) as changed`,
  );
  return row!;
}

/** Every target in map order, for the export: its chain, segment and the segment's responsible unit. */
export async function findTargetExportRows(db: Tx) {
  return queryRows<{
    chain_name: string;
    segment_name: string;
    name: string;
    uscc: string | null;
    tags: string[];
    unit_name: string | null;
    notes: string | null;
  }>(
    db,
    sql`select c.name as chain_name, s.name as segment_name, t.name, t.uscc, t.tags, u.name as unit_name, t.notes
        from chain_targets t join chain_segments s on s.id = t.segment_id join chains c on c.id = s.chain_id
        join chain_groups g on g.id = c.group_id left join units u on u.id = s.responsible_unit_id
        order by g.sort_order, g.id, c.sort_order, c.id, s.stream = 'down', s.stream = 'mid', s.sort_order, s.id, t.name, t.id`,
  );
}
