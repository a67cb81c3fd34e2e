import { PROJECT_STAGES, type ProjectStage } from '@zhaoshang/shared';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';

/** A project as an import writes it; the sourcing units go on the row too (sorted, as project_sources' trigger writes them). */
export type ProjectImportValues = {
  name: string;
  companyId: number | null;
  hostId: number;
  chain: string | null;
  fits: boolean;
  agreedYuan: bigint;
  foreign: string | null;
  investorType: string | null;
  status: string;
  statusReason: string | null;
  stages: Record<ProjectStage, string | null>;
  notes: string | null;
  sourceIds: number[];
};

export type ImportedProjectRow = {
  k: number;
  id: number;
  chain: string | null;
  fits_positioning: boolean;
  agreed_yuan: string;
  foreign_usd_wan: string | null;
  investor_type: string | null;
  stages: (string | null)[];
  status: string;
  notes: string | null;
  host_unit_id: number;
  sources: number[];
};

/**
 * The stored projects an import's rows name, by name + investor + signing date; `k` is the
 * row's index in `keys`.
 */
export async function findProjectsByImportKeys(
  db: Tx,
  keys: { name: string; companyId: number; signedOn: string }[],
): Promise<ImportedProjectRow[]> {
  return queryRows<ImportedProjectRow>(
    db,
    sql`select k.k, p.id, p.chain, p.fits_positioning, p.agreed_yuan::text as agreed_yuan, p.foreign_usd_wan::text as foreign_usd_wan, p.investor_type,
            array[p.signed_on::text, p.contracted_on::text, p.registered_on::text, p.ready_on::text, p.started_on::text, p.completed_on::text, p.producing_on::text] as stages,
            p.status, p.notes, p.host_unit_id,
            coalesce((select array_agg(s.unit_id) from project_sources s where s.project_id = p.id), '{}') as sources
          from unnest(${sql.param(keys.map((_, i) => i))}::int[], ${sql.param(keys.map((r) => r.name))}::text[],
                      ${sql.param(keys.map((r) => r.companyId))}::int[], ${sql.param(keys.map((r) => r.signedOn))}::date[]) as k(k, name, company_id, signed_on)
          join projects p on p.name = k.name and coalesce(p.company_id, 0) = k.company_id and coalesce(p.signed_on, '0001-01-01'::date) = k.signed_on`,
  );
}

/** Locks the projects against a second import deciding on the same rows at the same time. */
export async function lockProjectsTable(tx: Tx): Promise<void> {
  await tx.execute(sql`lock table projects in share row exclusive mode`);
}

const COLUMNS = [
  'name',
  'company_id',
  'host_unit_id',
  'chain',
  'fits_positioning',
  'agreed_yuan',
  'foreign_usd_wan',
  'investor_type',
  'status',
  'status_reason',
  ...PROJECT_STAGES.map((s) => `${s}_on`),
  'notes',
];
const names = sql.raw(COLUMNS.join(', '));

const unnestOf = (list: ProjectImportValues[], ids?: number[]) => {
  const col = <T>(f: (r: ProjectImportValues) => T) => sql.param(list.map(f));
  return sql`unnest(
        ${ids ? sql`${sql.param(ids)}::int[],` : sql``}
        ${col((r) => r.name)}::text[], ${col((r) => r.companyId)}::int[], ${col((r) => r.hostId)}::int[], ${col((r) => r.chain)}::text[],
        ${col((r) => r.fits)}::boolean[], ${col((r) => r.agreedYuan.toString())}::bigint[], ${col((r) => r.foreign)}::numeric[],
        ${col((r) => r.investorType)}::text[], ${col((r) => r.status)}::text[], ${col((r) => r.statusReason)}::text[],
        ${sql.join(
          PROJECT_STAGES.map((s) => sql`${col((r) => r.stages[s])}::date[]`),
          sql`, `,
        )}, ${col((r) => r.notes)}::text[],
        ${col((r) => `{${[...new Set(r.sourceIds)].sort((a, b) => a - b).join(',')}}`)}::text[])`;
};

/** One unnest insert; the new ids in the order of `list`. */
export async function insertProjectsBulk(
  tx: Tx,
  list: ProjectImportValues[],
  userId: number | null,
): Promise<number[]> {
  if (!list.length) return [];
  // The sourcing units go on the row with it, so that project_sources' trigger finds nothing to
  // change when the links follow: every row is written once.
  return (
    await queryRows<{ id: number }>(
      tx,
      sql`insert into projects (${names}, source_unit_ids, created_by)
                select ${sql.raw(COLUMNS.map((c) => `k.${c}`).join(', '))}, k.sources::int[], ${userId}::int from ${unnestOf(list)} as k(${names}, sources) returning id`,
    )
  ).map((r) => r.id);
}

/** One unnest update of the given projects (a new version each). */
export async function updateProjectsBulk(tx: Tx, list: ProjectImportValues[], ids: number[]): Promise<void> {
  await tx.execute(sql`
        update projects p set host_unit_id = k.host_unit_id, chain = k.chain, fits_positioning = k.fits_positioning, agreed_yuan = k.agreed_yuan,
          foreign_usd_wan = k.foreign_usd_wan, investor_type = k.investor_type, status = k.status, status_reason = k.status_reason,
          ${sql.join(
            PROJECT_STAGES.map((s) => sql.raw(`${s}_on = k.${s}_on`)),
            sql`, `,
          )}, notes = k.notes, source_unit_ids = k.sources::int[],
          version = p.version + 1, updated_at = now()
        from ${unnestOf(list, ids)} as k(id, ${names}, sources) where p.id = k.id`);
}

/** Replaces the sourcing-unit links of the updated projects and links the new ones. */
export async function replaceImportedSources(
  tx: Tx,
  updatedIds: number[],
  pairs: (readonly [number, number])[],
): Promise<void> {
  await tx.execute(sql`delete from project_sources where project_id = any(${sql.param(updatedIds)}::int[])`);
  if (pairs.length) {
    await tx.execute(
      sql`insert into project_sources (project_id, unit_id) select * from unnest(${sql.param(pairs.map((x) => x[0]))}::int[], ${sql.param(pairs.map((x) => x[1]))}::int[])`,
    );
  }
}

/** One history entry per imported project: the file and its row. */
export async function insertImportHistory(
  tx: Tx,
  entries: { id: number; row: number }[],
  fileName: string,
  user: { id: number | null; name: string | null },
): Promise<void> {
  await tx.execute(sql`
        insert into project_history (project_id, kind, changes, user_id, user_name)
        select k.id, 'import', jsonb_build_object('file', ${fileName}::text, 'row', k.row), ${user.id}::int, ${user.name}::text
        from unnest(${sql.param(entries.map((e) => e.id))}::int[], ${sql.param(entries.map((e) => e.row))}::int[]) as k(id, row)`);
}
