/**
 * Keeping the chain map: groups, chains and their designated hosts, segments, targets, and a
 * company placed on a segment. Names are unique where the map needs them; every save is
 * versioned (409 on a stale one) and audited.
 */
import { type ChainGroupKind, type ChainStream, msg, TARGET_TAGS } from '@zhaoshang/shared';
import { type Database, isUniqueViolation, type Tx } from '../../db/client.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findUnitById } from '../org/units.repository.ts';
import { findCompanyChain, matchTextChains, setCompanyChain } from './chain-picks.repository.ts';
import { chainsPolicy } from './chains.policy.ts';
import {
  bumpChainVersion,
  type ChainValues,
  deleteSegment,
  deleteTarget,
  findChainById,
  findGroupById,
  findSegmentById,
  findSegmentLineage,
  findTargetById,
  findTargets,
  type GroupValues,
  insertChain,
  insertGroup,
  insertSegment,
  insertTarget,
  lockSegmentUses,
  replaceDesignations,
  type SegmentUses,
  type SegmentValues,
  type TargetValues,
  updateChain,
  updateGroup,
  updateSegment,
  updateTarget,
} from './chains.repository.ts';

import { checkChainSegment, readScope } from './chains.service.ts';

const nameTaken = (what: 'group' | 'chain' | 'segment' | 'target', name: string) =>
  new AppError('DUPLICATE', { name }, msg('chain.nameTaken', { name, what: msg(`chain.what.${what}`) }));

const conflict = (version: number | undefined) => new AppError('CONFLICT_VERSION', { current: { version } });

/** Runs a write that may hit a unique name, as a savepoint so the transaction survives the refusal. */
async function unique<T>(
  tx: Tx,
  what: 'group' | 'chain' | 'segment' | 'target',
  name: string,
  write: (sp: Tx) => Promise<T>,
) {
  try {
    return await tx.transaction(write);
  } catch (e) {
    if (isUniqueViolation(e)) throw nameTaken(what, name);
    throw e;
  }
}

/**
 * A chain and segment as given on a lead, filing, project or company: both must exist and the
 * segment be of the chain (a segment alone brings its chain). Null when neither is given.
 */
export type GroupBody = { name: string; nameEn?: string | null; kind: ChainGroupKind; sortOrder?: number };

const groupValues = (b: GroupBody): GroupValues => ({
  name: b.name.trim(),
  nameEn: b.nameEn?.trim() || null,
  kind: b.kind,
  sortOrder: b.sortOrder ?? 0,
});

export async function createGroup(database: Database, ctx: RequestContext, body: GroupBody) {
  const actor = requireActor(ctx);
  chainsPolicy.assert(actor, 'chain.manage');
  const v = groupValues(body);
  return database.db.transaction(async (tx) => {
    const id = await unique(tx, 'group', v.name, (sp) => insertGroup(sp, v));
    await recordAudit(tx, ctx, { action: 'chainGroup.create', entityType: 'chainGroup', entityId: id, after: v });
    return { id, version: 1 };
  });
}

export async function saveGroup(
  database: Database,
  ctx: RequestContext,
  id: number,
  body: GroupBody & { version: number },
) {
  const actor = requireActor(ctx);
  chainsPolicy.assert(actor, 'chain.manage');
  const before = await findGroupById(database.db, id);
  if (!before) throw new AppError('NOT_FOUND', { entity: 'chainGroup', id });
  const v = groupValues(body);
  return database.db.transaction(async (tx) => {
    if (!(await unique(tx, 'group', v.name, (sp) => updateGroup(sp, id, body.version, v))))
      throw conflict((await findGroupById(tx, id))?.version);
    await recordAudit(tx, ctx, {
      action: 'chainGroup.update',
      entityType: 'chainGroup',
      entityId: id,
      before,
      after: v,
    });
    return { id, version: body.version + 1 };
  });
}

export type ChainBody = {
  groupId: number;
  name: string;
  nameEn?: string | null;
  chiefExpert?: string | null;
  thinkTanks?: string[];
  sortOrder?: number;
};

