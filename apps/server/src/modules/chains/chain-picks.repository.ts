import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';

// A record's chain and segment: the host units a chain recommends, the registry's chains, and
// the free-text chains of older records matched to the map.

export async function isDesignated(db: Tx, unitId: number, chainId: number): Promise<boolean> {
  const rows = await queryRows<{ one: number }>(
    db,
    sql`select 1 as one from unit_chains where unit_id = ${unitId} and chain_id = ${chainId}`,
  );
  return rows.length > 0;
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
