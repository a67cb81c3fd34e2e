import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import type { BlockerRow } from './project-work.repository.ts';
import { visibleToUnitSql } from './projects.repository.ts';

/** Active projects at the given furthest stages whose stages have not changed since the date. */
export async function findReviewCandidates(db: Tx, stages: string[], idleSince: string) {
  return queryRows<{ id: number; host_unit_id: number }>(
    db,
    sql`select id, host_unit_id from projects where status <> 'terminated' and stage = any(${sql.param(stages)}::text[]) and stage_changed_on <= ${idleSince}::date order by id`,
  );
}

export async function insertCampaign(
  db: Tx,
  c: { title: string; criteria: unknown; dueOn: string; createdBy: number },
  projects: { id: number; host_unit_id: number }[],
): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`insert into review_campaigns (title, criteria, due_on, created_by) values (${c.title}, ${JSON.stringify(c.criteria)}::jsonb, ${c.dueOn}::date, ${c.createdBy}) returning id`,
  );
  await db.execute(sql`insert into review_items (campaign_id, project_id, unit_id)
    select ${row!.id}, * from unnest(${sql.param(projects.map((p) => p.id))}::int[], ${sql.param(projects.map((p) => p.host_unit_id))}::int[])`);
  return row!.id;
}

export type CampaignRow = {
  id: number;
  title: string;
  criteria: unknown;
  due_on: string;
  status: string;
  created_at: string;
  closed_at: string | null;
  total: number;
  answered: number;
};

/** Campaigns with their answered/total counts: the whole city's, or one unit's own. */
const campaignSelect = (unitId?: number) => {
  const mine = unitId === undefined ? sql`` : sql`and i.unit_id = ${unitId}`;
  return sql`select c.id, c.title, c.criteria, c.due_on::text as due_on, c.status, c.created_at::text as created_at, c.closed_at::text as closed_at,
    (select count(*)::int from review_items i where i.campaign_id = c.id ${mine}) as total,
    (select count(*)::int from review_items i where i.campaign_id = c.id and i.answer is not null ${mine}) as answered
  from review_campaigns c`;
};

export async function findCampaigns(db: Tx, scopeUnitId?: number): Promise<CampaignRow[]> {
  const scope =
    scopeUnitId === undefined
      ? sql`true`
      : sql`exists (select 1 from review_items i where i.campaign_id = c.id and i.unit_id = ${scopeUnitId})`;
  return queryRows<CampaignRow>(db, sql`${campaignSelect(scopeUnitId)} where ${scope} order by c.id desc`);
}

export async function findCampaign(db: Tx, id: number): Promise<CampaignRow | undefined> {
  const [row] = await queryRows<CampaignRow>(db, sql`${campaignSelect()} where c.id = ${id}`);
  return row;
}

export async function findCampaignItems(db: Tx, campaignId: number, scopeUnitId?: number, projectId?: number) {
  return queryRows<{
    project_id: number;
    project_name: string;
    stage: string;
    stage_changed_on: string;
    unit_id: number;
    unit_name: string;
    answer: string | null;
    progress: string | null;
    problems: string | null;
    next_step: string | null;
    answered_at: string | null;
    answered_by_name: string | null;
  }>(
    db,
    sql`select i.project_id, p.name as project_name, p.stage, p.stage_changed_on::text as stage_changed_on, i.unit_id, u.name as unit_name,
          i.answer, i.progress, i.problems, i.next_step, i.answered_at::text as answered_at, au.display_name as answered_by_name
        from review_items i join projects p on p.id = i.project_id join units u on u.id = i.unit_id left join users au on au.id = i.answered_by
        where i.campaign_id = ${campaignId}
          ${scopeUnitId === undefined ? sql`` : sql`and i.unit_id = ${scopeUnitId}`}
          ${projectId === undefined ? sql`` : sql`and i.project_id = ${projectId}`}
        order by u.name, p.name, i.project_id`,
  );
}

export async function answerReviewItem(
  db: Tx,
  campaignId: number,
  projectId: number,
  a: { answer: string; progress: string; problems: string | null; nextStep: string | null; userId: number },
) {
  await db.execute(sql`update review_items set answer = ${a.answer}, progress = ${a.progress}, problems = ${a.problems}, next_step = ${a.nextStep},
    answered_by = ${a.userId}, answered_at = now() where campaign_id = ${campaignId} and project_id = ${projectId}`);
}

export async function setCampaignClosed(db: Tx, id: number) {
  await db.execute(sql`update review_campaigns set status = 'closed', closed_at = now() where id = ${id}`);
}

