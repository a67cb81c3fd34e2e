import { sql } from 'drizzle-orm';
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
