import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';

/** How far a company's group is walked up (parent of parent …) before it is taken as looping. */
export const GROUP_DEPTH_CAP = 32;

/** Advisory-lock namespace of company groups (the first key of pg_advisory_xact_lock(int, int)). */
const GROUP_LOCK_SPACE = 1205;

/**
 * The company's chain up its group, itself first: [id, parent, parent's parent, …], at most
 * GROUP_DEPTH_CAP + 1 entries. A chain that long means a loop (or a group too deep to trust).
 */
export async function findGroupChain(db: Tx, companyId: number): Promise<number[]> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`with recursive up(id, group_id, depth) as (
          select id, group_id, 0 from companies where id = ${companyId}
          union all select c.id, c.group_id, up.depth + 1 from companies c join up on c.id = up.group_id
            where up.depth < ${GROUP_DEPTH_CAP})
        select id from up order by depth`,
  );
  return rows.map((r) => r.id);
}

/** Serialises every claim, decision and merge on one company group until the transaction ends. */
export async function lockGroup(db: Tx, topId: number): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(${GROUP_LOCK_SPACE}, ${topId})`);
}

export type HolderFiling = {
  id: number;
  unit_id: number;
  unit_name: string;
  expires_on: string;
  joint_conflict_id: number | null;
  credit_share: string | null;
};

/** The active filings of a group (by the group recorded on each filing), oldest first. */
export async function findActiveHolders(db: Tx, groupCompanyId: number): Promise<HolderFiling[]> {
  return queryRows<HolderFiling>(
    db,
    sql`select f.id, f.unit_id, u.name as unit_name, f.expires_on::text as expires_on, f.joint_conflict_id,
               f.credit_share::text as credit_share
          from filings f join units u on u.id = f.unit_id
          where f.group_company_id = ${groupCompanyId} and f.status = 'active' order by f.id`,
  );
}

/**
 * Records the group top on every filing and conflict of the companies under `topId` (after a
 * merge or an undo has moved subsidiaries from one group to another).
 */
export async function regroupUnder(db: Tx, topId: number): Promise<void> {
  const members = sql`with recursive down(id, depth) as (
      select id, 0 from companies where id = ${topId}
      union all select c.id, down.depth + 1 from companies c join down on c.group_id = down.id
        where down.depth < ${GROUP_DEPTH_CAP})
    select id from down`;
  await db.execute(
    sql`update filings set group_company_id = ${topId} where company_id in (${members}) and group_company_id <> ${topId}`,
  );
  await db.execute(
    sql`update conflicts set group_company_id = ${topId} where company_id in (${members}) and group_company_id <> ${topId}`,
  );
}

export type HolderSetClash = { group_company_id: number; group_name: string; sets: number; filing_ids: number[] };

/**
 * Every company group (its top found by walking each active filing's company up its group,
 * not by the recorded group) with more than one active holder set; `tops` limits it to those
 * groups. A holder set is one filing, or all active filings of one joint decision.
 */
export async function findHolderSetClashes(db: Tx, tops?: number[]): Promise<HolderSetClash[]> {
  return queryRows<HolderSetClash>(
    db,
    sql`with recursive up(filing_id, company_id, group_id, depth) as (
          select f.id, c.id, c.group_id, 0 from filings f join companies c on c.id = f.company_id where f.status = 'active'
          union all select up.filing_id, c.id, c.group_id, up.depth + 1 from up join companies c on c.id = up.group_id
            where up.depth < ${GROUP_DEPTH_CAP}),
        tops as (select distinct on (filing_id) filing_id, company_id as top from up order by filing_id, depth desc)
        select t.top as group_company_id, g.name as group_name,
               count(distinct coalesce('j' || f.joint_conflict_id, 'f' || f.id))::int as sets,
               array_agg(f.id order by f.id) as filing_ids
          from tops t join filings f on f.id = t.filing_id join companies g on g.id = t.top
          ${tops ? sql`where t.top = any(${sql.param(tops)}::int[])` : sql``}
          group by t.top, g.name
          having count(distinct coalesce('j' || f.joint_conflict_id, 'f' || f.id)) > 1
          order by t.top`,
  );
}

export type ActiveFilingGroup = {
  id: number;
  unit_id: number;
  top: number;
  recorded_group_id: number;
  joint_conflict_id: number | null;
};

/** Every active filing with the top of its company's group walked now, and the group it records. */
export async function findActiveFilingGroups(db: Tx): Promise<ActiveFilingGroup[]> {
  return queryRows<ActiveFilingGroup>(
    db,
    sql`with recursive up(filing_id, company_id, group_id, depth) as (
          select f.id, c.id, c.group_id, 0 from filings f join companies c on c.id = f.company_id where f.status = 'active'
          union all select up.filing_id, c.id, c.group_id, up.depth + 1 from up join companies c on c.id = up.group_id
            where up.depth < ${GROUP_DEPTH_CAP}),
        tops as (select distinct on (filing_id) filing_id, company_id as top from up order by filing_id, depth desc)
        select f.id, f.unit_id, t.top, f.group_company_id as recorded_group_id, f.joint_conflict_id
          from tops t join filings f on f.id = t.filing_id order by f.id`,
  );
}
