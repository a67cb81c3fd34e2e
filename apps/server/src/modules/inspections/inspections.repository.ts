import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';

export type InspectionState = 'open' | 'overdue' | 'rectified' | 'closed';

export type InspectionRow = {
  id: number;
  unit_id: number;
  unit_name: string;
  subject: string;
  checked_on: string;
  findings: string;
  due_on: string;
  status: 'open' | 'rectified' | 'closed';
  state: InspectionState;
  rectification: string | null;
  rectified_by_name: string | null;
  rectified_at: string | null;
  closed_by_name: string | null;
  closed_at: string | null;
  created_by_name: string;
  created_at: string;
};

/** Open past its deadline is overdue; rectified and closed are as recorded. */
const stateSql = (today: string) =>
  sql`case when i.status = 'open' and i.due_on < ${today}::date then 'overdue' else i.status end`;

const select = (
  today: string,
) => sql`select i.id, i.unit_id, un.name as unit_name, i.subject, i.checked_on::text as checked_on,
    i.findings, i.due_on::text as due_on, i.status, ${stateSql(today)} as state, i.rectification,
    ru.display_name as rectified_by_name, to_char(i.rectified_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as rectified_at,
    xu.display_name as closed_by_name, to_char(i.closed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as closed_at,
    cu.display_name as created_by_name, to_char(i.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at
  from inspections i join units un on un.id = i.unit_id join users cu on cu.id = i.created_by
  left join users ru on ru.id = i.rectified_by left join users xu on xu.id = i.closed_by`;

export async function insertInspection(
  db: Tx,
  i: { unitId: number; subject: string; checkedOn: string; findings: string; dueOn: string; createdBy: number },
): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`insert into inspections (unit_id, subject, checked_on, findings, due_on, created_by)
        values (${i.unitId}, ${i.subject}, ${i.checkedOn}::date, ${i.findings}, ${i.dueOn}::date, ${i.createdBy}) returning id`,
  );
  return row!.id;
}

/** Inspections, overdue first then by deadline: every unit's or one unit's, optionally in one state. */
export async function findInspections(db: Tx, today: string, f: { unitId?: number; state?: InspectionState }) {
  return queryRows<InspectionRow>(
    db,
    sql`select * from (${select(today)}) x
        where true ${f.unitId === undefined ? sql`` : sql`and x.unit_id = ${f.unitId}`}
          ${f.state === undefined ? sql`` : sql`and x.state = ${f.state}`}
        order by (x.state = 'closed'), x.due_on, x.id`,
  );
}

export async function findInspection(db: Tx, id: number, today: string, forUpdate = false) {
  if (forUpdate) await db.execute(sql`select id from inspections where id = ${id} for update`);
  const [row] = await queryRows<InspectionRow>(db, sql`${select(today)} where i.id = ${id}`);
  return row;
}

export async function setRectification(db: Tx, id: number, text: string, userId: number) {
  await db.execute(sql`update inspections set status = 'rectified', rectification = ${text}, rectified_by = ${userId},
    rectified_at = now(), version = version + 1 where id = ${id}`);
}

export async function setClosed(db: Tx, id: number, userId: number) {
  await db.execute(
    sql`update inspections set status = 'closed', closed_by = ${userId}, closed_at = now(), version = version + 1 where id = ${id}`,
  );
}
