import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import type { TargetValues } from './chains.repository.ts';

// The map and its targets as spreadsheet rows: what an import upserts by name and an export reads.

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
