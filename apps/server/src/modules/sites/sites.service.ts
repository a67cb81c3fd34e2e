import {
  formatMoney,
  type Lang,
  MATCH_CRITERIA,
  MATCH_WEIGHTS,
  type MatchCriterion,
  type Message,
  mayOn,
  msg,
  quarterName,
  quarterStart,
  renderMessage,
  roleMay,
  SITE_KINDS,
  SITE_STATUSES,
  SITE_USES,
  type SiteKind,
  type SiteStatus,
  type SiteUse,
  shanghaiDate,
  translate,
  yuanToWan,
} from '@zhaoshang/shared';
import { type Database, isUniqueViolation, type Tx } from '../../db/client.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { type ExportColumn, writeTable } from '../../spreadsheet/write-table.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { quantityOf, trim, wanOf } from '../catalogue/catalogue.service.ts';
import { findChainById } from '../chains/chains.repository.ts';
import { checkChainSegment } from '../chains/chains.service.ts';
import { findUnitById } from '../org/units.repository.ts';
import { canConfirmSite, canManageSite, sitesPolicy } from './sites.policy.ts';
import {
  confirmSite as confirmSiteRow,
  findLeadNeeds,
  findProjectNeeds,
  findSiteById,
  findSites,
  findStaleCounts,
  insertSite,
  matchSites,
  type Needs,
  type SiteFilter,
  type SiteRow,
  type SiteSort,
  type SiteValues,
  updateSite,
} from './sites.repository.ts';

type Amount = string | number | null | undefined;
type Issue = { path: string; message: Message };
const invalid = (issues: Issue[]) => new AppError('VALIDATION_FAILED', { issues });

export type SiteBody = {
  kind: SiteKind;
  name: string;
  zone?: string | null;
  ownerUnitId: number;
  use: SiteUse;
  areaMu?: Amount;
  floorAreaM2?: Amount;
  priceWanPerMu?: Amount;
  powerKva?: Amount;
  chain?: string | null;
  chainId?: number | null;
  segmentId?: number | null;
  status?: SiteStatus;
  notes?: string | null;
};

/** A whole non-negative number (kVA), or an issue. */
export function wholeOf(raw: Amount, path: string, issues: Issue[]): number | null {
  if (raw === null || raw === undefined || String(raw).trim() === '') return null;
  const s = String(raw).trim();
  if (!/^\d{1,9}$/.test(s)) {
    issues.push({ path, message: msg('site.numberInvalid', { value: s }) });
    return null;
  }
  return Number(s);
}

const blank = (s: string | null | undefined) => s?.trim() || null;

/** A site's values from a body or an import row: exact numbers, and the area its kind needs. Issues collected. */
export function siteValuesOf(body: SiteBody, issues: Issue[], path = (f: string) => f): SiteValues {
  const areaMu = quantityOf(body.areaMu, path('areaMu'), issues);
  const floorAreaM2 = quantityOf(body.floorAreaM2, path('floorAreaM2'), issues);
  const priceWanPerMu = wanOf(body.priceWanPerMu, path('priceWanPerMu'), issues);
  const powerKva = wholeOf(body.powerKva, path('powerKva'), issues);
  const areaGiven =
    body.kind === 'parcel'
      ? body.areaMu != null && String(body.areaMu).trim() !== ''
      : [body.areaMu, body.floorAreaM2].some((a) => a != null && String(a).trim() !== '');
  if (!areaGiven) issues.push({ path: path('areaMu'), message: msg('site.areaRequired') });
  return {
    kind: body.kind,
    name: body.name.trim(),
    zone: blank(body.zone),
    ownerUnitId: body.ownerUnitId,
    use: body.use,
    areaMu,
    floorAreaM2,
    priceWanPerMu,
    powerKva,
    chain: blank(body.chain),
    chainId: null,
    segmentId: null,
    status: body.status ?? 'available',
    notes: blank(body.notes),
  };
}