async function chainValues(db: Tx, b: ChainBody): Promise<ChainValues> {
  if (!(await findGroupById(db, b.groupId)))
    throw new AppError('INVALID_REFERENCE', { field: 'groupId', id: b.groupId });
  return {
    groupId: b.groupId,
    name: b.name.trim(),
    nameEn: b.nameEn?.trim() || null,
    chiefExpert: b.chiefExpert?.trim() || null,
    thinkTanks: (b.thinkTanks ?? []).map((t) => t.trim()).filter(Boolean),
    sortOrder: b.sortOrder ?? 0,
  };
}

/** Adds a chain; leads and projects whose free-text chain names it get it. Audited. */
export async function createChain(database: Database, ctx: RequestContext, body: ChainBody) {
  const actor = requireActor(ctx);
  chainsPolicy.assert(actor, 'chain.manage');
  const v = await chainValues(database.db, body);
  return database.db.transaction(async (tx) => {
    const id = await unique(tx, 'chain', v.name, (sp) => insertChain(sp, v));
    const matched = await matchTextChains(tx);
    await recordAudit(tx, ctx, { action: 'chain.create', entityType: 'chain', entityId: id, after: { ...v, matched } });
    return { id, version: 1 };
  });
}

export async function saveChain(
  database: Database,
  ctx: RequestContext,
  id: number,
  body: ChainBody & { version: number },
) {
  const actor = requireActor(ctx);
  chainsPolicy.assert(actor, 'chain.manage');
  const before = await findChainById(database.db, id);
  if (!before) throw new AppError('CHAIN_UNKNOWN', { id });
  const v = await chainValues(database.db, body);
  return database.db.transaction(async (tx) => {
    if (!(await unique(tx, 'chain', v.name, (sp) => updateChain(sp, id, body.version, v))))
      throw conflict((await findChainById(tx, id))?.version);
    const matched = await matchTextChains(tx);
    await recordAudit(tx, ctx, {
      action: 'chain.update',
      entityType: 'chain',
      entityId: id,
      before,
      after: { ...v, matched },
    });
    return { id, version: body.version + 1 };
  });
}

/** Sets the units designated to host a chain (the chain's version guards it). */
export async function saveDesignations(
  database: Database,
  ctx: RequestContext,
  chainId: number,
  body: { unitIds: number[]; version: number },
) {
  const actor = requireActor(ctx);
  chainsPolicy.assert(actor, 'chain.manage');
  const before = await findChainById(database.db, chainId);
  if (!before) throw new AppError('CHAIN_UNKNOWN', { id: chainId });
  const unitIds = [...new Set(body.unitIds)];
  for (const u of unitIds)
    if (!(await findUnitById(database.db, u))) throw new AppError('INVALID_REFERENCE', { field: 'unitIds', id: u });
  return database.db.transaction(async (tx) => {
    if (!(await bumpChainVersion(tx, chainId, body.version)))
      throw conflict((await findChainById(tx, chainId))?.version);
    await replaceDesignations(tx, chainId, unitIds, actor.userId);
    await recordAudit(tx, ctx, {
      action: 'chain.designate',
      entityType: 'chain',
      entityId: chainId,
      before: { unitIds: before.designated_unit_ids },
      after: { unitIds },
    });
    return { id: chainId, version: body.version + 1 };
  });
}

export type SegmentBody = {
  chainId: number;
  name: string;
  stream: ChainStream;
  parentId?: number | null;
  responsibleUnitId?: number | null;
  sortOrder?: number;
};

/** A segment's values, checked: the chain exists, the parent is a segment of the same chain and no cycle forms. */
async function segmentValues(db: Tx, b: SegmentBody, selfId?: number): Promise<SegmentValues> {
  if (!(await findChainById(db, b.chainId))) throw new AppError('CHAIN_UNKNOWN', { field: 'chainId', id: b.chainId });
  if (b.parentId) {
    const parent = await findSegmentById(db, b.parentId);
    if (!parent) throw new AppError('SEGMENT_UNKNOWN', { field: 'parentId', id: b.parentId });
    if (parent.chain_id !== b.chainId)
      throw new AppError('SEGMENT_WRONG_CHAIN', {
        chainId: b.chainId,
        segmentId: b.parentId,
        segmentChainId: parent.chain_id,
      });
    if (selfId && (await findSegmentLineage(db, b.parentId)).includes(selfId))
      throw new AppError('SEGMENT_CYCLE', { segmentId: selfId, parentId: b.parentId });
  }
  if (b.responsibleUnitId && !(await findUnitById(db, b.responsibleUnitId)))
    throw new AppError('INVALID_REFERENCE', { field: 'responsibleUnitId', id: b.responsibleUnitId });
  return {
    chainId: b.chainId,
    name: b.name.trim(),
    stream: b.stream,
    parentId: b.parentId ?? null,
    responsibleUnitId: b.responsibleUnitId ?? null,
    sortOrder: b.sortOrder ?? 0,
  };
}

