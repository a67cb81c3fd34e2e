import type { KpiProject } from '@zhaoshang/shared';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';

/**
 * The projects an indicator window needs: signed between `from` and `to` (the caller passes
 * the start of last year's window, so both windows come in one read). Sources come as an
 * array per project; amounts as text, read into bigint.
 */
export async function findKpiProjects(db: Tx, from: string, to: string, opts: { ids?: number[] } = {}): Promise<KpiProject[]> {
  const rows = await queryRows<{
    id: number; s: string | null; c: string | null; r: string | null; rd: string | null; st: string | null; cp: string | null; pr: string | null;
    a: string; f: boolean; h: number; src: number[]; x: number | null;
  }>(
    db,
    sql`select p.id, p.signed_on::text as s, p.contracted_on::text as c, p.registered_on::text as r, p.ready_on::text as rd,
          p.started_on::text as st, p.completed_on::text as cp, p.producing_on::text as pr, p.agreed_yuan::text as a,
          p.fits_positioning as f, p.host_unit_id as h, array(select s.unit_id from project_sources s where s.project_id = p.id) as src, p.expansion_of as x
        from projects p
        where p.signed_on between ${from}::date and ${to}::date ${opts.ids ? sql`and p.id = any(${sql.param(opts.ids)}::int[])` : sql``}`,
  );
  return rows.map((r) => ({
    id: r.id, signedOn: r.s, contractedOn: r.c, registeredOn: r.r, readyOn: r.rd, startedOn: r.st, completedOn: r.cp, producingOn: r.pr,
    agreedYuan: BigInt(r.a), fitsPositioning: r.f, hostUnitId: r.h, sourceUnitIds: r.src, expansionOf: r.x,
  }));
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