async function checkedValues(database: Database, actor: { role: string; unitId: number }, body: SiteBody) {
  const issues: Issue[] = [];
  const values = siteValuesOf(body, issues);
  if (!canManageSite(actor as never, body.ownerUnitId))
    issues.push({ path: 'ownerUnitId', message: msg('site.ownerNotOwn') });
  if (issues.length) throw invalid(issues);
  if (!(await findUnitById(database.db, body.ownerUnitId)))
    throw new AppError('INVALID_REFERENCE', { field: 'ownerUnitId', id: body.ownerUnitId });
  const picked = await checkChainSegment(database.db, body.chainId, body.segmentId);
  // A chain picked from the map names the site's chain; a typed name alone is attached by the trigger.
  const chain = picked.chainId
    ? ((await findChainById(database.db, picked.chainId))?.name ?? values.chain)
    : values.chain;
  return { ...values, ...picked, chain };
}

const nameTaken = (name: string) => new AppError('DUPLICATE', { name }, msg('site.nameTaken', { name }));

export function presentSite(r: SiteRow, actor: { role: string; unitId: number } | null) {
  const t = (s: string | null) => (s === null ? null : trim(s));
  return {
    id: r.id,
    kind: r.kind as SiteKind,
    name: r.name,
    zone: r.zone,
    ownerUnit: { id: r.owner_unit_id, name: r.owner_unit_name },
    use: r.use as SiteUse,
    areaMu: t(r.area_mu),
    floorAreaM2: t(r.floor_area_m2),
    priceWanPerMu: t(r.price_wan_per_mu),
    powerKva: r.power_kva,
    chain: r.chain,
    chainId: r.chain_id,
    segmentId: r.segment_id,
    status: r.status as SiteStatus,
    notes: r.notes,
    confirmedOn: r.confirmed_on,
    stale: r.stale,
    canEdit: actor ? canManageSite(actor as never, r.owner_unit_id) : false,
    canConfirm: actor ? canConfirmSite(actor as never, r.owner_unit_id) : false,
    version: r.version,
  };
}

/** Records a site inside a transaction (the importer's and the service's one way in). Audited. */
export async function insertSiteIn(tx: Tx, ctx: RequestContext, values: SiteValues) {
  let id: number;
  try {
    id = await tx.transaction((sp) => insertSite(sp, values));
  } catch (e) {
    if (isUniqueViolation(e)) throw nameTaken(values.name);
    throw e;
  }
  await recordAudit(tx, ctx, { action: 'site.create', entityType: 'site', entityId: id, after: values });
  return id;
}

export async function createSite(database: Database, ctx: RequestContext, body: SiteBody) {
  const actor = requireActor(ctx);
  sitesPolicy.assert(actor, 'site.manage');
  const values = await checkedValues(database, actor, body);
  return database.db.transaction(async (tx) => ({ id: await insertSiteIn(tx, ctx, values) }));
}

export async function saveSite(
  database: Database,
  ctx: RequestContext,
  id: number,
  body: SiteBody & { version: number },
) {
  const actor = requireActor(ctx);
  sitesPolicy.assert(actor, 'site.manage');
  const qs = quarterStart(shanghaiDate());
  const before = await findSiteById(database.db, id, qs);
  if (!before) throw new AppError('NOT_FOUND', { entity: 'site', id });
  if (!canManageSite(actor, before.owner_unit_id)) throw new AppError('FORBIDDEN', { permission: 'site.manage' });
  const values = await checkedValues(database, actor, body);
  return database.db.transaction(async (tx) => {
    let saved: boolean;
    try {
      saved = await tx.transaction((sp) => updateSite(sp, id, body.version, values));
    } catch (e) {
      if (isUniqueViolation(e)) throw nameTaken(values.name);
      throw e;
    }
    if (!saved) {
      const current = await findSiteById(tx, id, qs);
      throw new AppError('CONFLICT_VERSION', { current: { version: current?.version } });
    }
    await recordAudit(tx, ctx, {
      action: 'site.update',
      entityType: 'site',
      entityId: id,
      before: presentSite(before, null),
      after: values,
    });
    return { id, version: body.version + 1 };
  });
}

/**
 * The owner unit confirms its site is current (this quarter). Only the owner may: another
 * unit, the office included, is refused with the owner's name. A stale version is 409.
 */