export async function createSegment(database: Database, ctx: RequestContext, body: SegmentBody) {
  const actor = requireActor(ctx);
  chainsPolicy.assert(actor, 'chain.manage');
  const v = await segmentValues(database.db, body);
  return database.db.transaction(async (tx) => {
    const id = await unique(tx, 'segment', v.name, (sp) => insertSegment(sp, v));
    await recordAudit(tx, ctx, { action: 'chainSegment.create', entityType: 'chainSegment', entityId: id, after: v });
    return { id, version: 1 };
  });
}

/** Saves a segment. Moving it to another chain is refused once records sit on it (their chain would lie). */
export async function saveSegment(
  database: Database,
  ctx: RequestContext,
  id: number,
  body: SegmentBody & { version: number },
) {
  const actor = requireActor(ctx);
  chainsPolicy.assert(actor, 'chain.manage');
  const before = await findSegmentById(database.db, id);
  if (!before) throw new AppError('SEGMENT_UNKNOWN', { id });
  if (before.chain_id !== body.chainId)
    throw new AppError('SEGMENT_WRONG_CHAIN', {
      chainId: body.chainId,
      segmentId: id,
      segmentChainId: before.chain_id,
    });
  const v = await segmentValues(database.db, body, id);
  return database.db.transaction(async (tx) => {
    if (!(await unique(tx, 'segment', v.name, (sp) => updateSegment(sp, id, body.version, v))))
      throw conflict((await findSegmentById(tx, id))?.version);
    await recordAudit(tx, ctx, {
      action: 'chainSegment.update',
      entityType: 'chainSegment',
      entityId: id,
      before,
      after: v,
    });
    return { id, version: body.version + 1 };
  });
}

const SEGMENT_USES = [
  'leads',
  'filings',
  'projects',
  'companies',
  'targets',
  'children',
] as const satisfies readonly (keyof SegmentUses)[];

/**
 * Deletes a segment nothing uses. One still used (by leads, filings, projects, companies,
 * targets or segments under it) is refused with 409 SEGMENT_IN_USE, saying how many of what.
 */
export async function removeSegment(database: Database, ctx: RequestContext, id: number, version: number) {
  const actor = requireActor(ctx);
  chainsPolicy.assert(actor, 'chain.manage');
  const before = await findSegmentById(database.db, id);
  if (!before) throw new AppError('NOT_FOUND', { entity: 'chainSegment', id });
  await database.db.transaction(async (tx) => {
    const locked = await lockSegmentUses(tx, id);
    if (!locked) throw new AppError('NOT_FOUND', { entity: 'chainSegment', id });
    if (locked.version !== version) throw conflict(locked.version);
    const used = SEGMENT_USES.filter((k) => locked.uses[k] > 0);
    if (used.length)
      throw new AppError(
        'SEGMENT_IN_USE',
        { segmentId: id, uses: locked.uses },
        msg('chain.segmentInUse', {
          name: before.name,
          uses: used.map((k) => msg(`chain.use.${k}`, { count: locked.uses[k] })),
        }),
      );
    await deleteSegment(tx, id);
    await recordAudit(tx, ctx, { action: 'chainSegment.delete', entityType: 'chainSegment', entityId: id, before });
  });
}

export type TargetBody = {
  segmentId: number;
  name: string;
  uscc?: string | null;
  tags?: string[];
  notes?: string | null;
};

