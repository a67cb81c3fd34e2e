import { PROJECT_STAGES } from '@zhaoshang/shared';
import { type SQL, sql } from 'drizzle-orm';

/*
 * Which projects a unit is credited with or may see, and which lack evidence, as SQL over a
 * project row: the projects, major-projects, blockers and dashboard repositories compose them
 * into their queries. Kept with the schema so that no module's repository hands SQL to another's.
 */

/** A project's keys in projects_unit_keys_gin (migration 0010): unit * 16, and unit * 16 + its stage's place (intent 1 … producing 8). */
const unitKeysSql = (p: SQL) => sql`project_unit_keys(${p}.host_unit_id, ${p}.source_unit_ids, ${p}.stage)`;
const STAGE_PLACES = ['intent', ...PROJECT_STAGES] as readonly string[];

/**
 * The projects a unit is credited with (it hosts them or sourced them), in any of `stages` when
 * given. `byKeys` asks projects_unit_keys_gin (one probe finds them, stage included); otherwise
 * plain row conditions, cheap to test on each row of an index walk.
 */
export function creditedToUnitSql(
  unitId: number,
  opts: { alias?: SQL; stages?: readonly string[]; byKeys?: boolean } = {},
): SQL {
  const p = opts.alias ?? sql`p`;
  const stages = opts.stages?.length ? opts.stages : undefined;
  if (opts.byKeys) {
    const keys = unitKeysSql(p);
    return stages
      ? sql`${keys} && ${sql.param(stages.map((s) => unitId * 16 + 1 + STAGE_PLACES.indexOf(s)))}::int[]`
      : sql`${keys} @> array[${unitId * 16}]::int[]`;
  }
  const credited = sql`(${p}.host_unit_id = ${unitId} or ${p}.source_unit_ids @> array[${unitId}]::int[])`;
  return stages ? sql`(${credited} and ${p}.stage = any(${sql.param(stages)}::text[]))` : credited;
}

/**
 * A unit's projects: it hosts them, sourced them, pushes or nurtures them after signing (read
 * only), or is responsible for one of their blockers (their few ids computed once); in any of
 * `stages` when given.
 */
export function visibleToUnitSql(
  unitId: number,
  opts: { alias?: SQL; stages?: readonly string[]; byKeys?: boolean } = {},
): SQL {
  const p = opts.alias ?? sql`p`;
  const blockers = sql`(${p}.id = any(array(select project_id from blockers where responsible_unit_id = ${unitId}))
    or ${p}.push_department_unit_id = ${unitId} or ${p}.nurture_department_unit_id = ${unitId})`;
  const inStages = opts.stages?.length ? sql` and ${p}.stage = any(${sql.param(opts.stages)}::text[])` : sql``;
  return sql`(${creditedToUnitSql(unitId, opts)} or (${blockers}${inStages}))`;
}

/** Stages whose date is counted by the assessment and so must carry evidence. */
const EVIDENCED = ['signed', 'contracted', 'registered', 'started'] as const;

export function missingEvidenceSql(alias = sql`p`): SQL {
  return sql`(${sql.join(
    EVIDENCED.map(
      (s) => sql`(${alias}.${sql.raw(`${s}_on`)} is not null and not exists (select 1 from project_evidence e
        where e.project_id = ${alias}.id and e.stage = ${s} and e.removed_at is null))`,
    ),
    sql` or `,
  )})`;
}