export async function confirmSite(database: Database, ctx: RequestContext, id: number, version: number) {
  const actor = requireActor(ctx);
  sitesPolicy.assert(actor, 'site.confirm');
  const today = shanghaiDate();
  return database.db.transaction(async (tx) => {
    const site = await findSiteById(tx, id, quarterStart(today), { forUpdate: true });
    if (!site) throw new AppError('NOT_FOUND', { entity: 'site', id });
    if (!canConfirmSite(actor, site.owner_unit_id))
      throw new AppError(
        'FORBIDDEN',
        { permission: 'site.confirm', ownerUnitId: site.owner_unit_id },
        msg('site.confirmOwnOnly', { unit: site.owner_unit_name }),
      );
    if (!(await confirmSiteRow(tx, id, version, today, actor.userId)))
      throw new AppError('CONFLICT_VERSION', { current: { version: site.version } });
    await recordAudit(tx, ctx, {
      action: 'site.confirm',
      entityType: 'site',
      entityId: id,
      before: { confirmedOn: site.confirmed_on },
      after: { confirmedOn: today },
    });
    return { id, version: version + 1, confirmedOn: today };
  });
}

export async function listSites(
  database: Database,
  ctx: RequestContext,
  f: SiteFilter,
  sort: { by: SiteSort; desc: boolean },
  page: number,
  pageSize: number,
) {
  // The command line (no actor) reads every site, as the system.
  const actor = ctx.actor;
  if (actor) sitesPolicy.assert(actor, 'site.read');
  const qs = quarterStart(shanghaiDate());
  const { items, total } = await findSites(database.db, f, qs, sort, {
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  return { items: items.map((r) => presentSite(r, actor)), total };
}

/**
 * Per owner unit, its sites and the stale ones (not confirmed this quarter): the figure the
 * office chases and the assessment can read.
 */
export async function staleCounts(database: Database, ctx: RequestContext) {
  sitesPolicy.assert(requireActor(ctx), 'site.read');
  const today = shanghaiDate();
  const rows = await findStaleCounts(database.db, quarterStart(today));
  return {
    quarter: quarterName(today),
    since: quarterStart(today),
    units: rows.map((r) => ({ unit: { id: r.unit_id, name: r.unit_name }, total: r.total, stale: r.stale })),
  };
}

// Matching

export type MatchBody = {
  areaMu?: Amount;
  powerKva?: Amount;
  chain?: string | null;
  chainId?: number | null;
  budgetWan?: Amount;
  kind?: SiteKind;
  use?: SiteUse;
  leadId?: number;
  projectId?: number;
  limit?: number;
};

/** A decimal string as an integer count of 10^-dp (exact). */
function scaled(s: string, dp: number): bigint {
  const [i, f = ''] = s.split('.') as [string, string?];
  return BigInt(i + f.padEnd(dp, '0').slice(0, dp));
}
const plain = (n: number) => String(Math.round(n * 100) / 100);
const round2 = (n: number) => Math.round(n * 100) / 100;

type Reason = { criterion: MatchCriterion; fit: 'fits' | 'short' | 'unknown'; score: number; text: string };

/** The reasons a site fits or not, criterion by criterion, from its exact values. */
function reasonsOf(
  lang: Lang,
  r: SiteRow,
  n: Needs & { areaText: string | null; budgetText: string | null },
): Reason[] {
  const out: Reason[] = [];
  const say = (m: Message) => renderMessage(lang, m);
  const area = r.area_mu !== null ? Number(r.area_mu) : Number(r.floor_area_m2) * 0.0015;
  if (n.areaMu !== null) {
    const fits = area >= n.areaMu;
    out.push({
      criterion: 'area',
      fit: fits ? 'fits' : 'short',
      score: round2(fits ? 1 - (0.5 * (area - n.areaMu)) / (area || 1) : (0.4 * area) / n.areaMu),
      text: say(
        fits
          ? msg('match.area.fits', { offer: plain(area), need: n.areaText!, spare: plain(area - n.areaMu) })
          : msg('match.area.short', { offer: plain(area), need: n.areaText!, gap: plain(n.areaMu - area) }),
      ),
    });
  }
  if (n.powerKva !== null) {
    const p = r.power_kva;
    out.push(
      p === null
        ? { criterion: 'power', fit: 'unknown', score: 0, text: say(msg('match.power.unknown')) }
        : p >= n.powerKva
          ? {
              criterion: 'power',
              fit: 'fits',
              score: 1,
              text: say(msg('match.power.fits', { offer: p, need: n.powerKva })),
            }
          : {
              criterion: 'power',
              fit: 'short',
              score: round2((0.4 * p) / n.powerKva),
              text: say(msg('match.power.short', { offer: p, need: n.powerKva, gap: n.powerKva - p })),
            },
    );
  }
  if (n.chain !== null) {
    const c = r.chain;
    const need = n.chain;
    const byName = c !== null && (c.includes(need) || need.includes(c));
    // Asked by the map's chain: the site's own chain id decides; a site with none falls back to its name.
    const fits = n.chainId !== null && r.chain_id !== null ? r.chain_id === n.chainId : byName;
    out.push(
      c === null
        ? { criterion: 'chain', fit: 'unknown', score: 0, text: say(msg('match.chain.unknown')) }
        : {
            criterion: 'chain',
            fit: fits ? 'fits' : 'short',
            score: fits ? 1 : 0,
            text: say(msg(fits ? 'match.chain.fits' : 'match.chain.other', { offer: c, need: n.chain })),
          },
    );
  }
  if (n.budgetWan !== null) {
    if (r.price_wan_per_mu === null) {
      out.push({ criterion: 'budget', fit: 'unknown', score: 0, text: say(msg('match.budget.unknown')) });
    } else {
      // Exact: price (万元/亩, 4 places) × area (亩, 2 places) in 10^-6 万元, rounded to the yuan.
      const areaText = n.areaText ?? (r.area_mu !== null ? trim(r.area_mu) : plain(area));
      const cost6 = scaled(trim(r.price_wan_per_mu), 4) * scaled(areaText, 2);
      const costYuan = (cost6 + 50n) / 100n;
      const budgetYuan = scaled(n.budgetText!, 4);
      const cost = yuanToWan(costYuan);
      const fits = costYuan <= budgetYuan;
      out.push({
        criterion: 'budget',
        fit: fits ? 'fits' : 'short',
        score: fits ? 1 : round2((0.4 * Number(budgetYuan)) / Number(costYuan)),
        text: say(
          fits
            ? msg('match.budget.fits', { offer: formatMoney(cost), need: formatMoney(n.budgetText!) })
            : msg('match.budget.over', {
                offer: formatMoney(cost),
                need: formatMoney(n.budgetText!),
                gap: formatMoney(yuanToWan(costYuan - budgetYuan)),
              }),
        ),
      });
    }
  }
  return out;
}

/**
 * The available sites ranked for a lead's or project's needs (area, power, chain, budget),
 * best first, each with the reasons: which criteria fit and by how much. Needs given in the
 * body win over what the lead or project says (its chain, its amount as the budget).
 */
export async function matchForNeeds(database: Database, ctx: RequestContext, body: MatchBody) {
  const actor = requireActor(ctx);
  sitesPolicy.assert(actor, 'site.read');
  const issues: Issue[] = [];
  let areaText = quantityOf(body.areaMu, 'areaMu', issues);
  let budgetText = wanOf(body.budgetWan, 'budgetWan', issues);
  const powerKva = wholeOf(body.powerKva, 'powerKva', issues);
  if (issues.length) throw invalid(issues);
  let chain = blank(body.chain);
  let chainId = body.chainId ?? null;
  if (chainId !== null) {
    const picked = await findChainById(database.db, chainId);
    if (!picked) throw new AppError('CHAIN_UNKNOWN', { field: 'chainId', id: chainId });
    chain ??= picked.name;
  }
  if (body.leadId) {
    const lead = await findLeadNeeds(database.db, body.leadId);
    if (!lead) throw new AppError('INVALID_REFERENCE', { field: 'leadId', id: body.leadId });
    if (
      !mayOn(actor, 'lead.readContents', {
        reportingUnitId: lead.reporting_unit_id,
        handlingUnitId: lead.handling_unit_id,
      })
    )
      throw new AppError('FORBIDDEN', { permission: 'lead.readContents' });
    if (chain === null) chainId = lead.chain_id;
    chain ??= lead.chain;
    budgetText ??= lead.estimated_amount_wan === null ? null : trim(lead.estimated_amount_wan);
  }
  if (body.projectId) {
    const project = await findProjectNeeds(database.db, body.projectId);
    if (!project) throw new AppError('INVALID_REFERENCE', { field: 'projectId', id: body.projectId });
    // As the project list scopes it: the office and leaders see every project, a unit its own.
    const sees =
      roleMay(actor.role, 'project.listAll') ||
      (roleMay(actor.role, 'project.list') &&
        (project.host_unit_id === actor.unitId || project.source_unit_ids.includes(actor.unitId)));
    if (!sees) throw new AppError('FORBIDDEN', { permission: 'project.list' });
    if (chain === null) chainId = project.chain_id;
    chain ??= project.chain;
    budgetText ??= project.agreed_yuan === '0' ? null : yuanToWan(BigInt(project.agreed_yuan));
  }
  if (areaText === null && powerKva === null && chain === null && budgetText === null)
    throw invalid([{ path: 'areaMu', message: msg('site.needsEmpty') }]);
  if (budgetText !== null) budgetText = trim(budgetText);
  const needs: Needs = {
    areaMu: areaText === null ? null : Number(areaText),
    powerKva,
    chain,
    chainId,
    budgetWan: budgetText === null ? null : Number(budgetText),
    kind: body.kind,
    use: body.use,
  };
  const today = shanghaiDate();
  const rows = await matchSites(database.db, needs, MATCH_WEIGHTS, quarterStart(today), body.limit ?? 10);
  areaText = areaText === null ? null : trim(areaText);
  return {
    needs: { areaMu: areaText, powerKva, chain, chainId, budgetWan: budgetText },
    criteria: MATCH_CRITERIA.filter((c) =>
      c === 'area'
        ? areaText !== null
        : c === 'power'
          ? powerKva !== null
          : c === 'chain'
            ? chain !== null
            : budgetText !== null,
    ),
    items: rows.map((r) => ({
      site: presentSite(r, actor),
      score: Math.round(r.score * 10) / 10,
      reasons: reasonsOf(ctx.lang, r, { ...needs, areaText, budgetText }),
    })),
  };
}

// Export

type Presented = ReturnType<typeof presentSite>;
const label = (lang: Lang, prefix: string, v: string) => translate(lang, `${prefix}.${v}` as never);
export const siteExport = (lang: Lang): ExportColumn<Presented>[] => [
  { header: '载体类型', width: 12, value: (s) => label(lang, 'label.siteKind', s.kind) },
  { header: '载体名称', width: 30, value: (s) => s.name },
  { header: '所在园区', width: 20, value: (s) => s.zone },
  { header: '权属单位', width: 16, value: (s) => s.ownerUnit.name },
  { header: '用途', width: 10, value: (s) => label(lang, 'label.siteUse', s.use) },
  { header: '面积(亩)', width: 12, value: (s) => s.areaMu },
  { header: '建筑面积(平方米)', width: 14, value: (s) => s.floorAreaM2 },
  { header: '价格(万元/亩)', width: 12, value: (s) => s.priceWanPerMu },
  { header: '供电容量(kVA)', width: 12, value: (s) => s.powerKva },
  { header: '主导产业', width: 16, value: (s) => s.chain },
  { header: '状态', width: 10, value: (s) => label(lang, 'label.siteStatus', s.status) },
  { header: '备注', width: 24, value: (s) => s.notes },
  { header: '确认日期', width: 12, value: (s) => s.confirmedOn },
  { header: '本季度未确认', width: 12, value: (s) => label(lang, 'label.yesNo', String(s.stale)) },
];

export async function exportSites(
  database: Database,
  ctx: RequestContext,
  f: SiteFilter,
): Promise<{ file: Buffer; rows: number }> {
  const { items } = await listSites(database, ctx, f, { by: 'name', desc: false }, 1, 100_000);
  const file = await writeTable(translate(ctx.lang, 'export.sites.sheet'), siteExport(ctx.lang), items);
  await database.db.transaction((tx) =>
    recordAudit(tx, ctx, { action: 'site.export', entityType: 'site', after: { filter: f, rows: items.length } }),
  );
  return { file, rows: items.length };
}

export const SITE_VALUE_SETS = { kind: SITE_KINDS, use: SITE_USES, status: SITE_STATUSES };
