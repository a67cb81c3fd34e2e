import {
  addDays,
  bilingual,
  type ChainGap,
  type ChainGroupKind,
  type ChainStream,
  chainGapOf,
  type HostReason,
  roleMay,
  shanghaiDate,
  yuanToWan,
} from '@zhaoshang/shared';
import type { Database, Tx } from '../../db/client.ts';
import { type Actor, type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import {
  type CountRow,
  findCounts,
  findSegmentCompanies,
  findSegmentFilings,
  findSegmentLeads,
  findSegmentProjects,
  findSegmentTargets,
  type Scope,
} from './chain-map.repository.ts';
import { findHostCandidates, findUnmatchedChains, isDesignated } from './chain-picks.repository.ts';
import { chainsPolicy } from './chains.policy.ts';
import { findChainById, findChains, findGroups, findSegmentById, findSegments } from './chains.repository.ts';

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

export function readScope(actor: Actor | null) {
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
