import {
  addDays,
  bilingual,
  type ChainGap,
  type ChainGroupKind,
  type ChainStream,
  chainGapOf,
  type HostReason,
  msg,
  roleMay,
  shanghaiDate,
  TARGET_TAGS,
  yuanToWan,
} from '@zhaoshang/shared';
import { type Database, isUniqueViolation, type Tx } from '../../db/client.ts';
import { type Actor, type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findUnitById } from '../org/units.repository.ts';
import { chainsPolicy } from './chains.policy.ts';
import {
  bumpChainVersion,
  type ChainValues,
  type CountRow,
  deleteTarget,
  findChainById,
  findChains,
  findCompanyChain,
  findCounts,
  findGroupById,
  findGroups,
  findHostCandidates,
  findSegmentById,
  findSegmentCompanies,
  findSegmentFilings,
  findSegmentLeads,
  findSegmentLineage,
  findSegmentProjects,
  findSegments,
  findSegmentTargets,
  findTargetById,
  findTargets,
  findUnmatchedChains,
  type GroupValues,
  insertChain,
  insertGroup,
  insertSegment,
  insertTarget,
  isDesignated,
  matchTextChains,
  replaceDesignations,
  type Scope,
  type SegmentValues,
  setCompanyChain,
  type TargetValues,
  updateChain,
  updateGroup,
  updateSegment,
  updateTarget,
} from './chains.repository.ts';

const nameTaken = (what: 'group' | 'chain' | 'segment' | 'target', name: string) =>
  new AppError('DUPLICATE', { name }, msg('chain.nameTaken', { name, what: bilingual(`chain.what.${what}`).zh }));

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
export async function checkChainSegment(
  db: Tx,
  chainId: number | null | undefined,
  segmentId: number | null | undefined,
): Promise<{ chainId: number | null; segmentId: number | null }> {
  if (segmentId) {
    const segment = await findSegmentById(db, segmentId);
    if (!segment) throw new AppError('SEGMENT_UNKNOWN', { field: 'segmentId', id: segmentId });
    if (chainId && segment.chain_id !== chainId) {
      if (!(await findChainById(db, chainId))) throw new AppError('CHAIN_UNKNOWN', { field: 'chainId', id: chainId });
      throw new AppError('SEGMENT_WRONG_CHAIN', { chainId, segmentId, segmentChainId: segment.chain_id });
    }
    return { chainId: segment.chain_id, segmentId };
  }
  if (chainId) {
    if (!(await findChainById(db, chainId))) throw new AppError('CHAIN_UNKNOWN', { field: 'chainId', id: chainId });
    return { chainId, segmentId: null };
  }
  return { chainId: null, segmentId: null };
}

/**
 * "Fits the industry positioning": what the host unit's designated chains say, unless the
 * user says otherwise with a reason (400 FITS_REASON_REQUIRED without one).
 */
export async function fitsPositioningOf(
  db: Tx,
  hostUnitId: number,
  chainId: number | null,
  claimed?: { fits?: boolean | null; reason?: string | null },
): Promise<{ fits: boolean; reason: string | null; derived: boolean }> {
  const derived = chainId ? await isDesignated(db, hostUnitId, chainId) : false;
  const reason = claimed?.reason?.trim() || null;
  if (claimed?.fits === undefined || claimed.fits === null || claimed.fits === derived)
    return { fits: derived, reason: null, derived };
  if (!reason) throw new AppError('FITS_REASON_REQUIRED', { derived, claimed: claimed.fits });
  return { fits: claimed.fits, reason, derived };
}

const presentNumbers = (c: CountRow | undefined) => {
  const byStage = Object.fromEntries(
    Object.entries(c?.by_stage ?? {}).map(([stage, v]) => [
      stage,
      { count: Number(v.n), amountWan: yuanToWan(BigInt(v.amountYuan)) },
    ]),
  );
  return {
    localCompanies: c?.companies ?? 0,
    targets: c?.targets ?? 0,
    openLeads: c?.open_leads ?? 0,
    activeFilings: c?.active_filings ?? 0,
    projects: c?.projects ?? 0,
    amountWan: yuanToWan(BigInt(c?.amount_yuan ?? '0')),
    projectsByStage: byStage,
    recentSigned: c?.recent_signed ?? 0,
  };
};

const segmentNumbers = (c: CountRow | undefined) => {
  const numbers = presentNumbers(c);
  return { ...numbers, gap: chainGapOf(numbers) as ChainGap | null };
};

