import { KPI_BITS as B, FIGURE_BITS, GATE_COUNTED, type KpiRole, type KpiWindow } from '@zhaoshang/shared';
import { type SQL, sql } from 'drizzle-orm';

/*
 * The indicator rules of packages/shared/src/kpi.ts as SQL over a project row `p`: the kpi
 * module tallies with them, the project list filters a figure's projects with them, the
 * dashboard reads a year's signings by the same index. Kept with the schema so that no
 * module's repository hands SQL to another's.
 */

const n = (v: number) => sql.raw(String(v));

/**
 * Signed between two dates, as the key of projects_kpi_idx (the signing day number), which
 * carries every column the indicators read: a window's projects come from that index alone.
 */
export const signedBetweenSql = (from: string, to: string) =>
  sql`(p.signed_on - date '2000-01-01') between (${from}::date - date '2000-01-01') and (${to}::date - date '2000-01-01')`;

export type KpiFigureFilter = {
  from: string;
  to: string;
  figure:
    | 'signed'
    | 'amount'
    | 'contracted'
    | 'registered'
    | 'ready'
    | 'started'
    | 'completed'
    | 'producing'
    | 'fit'
    | 'fitAmount'
    | 'readyImplied';
  unitId?: number;
  role?: 'host' | 'source';
};

/** The project `p` passes the quality gate (clear, or approved by its unit head): only then it counts (GATE_COUNTED). */
export const gateCountsSql = sql`p.gate_status in (${sql.raw(GATE_COUNTED.map((s) => `'${s}'`).join(', '))})`;

/** The kpi.ts bits of project `p` for one window (signed in it, milestones on or before its end; passing the gate). */
export function kpiBitsSql(w: KpiWindow): SQL {
  const to = sql`${w.to}::date`;
  return sql`(case when p.signed_on between ${w.from}::date and ${to} and ${gateCountsSql} then ${n(B.inWindow)}
    + case when p.fits_positioning then ${n(B.fits)} else 0 end
    + case when p.expansion_of is null then ${n(B.counted)}
        + case when p.contracted_on <= ${to} then ${n(B.contracted)} else 0 end
        + case when p.registered_on <= ${to} then ${n(B.registered)} else 0 end
        + case when p.ready_on <= ${to} then ${n(B.ready)}
               when least(p.started_on, p.completed_on, p.producing_on) <= ${to} then ${n(B.ready + B.readyImplied)} else 0 end
        + case when p.started_on <= ${to} then ${n(B.started)} else 0 end
        + case when p.completed_on <= ${to} then ${n(B.completed)} else 0 end
        + case when p.producing_on <= ${to} then ${n(B.producing)} else 0 end
      else 0 end
    else 0 end)`;
}

/** The projects behind one figure of a window: signed in it (the range keeps the index) and carrying the figure's bits. */
export function kpiFigureSql(k: KpiFigureFilter): SQL {
  const bits = FIGURE_BITS[k.figure];
  const conds: SQL[] = [
    sql`p.signed_on between ${k.from}::date and ${k.to}::date`,
    sql`${kpiBitsSql(k)} & ${n(bits)} = ${n(bits)}`,
  ];
  if (k.unitId !== undefined) {
    conds.push(
      k.role === 'source' ? sql`p.source_unit_ids @> array[${k.unitId}]::int[]` : sql`p.host_unit_id = ${k.unitId}`,
    );
  }
  return sql`(${sql.join(conds, sql` and `)})`;
}

/** The cohort rows frozen in a bulletin (a joint filing's shares in a seventh field, absent otherwise). */
export const frozenCohortSql = (
  bulletinId: number,
) => sql`select split_part(l, '|', 1)::int as project_id, split_part(l, '|', 2)::int as host_unit_id,
    string_to_array(split_part(l, '|', 3), ',')::int[] as sources, split_part(l, '|', 4)::bigint as agreed_yuan, split_part(l, '|', 5)::int as this_year, split_part(l, '|', 6)::int as last_year,
    nullif(split_part(l, '|', 7), '') as shares
  from bulletins b, string_to_table(b.cohort, E'\n') l where b.id = ${bulletinId} and b.cohort <> ''`;

/**
 * The frozen projects behind one figure of a bulletin: those whose bits (this year's, or last
 * year's) hold all of `bits`, credited to the unit in its role (the city: all).
 */
export function frozenFigureSql({ bulletinId, bits, year, unit }: FrozenFigure): SQL {
  const column = sql.raw(year === 'this' ? 'f.this_year' : 'f.last_year');
  const credited =
    unit === null
      ? sql``
      : unit.role === 'host'
        ? sql` and f.host_unit_id = ${unit.id}`
        : sql` and f.sources @> array[${unit.id}]::int[]`;
  return sql`select f.project_id from (${frozenCohortSql(bulletinId)}) f where ${column} & ${n(bits)} = ${n(bits)}${credited}`;
}

/** One figure of a bulletin, as data: the projects frozen with it whose bits hold `bits`, credited to `unit` (null: the city). */
export type FrozenFigure = {
  bulletinId: number;
  bits: number;
  year: 'this' | 'last';
  unit: { id: number; role: KpiRole } | null;
};
