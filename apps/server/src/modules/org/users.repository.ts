import { type SQL, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { effectiveUnitIdSql } from '../../db/fragments/effective-unit.ts';
import { insertColumns, setColumns } from '../../db/rows.ts';
import { secondments, users } from '../../db/schema/index.ts';

export type UserFilter = {
  q?: string;
  unitId?: number;
  role?: string;
  status?: 'active' | 'disabled' | 'locked';
};
export type UserSort = 'username' | '-username' | 'lastLoginAt' | '-lastLoginAt' | 'createdAt' | '-createdAt';

export type UserListRow = {
  id: number;
  username: string;
  display_name: string;
  role: string;
  home_unit_id: number;
  home_unit_name: string;
  unit_id: number;
  unit_name: string;
  disabled: boolean;
  locked_until: string | null;
  must_change_password: boolean;
  last_login_at: string | null;
  created_at: string;
  version: number;
};

const SORTS: Record<UserSort, SQL> = {
  username: sql`lower(x.username) asc`,
  '-username': sql`lower(x.username) desc`,
  lastLoginAt: sql`x.last_login_at asc nulls first`,
  '-lastLoginAt': sql`x.last_login_at desc nulls last`,
  createdAt: sql`x.created_at asc`,
  '-createdAt': sql`x.created_at desc`,
};

const userRows = sql`
  select u.id, u.username, u.display_name, u.role, u.home_unit_id, hu.name as home_unit_name,
         eu.id as unit_id, eu.name as unit_name, u.disabled, u.must_change_password, u.version,
         to_char(u.locked_until at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as locked_until,
         to_char(u.last_login_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as last_login_at,
         to_char(u.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at,
         u.locked_until as locked_until_ts, u.last_login_at as last_login_ts, u.created_at as created_ts
  from users u
  join units hu on hu.id = u.home_unit_id
  join units eu on eu.id = ${effectiveUnitIdSql(sql`u`)}`;

export async function findUsers(db: Tx, f: UserFilter, sort: UserSort, page: { limit: number; offset: number }) {
  const conds: SQL[] = [sql`true`];
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, '\\$&')}%`;
    conds.push(sql`(x.username ilike ${like} or x.display_name ilike ${like})`);
  }
  if (f.unitId) conds.push(sql`(x.unit_id = ${f.unitId} or x.home_unit_id = ${f.unitId})`);
  if (f.role) conds.push(sql`x.role = ${f.role}`);
  if (f.status === 'disabled') conds.push(sql`x.disabled`);
  if (f.status === 'active')
    conds.push(sql`not x.disabled and (x.locked_until_ts is null or x.locked_until_ts <= now())`);
  if (f.status === 'locked') conds.push(sql`not x.disabled and x.locked_until_ts > now()`);
  const where = sql.join(conds, sql` and `);
  const order = SORTS[sort];
  const [items, totals] = await Promise.all([
    queryRows<UserListRow>(
      db,
      sql`select * from (${userRows}) x where ${where} order by ${order}, x.id limit ${page.limit} offset ${page.offset}`,
    ),
    queryRows<{ n: number }>(db, sql`select count(*)::int as n from (${userRows}) x where ${where}`),
  ]);
  return { items, total: totals[0]?.n ?? 0 };
}

export async function findUserById(db: Tx, id: number): Promise<UserListRow | undefined> {
  const [row] = await queryRows<UserListRow>(db, sql`select * from (${userRows}) x where x.id = ${id}`);
  return row;
}

export async function usernameTaken(db: Tx, username: string): Promise<boolean> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from users where lower(username) = lower(${username})`,
  );
  return (row?.n ?? 0) > 0;
}

export type NewUser = {
  username: string;
  displayName: string;
  passwordHash: string;
  role: string;
  homeUnitId: number;
  mustChangePassword: boolean;
};

export async function insertUser(db: Tx, u: NewUser): Promise<number> {
  const [row] = await queryRows<{ id: number }>(db, sql`insert into users ${insertColumns(users, u)} returning id`);
  return row!.id;
}

export async function updateUser(
  db: Tx,
  id: number,
  version: number,
  patch: Partial<{ displayName: string; role: string; homeUnitId: number; disabled: boolean }>,
) {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`update users set ${setColumns(users, patch, sql`version = version + 1`)}
        where id = ${id} and version = ${version} returning id`,
  );
  return rows.length === 1;
}

export async function resetUserPassword(db: Tx, id: number, passwordHash: string) {
  await db.execute(
    sql`update users set password_hash = ${passwordHash}, must_change_password = true, failed_logins = 0,
               locked_until = null, version = version + 1
        where id = ${id}`,
  );
}

export async function unlockUser(db: Tx, id: number) {
  await db.execute(sql`update users set failed_logins = 0, locked_until = null where id = ${id}`);
}

export type SecondmentRow = {
  id: number;
  userId: number;
  fromUnitId: number;
  fromUnitName: string;
  toUnitId: number;
  toUnitName: string;
  startDate: string;
  endDate: string;
  note: string | null;
  createdAt: Date;
};

export async function findSecondments(db: Tx, userId: number): Promise<SecondmentRow[]> {
  const rows = await queryRows<Omit<SecondmentRow, 'createdAt'> & { createdAt: string }>(
    db,
    sql`select s.id, s.user_id as "userId", s.from_unit_id as "fromUnitId", fu.name as "fromUnitName",
               s.to_unit_id as "toUnitId", tu.name as "toUnitName", s.start_date as "startDate",
               s.end_date as "endDate", s.note, s.created_at as "createdAt"
        from secondments s join units fu on fu.id = s.from_unit_id join units tu on tu.id = s.to_unit_id
        where s.user_id = ${userId}
        order by s.start_date desc, s.id asc`,
  );
  return rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt) }));
}

/** Secondments of the user whose dates overlap [start, end]. */
export async function findOverlappingSecondments(db: Tx, userId: number, start: string, end: string) {
  return queryRows<{ id: number }>(
    db,
    sql`select id from secondments where user_id = ${userId} and start_date <= ${end} and end_date >= ${start}`,
  );
}

export async function insertSecondment(
  db: Tx,
  s: {
    userId: number;
    fromUnitId: number;
    toUnitId: number;
    startDate: string;
    endDate: string;
    note: string | null;
    createdBy: number;
  },
) {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`insert into secondments ${insertColumns(secondments, s)} returning id`,
  );
  return row!.id;
}