const sum = (rows: CountRow[]): CountRow =>
  rows.reduce<CountRow>(
    (a, r) => {
      for (const [k, v] of Object.entries(r.by_stage)) {
        const s = a.by_stage[k] ?? { n: 0, amountYuan: '0' };
        a.by_stage[k] = { n: s.n + Number(v.n), amountYuan: String(BigInt(s.amountYuan) + BigInt(v.amountYuan)) };
      }
      a.companies += r.companies;
      a.targets += r.targets;
      a.open_leads += r.open_leads;
      a.active_filings += r.active_filings;
      a.projects += r.projects;
      a.amount_yuan = String(BigInt(a.amount_yuan) + BigInt(r.amount_yuan));
      a.recent_signed += r.recent_signed;
      return a;
    },
    {
      chain_id: 0,
      segment_id: 0,
      companies: 0,
      targets: 0,
      open_leads: 0,
      active_filings: 0,
      projects: 0,
      amount_yuan: '0',
      by_stage: {},
      recent_signed: 0,
    },
  );

/** Two years back from today (Asia/Shanghai): a segment with no signing since is weak. */
const weakSince = (today = shanghaiDate()) => addDays(today, -730);

function readScope(actor: Actor | null) {
  if (actor) chainsPolicy.assert(actor, 'chain.read');
}

/** The whole map: groups → chains → segments, each segment with its live numbers and gap. */
export async function getChainMap(database: Database, ctx: RequestContext) {
  readScope(ctx.actor);
  const [groups, chains, segments, counts] = await Promise.all([
    findGroups(database.db),
    findChains(database.db),
    findSegments(database.db),
    findCounts(database.db, weakSince()),
  ]);
  const countOf = new Map(counts.map((c) => [`${c.chain_id}:${c.segment_id}`, c]));
  return {
    groups: groups.map((g) => ({
      id: g.id,
      name: g.name,
      nameEn: g.name_en,
      kind: g.kind as ChainGroupKind,
      sortOrder: g.sort_order,
      version: g.version,
      chains: chains
        .filter((c) => c.group_id === g.id)
        .map((c) => {
          const own = counts.filter((n) => n.chain_id === c.id);
          return {
            id: c.id,
            name: c.name,
            nameEn: c.name_en,
            chiefExpert: c.chief_expert,
            thinkTanks: c.think_tanks,
            sortOrder: c.sort_order,
            designatedUnitIds: c.designated_unit_ids,
            version: c.version,
            numbers: presentNumbers(sum(own)),
            unplaced: presentNumbers(countOf.get(`${c.id}:0`)),
            segments: segments
              .filter((s) => s.chain_id === c.id)
              .map((s) => ({
                id: s.id,
                name: s.name,
                stream: s.stream as ChainStream,
                parentId: s.parent_id,
                responsibleUnit: s.responsible_unit_id
                  ? { id: s.responsible_unit_id, name: s.responsible_unit_name! }
                  : null,
                sortOrder: s.sort_order,
                version: s.version,
                numbers: segmentNumbers(countOf.get(`${c.id}:${s.id}`)),
              })),
          };
        }),
    })),
  };
}

/** Every segment with its numbers and gap, in map order (the `chain gaps` command prints it). */
export async function listChainGaps(database: Database, ctx: RequestContext, onlyGaps = false) {
  const map = await getChainMap(database, ctx);
  const rows = map.groups.flatMap((g) =>
    g.chains.flatMap((c) =>
      c.segments.map((s) => ({
        chainId: c.id,
        chain: c.name,
        segmentId: s.id,
        segment: s.name,
        stream: s.stream,
        localCompanies: s.numbers.localCompanies,
        targets: s.numbers.targets,
        openLeads: s.numbers.openLeads,
        activeFilings: s.numbers.activeFilings,
        projects: s.numbers.projects,
        gap: s.numbers.gap,
      })),
    ),
  );
  return onlyGaps ? rows.filter((r) => r.gap) : rows;
}

export const DRILL_KINDS = ['companies', 'targets', 'leads', 'filings', 'projects'] as const;
export type DrillKind = (typeof DRILL_KINDS)[number];

/**
 * The records behind one number of the map. Firms and targets are city-wide; leads, filings
 * and projects are those the asker may see (the office and leaders every unit's, a unit its own).
 */
