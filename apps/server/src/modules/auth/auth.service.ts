import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  checkPassword,
  LOCKOUT_MINUTES,
  MAX_FAILED_LOGINS,
  PASSWORD_MAX_AGE_DAYS,
  type Role,
  SESSION_IDLE_MINUTES,
  type UnitKind,
} from '@zhaoshang/shared';
import type { Database } from '../../db/client.ts';
import type { Actor, RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  endIdleSessions,
  endSession,
  findLoginUser,
  findLoginUserById,
  findSession,
  insertSession,
  type LoginUserRow,
  recordFailedLogin,
  recordSuccessfulLogin,
  touchSession,
  updatePassword,
} from './auth.repository.ts';
import { burnVerifyTime, hashPassword, verifyPassword } from './passwords.ts';

export type Me = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  unit: { id: number; name: string; kind: UnitKind };
  mustChangePassword: boolean;
  passwordChangeReason: 'first_login' | 'expired' | null;
};

const DAY_MS = 86_400_000;

function passwordChangeReason(u: LoginUserRow, now: Date): Me['passwordChangeReason'] {
  if (u.must_change_password) return 'first_login';
  if (now.getTime() - u.password_changed_at.getTime() > PASSWORD_MAX_AGE_DAYS * DAY_MS) return 'expired';
  return null;
}

export function presentMe(u: LoginUserRow, now = new Date()): Me {
  const reason = passwordChangeReason(u, now);
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    role: u.role as Role,
    unit: { id: u.unit_id, name: u.unit_name, kind: u.unit_kind as UnitKind },
    mustChangePassword: reason !== null,
    passwordChangeReason: reason,
  };
}

/** The cookie holds a random token; the database keeps only its SHA-256. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export type LoginResult = { token: string; csrfToken: string; me: Me };

/**
 * Checks the password and opens a session. Five failures in a row lock the account for
 * 30 minutes; while locked even the right password answers ACCOUNT_LOCKED. Every attempt,
 * failed or not, is in the audit trail.
 */
export async function login(
  database: Database,
  ctx: RequestContext,
  input: { username: string; password: string; userAgent: string | null },
): Promise<LoginResult> {
  const candidate = await findLoginUser(database.db, input.username);
  let passwordOk = false;
  if (candidate) passwordOk = await verifyPassword(candidate.password_hash, input.password);
  else await burnVerifyTime(input.password);
  const now = new Date();
  const failure = await database.db.transaction(async (tx) => {
    const user = candidate && (await findLoginUser(tx, input.username, true));
    const subject = {
      userId: user?.id ?? null,
      username: user?.username ?? input.username,
      unitId: user?.unit_id,
      unitName: user?.unit_name,
    };
    const fail = async (code: 'BAD_CREDENTIALS' | 'ACCOUNT_LOCKED' | 'ACCOUNT_DISABLED', extra?: object) => {
      await recordAudit(tx, ctx, {
        action: 'auth.login_failed',
        entityType: 'user',
        entityId: user?.id,
        outcome: 'failure',
        subject,
        after: { reason: code, ...extra },
      });
      return code;
    };
    if (!user) return fail('BAD_CREDENTIALS');
    if (user.disabled) return fail('ACCOUNT_DISABLED');
    if (user.locked_until && user.locked_until > now)
      return fail('ACCOUNT_LOCKED', { lockedUntil: user.locked_until.toISOString() });
    if (!passwordOk) {
      const failed = (user.locked_until ? 0 : user.failed_logins) + 1;
      const lockedUntil = failed >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) : null;
      await recordFailedLogin(tx, user.id, lockedUntil ? 0 : failed, lockedUntil);
      return fail('BAD_CREDENTIALS', {
        failedLogins: failed,
        ...(lockedUntil ? { lockedUntil: lockedUntil.toISOString() } : {}),
      });
    }
    return null;
  });
  if (failure) throw new AppError(failure);

  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const user = candidate!;
  await database.db.transaction(async (tx) => {
    await recordSuccessfulLogin(tx, user.id);
    await insertSession(tx, {
      id: sessionIdOf(token),
      userId: user.id,
      csrfToken,
      clientIp: ctx.clientIp,
      userAgent: input.userAgent,
    });
    const actorCtx = { ...ctx, actor: actorOf(user, sessionIdOf(token)) };
    await recordAudit(tx, actorCtx, { action: 'auth.login', entityType: 'user', entityId: user.id });
  });
  return { token, csrfToken, me: presentMe(user, now) };
}

