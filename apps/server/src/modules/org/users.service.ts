import { checkPassword, isCalendarDate, type Message, msg, type Role } from '@zhaoshang/shared';
import type { Database, Tx } from '../../db/client.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { endSessionsOfUser } from '../auth/auth.repository.ts';
import { forgetSessionsOfUser } from '../auth/auth.service.ts';
import { hashPassword } from '../auth/passwords.ts';
import { orgPolicy } from './org.policy.ts';
import { findUnitById } from './units.repository.ts';
import {
  findOverlappingSecondments,
  findSecondments,
  findUserById,
  findUsers,
  insertSecondment,
  insertUser,
  resetUserPassword,
  type UserFilter,
  type UserListRow,
  type UserSort,
  unlockUser,
  updateUser,
  usernameTaken,
} from './users.repository.ts';

export type User = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  homeUnit: { id: number; name: string };
  unit: { id: number; name: string };
  disabled: boolean;
  lockedUntil: string | null;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
  createdAt: string;
  version: number;
};

export function presentUser(r: UserListRow): User {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role as Role,
    homeUnit: { id: r.home_unit_id, name: r.home_unit_name },
    unit: { id: r.unit_id, name: r.unit_name },
    disabled: r.disabled,
    lockedUntil: r.locked_until && new Date(r.locked_until) > new Date() ? r.locked_until : null,
    mustChangePassword: r.must_change_password,
    lastLoginAt: r.last_login_at,
    createdAt: r.created_at,
    version: r.version,
  };
}

