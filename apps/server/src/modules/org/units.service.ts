import type { UnitKind } from '@zhaoshang/shared';
import { msg } from '@zhaoshang/shared';
import type { Database } from '../../db/client.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { orgPolicy } from './org.policy.ts';
import {
  countUnits,
  findUnitById,
  findUnitByName,
  findUnits,
  insertUnit,
  type UnitRow,
  updateUnit,
  wouldCreateCycle,
} from './units.repository.ts';

export type Unit = {
  id: number;
  name: string;
  kind: UnitKind;
  parentId: number | null;
  divisionCode: string | null;
  active: boolean;
  version: number;
  userCount: number;
};

export function presentUnit(row: UnitRow): Unit {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as UnitKind,
    parentId: row.parentId,
    divisionCode: row.divisionCode,
    active: row.active,
    version: row.version,
    userCount: Number(row.userCount),
  };
}

export async function listUnits(database: Database, ctx: RequestContext, includeInactive: boolean): Promise<Unit[]> {
  if (ctx.actor) orgPolicy.assert(ctx.actor, 'unit.list');
  return (await findUnits(database.db, includeInactive)).map(presentUnit);
}

export type CreateUnitInput = { name: string; kind: UnitKind; parentId?: number | null; divisionCode?: string | null };

/** Creates a unit. The CLI passes an actor-less context: it runs as the machine's administrator. */
export async function createUnit(database: Database, ctx: RequestContext, input: CreateUnitInput): Promise<Unit> {
  if (ctx.actor) orgPolicy.assert(ctx.actor, 'unit.create');
  return database.db.transaction(async (tx) => {
    if (await findUnitByName(tx, input.name)) throw new AppError('DUPLICATE', { field: 'name', name: input.name });
    if (input.parentId != null && !(await findUnitById(tx, input.parentId))) {
      throw new AppError('INVALID_REFERENCE', { field: 'parentId', id: input.parentId });
    }
    const id = await insertUnit(tx, {
      name: input.name,
      kind: input.kind,
      parentId: input.parentId ?? null,
      divisionCode: input.divisionCode ?? null,
    });
    const unit = presentUnit((await findUnitById(tx, id))!);
    await recordAudit(tx, ctx, { action: 'unit.create', entityType: 'unit', entityId: id, after: unit });
    return unit;
  });
}

export type UpdateUnitInput = Partial<CreateUnitInput & { active: boolean }> & { version: number };

export async function updateUnitById(
  database: Database,
  ctx: RequestContext,
  id: number,
  input: UpdateUnitInput,
): Promise<Unit> {
  orgPolicy.assert(requireActor(ctx), 'unit.update');
  return database.db.transaction(async (tx) => {
    const before = await findUnitById(tx, id);
    if (!before) throw new AppError('NOT_FOUND', { entity: 'unit', id });
    const { version, ...patch } = input;
    if (patch.name !== undefined && patch.name !== before.name && (await findUnitByName(tx, patch.name))) {
      throw new AppError('DUPLICATE', { field: 'name', name: patch.name });
    }
    if (patch.parentId != null) {
      if (!(await findUnitById(tx, patch.parentId)))
        throw new AppError('INVALID_REFERENCE', { field: 'parentId', id: patch.parentId });
      if (patch.parentId === id || (await wouldCreateCycle(tx, id, patch.parentId))) {
        throw new AppError('VALIDATION_FAILED', {
          issues: [{ path: 'parentId', message: msg('org.parentCycle') }],
        });
      }
    }
    if (!(await updateUnit(tx, id, version, patch))) {
      throw new AppError('CONFLICT_VERSION', { current: presentUnit(before) });
    }
    const after = presentUnit((await findUnitById(tx, id))!);
    await recordAudit(tx, ctx, {
      action: 'unit.update',
      entityType: 'unit',
      entityId: id,
      before: presentUnit(before),
      after,
    });
    return after;
  });
}

export async function findUnitIdByName(database: Database, name: string): Promise<number> {
  const unit = await findUnitByName(database.db, name);
  if (!unit) throw new AppError('INVALID_REFERENCE', { field: 'unit', name }, msg('org.unitNotFound', { name }));
  return unit.id;
}

/** True on a database with no organisation yet: `serve` loads the demo city into it. */
export async function hasNoUnits(database: Database): Promise<boolean> {
  return (await countUnits(database.db)) === 0;
}
