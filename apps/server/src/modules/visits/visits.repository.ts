import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';

export type VisitRow = {
  id: number;
  unit_id: number;
  unit_name: string;
  visited_on: string;
  party: string;
  place: string;
  notes: string | null;
  created_by_name: string | null;
};

/** Visit logs, newest first, of one unit or all, within [from, to] when given. */
export async function findVisits(
  db: Tx,
  q: { unitId?: number; from?: string; to?: string; limit: number; offset: number },
): Promise<{ rows: VisitRow[]; total: number }> {
  const where = sql.join(
    [
      sql`true`,
      ...(q.unitId === undefined ? [] : [sql`v.unit_id = ${q.unitId}`]),
      ...(q.from === undefined ? [] : [sql`v.visited_on >= ${q.from}::date`]),
      ...(q.to === undefined ? [] : [sql`v.visited_on <= ${q.to}::date`]),
    ],
    sql` and `,
  );
  const rows = await queryRows<VisitRow & { total: number }>(
    db,
    sql`select v.id, v.unit_id, u.name as unit_name, v.visited_on::text as visited_on, v.party, v.place, v.notes,
          us.display_name as created_by_name, count(*) over ()::int as total
        from visit_logs v join units u on u.id = v.unit_id left join users us on us.id = v.created_by
        where ${where} order by v.visited_on desc, v.id desc limit ${q.limit} offset ${q.offset}`,
  );
  return { rows, total: rows[0]?.total ?? 0 };
}

export async function insertVisit(
  db: Tx,
  v: { unitId: number; visitedOn: string; party: string; place: string; notes: string | null; userId: number | null },
): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`insert into visit_logs (unit_id, visited_on, party, place, notes, created_by)
        values (${v.unitId}, ${v.visitedOn}::date, ${v.party}, ${v.place}, ${v.notes}, ${v.userId}::int) returning id`,
  );
  return row!.id;
}

export async function findVisit(db: Tx, id: number): Promise<{ id: number; unit_id: number } | undefined> {
  const [row] = await queryRows<{ id: number; unit_id: number }>(
    db,
    sql`select id, unit_id from visit_logs where id = ${id}`,
  );
  return row;
}

export async function deleteVisit(db: Tx, id: number): Promise<void> {
  await db.execute(sql`delete from visit_logs where id = ${id}`);
}

/** Per unit within [from, to]: the visits made and the days at post (distinct days with a visit). */
export async function countVisitsByUnit(
  db: Tx,
  from: string,
  to: string,
): Promise<Map<number, { visits: number; days: number }>> {
  const rows = await queryRows<{ unit_id: number; visits: number; days: number }>(
    db,
    sql`select unit_id, count(*)::int as visits, count(distinct visited_on)::int as days from visit_logs
        where visited_on between ${from}::date and ${to}::date group by unit_id`,
  );
  return new Map(rows.map((r) => [r.unit_id, { visits: r.visits, days: r.days }]));
}