export async function listUsers(
  database: Database,
  ctx: RequestContext,
  filter: UserFilter,
  sort: UserSort,
  page: number,
  pageSize: number,
) {
  const actor = requireActor(ctx);
  orgPolicy.assert(actor, 'user.list');
  // A unit manager sees the people of their own unit, whatever filter they send.
  const scoped = orgPolicy.allows(actor, 'user.listAll') ? filter : { ...filter, unitId: actor.unitId };
  const { items, total } = await findUsers(database.db, scoped, sort, {
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  return { items: items.map(presentUser), total };
}

async function loadUser(tx: Tx, id: number): Promise<User> {
  const row = await findUserById(tx, id);
  if (!row) throw new AppError('NOT_FOUND', { entity: 'user', id });
  return presentUser(row);
}

function assertPasswordPolicy(password: string, username: string) {
  const problems = checkPassword(password, username);
  if (problems.length) throw new AppError('WEAK_PASSWORD', { problems });
}

export type CreateUserInput = {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  unitId: number;
  /** The CLI and the demo city set up accounts whose first password is final. */
  mustChangePassword?: boolean;
};

export async function createUser(database: Database, ctx: RequestContext, input: CreateUserInput): Promise<User> {
  if (ctx.actor) orgPolicy.assert(ctx.actor, 'user.create');
  assertPasswordPolicy(input.password, input.username);
  const passwordHash = await hashPassword(input.password);
  return database.db.transaction(async (tx) => {
    if (await usernameTaken(tx, input.username)) {
      throw new AppError('DUPLICATE', { field: 'username' }, msg('org.usernameTaken', { username: input.username }));
    }
    if (!(await findUnitById(tx, input.unitId)))
      throw new AppError('INVALID_REFERENCE', { field: 'unitId', id: input.unitId });
    const id = await insertUser(tx, {
      username: input.username,
      displayName: input.displayName,
      passwordHash,
      role: input.role,
      homeUnitId: input.unitId,
      mustChangePassword: input.mustChangePassword ?? true,
    });
    const user = await loadUser(tx, id);
    await recordAudit(tx, ctx, { action: 'user.create', entityType: 'user', entityId: id, after: auditView(user) });
    return user;
  });
}

/** What the audit trail keeps of a user: no password material, no volatile login fields. */
function auditView(u: User) {
  return {
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    homeUnit: u.homeUnit.name,
    disabled: u.disabled,
  };
}

export type UpdateUserInput = {
  version: number;
  displayName?: string;
  role?: Role;
  unitId?: number;
  disabled?: boolean;
};

export async function updateUserById(
  database: Database,
  ctx: RequestContext,
  id: number,
  input: UpdateUserInput,
): Promise<User> {
  const actor = requireActor(ctx);
  orgPolicy.assert(actor, 'user.update');
  if (id === actor.userId && (input.disabled === true || (input.role && input.role !== actor.role))) {
    throw new AppError('FORBIDDEN', { reason: 'self' }, msg('org.selfChange'));
  }
  const updated = await database.db.transaction(async (tx) => {
    const before = await loadUser(tx, id);
    if (input.unitId !== undefined && !(await findUnitById(tx, input.unitId))) {
      throw new AppError('INVALID_REFERENCE', { field: 'unitId', id: input.unitId });
    }
    const ok = await updateUser(tx, id, input.version, {
      displayName: input.displayName,
      role: input.role,
      homeUnitId: input.unitId,
      disabled: input.disabled,
    });
    if (!ok) throw new AppError('CONFLICT_VERSION', { current: before });
    const after = await loadUser(tx, id);
    // Disabling ends every session at once; a role change does too, so new rights apply from the next login.
    if ((input.disabled && !before.disabled) || (input.role && input.role !== before.role)) {
      await endSessionsOfUser(tx, id, input.disabled ? 'disabled' : 'role_changed');
    }
    const action =
      input.disabled === true && !before.disabled
        ? 'user.disable'
        : input.disabled === false && before.disabled
          ? 'user.enable'
          : 'user.update';
    await recordAudit(tx, ctx, {
      action,
      entityType: 'user',
      entityId: id,
      before: auditView(before),
      after: auditView(after),
    });
    return after;
  });
  forgetSessionsOfUser(id);
  return updated;
}

export async function resetPassword(
  database: Database,
  ctx: RequestContext,
  id: number,
  password: string,
): Promise<void> {
  orgPolicy.assert(requireActor(ctx), 'user.resetPassword');
  const passwordHash = await hashPassword(password);
  await database.db.transaction(async (tx) => {
    const user = await loadUser(tx, id);
    assertPasswordPolicy(password, user.username);
    await resetUserPassword(tx, id, passwordHash);
    await endSessionsOfUser(tx, id, 'password_reset');
    await recordAudit(tx, ctx, { action: 'user.password_reset', entityType: 'user', entityId: id });
  });
  forgetSessionsOfUser(id);
}

export async function unlock(database: Database, ctx: RequestContext, id: number): Promise<void> {
  orgPolicy.assert(requireActor(ctx), 'user.unlock');
  await database.db.transaction(async (tx) => {
    const user = await loadUser(tx, id);
    await unlockUser(tx, id);
    await recordAudit(tx, ctx, {
      action: 'user.unlock',
      entityType: 'user',
      entityId: id,
      before: { lockedUntil: user.lockedUntil },
    });
  });
}

export type Secondment = {
  id: number;
  userId: number;
  fromUnit: { id: number; name: string };
  toUnit: { id: number; name: string };
  startDate: string;
  endDate: string;
  note: string | null;
  createdAt: string;
};

export async function listSecondments(database: Database, ctx: RequestContext, userId: number): Promise<Secondment[]> {
  const actor = requireActor(ctx);
  orgPolicy.assert(actor, 'secondment.list');
  const user = await loadUser(database.db, userId);
  if (!orgPolicy.allows(actor, 'user.listAll') && user.unit.id !== actor.unitId && user.homeUnit.id !== actor.unitId) {
    throw new AppError('NOT_FOUND', { entity: 'user', id: userId });
  }
  const rows = await findSecondments(database.db, userId);
  return rows.map((r) => ({
    id: r.id,
    userId: r.userId,
    fromUnit: { id: r.fromUnitId, name: r.fromUnitName },
    toUnit: { id: r.toUnitId, name: r.toUnitName },
    startDate: r.startDate,
    endDate: r.endDate,
    note: r.note,
    createdAt: r.createdAt.toISOString(),
  }));
}

export type CreateSecondmentInput = { toUnitId: number; startDate: string; endDate: string; note?: string | null };

/** Seconds a person to another unit for the given dates; their home unit and history stay. */
export async function createSecondment(
  database: Database,
  ctx: RequestContext,
  userId: number,
  input: CreateSecondmentInput,
) {
  const actor = requireActor(ctx);
  orgPolicy.assert(actor, 'secondment.create');
  const issues: { path: string; message: Message }[] = [];
  if (!isCalendarDate(input.startDate)) issues.push({ path: 'startDate', message: msg('org.startDateInvalid') });
  if (!isCalendarDate(input.endDate)) issues.push({ path: 'endDate', message: msg('org.endDateInvalid') });
  if (!issues.length && input.endDate <= input.startDate)
    issues.push({ path: 'endDate', message: msg('org.endAfterStart') });
  if (issues.length) throw new AppError('VALIDATION_FAILED', { issues });
  const id = await database.db.transaction(async (tx) => {
    const user = await loadUser(tx, userId);
    const toUnit = await findUnitById(tx, input.toUnitId);
    if (!toUnit) throw new AppError('INVALID_REFERENCE', { field: 'toUnitId', id: input.toUnitId });
    if (toUnit.id === user.homeUnit.id) {
      throw new AppError('VALIDATION_FAILED', {
        issues: [{ path: 'toUnitId', message: msg('org.secondOwnUnit') }],
      });
    }
    if ((await findOverlappingSecondments(tx, userId, input.startDate, input.endDate)).length) {
      throw new AppError('VALIDATION_FAILED', {
        issues: [{ path: 'startDate', message: msg('org.secondmentOverlap') }],
      });
    }
    const newId = await insertSecondment(tx, {
      userId,
      fromUnitId: user.homeUnit.id,
      toUnitId: toUnit.id,
      startDate: input.startDate,
      endDate: input.endDate,
      note: input.note ?? null,
      createdBy: actor.userId,
    });
    await recordAudit(tx, ctx, {
      action: 'secondment.create',
      entityType: 'user',
      entityId: userId,
      after: {
        secondmentId: newId,
        from: user.homeUnit.name,
        to: toUnit.name,
        startDate: input.startDate,
        endDate: input.endDate,
      },
    });
    return newId;
  });
  return (await listSecondments(database, ctx, userId)).find((s) => s.id === id)!;
}
