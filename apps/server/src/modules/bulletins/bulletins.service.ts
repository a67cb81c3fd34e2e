import { createHash } from 'node:crypto';
import {
  FIGURE_BITS,
  type KpiRole,
  type Lang,
  type Message,
  msg,
  renderMessage,
  shanghaiDate,
  translate,
} from '@zhaoshang/shared';
import { canonicalJson } from '../../db/canonical-json.ts';
import { type Database, isUniqueViolation, type Tx } from '../../db/client.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  countFrozenFigure,
  digestCohort,
  type FrozenFigure,
  freezeBulletinWindow,
  tallyBulletinWindow,
} from '../kpi/kpi.repository.ts';
import { withCredited } from '../kpi/kpi.service.ts';
import { findMajorThreshold } from '../projects/projects.repository.ts';
import { listProjects } from '../projects/projects.service.ts';
import { loadSchemes } from '../schemes/schemes.service.ts';
import {
  type BulletinSnapshot,
  bulletinWindow,
  computeBulletin,
  type Figures,
  monthEnd,
  RATE_KEYS,
  schemesOfSnapshot,
} from './bulletin-compute.ts';
import { bulletinHtml, bulletinXlsx, htmlToPdf } from './bulletin-document.ts';
import { bulletinsPolicy } from './bulletins.policy.ts';
import {
  type BulletinRow,
  findBulletin,
  findBulletinOfMonth,
  findBulletins,
  findCorrections,
  findIssuingUnitName,
  insertDraft,
  markPublished,
  nextIssueNumber,
  updateDraft,
} from './bulletins.repository.ts';

/** The seal of a published snapshot (SM3, as the audit trail). */
export const snapshotHash = (snapshot: unknown) => createHash('sm3').update(canonicalJson(snapshot)).digest('hex');

/** A bulletin's title as a catalogue message: its issue once published, its month while a draft. */
export const bulletinTitleMessage = (b: { year: number; issue_number: number | null; month: number }) =>
  b.issue_number
    ? msg('bulletin.title', { year: b.year, issue: b.issue_number })
    : msg('bulletin.draftTitle', { year: b.year, month: b.month });

const invalid = (path: string, message: Message) =>
  new AppError('VALIDATION_FAILED', { issues: [{ path, message }] }, message);

/** The ranks of the year's latest published bulletin before this month: what "change in rank" compares with. */
async function previousRanks(tx: Tx, year: number, month: number): Promise<Map<number, number>> {
  const earlier = (await findBulletins(tx, true))
    .filter((b) => b.year === year && b.month < month)
    .sort((a, b) => b.month - a.month)[0];
  const prev = earlier && (await findBulletin(tx, earlier.id));
  if (prev?.status !== 'published') return new Map();
  const snap = prev.snapshot as BulletinSnapshot;
  return new Map(
    snap.groups.flatMap((g) => g.units.filter((u) => u.rank !== null).map((u) => [u.unitId, u.rank!] as const)),
  );
}

/**
 * Drafts (or redrafts) a month's bulletin from the data as it stands. A month that has not
 * ended, or with no signed project in its window, is refused with the reason; a published
 * month cannot be redrafted.
 */
export async function draftBulletin(
  database: Database,
  ctx: RequestContext,
  q: { year: number; month: number; adjustments?: { unitId: number; falsified: number; note: string }[] },
) {
  if (ctx.actor) bulletinsPolicy.assert(ctx.actor, 'bulletin.draft');
  if (!Number.isInteger(q.month) || q.month < 1 || q.month > 12) throw invalid('month', msg('bulletin.month'));
  const end = monthEnd(q.year, q.month);
  if (end >= shanghaiDate()) throw invalid('month', msg('bulletin.monthNotOver', { year: q.year, month: q.month }));
  const { set: schemes } = await loadSchemes(database, q.year);
  return database.db.transaction(async (tx) => {
    const existing = await findBulletinOfMonth(tx, q.year, q.month, { forUpdate: true });
    if (existing?.status === 'published')
      throw new AppError(
        'BULLETIN_PUBLISHED',
        { id: existing.id },
        msg('bulletin.publishedNoRegenerate', { title: bulletinTitleMessage(existing) }),
      );
    const adjustments = q.adjustments ?? (existing ? (existing.snapshot as BulletinSnapshot).adjustments : []);
    let id: number;
    if (existing) id = existing.id;
    else {
      try {
        const w = bulletinWindow(q.year, q.month);
        id = await tx.transaction((sp) =>
          insertDraft(sp, {
            year: q.year,
            month: q.month,
            from: w.from,
            to: w.to,
            snapshot: {},
            userId: ctx.actor?.userId ?? null,
          }),
        );
      } catch (e) {
        if (isUniqueViolation(e)) throw new AppError('CONFLICT_VERSION', {}, msg('bulletin.beingMade'));
        throw e;
      }
    }
    // The rows behind every figure are frozen, and summed in the same statement.
    const majorThresholdYuan = await findMajorThreshold(tx);
    const { tally, frozen: cohort } = await freezeBulletinWindow(
      tx,
      id,
      bulletinWindow(q.year, q.month),
      majorThresholdYuan,
    );
    const computed = await computeBulletin(tx, {
      year: q.year,
      month: q.month,
      schemes,
      majorThresholdYuan,
      tally,
      previousRanks: await previousRanks(tx, q.year, q.month),
      adjustments,
    });
    if (computed.city.figures.signedCount === 0) {
      throw invalid('month', msg('bulletin.noProjects', { year: q.year, month: q.month }));
    }
    const snapshot: BulletinSnapshot = { ...computed, cohort };
    if (!(await updateDraft(tx, id, existing?.version ?? 1, { snapshot }))) throw new AppError('CONFLICT_VERSION');
    await recordAudit(tx, ctx, {
      action: 'bulletin.draft',
      entityType: 'bulletin',
      entityId: id,
      after: { year: q.year, month: q.month, adjustments, projects: cohort.projects },
    });
    return { id };
  });
}

