import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { effectiveUnitIdSql } from '../../db/fragments/effective-unit.ts';

/** A unit's headline indicators in a window (host role), as a notice quotes them. */
export type NoticeFigures = {
  signedCount: number;
  signedAmountWan: number;
  contractRate: number | null;
  registrationRate: number | null;
  readyRate: number | null;
};

/** An item attached to a notice, as it stood when the notice was sent. */
export type NoticeItem =
  | { kind: 'lead'; id: number; name: string; overdue: string[] }
  | { kind: 'blocker'; id: number; name: string; category: string; dueOn: string }
  | { kind: 'figures'; id: number; name: string; figures: NoticeFigures; lastYear: NoticeFigures };

export type NoticeRow = {
  id: number;
  unit_id: number;
  unit_name: string;
  title: string;
  body: string;
  items: NoticeItem[];
  created_by_name: string;
  created_at: string;
  recipients: number;
  confirmed: number;
  my_read_at: string | null;
};

/** The open blockers a unit is responsible for whose deadline has passed. */
export async function findOverdueBlockers(db: Tx, unitId: number, today: string) {
  return queryRows<{ id: number; project_name: string; category: string; due_on: string }>(
    db,
    sql`select b.id, p.name as project_name, b.category, b.due_on::text as due_on
        from blockers b join projects p on p.id = b.project_id
        where b.responsible_unit_id = ${unitId} and b.status = 'open' and b.due_on < ${today}::date
        order by b.due_on, b.id`,
  );
}

export async function insertNotice(
  db: Tx,
  n: { unitId: number; title: string; body: string; items: NoticeItem[]; createdBy: number },
): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`insert into notices (unit_id, title, body, items, created_by)
        values (${n.unitId}, ${n.title}, ${n.body}, ${JSON.stringify(n.items)}::jsonb, ${n.createdBy}) returning id`,
  );
  return row!.id;
}

/** The people a notice is for: the active unit users working in its unit today. */
const recipientsOf = (unitIdSql: ReturnType<typeof sql>) =>
  sql`from users u where not u.disabled and u.role in ('unit_manager', 'unit_staff') and ${effectiveUnitIdSql(sql`u`)} = ${unitIdSql}`;

const noticeSelect = (userId: number) => sql`select n.id, n.unit_id, un.name as unit_name, n.title, n.body, n.items,
    cu.display_name as created_by_name, to_char(n.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at,
    (select count(*)::int ${recipientsOf(sql`n.unit_id`)}) as recipients,
    (select count(*)::int from notice_reads r where r.notice_id = n.id) as confirmed,
    (select to_char(r.read_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') from notice_reads r where r.notice_id = n.id and r.user_id = ${userId}) as my_read_at
  from notices n join units un on un.id = n.unit_id join users cu on cu.id = n.created_by`;

/** Notices, newest first: every unit's, or one unit's own. */
export async function findNotices(db: Tx, userId: number, unitId?: number): Promise<NoticeRow[]> {
  return queryRows<NoticeRow>(
    db,
    sql`${noticeSelect(userId)} ${unitId === undefined ? sql`` : sql`where n.unit_id = ${unitId}`} order by n.id desc`,
  );
}

export async function findNotice(db: Tx, id: number, userId: number): Promise<NoticeRow | undefined> {
  const [row] = await queryRows<NoticeRow>(db, sql`${noticeSelect(userId)} where n.id = ${id}`);
  return row;
}

/** Who of the unit has confirmed reading, and who has not yet (read_at null); readers who left the unit stay listed. */
export async function findNoticeReaders(db: Tx, noticeId: number, unitId: number) {
  return queryRows<{ user_id: number; display_name: string; read_at: string | null }>(
    db,
    sql`select u.id as user_id, u.display_name, to_char(r.read_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as read_at
        from users u left join notice_reads r on r.notice_id = ${noticeId} and r.user_id = u.id
        where r.user_id is not null or (not u.disabled and u.role in ('unit_manager', 'unit_staff') and ${effectiveUnitIdSql(sql`u`)} = ${unitId})
        order by r.read_at nulls last, u.display_name, u.id`,
  );
}

/** Records the first confirmation of a reader; a second one keeps the first time. Returns whether it was new. */
export async function insertNoticeRead(db: Tx, noticeId: number, userId: number): Promise<boolean> {
  const rows = await queryRows<{ notice_id: number }>(
    db,
    sql`insert into notice_reads (notice_id, user_id) values (${noticeId}, ${userId}) on conflict do nothing returning notice_id`,
  );
  return rows.length > 0;
}

/** Confirming a notice also clears its bell notification. */
export async function markNoticeNotificationRead(db: Tx, noticeId: number, userId: number) {
  await db.execute(sql`update notifications set read_at = now()
    where user_id = ${userId} and read_at is null and entity_type = 'notice' and entity_id = ${String(noticeId)}`);
}