async function targetValues(db: Tx, b: TargetBody): Promise<TargetValues> {
  if (!(await findSegmentById(db, b.segmentId)))
    throw new AppError('SEGMENT_UNKNOWN', { field: 'segmentId', id: b.segmentId });
  const tags = [...new Set(b.tags ?? [])];
  for (const t of tags)
    if (!(TARGET_TAGS as readonly string[]).includes(t))
      throw new AppError('VALIDATION_FAILED', {
        issues: [{ path: 'tags', message: msg('chain.tagUnknown', { value: t }) }],
      });
  return {
    segmentId: b.segmentId,
    name: b.name.trim(),
    uscc: b.uscc?.trim() || null,
    tags,
    notes: b.notes?.trim() || null,
  };
}

export async function listTargets(database: Database, ctx: RequestContext, segmentId: number) {
  readScope(requireActor(ctx));
  if (!(await findSegmentById(database.db, segmentId))) throw new AppError('SEGMENT_UNKNOWN', { id: segmentId });
  return (await findTargets(database.db, segmentId)).map((t) => ({
    id: t.id,
    segmentId: t.segment_id,
    name: t.name,
    uscc: t.uscc,
    tags: t.tags,
    notes: t.notes,
    version: t.version,
  }));
}

export async function createTarget(database: Database, ctx: RequestContext, body: TargetBody) {
  const actor = requireActor(ctx);
  chainsPolicy.assert(actor, 'chain.manage');
  const v = await targetValues(database.db, body);
  return database.db.transaction(async (tx) => {
    const id = await unique(tx, 'target', v.name, (sp) => insertTarget(sp, v));
    await recordAudit(tx, ctx, { action: 'chainTarget.create', entityType: 'chainTarget', entityId: id, after: v });
    return { id, version: 1 };
  });
}

export async function saveTarget(
  database: Database,
  ctx: RequestContext,
  id: number,
  body: TargetBody & { version: number },
) {
  const actor = requireActor(ctx);
  chainsPolicy.assert(actor, 'chain.manage');
  const before = await findTargetById(database.db, id);
  if (!before) throw new AppError('NOT_FOUND', { entity: 'chainTarget', id });
  const v = await targetValues(database.db, body);
  return database.db.transaction(async (tx) => {
    if (!(await unique(tx, 'target', v.name, (sp) => updateTarget(sp, id, body.version, v))))
      throw conflict((await findTargetById(tx, id))?.version);
    await recordAudit(tx, ctx, {
      action: 'chainTarget.update',
      entityType: 'chainTarget',
      entityId: id,
      before,
      after: v,
    });
    return { id, version: body.version + 1 };
  });
}

export async function removeTarget(database: Database, ctx: RequestContext, id: number, version: number) {
  const actor = requireActor(ctx);
  chainsPolicy.assert(actor, 'chain.manage');
  const before = await findTargetById(database.db, id);
  if (!before) throw new AppError('NOT_FOUND', { entity: 'chainTarget', id });
  await database.db.transaction(async (tx) => {
    if (!(await deleteTarget(tx, id, version))) throw conflict((await findTargetById(tx, id))?.version);
    await recordAudit(tx, ctx, { action: 'chainTarget.delete', entityType: 'chainTarget', entityId: id, before });
  });
}

/** Places a registry company on a chain segment (or takes it off with nulls). Audited; version → 409. */
export async function placeCompany(
  database: Database,
  ctx: RequestContext,
  companyId: number,
  body: { chainId: number | null; segmentId: number | null; version: number },
) {
  const actor = requireActor(ctx);
  chainsPolicy.assert(actor, 'chain.placeCompany');
  const before = await findCompanyChain(database.db, companyId);
  if (!before) throw new AppError('NOT_FOUND', { entity: 'company', id: companyId });
  const placed = await checkChainSegment(database.db, body.chainId, body.segmentId);
  return database.db.transaction(async (tx) => {
    if (!(await setCompanyChain(tx, companyId, body.version, placed.chainId, placed.segmentId)))
      throw conflict((await findCompanyChain(tx, companyId))?.version);
    await recordAudit(tx, ctx, {
      action: 'company.placeOnChain',
      entityType: 'company',
      entityId: companyId,
      before: { chainId: before.chain_id, segmentId: before.segment_id },
      after: placed,
    });
    return { id: companyId, version: body.version + 1 };
  });
}