/** Remarks on a draft (the director's words printed under the tables). */
export async function setRemarks(
  database: Database,
  ctx: RequestContext,
  id: number,
  version: number,
  remarks: string | null,
) {
  bulletinsPolicy.assert(requireActor(ctx), 'bulletin.draft');
  await database.db.transaction(async (tx) => {
    const b = await findBulletin(tx, id, { forUpdate: true });
    if (!b) throw new AppError('NOT_FOUND');
    if (b.status === 'published')
      throw new AppError(
        'BULLETIN_PUBLISHED',
        { id },
        msg('bulletin.publishedNoEdit', { title: bulletinTitleMessage(b) }),
      );
    if (!(await updateDraft(tx, id, version, { remarks })))
      throw new AppError('CONFLICT_VERSION', { currentVersion: b.version });
    await recordAudit(tx, ctx, {
      action: 'bulletin.remarks',
      entityType: 'bulletin',
      entityId: id,
      before: { remarks: b.remarks },
      after: { remarks },
    });
  });
}

/** Publishes the draft the director reviewed (its version): numbered, sealed with its hash, frozen by the database. */
export async function publishBulletin(database: Database, ctx: RequestContext, id: number, version: number) {
  const actor = requireActor(ctx);
  bulletinsPolicy.assert(actor, 'bulletin.publish');
  return database.db.transaction(async (tx) => {
    const b = await findBulletin(tx, id, { forUpdate: true });
    if (!b) throw new AppError('NOT_FOUND');
    if (b.status === 'published')
      throw new AppError(
        'BULLETIN_PUBLISHED',
        { id, issueNumber: b.issue_number },
        msg('bulletin.alreadyPublished', { title: bulletinTitleMessage(b) }),
      );
    const later = (await findBulletins(tx, true)).find((x) => x.year === b.year && x.month > b.month);
    if (later)
      throw new AppError(
        'BULLETIN_PUBLISHED',
        { later: later.id },
        msg('bulletin.laterPublished', { year: b.year, month: later.month, title: bulletinTitleMessage(later) }),
      );
    if (b.version !== version)
      throw new AppError('CONFLICT_VERSION', { currentVersion: b.version }, msg('bulletin.draftChanged'));
    const issueNumber = await nextIssueNumber(tx, b.year);
    const hash = snapshotHash(b.snapshot);
    await markPublished(tx, id, issueNumber, hash, actor.userId);
    await recordAudit(tx, ctx, {
      action: 'bulletin.publish',
      entityType: 'bulletin',
      entityId: id,
      after: { title: translate('zh', 'bulletin.title', { year: b.year, issue: issueNumber }), hash },
    });
    return { id, issueNumber, title: translate('zh', 'bulletin.title', { year: b.year, issue: issueNumber }), hash };
  });
}

/**
 * A bulletin as stored. A published one is checked on every read: its snapshot against the
 * sealed hash, and the projects frozen with it against the SHA-256 the snapshot holds.
 */
