import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { gateCountsSql, signedBetweenSql } from '../../db/fragments/kpi-bits.ts';
import { missingEvidenceSql } from '../../db/fragments/project-scope.ts';

/** Signed projects (count without expansions, amount with them) per month of two years; those held at the quality gate left out. */
export async function signedByMonth(db: Tx, years: number[]) {
  return queryRows<{ year: number; month: number; count: number; amount_yuan: string }>(
    db,
    sql`select extract(year from signed_on)::int as year, extract(month from signed_on)::int as month,
          count(*) filter (where expansion_of is null)::int as count, sum(agreed_yuan)::text as amount_yuan
        from projects p where ${signedBetweenSql(`${Math.min(...years)}-01-01`, `${Math.max(...years)}-12-31`)} and ${gateCountsSql}
        group by 1, 2 order by 1, 2`,
  );
}

/** The host units the dashboard rates: every active county and zone. */
export async function findHostUnits(db: Tx) {
  return queryRows<{ id: number; name: string }>(
    db,
    sql`select id, name from units where active and kind in ('county', 'function_zone') order by id`,
  );
}

export async function chainMix(db: Tx, from: string, to: string) {
  return queryRows<{ chain: string | null; count: number; amount_yuan: string }>(
    db,
    sql`select chain, count(*) filter (where expansion_of is null)::int as count, sum(agreed_yuan)::text as amount_yuan
        from projects p where ${signedBetweenSql(from, to)} and ${gateCountsSql} group by chain order by sum(agreed_yuan) desc nulls last`,
  );
}

export async function countOverdueBlockers(db: Tx, today: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from blockers where status = 'open' and due_on < ${today}::date`,
  );
  return row!.n;
}

/** A row behind a data-quality check: the project (or investor) and the facts its detail is worded from. */
export type QualityItem = { project_id: number | null; project_name: string | null; facts: Record<string, unknown> };

const STAGE_EVIDENCE_MISSING = (stage: string) =>
  sql`case when p.${sql.raw(`${stage}_on`)} is not null and not exists (select 1 from project_evidence e where e.project_id = p.id and e.stage = ${stage} and e.removed_at is null) then ${stage} end`;

/** The data-quality checks: each a count and the first rows behind it, with their facts (worded by the service). */
export const QUALITY_CHECKS = {
  readyImplied: sql`select p.id as project_id, p.name as project_name,
      json_build_object('date', coalesce(p.started_on, p.completed_on, p.producing_on)::text) as facts
    from projects p where p.ready_on is null and (p.started_on is not null or p.completed_on is not null or p.producing_on is not null)`,
  missingEvidence: sql`select p.id as project_id, p.name as project_name,
      json_build_object('stages', array_remove(array[${sql.join(
        ['signed', 'contracted', 'registered', 'started'].map(STAGE_EVIDENCE_MISSING),
        sql`, `,
      )}]::text[], null)) as facts
    from projects p where ${missingEvidenceSql()}`,
  sameInvestorTwoUnits: sql`select null::int as project_id, c.name as project_name,
      json_build_object('hosts', count(distinct p.host_unit_id), 'units', array_agg(distinct u.name), 'projects', count(*)) as facts
    from projects p join companies c on c.id = p.company_id join units u on u.id = p.host_unit_id
    where p.status <> 'terminated' and p.expansion_of is null group by c.id, c.name having count(distinct p.host_unit_id) > 1`,
  partExceedsWhole: sql`select p.id as project_id, p.name as project_name,
      json_build_object('invested', (p.invested_yuan / 10000.0)::numeric(20,4)::text, 'agreed', (p.agreed_yuan / 10000.0)::numeric(20,4)::text) as facts
    from projects p where p.invested_yuan > p.agreed_yuan`,
  outliers: sql`select p.id as project_id, p.name as project_name,
      json_build_object('yi', case when p.agreed_yuan = 0 then null else (p.agreed_yuan / 100000000.0)::numeric(20,2)::text end) as facts
    from projects p where p.signed_on is not null and (p.agreed_yuan = 0 or p.agreed_yuan >= 50000000000)`,
  // A reported IUR total whose parts (校地, 校企, other) do not add up to it: the seed's "451 ≠ 33 + 416".
  iurTotals: sql`select null::int as project_id, r.source as project_name,
      json_build_object('total', r.total, 'parts', array_remove(array[r.school_local, r.school_enterprise, nullif(r.other, 0)], null)) as facts
    from iur_reported_totals r where r.total <> r.school_local + r.school_enterprise + r.other`,
  // Per owner unit, its sites not confirmed since this quarter began (Shanghai time): they count
  // in the unit's assessment (the same rule as GET /sites/stale).
  staleSites: sql`select null::int as project_id, u.name as project_name,
      json_build_object('stale', count(*) filter (where s.confirmed_on is null or s.confirmed_on < q.since), 'total', count(*), 'since', q.since::text) as facts
    from sites s join units u on u.id = s.owner_unit_id
      cross join (select date_trunc('quarter', now() at time zone 'Asia/Shanghai')::date as since) q
    group by u.id, u.name, q.since
    having count(*) filter (where s.confirmed_on is null or s.confirmed_on < q.since) > 0`,
} as const;
export type QualityCheck = keyof typeof QUALITY_CHECKS;

export async function runQualityCheck(
  db: Tx,
  check: QualityCheck,
  limit: number,
): Promise<{ count: number; items: QualityItem[] }> {
  const [[count], items] = await Promise.all([
    queryRows<{ n: number }>(db, sql`select count(*)::int as n from (${QUALITY_CHECKS[check]}) q`),
    limit > 0
      ? queryRows<QualityItem>(
          db,
          sql`select * from (${QUALITY_CHECKS[check]}) q order by project_id nulls first, project_name limit ${limit}`,
        )
      : [],
  ]);
  return { count: count!.n, items };
}

/** The data-quality counts of the current hour, if some process has counted them already. */
export async function findCachedQualityCounts(
  db: Tx,
  slot: string,
): Promise<{ counts: Record<QualityCheck, number>; at: string } | undefined> {
  const [row] = await queryRows<{ result: Record<QualityCheck, number> | null; at: string }>(
    db,
    sql`select result, ran_at::text as at from scheduled_runs where job = 'data-quality-counts' and slot = ${slot}`,
  );
  return row?.result ? { counts: row.result, at: row.at } : undefined;
}

export async function saveQualityCounts(db: Tx, slot: string, counts: Record<QualityCheck, number>): Promise<void> {
  await db.execute(sql`insert into scheduled_runs (job, slot, result) values ('data-quality-counts', ${slot}, ${JSON.stringify(counts)}::jsonb)
    on conflict (job, slot) do update set result = excluded.result`);
}