export async function insertBlocker(
  db: Tx,
  b: {
    projectId: number;
    category: string;
    description: string;
    responsibleUnitId: number;
    dueOn: string;
    raisedBy: number;
    raisedByUnitId: number;
  },
): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`insert into blockers (project_id, category, description, responsible_unit_id, due_on, raised_by, raised_by_unit_id)
        values (${b.projectId}, ${b.category}, ${b.description}, ${b.responsibleUnitId}, ${b.dueOn}::date, ${b.raisedBy}, ${b.raisedByUnitId}) returning id`,
  );
  return row!.id;
}

export async function resolveBlockerRow(db: Tx, id: number, version: number, resolution: string): Promise<boolean> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`update blockers set status = 'resolved', resolution = ${resolution}, resolved_at = now(), version = version + 1
        where id = ${id} and version = ${version} and status = 'open' returning id`,
  );
  return rows.length === 1;
}

export async function insertMeeting(
  db: Tx,
  m: { title: string; heldOn: string; createdBy: number },
  blockerIds: number[],
): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`insert into joint_meetings (title, held_on, created_by) values (${m.title}, ${m.heldOn}::date, ${m.createdBy}) returning id`,
  );
  await db.execute(
    sql`insert into meeting_items (meeting_id, blocker_id) select ${row!.id}, b from unnest(${sql.param(blockerIds)}::int[]) as b`,
  );
  return row!.id;
}

/** A unit's part of an agenda: blockers it is responsible for or on projects it may see. */
const agendaScope = (unitId: number | undefined) =>
  unitId === undefined
    ? sql`true`
    : sql`exists (select 1 from blockers b join projects p on p.id = b.project_id where b.id = i.blocker_id and (b.responsible_unit_id = ${unitId} or ${visibleToUnitSql(unitId)}))`;

export async function findMeetings(db: Tx, scopeUnitId?: number) {
  return queryRows<{ id: number; title: string; held_on: string; status: string; items: number; decided: number }>(
    db,
    sql`select * from (select m.id, m.title, m.held_on::text as held_on, m.status,
          (select count(*)::int from meeting_items i where i.meeting_id = m.id and ${agendaScope(scopeUnitId)}) as items,
          (select count(*)::int from meeting_items i where i.meeting_id = m.id and i.decision is not null and ${agendaScope(scopeUnitId)}) as decided
        from joint_meetings m) q where ${scopeUnitId === undefined ? sql`true` : sql`q.items > 0`} order by q.held_on desc, q.id desc`,
  );
}

export async function findMeeting(db: Tx, id: number) {
  const [row] = await queryRows<{ id: number; title: string; held_on: string; status: string }>(
    db,
    sql`select id, title, held_on::text as held_on, status from joint_meetings where id = ${id}`,
  );
  return row;
}

export async function findMeetingItems(db: Tx, meetingId: number, scopeUnitId?: number) {
  return queryRows<BlockerRow & { decision: string | null }>(
    db,
    sql`select b.id, b.project_id, p.name as project_name, p.host_unit_id, p.agreed_yuan::text as agreed_yuan, b.category, b.description,
          b.responsible_unit_id, u.name as responsible_unit_name, b.due_on::text as due_on, b.status, b.resolution, b.escalated,
          b.raised_by_unit_id, b.raised_at::text as raised_at, b.resolved_at::text as resolved_at, b.version, i.decision
        from meeting_items i join blockers b on b.id = i.blocker_id join projects p on p.id = b.project_id join units u on u.id = b.responsible_unit_id
        where i.meeting_id = ${meetingId} and ${agendaScope(scopeUnitId)} order by b.due_on, b.id`,
  );
}

/** The decision on an agenda item; a new responsible unit or deadline is applied to the blocker. */
export async function setMeetingDecision(
  db: Tx,
  meetingId: number,
  blockerId: number,
  d: { decision: string; responsibleUnitId?: number; dueOn?: string; userId: number },
): Promise<boolean> {
  const rows = await queryRows<{ blocker_id: number }>(
    db,
    sql`update meeting_items set decision = ${d.decision}, decided_by = ${d.userId} where meeting_id = ${meetingId} and blocker_id = ${blockerId} returning blocker_id`,
  );
  if (!rows.length) return false;
  if (d.responsibleUnitId || d.dueOn) {
    await db.execute(sql`update blockers set responsible_unit_id = coalesce(${d.responsibleUnitId ?? null}::int, responsible_unit_id),
      due_on = coalesce(${d.dueOn ?? null}::date, due_on), escalated = false, version = version + 1 where id = ${blockerId}`);
  }
  return true;
}

export async function setMeetingHeld(db: Tx, id: number): Promise<boolean> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`update joint_meetings set status = 'held' where id = ${id} returning id`,
  );
  return rows.length === 1;
}