function actorOf(u: LoginUserRow, sessionId: string): Actor {
  return {
    userId: u.id,
    username: u.username,
    displayName: u.display_name,
    role: u.role as Role,
    unitId: u.unit_id,
    unitName: u.unit_name,
    unitKind: u.unit_kind as UnitKind,
    sessionId,
  };
}

export type ResolvedSession = { actor: Actor; csrfToken: string; me: Me };

/**
 * Resolved sessions are kept for one second per process: a page's burst of requests costs
 * one lookup instead of one each. This process forgets a session at once when it ends it
 * (logout, disabling, password change); another process sharing the database sees that
 * within the second.
 */
const SESSION_CACHE_MS = 1000;
const sessionCache = new Map<string, { session: ResolvedSession; until: number }>();

export function forgetSessionsOfUser(userId: number): void {
  for (const [id, entry] of sessionCache) if (entry.session.actor.userId === userId) sessionCache.delete(id);
}

function cacheSession(id: string, session: ResolvedSession, now: number) {
  if (sessionCache.size > 10_000) {
    for (const [key, entry] of sessionCache) if (entry.until <= now) sessionCache.delete(key);
  }
  sessionCache.set(id, { session, until: now + SESSION_CACHE_MS });
}

/**
 * The session behind a cookie token, or the reason there is none. A session idle for more
 * than 30 minutes ends on its next use; a disabled user's sessions are ended when disabling.
 */
export async function resolveSession(database: Database, token: string): Promise<ResolvedSession> {
  const id = sessionIdOf(token);
  const now = Date.now();
  const cached = sessionCache.get(id);
  if (cached && cached.until > now) return cached.session;
  const row = await findSession(database.db, id);
  if (!row || row.ended_at || row.disabled) {
    sessionCache.delete(id);
    throw new AppError('UNAUTHENTICATED');
  }
  const idleMs = now - row.last_seen_at.getTime();
  if (idleMs > SESSION_IDLE_MINUTES * 60_000) {
    sessionCache.delete(id);
    await endSession(database.db, id, 'idle');
    throw new AppError('SESSION_EXPIRED');
  }
  // Touching on every request would write on every read; a 15-second grain is precise enough.
  if (idleMs > 15_000) await touchSession(database.db, id);
  const session = { actor: actorOf(row, id), csrfToken: row.csrf_token, me: presentMe(row) };
  cacheSession(id, session, now);
  return session;
}

export function csrfMatches(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function logout(database: Database, ctx: RequestContext): Promise<void> {
  const actor = ctx.actor;
  if (!actor) return;
  sessionCache.delete(actor.sessionId);
  await database.db.transaction(async (tx) => {
    await endSession(tx, actor.sessionId, 'logout');
    await recordAudit(tx, ctx, { action: 'auth.logout', entityType: 'user', entityId: actor.userId });
  });
}

export async function changePassword(
  database: Database,
  ctx: RequestContext,
  input: { currentPassword: string; newPassword: string },
): Promise<Me> {
  const actor = ctx.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  const user = await findLoginUserById(database.db, actor.userId);
  if (!user) throw new AppError('UNAUTHENTICATED');
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    await database.db.transaction((tx) =>
      recordAudit(tx, ctx, {
        action: 'auth.password_change',
        entityType: 'user',
        entityId: user.id,
        outcome: 'failure',
        after: { reason: 'WRONG_PASSWORD' },
      }),
    );
    throw new AppError('WRONG_PASSWORD');
  }
  const problems = checkPassword(input.newPassword, user.username);
  if (problems.length) throw new AppError('WEAK_PASSWORD', { problems });
  if (input.newPassword === input.currentPassword) throw new AppError('PASSWORD_REUSED');
  const passwordHash = await hashPassword(input.newPassword);
  await database.db.transaction(async (tx) => {
    await updatePassword(tx, user.id, passwordHash);
    await recordAudit(tx, ctx, { action: 'auth.password_change', entityType: 'user', entityId: user.id });
  });
  forgetSessionsOfUser(user.id);
  return presentMe((await findLoginUserById(database.db, actor.userId))!);
}

/** Ends the sessions idle past the limit (the sweep `serve` runs each minute); returns how many. */
export async function sweepIdleSessions(database: Database, now = new Date()): Promise<number> {
  return endIdleSessions(database.db, new Date(now.getTime() - SESSION_IDLE_MINUTES * 60_000));
}
