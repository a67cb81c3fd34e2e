import { shanghaiDate } from '@zhaoshang/shared';
import { type SQL, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { visibleToUnitSql } from '../../db/fragments/project-scope.ts';
import { findMajorThreshold } from '../projects/projects.repository.ts';

/** A stage's date on a project row, readiness implied by any later construction stage. */
export const stageReachedSql = (stage: SQL, p = sql`p`) => sql`case ${stage}
  when 'signed' then ${p}.signed_on when 'contracted' then ${p}.contracted_on when 'registered' then ${p}.registered_on
  when 'ready' then coalesce(${p}.ready_on, ${p}.started_on, ${p}.completed_on, ${p}.producing_on)
  when 'started' then ${p}.started_on when 'completed' then ${p}.completed_on when 'producing' then ${p}.producing_on end`;

export type BoardRow = {
  id: number;
  name: string;
  host_unit_id: number;
  host_unit_name: string;
  agreed_yuan: string;
  stage: string;
  chain: string | null;
  overdue_stages: string[];
  at_risk_stages: string[];
  next_stage: string | null;
  next_planned_on: string | null;
  open_blockers: number;
  track: 'overdue' | 'at_risk' | 'on_track' | 'no_plan';
};

export type BoardTrack = BoardRow['track'];

/**
 * Judges major projects against their plans and stores the result in `projects.track`:
 * overdue (a planned date has passed and the stage is not reached), at risk (one falls within
 * 30 days and is not reached), on track, or no plan; null for the other projects. Only
 * milestones due within 30 days can make a project late, so those are all it reads per project.
 * `ids` limits it to the projects just changed; without it, every project (the day's run).
 */
export async function judgeTracks(db: Tx, today: string, thresholdYuan: bigint, ids?: number[]): Promise<void> {
  const only = ids ? sql`and p.id = any(${sql.param(ids)}::int[])` : sql``;
  const day = sql`${today}::date`;
  await db.execute(sql`
    with late as (
      select m.project_id, bool_or(m.planned_on < ${day}) as overdue
      from project_milestones m join projects p on p.id = m.project_id
      where m.planned_on <= ${day} + 30 and ${stageReachedSql(sql`m.stage`)} is null ${only}
      group by m.project_id),
    judged as (
      select p.id,
        case when p.agreed_yuan < ${thresholdYuan.toString()}::bigint or p.status = 'terminated' then null
             when l.overdue then 'overdue' when l.project_id is not null then 'at_risk'
             when exists (select 1 from project_milestones m where m.project_id = p.id) then 'on_track' else 'no_plan' end as track
      from projects p left join late l on l.project_id = p.id
      where (p.agreed_yuan >= ${thresholdYuan.toString()}::bigint or p.track is not null) ${only})
    update projects p set track = j.track from judged j where p.id = j.id and p.track is distinct from j.track`);
}

/** Re-judges the given projects' board tracks after a change, in the change's transaction (all when no ids). */
export async function rejudgeTracks(tx: Tx, ids?: number[]): Promise<void> {
  await judgeTracks(tx, shanghaiDate(), await findMajorThreshold(tx), ids);
}

/**
 * The major-projects board from the stored tracks: a count per track and one page of projects,
 * the most urgent first (overdue, at risk, no plan, on track; the largest first within each).
 */
export async function findBoard(
  db: Tx,
  q: { unitId?: number; scopeUnitId?: number; track?: BoardTrack; limit: number; offset: number; today: string },
): Promise<{ counts: Record<BoardTrack, number>; items: BoardRow[]; total: number }> {
  const conds: SQL[] = [sql`p.track is not null`];
  if (q.unitId !== undefined) conds.push(sql`p.host_unit_id = ${q.unitId}`);
  if (q.scopeUnitId !== undefined) conds.push(visibleToUnitSql(q.scopeUnitId));
  const where = sql.join(conds, sql` and `);
  const today = sql`${q.today}::date`;
  const [counts, page] = await Promise.all([
    queryRows<{ track: BoardTrack; n: number }>(
      db,
      sql`select p.track, count(*)::int as n from projects p where ${where} group by p.track`,
    ),
    queryRows<BoardRow>(
      db,
      sql`with pick as (
            select p.id, p.track from projects p where ${where} ${q.track ? sql`and p.track = ${q.track}` : sql``}
            order by array_position(array['overdue','at_risk','no_plan','on_track'], p.track), p.agreed_yuan desc, p.id
            limit ${q.limit} offset ${q.offset})
          select p.id, p.name, p.host_unit_id, h.name as host_unit_name, p.agreed_yuan::text as agreed_yuan, p.stage, p.chain, pick.track,
            coalesce((select array_agg(m.stage order by m.planned_on) from project_milestones m where m.project_id = p.id and m.planned_on < ${today} and ${stageReachedSql(sql`m.stage`)} is null), '{}') as overdue_stages,
            coalesce((select array_agg(m.stage order by m.planned_on) from project_milestones m where m.project_id = p.id and m.planned_on between ${today} and ${today} + 30 and ${stageReachedSql(sql`m.stage`)} is null), '{}') as at_risk_stages,
            (select m.stage from project_milestones m where m.project_id = p.id and ${stageReachedSql(sql`m.stage`)} is null order by m.planned_on limit 1) as next_stage,
            (select min(m.planned_on)::text from project_milestones m where m.project_id = p.id and ${stageReachedSql(sql`m.stage`)} is null) as next_planned_on,
            (select count(*)::int from blockers b where b.project_id = p.id and b.status = 'open') as open_blockers
          from pick join projects p on p.id = pick.id join units h on h.id = p.host_unit_id
          order by array_position(array['overdue','at_risk','no_plan','on_track'], pick.track), p.agreed_yuan desc, p.id`,
    ),
  ]);
  const byTrack = { overdue: 0, at_risk: 0, on_track: 0, no_plan: 0 };
  for (const c of counts) byTrack[c.track] = c.n;
  return {
    counts: byTrack,
    items: page,
    total: q.track ? byTrack[q.track] : Object.values(byTrack).reduce((a, b) => a + b, 0),
  };
}

export async function findMilestones(db: Tx, projectId: number) {
  return queryRows<{ stage: string; planned_on: string }>(
    db,
    sql`select stage, planned_on::text as planned_on from project_milestones where project_id = ${projectId} order by planned_on`,
  );
}

export async function replaceMilestones(db: Tx, projectId: number, plan: { stage: string; plannedOn: string }[]) {
  await db.execute(sql`delete from project_milestones where project_id = ${projectId}`);
  if (plan.length) {
    await db.execute(sql`insert into project_milestones (project_id, stage, planned_on)
      select ${projectId}, * from unnest(${sql.param(plan.map((m) => m.stage))}::text[], ${sql.param(plan.map((m) => m.plannedOn))}::date[])`);
  }
}

/** Milestones of active major projects due in a week (or less) and not reached, not yet reminded. */
export async function claimDueReminders(db: Tx, today: string, thresholdYuan: bigint) {
  return queryRows<{ project_id: number; name: string; host_unit_id: number; stage: string; planned_on: string }>(
    db,
    sql`update project_milestones m set reminder_sent = true from projects p
        where p.id = m.project_id and not m.reminder_sent and p.status <> 'terminated' and p.agreed_yuan >= ${thresholdYuan.toString()}::bigint
          and m.planned_on between ${today}::date and ${today}::date + 7 and ${stageReachedSql(sql`m.stage`)} is null
        returning m.project_id, p.name, p.host_unit_id, m.stage, m.planned_on::text as planned_on`,
  );
}

/** Milestones that slipped (planned date passed, stage not reached), not yet announced. */
export async function claimSlipped(db: Tx, today: string, thresholdYuan: bigint) {
  return queryRows<{ project_id: number; name: string; host_unit_id: number; stage: string; planned_on: string }>(
    db,
    sql`update project_milestones m set slip_notice_sent = true from projects p
        where p.id = m.project_id and not m.slip_notice_sent and p.status <> 'terminated' and p.agreed_yuan >= ${thresholdYuan.toString()}::bigint
          and m.planned_on < ${today}::date and ${stageReachedSql(sql`m.stage`)} is null
        returning m.project_id, p.name, p.host_unit_id, m.stage, m.planned_on::text as planned_on`,
  );
}

export async function updateMajorThreshold(db: Tx, yuan: bigint): Promise<void> {
  await db.execute(
    sql`update project_settings set major_threshold_yuan = ${yuan.toString()}::bigint, updated_at = now() where id = 1`,
  );
}