export async function drillDown(
  database: Database,
  ctx: RequestContext,
  q: { chainId: number; segmentId?: number; kind: DrillKind; stage?: string; page: number; pageSize: number },
) {
  const actor = requireActor(ctx);
  chainsPolicy.assert(actor, 'chain.read');
  const { chainId, segmentId } = await checkChainSegment(database.db, q.chainId, q.segmentId);
  const page = { limit: q.pageSize, offset: (q.page - 1) * q.pageSize };
  const scope: Scope = actor.role === 'office' || actor.role === 'leader' ? null : { unitId: actor.unitId };
  const db = database.db;
  const chain = chainId!;
  switch (q.kind) {
    case 'companies': {
      const r = await findSegmentCompanies(db, chain, segmentId, page);
      return { total: r.total, items: r.items.map((c) => ({ id: c.id, title: c.name, detail: c.uscc ?? '' })) };
    }
    case 'targets': {
      const r = await findSegmentTargets(db, chain, segmentId, page);
      return { total: r.total, items: r.items.map((t) => ({ id: t.id, title: t.name, detail: t.tags.join('、') })) };
    }
    case 'leads': {
      const r = await findSegmentLeads(db, chain, segmentId, scope, page);
      return {
        total: r.total,
        items: r.items.map((l) => ({ id: l.id, title: l.company_name, detail: `${l.unit_name} ${l.reported_on}` })),
      };
    }
    case 'filings': {
      const r = await findSegmentFilings(db, chain, segmentId, scope, page);
      return {
        total: r.total,
        items: r.items.map((f) => ({
          id: f.id,
          title: f.company_name,
          detail: `${f.unit_name} ${f.starts_on}–${f.expires_on}`,
        })),
      };
    }
    case 'projects': {
      // 50000万元 in Chinese, 50000 10,000 yuan in English.
      const wanText = (yuan: string) =>
        `${yuanToWan(BigInt(yuan))}${ctx.lang === 'zh' ? '' : ' '}${bilingual('label.amountUnit.wan')[ctx.lang]}`;
      const r = await findSegmentProjects(db, chain, segmentId, q.stage, scope, page);
      return {
        total: r.total,
        items: r.items.map((p) => ({
          id: p.id,
          title: p.name,
          detail: `${p.host_unit_name} ${wanText(p.agreed_yuan)} ${p.signed_on ?? ''}`.trim(),
        })),
      };
    }
  }
}

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

const REASON_WEIGHT: Record<HostReason, number> = { designated: 100, responsible: 40, segmentFirms: 10, chainFirms: 3 };

/**
 * The units a project of this chain (and segment) should land in (适当地域), best first: designated
 * for the chain, already hosting projects of the segment or chain, responsible for the segment.
 */
export async function recommendHosts(
  database: Database,
  ctx: RequestContext,
  q: { chainId: number; segmentId?: number | null },
) {
  if (ctx.actor) chainsPolicy.assert(ctx.actor, 'chain.read');
  const { chainId, segmentId } = await checkChainSegment(database.db, q.chainId, q.segmentId);
  const rows = await findHostCandidates(database.db, chainId!, segmentId);
  const ranked = rows
    .map((r) => {
      const reasons: { code: HostReason; count?: number; text: string }[] = [];
      const lang = ctx.lang;
      const say = (code: HostReason, count?: number) =>
        reasons.push({
          code,
          ...(count === undefined ? {} : { count }),
          text: bilingual(`label.hostReason.${code}`, { count: count ?? 0 })[lang],
        });
      if (r.designated) say('designated');
      if (r.responsible) say('responsible');
      if (r.segment_projects > 0) say('segmentFirms', r.segment_projects);
      if (r.chain_projects > 0) say('chainFirms', r.chain_projects);
      const score =
        (r.designated ? REASON_WEIGHT.designated : 0) +
        (r.responsible ? REASON_WEIGHT.responsible : 0) +
        Math.min(r.segment_projects, 10) * REASON_WEIGHT.segmentFirms +
        Math.min(r.chain_projects, 10) * REASON_WEIGHT.chainFirms;
      return { unitId: r.unit_id, unitName: r.unit_name, score, recommended: r.designated || r.responsible, reasons };
    })
    .sort((a, b) => b.score - a.score || a.unitId - b.unitId);
  return { chainId: chainId!, segmentId, items: ranked };
}

/** The free-text chains of leads and projects that name no chain of the map (for the office to fix). */
export async function listUnmatchedChains(database: Database, ctx: RequestContext) {
  if (ctx.actor) chainsPolicy.assert(ctx.actor, 'chain.manage');
  return findUnmatchedChains(database.db);
}

/** The segments of a chain (or every one), for pickers. */
export async function listSegments(database: Database, ctx: RequestContext, chainId?: number) {
  readScope(requireActor(ctx));
  return (await findSegments(database.db, chainId)).map((s) => ({
    id: s.id,
    chainId: s.chain_id,
    name: s.name,
    stream: s.stream as ChainStream,
    parentId: s.parent_id,
  }));
}

export const canManageChains = (actor: Actor) => roleMay(actor.role, 'chain.manage');
