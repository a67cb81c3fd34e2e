import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { effectiveUnitIdSql } from '../../db/fragments/effective-unit.ts';

export type LoginUserRow = {
  id: number;
  username: string;
  display_name: string;
  password_hash: string;
  role: string;
  disabled: boolean;
  must_change_password: boolean;
  password_changed_at: Date;
  failed_logins: number;
  locked_until: Date | null;
  unit_id: number;
  unit_name: string;
  unit_kind: string;
};

const userWithUnit = sql`
  select u.id, u.username, u.display_name, u.password_hash, u.role, u.disabled, u.must_change_password,
         u.password_changed_at, u.failed_logins, u.locked_until,
         eu.id as unit_id, eu.name as unit_name, eu.kind as unit_kind
  from users u join units eu on eu.id = ${effectiveUnitIdSql(sql`u`)}`;

export async function findLoginUser(db: Tx, username: string, forUpdate = false): Promise<LoginUserRow | undefined> {
  const [row] = await queryRows<LoginUserRow>(
    db,
    sql`${userWithUnit} where lower(u.username) = lower(${username}) ${forUpdate ? sql`for update of u` : sql``}`,
  );
  return row && normaliseDates(row);
}

export async function findLoginUserById(db: Tx, id: number): Promise<LoginUserRow | undefined> {
  const [row] = await queryRows<LoginUserRow>(db, sql`${userWithUnit} where u.id = ${id}`);
  return row && normaliseDates(row);
}

function normaliseDates<T extends LoginUserRow>(row: T): T {
  return {
    ...row,
    password_changed_at: new Date(row.password_changed_at),
    locked_until: row.locked_until ? new Date(row.locked_until) : null,
  };
}

export async function recordFailedLogin(db: Tx, userId: number, failedLogins: number, lockedUntil: Date | null) {
  await db.execute(
    sql`update users set failed_logins = ${failedLogins}, locked_until = ${lockedUntil?.toISOString() ?? null}::timestamptz
        where id = ${userId}`,
  );
}

export async function recordSuccessfulLogin(db: Tx, userId: number) {
  await db.execute(
    sql`update users set failed_logins = 0, locked_until = null, last_login_at = now() where id = ${userId}`,
  );
}

export async function updatePassword(db: Tx, userId: number, passwordHash: string) {
  await db.execute(
    sql`update users set password_hash = ${passwordHash}, must_change_password = false, password_changed_at = now(),
               version = version + 1
        where id = ${userId}`,
  );
}

export async function insertSession(
  db: Tx,
  s: { id: string; userId: number; csrfToken: string; clientIp: string | null; userAgent: string | null },
) {
  await db.execute(
    sql`insert into sessions (id, user_id, csrf_token, client_ip, user_agent)
        values (${s.id}, ${s.userId}, ${s.csrfToken}, ${s.clientIp}, ${s.userAgent})`,
  );
}

export type SessionRow = LoginUserRow & {
  session_id: string;
  csrf_token: string;
  last_seen_at: Date;
  ended_at: Date | null;
};

export async function findSession(db: Tx, sessionId: string): Promise<SessionRow | undefined> {
  const [row] = await queryRows<SessionRow>(
    db,
    sql`select s.id as session_id, s.csrf_token, s.last_seen_at, s.ended_at, x.*
        from sessions s join (${userWithUnit}) x on x.id = s.user_id
        where s.id = ${sessionId}`,
  );
  return (
    row && {
      ...row,
      ...normaliseDates(row),
      last_seen_at: new Date(row.last_seen_at),
      ended_at: row.ended_at && new Date(row.ended_at),
    }
  );
}

export async function touchSession(db: Tx, sessionId: string) {
  await db.execute(sql`update sessions set last_seen_at = now() where id = ${sessionId}`);
}

export async function endSession(db: Tx, sessionId: string, reason: string) {
  await db.execute(
    sql`update sessions set ended_at = now(), end_reason = ${reason} where id = ${sessionId} and ended_at is null`,
  );
}

/** Ends every open session of a user (disabled, password reset); returns how many. */
export async function endSessionsOfUser(db: Tx, userId: number, reason: string): Promise<number> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`update sessions set ended_at = now(), end_reason = ${reason} where user_id = ${userId} and ended_at is null
        returning id`,
  );
  return rows.length;
}

/** Idle sessions are ended lazily on use; this sweeps the rest so the table stays small. */
export async function endIdleSessions(db: Tx, idleSince: Date): Promise<number> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`update sessions set ended_at = now(), end_reason = 'idle'
        where ended_at is null and last_seen_at < ${idleSince.toISOString()}::timestamptz
        returning id`,
  );
  return rows.length;
}
