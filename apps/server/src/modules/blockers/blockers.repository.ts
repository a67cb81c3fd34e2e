import { type SQL, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { visibleToUnitSql } from '../../db/fragments/project-scope.ts';

/** Open blockers past their deadline: they escalate to the office list once. */
export async function escalateOverdueBlockers(db: Tx, today: string) {
  return queryRows<{ id: number; project_id: number; description: string; responsible_unit_id: number }>(
    db,
    sql`update blockers set escalated = true where status = 'open' and not escalated and due_on < ${today}::date
        returning id, project_id, description, responsible_unit_id`,
  );
}

export type BlockerRow = {
  id: number;
  project_id: number;
  project_name: string;
  host_unit_id: number;
  agreed_yuan: string;
  category: string;
  description: string;
  responsible_unit_id: number;
  responsible_unit_name: string;
  due_on: string;
  status: string;
  resolution: string | null;
  escalated: boolean;
  raised_by_unit_id: number | null;
  raised_at: string;
  resolved_at: string | null;
  routed_as: string | null;
  push_department_unit_id: number | null;
  push_department_name: string | null;
  nurture_department_unit_id: number | null;
  nurture_department_name: string | null;
  version: number;
};

/** The project's push and nurture departments, beside a blocker (the blocker page shows both). */
const DEPARTMENTS = sql`b.routed_as, p.push_department_unit_id, (select du.name from units du where du.id = p.push_department_unit_id) as push_department_name,
    p.nurture_department_unit_id, (select du.name from units du where du.id = p.nurture_department_unit_id) as nurture_department_name`;

const BLOCKER_SELECT = sql`
  select b.id, b.project_id, p.name as project_name, p.host_unit_id, p.agreed_yuan::text as agreed_yuan, b.category, b.description,
    b.responsible_unit_id, u.name as responsible_unit_name, b.due_on::text as due_on, b.status, b.resolution, b.escalated,
    b.raised_by_unit_id, b.raised_at::text as raised_at, b.resolved_at::text as resolved_at, ${DEPARTMENTS}, b.version
  from blockers b join projects p on p.id = b.project_id join units u on u.id = b.responsible_unit_id`;

export async function findBlockers(
  db: Tx,
  f: {
    status?: string;
    overdueBefore?: string;
    escalated?: boolean;
    responsibleUnitId?: number;
    projectId?: number;
    majorThresholdYuan?: bigint;
    scopeUnitId?: number;
    ids?: number[];
  },
) {
  const conds: SQL[] = [sql`true`];
  if (f.status) conds.push(sql`b.status = ${f.status}`);
  if (f.overdueBefore) conds.push(sql`b.status = 'open' and b.due_on < ${f.overdueBefore}::date`);
  if (f.escalated) conds.push(sql`b.escalated`);
  if (f.responsibleUnitId !== undefined) conds.push(sql`b.responsible_unit_id = ${f.responsibleUnitId}`);
  if (f.projectId !== undefined) conds.push(sql`b.project_id = ${f.projectId}`);
  if (f.majorThresholdYuan !== undefined) conds.push(sql`p.agreed_yuan >= ${f.majorThresholdYuan.toString()}::bigint`);
  if (f.ids) conds.push(sql`b.id = any(${sql.param(f.ids)}::int[])`);
  if (f.scopeUnitId !== undefined)
    conds.push(sql`(b.raised_by_unit_id = ${f.scopeUnitId} or ${visibleToUnitSql(f.scopeUnitId)})`);
  return queryRows<BlockerRow>(
    db,
    sql`${BLOCKER_SELECT} where ${sql.join(conds, sql` and `)} order by b.status, b.due_on, b.id limit 2000`,
  );
}

export async function findBlockerById(db: Tx, id: number): Promise<BlockerRow | undefined> {
  const [row] = await queryRows<BlockerRow>(db, sql`${BLOCKER_SELECT} where b.id = ${id}`);
  return row;
}

export async function insertBlocker(
  db: Tx,
  b: {
    projectId: number;
    category: string;
    description: string;
    responsibleUnitId: number;
    routedAs: 'push' | 'nurture' | null;
    dueOn: string;
    raisedBy: number;
    raisedByUnitId: number;
  },
): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`insert into blockers (project_id, category, description, responsible_unit_id, routed_as, due_on, raised_by, raised_by_unit_id)
        values (${b.projectId}, ${b.category}, ${b.description}, ${b.responsibleUnitId}, ${b.routedAs}, ${b.dueOn}::date, ${b.raisedBy}, ${b.raisedByUnitId}) returning id`,
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
          b.raised_by_unit_id, b.raised_at::text as raised_at, b.resolved_at::text as resolved_at, ${DEPARTMENTS}, b.version, i.decision
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

/** A project's blockers, for its page (visible to whoever may see the project, and to their responsible units). */
export async function findProjectBlockers(db: Tx, projectId: number) {
  return queryRows<{
    id: number;
    category: string;
    description: string;
    responsible_unit_id: number;
    responsible_unit_name: string;
    due_on: string;
    status: string;
    resolution: string | null;
    escalated: boolean;
    raised_at: string;
    routed_as: string | null;
    version: number;
  }>(
    db,
    sql`select b.id, b.category, b.description, b.responsible_unit_id, u.name as responsible_unit_name, b.due_on::text as due_on, b.status,
          b.resolution, b.escalated, b.raised_at::text as raised_at, b.routed_as, b.version
        from blockers b join units u on u.id = b.responsible_unit_id where b.project_id = ${projectId} order by b.id`,
  );
}

/**
 * Services to projects (项目服务) per responsible unit: the blockers it resolved in a window
 * (resolved on a day in it, Asia/Shanghai) — what the services indicator of the assessment counts.
 */
export async function countResolvedBlockersByUnit(db: Tx, from: string, to: string): Promise<Map<number, number>> {
  const rows = await queryRows<{ unit_id: number; n: number }>(
    db,
    sql`select responsible_unit_id as unit_id, count(*)::int as n from blockers
        where status = 'resolved' and (resolved_at at time zone 'Asia/Shanghai')::date between ${from}::date and ${to}::date
        group by 1`,
  );
  return new Map(rows.map((r) => [r.unit_id, r.n]));
}
