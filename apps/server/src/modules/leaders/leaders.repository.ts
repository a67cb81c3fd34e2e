import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';

export type LeaderRow = { id: number; display_name: string; role: string; disabled: boolean };

export async function findUserForLink(db: Tx, id: number): Promise<LeaderRow | undefined> {
  const [row] = await queryRows<LeaderRow>(
    db,
    sql`select id, display_name, role, disabled from users where id = ${id}`,
  );
  return row;
}

/** Every active city leader with how many projects and events they are linked to. */
export async function findLeaders(db: Tx) {
  return queryRows<{ id: number; display_name: string; projects: number; events: number }>(
    db,
    sql`select u.id, u.display_name,
          (select count(*)::int from project_leaders pl where pl.leader_id = u.id) as projects,
          (select count(*)::int from event_leaders el where el.leader_id = u.id) as events
        from users u where u.role = 'leader' and not u.disabled order by u.display_name, u.id`,
  );
}

export async function findProjectForLink(db: Tx, id: number) {
  const [row] = await queryRows<{ id: number; name: string; agreed_yuan: string }>(
    db,
    sql`select id, name, agreed_yuan::text as agreed_yuan from projects where id = ${id}`,
  );
  return row;
}

export async function findEventForLink(db: Tx, id: number) {
  const [row] = await queryRows<{ id: number; name: string }>(db, sql`select id, name from events where id = ${id}`);
  return row;
}

/** Links a leader; false when the link already exists. */
export async function insertProjectLeader(db: Tx, projectId: number, leaderId: number, by: number): Promise<boolean> {
  const rows = await queryRows(
    db,
    sql`insert into project_leaders (project_id, leader_id, linked_by) values (${projectId}, ${leaderId}, ${by})
        on conflict do nothing returning project_id`,
  );
  return rows.length > 0;
}

export async function insertEventLeader(db: Tx, eventId: number, leaderId: number, by: number): Promise<boolean> {
  const rows = await queryRows(
    db,
    sql`insert into event_leaders (event_id, leader_id, linked_by) values (${eventId}, ${leaderId}, ${by})
        on conflict do nothing returning event_id`,
  );
  return rows.length > 0;
}

export async function deleteProjectLeader(db: Tx, projectId: number, leaderId: number): Promise<boolean> {
  const rows = await queryRows(
    db,
    sql`delete from project_leaders where project_id = ${projectId} and leader_id = ${leaderId} returning project_id`,
  );
  return rows.length > 0;
}

export async function deleteEventLeader(db: Tx, eventId: number, leaderId: number): Promise<boolean> {
  const rows = await queryRows(
    db,
    sql`delete from event_leaders where event_id = ${eventId} and leader_id = ${leaderId} returning event_id`,
  );
  return rows.length > 0;
}

/** The date a project reached a stage, from its stage columns. */
const reachedOn = sql`case m.stage when 'signed' then p.signed_on when 'contracted' then p.contracted_on
  when 'registered' then p.registered_on when 'ready' then p.ready_on when 'started' then p.started_on
  when 'completed' then p.completed_on when 'producing' then p.producing_on end`;

/** A leader's linked projects with their board track, milestone plan (planned and reached) and open blockers. */
export async function findLeaderProjects(db: Tx, leaderId: number) {
  return queryRows<{
    id: number;
    name: string;
    host_unit_name: string;
    agreed_yuan: string;
    stage: string | null;
    track: 'overdue' | 'at_risk' | 'on_track' | 'no_plan' | null;
    milestones: { stage: string; plannedOn: string; reachedOn: string | null }[];
    blockers: { id: number; category: string; description: string; unit: string; dueOn: string }[];
  }>(
    db,
    sql`select p.id, p.name, h.name as host_unit_name, p.agreed_yuan::text as agreed_yuan, p.stage, p.track,
          coalesce((select json_agg(json_build_object('stage', m.stage, 'plannedOn', m.planned_on::text, 'reachedOn', (${reachedOn})::text) order by m.planned_on)
             from project_milestones m where m.project_id = p.id), '[]'::json) as milestones,
          coalesce((select json_agg(json_build_object('id', b.id, 'category', b.category, 'description', b.description, 'unit', ru.name, 'dueOn', b.due_on::text) order by b.due_on, b.id)
             from blockers b join units ru on ru.id = b.responsible_unit_id where b.project_id = p.id and b.status = 'open'), '[]'::json) as blockers
        from project_leaders pl join projects p on p.id = pl.project_id join units h on h.id = p.host_unit_id
        where pl.leader_id = ${leaderId} order by p.agreed_yuan desc, p.id`,
  );
}

export async function findLeaderEvents(db: Tx, leaderId: number) {
  return queryRows<{ id: number; name: string; starts_on: string; ends_on: string }>(
    db,
    sql`select e.id, e.name, e.starts_on::text as starts_on, e.ends_on::text as ends_on
        from event_leaders el join events e on e.id = el.event_id where el.leader_id = ${leaderId}
        order by e.starts_on desc, e.id`,
  );
}