export async function readBulletin(
  database: Database,
  ctx: RequestContext,
  id: number,
): Promise<BulletinRow & { snapshot: BulletinSnapshot }> {
  const actor = requireActor(ctx);
  bulletinsPolicy.assert(actor, 'bulletin.list');
  const b = await findBulletin(database.db, id);
  if (!b || (b.status === 'draft' && !bulletinsPolicy.allows(actor, 'bulletin.readDraft')))
    throw new AppError('NOT_FOUND');
  if (b.status === 'published') {
    const sealed = (b.snapshot as BulletinSnapshot).cohort;
    const frozen = await digestCohort(database.db, id);
    if (
      snapshotHash(b.snapshot) !== b.snapshot_hash ||
      frozen.sha256 !== sealed?.sha256 ||
      frozen.projects !== sealed.projects
    ) {
      await database.db.transaction((tx) =>
        recordAudit(tx, ctx, {
          action: 'bulletin.tampered',
          entityType: 'bulletin',
          entityId: id,
          outcome: 'failure',
          after: { stored: b.snapshot_hash, sealedCohort: sealed, frozenCohort: frozen },
        }),
      );
      throw new AppError('SNAPSHOT_TAMPERED', { id });
    }
  }
  return b as BulletinRow & { snapshot: BulletinSnapshot };
}

const summary = (b: Omit<BulletinRow, 'snapshot'>, lang: Lang) => ({
  id: b.id,
  year: b.year,
  month: b.month,
  periodFrom: b.period_from,
  periodTo: b.period_to,
  status: b.status,
  issueNumber: b.issue_number,
  title: renderMessage(lang, bulletinTitleMessage(b)),
  remarks: b.remarks,
  hash: b.snapshot_hash,
  version: b.version,
  createdAt: b.created_at,
  publishedAt: b.published_at,
  publishedBy: b.published_by_name,
});

/**
 * A bulletin as the document the office sends (A4 PDF or xlsx), in the asker's language,
 * issued in the office's name (a generic issuer while the city has no office unit).
 */
export async function bulletinDocument(database: Database, ctx: RequestContext, id: number, format: 'pdf' | 'xlsx') {
  const b = await readBulletin(database, ctx, id);
  const lang = ctx.lang;
  const issuer = (await findIssuingUnitName(database.db)) ?? translate(lang, 'doc.bulletin.issuer');
  const body = format === 'pdf' ? await htmlToPdf(bulletinHtml(b, issuer, lang)) : await bulletinXlsx(b, issuer, lang);
  return {
    body,
    fileName: translate(lang, 'export.bulletin.file', { title: renderMessage(lang, bulletinTitleMessage(b)), format }),
    asciiName: `bulletin-${b.year}-${b.month}.${format}`,
  };
}

export async function listBulletins(database: Database, ctx: RequestContext) {
  const actor = requireActor(ctx);
  bulletinsPolicy.assert(actor, 'bulletin.list');
  const rows = await findBulletins(database.db, !bulletinsPolicy.allows(actor, 'bulletin.readDraft'));
  return { items: rows.map((b) => summary(b, ctx.lang)) };
}

/** A bulletin as the pages show it (the projects behind its figures come per figure, from the drill-down). */
export async function getBulletin(database: Database, ctx: RequestContext, id: number) {
  const b = await readBulletin(database, ctx, id);
  return { ...summary(b, ctx.lang), snapshot: b.snapshot };
}

export const FIGURE_KEYS = [
  'signed',
  'amount',
  'contracted',
  'registered',
  'ready',
  'fit',
  'fitAmount',
  'readyImplied',
  'lastYearSigned',
  'fourNewSigned',
  'fourNewStarted',
  'fourNewCompleted',
  'fourNewProducing',
  'pastPlannedStart',
] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

/**
 * The projects frozen behind one figure of a bulletin (as data, for the project list), and how many.
 * A published bulletin's frozen rows are checked against the SHA-256 sealed in its snapshot.
 */
export async function projectIdsBehind(
  database: Database,
  ctx: RequestContext,
  id: number,
  unitId: number | null,
  figure: FigureKey,
): Promise<{ frozen: FrozenFigure; count: number; published: boolean }> {
  const b = await readBulletin(database, ctx, id);
  let unit: { id: number; role: KpiRole } | null = null;
  if (unitId === null) {
    if (figure.startsWith('fourNew') || figure === 'pastPlannedStart')
      throw invalid('figure', msg('bulletin.unitsOnly'));
  } else {
    const entry = b.snapshot.groups.flatMap((g) => g.units).find((u) => u.unitId === unitId);
    if (!entry) throw new AppError('NOT_FOUND', { unitId }, msg('bulletin.unitNotIn'));
    unit = { id: unitId, role: entry.role };
  }
  // Last year's signed projects are the signed figure of the window a year earlier.
  const lastYear = figure === 'lastYearSigned';
  const frozen: FrozenFigure = {
    bulletinId: id,
    bits: lastYear ? FIGURE_BITS.signed : FIGURE_BITS[figure],
    year: lastYear ? 'last' : 'this',
    unit,
  };
  return { frozen, count: await countFrozenFigure(database.db, frozen), published: b.status === 'published' };
}

