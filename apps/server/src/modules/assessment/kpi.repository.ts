import type { KpiProject } from '@zhaoshang/shared';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';

/**
 * The projects an indicator window needs: signed between `from` and `to` (the caller passes
 * the start of last year's window, so both windows come in one read). A window of a province
 * is a few hundred thousand rows, so they come as one text of lines (the driver parses one
 * field instead of millions); the sourcing units are on the row (projects.source_unit_ids).
 */
export async function findKpiProjects(db: Tx, from: string, to: string): Promise<KpiProject[]> {
  const [row] = await queryRows<{ r: string | null }>(
    db,
    sql`select string_agg(concat_ws('|', p.id, ${sql.raw(['signed_on', 'contracted_on', 'registered_on', 'ready_on', 'started_on', 'completed_on', 'producing_on'].map((c) => `coalesce((p.${c} - date '1970-01-01')::text, '')`).join(', '))},
          p.agreed_yuan, p.fits_positioning::int, p.host_unit_id, coalesce(p.expansion_of::text, ''), array_to_string(p.source_unit_ids, ',')), E'\n') as r
        from projects p where p.signed_on between ${from}::date and ${to}::date`,
  );
  // Every field is present (nulls as ''), so each is read by its position. Dates come as days
  // since 1970 (formatting a date is the costliest part of the read) and are named here once each.
  const names = new Map<string, string>();
  const day = (d: string | undefined) => {
    if (!d) return null;
    let iso = names.get(d);
    if (!iso) {
      iso = new Date(Number(d) * 86_400_000).toISOString().slice(0, 10);
      names.set(d, iso);
    }
    return iso;
  };
  return (row?.r ? row.r.split('\n') : []).map((r) => {
    const f = r.split('|');
    return {
      id: Number(f[0]), signedOn: day(f[1]), contractedOn: day(f[2]), registeredOn: day(f[3]), readyOn: day(f[4]), startedOn: day(f[5]),
      completedOn: day(f[6]), producingOn: day(f[7]), agreedYuan: BigInt(f[8]!), fitsPositioning: f[9] === '1', hostUnitId: Number(f[10]),
      expansionOf: f[11] ? Number(f[11]) : null, sourceUnitIds: f[12] ? f[12].split(',').map(Number) : [],
    };
  });
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
