import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';

/** The work a city keeps: if any of it is there, the database is no empty one. */
export async function countWork(db: Tx): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select (select count(*) from companies) + (select count(*) from projects) + (select count(*) from leads)
      + (select count(*) from filings) + (select count(*) from events) as n`,
  );
  return Number(row!.n);
}

/** Whether the living demo city was loaded here (its load is in the audit trail). */
export async function isDemoCity(db: Tx): Promise<boolean> {
  const rows = await queryRows<{ one: number }>(
    db,
    sql`select 1 as one from audit_log where action = 'demo.city' limit 1`,
  );
  return rows.length > 0;
}

/**
 * The demo's leads and projects as a year of work leaves them: a lead whose investor went on to
 * sign is being followed (acknowledged, assessed, answered within days); one older than 90 days
 * that never signed is dropped; the month's newest are still new. A quarter of the projects and
 * the event-sourced leads are attributed to the latest event their unit organised before them.
 */
export async function settleDemoWork(db: Tx, today: string, dropReason: string) {
  await db.execute(sql`
    with signed as (
      select distinct l.id from leads l join projects p on p.company_id = l.company_id and p.signed_on >= l.reported_on
    ), settled as (
      select l.id, case
          when s.id is not null then 'following'
          when l.reported_on < ${today}::date - 90 then 'dropped'
          when l.reported_on < ${today}::date - 5 then 'following'
          else 'new' end as status
      from leads l left join signed s on s.id = l.id where l.status = 'new'
    )
    update leads l set status = t.status,
      drop_reason = case when t.status = 'dropped' then ${dropReason} end,
      acknowledged_on = case when l.reported_on < ${today}::date - 5 then l.reported_on + 1 + l.id % 3 end,
      assessed_on = case when l.reported_on < ${today}::date - 15 then l.reported_on + 5 + l.id % 5 end,
      feedback_on = case when l.reported_on < ${today}::date - 30 then l.reported_on + 12 + l.id % 10 end
    from settled t where t.id = l.id`);
  await db.execute(sql`
    update projects p set event_id = (
      select e.id from events e join event_organisers o on o.event_id = e.id
      where (o.unit_id = p.host_unit_id or o.unit_id = any(p.source_unit_ids))
        and e.starts_on between p.signed_on - 150 and p.signed_on
      order by e.starts_on desc, e.id limit 1)
    where p.id % 4 = 0 and p.event_id is null`);
  await db.execute(sql`
    update leads l set event_id = (
      select e.id from events e join event_organisers o on o.event_id = e.id
      where o.unit_id = l.reporting_unit_id and e.starts_on between l.reported_on - 60 and l.reported_on
      order by e.starts_on desc, e.id limit 1)
    where l.source = 'event' and l.event_id is null`);
}

export type DemoPerson = {
  id: number;
  username: string;
  display_name: string;
  role: string;
  unit_id: number;
  unit_name: string;
  unit_kind: string;
};

/** The demo accounts by user name, with their units: the demo's work is done in their names. */
export async function findDemoPeople(db: Tx, usernames: string[]): Promise<DemoPerson[]> {
  return queryRows<DemoPerson>(
    db,
    sql`select u.id, u.username, u.display_name, u.role, n.id as unit_id, n.name as unit_name, n.kind as unit_kind
      from users u join units n on n.id = u.home_unit_id where u.username = any(${sql.param(usernames)}::text[])`,
  );
}

/** Whether the demo's work (filings, blockers, meetings) was done already: it is done once. */
export async function demoWorkDone(db: Tx): Promise<boolean> {
  const rows = await queryRows<{ one: number }>(db, sql`select 1 as one from filings limit 1`);
  return rows.length > 0;
}

/** The companies of the newest leads a unit reported (the investors it would file), newest first. */
export async function findRecentLeadCompanies(db: Tx, unitId: number, n: number) {
  return queryRows<{ company_id: number; chain_id: number | null; segment_id: number | null }>(
    db,
    sql`select distinct on (l.reported_on, l.company_id) l.company_id, l.chain_id, l.segment_id from leads l
      where l.reporting_unit_id = ${unitId} and l.status in ('new', 'following')
      order by l.reported_on desc, l.company_id limit ${n}`,
  );
}

/** Major projects of a host not yet started, signed in the last two years, largest first. */
export async function findOpenMajorProjects(db: Tx, since: string, minYuan: bigint, n: number) {
  return queryRows<{ id: number; host_unit_id: number; signed_on: string }>(
    db,
    sql`select id, host_unit_id, signed_on::text from projects
      where signed_on >= ${since}::date and agreed_yuan >= ${minYuan.toString()}::bigint and started_on is null and status = 'active'
      order by agreed_yuan desc, id limit ${n}`,
  );
}

/**
 * The demo's evidence of one stage on every project that reached it, but one in `gapEvery` (by id):
 * a city's data-quality page shows a few gaps, not none. Idempotent: a project's stage that has
 * evidence is left alone. Returns the rows added.
 */
export async function insertDemoEvidence(
  db: Tx,
  stage: string,
  file: { fileName: string; sizeBytes: number; sha256: string },
  gapEvery: number,
): Promise<number> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`insert into project_evidence (project_id, stage, file_name, content_type, size_bytes, sha256)
        select p.id, ${stage}, ${file.fileName}, 'application/pdf', ${file.sizeBytes}, ${file.sha256}
        from projects p
        where ${sql.raw(`p.${stage}_on`)} is not null and p.id % ${gapEvery} <> 0
          and not exists (select 1 from project_evidence e where e.project_id = p.id and e.stage = ${stage})
        returning id`,
  );
  return rows.length;
}