/**
 * The events frozen behind a bulletin's events indicator: of one unit, or of all units (each event
 * once). A bulletin sealed before events were recorded froze none.
 */
export async function eventsBehind(database: Database, ctx: RequestContext, id: number, unitId: number | null) {
  const b = await readBulletin(database, ctx, id);
  const frozen = b.snapshot.events ?? {};
  if (unitId !== null) {
    if (!b.snapshot.groups.some((g) => g.units.some((u) => u.unitId === unitId)))
      throw new AppError('NOT_FOUND', { unitId }, msg('bulletin.unitNotIn'));
    return { items: frozen[String(unitId)] ?? [] };
  }
  const all = new Map(Object.values(frozen).flatMap((list) => list.map((e) => [e.id, e] as const)));
  return { items: [...all.values()].sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.id - b.id) };
}

/**
 * A page of the projects behind one number of a bulletin (the ids frozen with it), each with the
 * amount the number counted for it as frozen (a unit's share of a joint filing's project).
 */
export async function projectsBehind(
  database: Database,
  ctx: RequestContext,
  id: number,
  unitId: number | null,
  figure: FigureKey,
  page: number,
  pageSize: number,
) {
  const { frozen, count, published } = await projectIdsBehind(database, ctx, id, unitId, figure);
  if (!count) return { items: [], total: 0, ids: 0 };
  const list = await listProjects(database, ctx, { frozen }, { by: 'signedOn', desc: true }, page, pageSize, {
    published,
  });
  return { ...list, items: await withCredited(database, list.items, unitId, id), ids: count };
}

type Difference = {
  scope: string;
  unitId: number | null;
  figure: string;
  published: number | string | null;
  now: number | string | null;
};

/**
 * What the bulletin would say if computed today with its own scheme and adjustments, figure by
 * figure, and the corrections recorded against it. The published bulletin itself never changes.
 */
export async function recomputeBulletin(database: Database, ctx: RequestContext, id: number) {
  const b = await readBulletin(database, ctx, id);
  if (b.status !== 'published') throw invalid('id', msg('bulletin.draftNoCompare'));
  const snap = b.snapshot;
  const majorThresholdYuan = await findMajorThreshold(database.db);
  const now = await computeBulletin(database.db, {
    year: b.year,
    month: b.month,
    schemes: schemesOfSnapshot(snap),
    majorThresholdYuan,
    tally: await tallyBulletinWindow(database.db, bulletinWindow(b.year, b.month), majorThresholdYuan),
    previousRanks: new Map(
      snap.groups.flatMap((g) =>
        g.units.filter((u) => u.previousRank !== null).map((u) => [u.unitId, u.previousRank!] as const),
      ),
    ),
    adjustments: snap.adjustments,
  });
  const differences: Difference[] = [];
  const keys = ['signedCount', 'signedAmountYuan', ...RATE_KEYS] as const;
  const compare = (scope: string, unitId: number | null, a: Figures, c: Figures) => {
    for (const k of keys) if (a[k] !== c[k]) differences.push({ scope, unitId, figure: k, published: a[k], now: c[k] });
  };
  compare(translate(ctx.lang, 'doc.bulletin.city'), null, snap.city.figures, now.city.figures);
  const nowUnits = new Map(now.groups.flatMap((g) => g.units).map((u) => [u.unitId, u]));
  for (const u of snap.groups.flatMap((g) => g.units)) {
    const c = nowUnits.get(u.unitId);
    if (!c) continue;
    compare(u.unitName, u.unitId, u.figures, c.figures);
    if (u.score !== c.score)
      differences.push({ scope: u.unitName, unitId: u.unitId, figure: 'score', published: u.score, now: c.score });
    if (u.rank !== c.rank)
      differences.push({ scope: u.unitName, unitId: u.unitId, figure: 'rank', published: u.rank, now: c.rank });
  }
  const corrections = await findCorrections(database.db, id);
  return {
    computedOn: shanghaiDate(),
    differences,
    corrections: corrections.map((c) => ({
      projectId: c.project_id,
      projectName: c.project_name,
      changes: c.changes,
      reason: c.reason,
      user: c.user_name,
      at: c.at,
    })),
  };
}
