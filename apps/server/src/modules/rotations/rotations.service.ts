import { createHash } from 'node:crypto';
import { addDays, addMonths, type Lang, type Message, mayOn, msg, shanghaiDate, translate } from '@zhaoshang/shared';
import type { Database, Tx } from '../../db/client.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { type ExportColumn, writeTable } from '../../spreadsheet/write-table.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { insertForUsers } from '../notifications/notifications.repository.ts';
import { findUnitById } from '../org/units.repository.ts';
import { projectsPolicy } from '../projects/projects.policy.ts';
import { rotationsPolicy } from './rotations.policy.ts';
import {
  findHandovers,
  findOpenItems,
  findOverlappingPosting,
  findPerson,
  findPosting,
  findPostings,
  findRound,
  findRoundByName,
  findRounds,
  findRunningPosting,
  type HandoverKind,
  type HandoverRow,
  insertHandover,
  insertPosting,
  insertRound,
  lockPerson,
  lockRounds,
  type OpenItemRow,
  type PostingFilter,
  type PostingRow,
  type RoundRow,
  reassignItems,
  setPostingEnd,
} from './rotations.repository.ts';

const invalid = (path: string, message: Message) =>
  new AppError('VALIDATION_FAILED', { issues: [{ path, message }] }, message);

const KINDS: readonly HandoverKind[] = ['lead', 'filing', 'project', 'blocker'];

const presentRound = (r: RoundRow) => ({
  id: r.id,
  name: r.name,
  startsOn: r.starts_on,
  endsOn: r.ends_on,
  postingCount: r.posting_count,
});

const presentPosting = (p: PostingRow) => ({
  id: p.id,
  round: { id: p.round_id, name: p.round_name },
  person: { id: p.user_id, name: p.user_name },
  unit: { id: p.unit_id, name: p.unit_name },
  fromUnit: { id: p.from_unit_id, name: p.from_unit_name },
  startDate: p.start_date,
  endDate: p.end_date,
  note: p.note,
});

/** The office opens a round (e.g. each March); a cycle is three years unless the office says otherwise. */
export async function openRound(
  database: Database,
  ctx: RequestContext,
  input: { name: string; startsOn: string; endsOn?: string },
) {
  const actor = requireActor(ctx);
  rotationsPolicy.assert(actor, 'rotation.manage');
  const endsOn = input.endsOn ?? addDays(addMonths(input.startsOn, 36), -1);
  if (endsOn <= input.startsOn) throw invalid('endsOn', msg('rotation.roundEndsBeforeStart'));
  return database.db.transaction(async (tx) => {
    await lockRounds(tx);
    if (await findRoundByName(tx, input.name))
      throw new AppError('DUPLICATE', { name: input.name }, msg('rotation.roundNameTaken', { name: input.name }));
    const id = await insertRound(tx, { name: input.name, startsOn: input.startsOn, endsOn, createdBy: actor.userId });
    await recordAudit(tx, ctx, {
      action: 'rotation.openRound',
      entityType: 'rotation_round',
      entityId: id,
      after: { name: input.name, startsOn: input.startsOn, endsOn },
    });
    return presentRound((await findRound(tx, id))!);
  });
}

export async function listRounds(database: Database, ctx: RequestContext) {
  rotationsPolicy.assert(requireActor(ctx), 'rotation.read');
  return { items: (await findRounds(database.db)).map(presentRound) };
}

export type PostingInput = {
  roundId: number;
  userId: number;
  unitId: number;
  startDate: string;
  endDate?: string;
  note?: string | null;
};

/**
 * The office posts a person to a resident bureau for a round, seconded from their home unit: a
 * secondment of the round, so the person works in the bureau on its dates. A person is in one
 * place at a time: a posting overlapping another posting or secondment of theirs is refused.
 */
export async function createPosting(database: Database, ctx: RequestContext, input: PostingInput) {
  const actor = requireActor(ctx);
  rotationsPolicy.assert(actor, 'rotation.manage');
  const round = await findRound(database.db, input.roundId);
  if (!round) throw invalid('roundId', msg('rotation.roundMissing'));
  const unit = await findUnitById(database.db, input.unitId);
  if (!unit) throw invalid('unitId', msg('rotation.unitMissing'));
  if (unit.kind !== 'resident_bureau') throw invalid('unitId', msg('rotation.unitNotBureau', { unit: unit.name }));
  const person = await findPerson(database.db, input.userId);
  if (!person) throw invalid('userId', msg('rotation.userMissing'));
  if (person.home_unit_id === unit.id)
    throw invalid('userId', msg('rotation.alreadyInBureau', { name: person.display_name, unit: unit.name }));
  const endDate = input.endDate ?? round.ends_on;
  if (endDate <= input.startDate) throw invalid('endDate', msg('rotation.postingEndsBeforeStart'));
  if (input.startDate < round.starts_on || endDate > round.ends_on)
    throw invalid(
      'startDate',
      msg('rotation.postingOutsideRound', { round: round.name, start: round.starts_on, end: round.ends_on }),
    );
  return database.db.transaction(async (tx) => {
    // One posting of a person at a time: the person's row serialises two offices posting them at once.
    await lockPerson(tx, person.id);
    const other = await findOverlappingPosting(tx, person.id, input.startDate, endDate);
    if (other)
      throw new AppError(
        'DUPLICATE',
        { postingId: other.id },
        msg('rotation.postingOverlap', {
          name: person.display_name,
          unit: other.unit_name,
          start: other.start_date,
          end: other.end_date,
        }),
      );
    const values = {
      roundId: round.id,
      userId: person.id,
      fromUnitId: person.home_unit_id,
      toUnitId: unit.id,
      startDate: input.startDate,
      endDate,
      note: input.note ?? null,
    };
    const id = await insertPosting(tx, { ...values, createdBy: actor.userId });
    await recordAudit(tx, ctx, { action: 'rotation.post', entityType: 'posting', entityId: id, after: values });
    return presentPosting((await findPosting(tx, id))!);
  });
}

/** The office and leaders see every bureau's postings; a unit manager their own unit's. */
async function visiblePostings(
  database: Database,
  ctx: RequestContext,
  f: PostingFilter,
  page: { limit: number | null; offset: number },
) {
  const actor = requireActor(ctx);
  rotationsPolicy.assert(actor, 'rotation.read');
  const unitId = projectsPolicy.allows(actor, 'project.listAll') ? f.unitId : actor.unitId;
  return findPostings(database.db, { ...f, unitId }, page);
}

export async function listPostings(
  database: Database,
  ctx: RequestContext,
  f: PostingFilter,
  page: number,
  pageSize: number,
) {
  const { items, total } = await visiblePostings(database, ctx, f, {
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  return { items: items.map(presentPosting), total };
}

const postingColumns = (lang: Lang): ExportColumn<PostingRow>[] => [
  { header: translate(lang, 'export.posting.round'), width: 20, value: (r) => r.round_name },
  { header: translate(lang, 'export.posting.person'), width: 14, value: (r) => r.user_name },
  { header: translate(lang, 'export.posting.unit'), width: 20, value: (r) => r.unit_name },
  { header: translate(lang, 'export.posting.from'), width: 20, value: (r) => r.from_unit_name },
  { header: translate(lang, 'export.posting.start'), width: 12, value: (r) => r.start_date },
  { header: translate(lang, 'export.posting.end'), width: 12, value: (r) => r.end_date },
  { header: translate(lang, 'export.posting.note'), width: 30, value: (r) => r.note },
];

/** The filtered postings as an xlsx workbook, worded in the reader's language. */
export async function exportPostings(database: Database, ctx: RequestContext, f: PostingFilter) {
  const { items } = await visiblePostings(database, ctx, f, { limit: null, offset: 0 });
  return writeTable(translate(ctx.lang, 'export.posting.sheet'), postingColumns(ctx.lang), items);
}

/** The office ends a running posting early (the person leaves the bureau today). */
export async function endPosting(database: Database, ctx: RequestContext, id: number) {
  const actor = requireActor(ctx);
  rotationsPolicy.assert(actor, 'rotation.manage');
  const today = shanghaiDate();
  return database.db.transaction(async (tx) => {
    const posting = await findPosting(tx, id, true);
    if (!posting) throw new AppError('NOT_FOUND', { entity: 'posting', id }, msg('rotation.postingMissing'));
    await endRunningPosting(tx, ctx, posting, today);
    return presentPosting((await findPosting(tx, id))!);
  });
}

async function endRunningPosting(
  tx: Tx,
  ctx: RequestContext,
  p: { id: number; start_date: string; end_date: string },
  today: string,
) {
  // The last day becomes today: a posting that has not begun, or ends today or earlier anyway, is left as it is.
  if (p.end_date <= today)
    throw new AppError(
      'CONFLICT_VERSION',
      { postingId: p.id },
      msg('rotation.postingAlreadyEnded', { end: p.end_date }),
    );
  if (p.start_date >= today)
    throw new AppError(
      'CONFLICT_VERSION',
      { postingId: p.id },
      msg('rotation.postingNotRunning', { start: p.start_date, end: p.end_date }),
    );
  await setPostingEnd(tx, p.id, today);
  await recordAudit(tx, ctx, {
    action: 'rotation.endPosting',
    entityType: 'posting',
    entityId: p.id,
    before: { endDate: p.end_date },
    after: { endDate: today },
  });
}

/** The same items at the same versions give the same fingerprint: what the confirmation checks. */
const fingerprintOf = (items: OpenItemRow[]) =>
  createHash('sha256')
    .update(items.map((i) => `${i.kind}:${i.id}:${i.version}`).join(','))
    .digest('hex')
    .slice(0, 32);

const countsOf = (items: { kind: HandoverKind }[]) =>
  Object.fromEntries(KINDS.map((k) => [k, items.filter((i) => i.kind === k).length])) as Record<HandoverKind, number>;

/** The unit and the leaving person, checked: who asks may hand over in the unit, and the person worked or was posted there. */
async function handoverParties(tx: Tx, ctx: RequestContext, unitId: number, fromUserId: number) {
  const actor = requireActor(ctx);
  rotationsPolicy.assert(actor, 'rotation.handover');
  const unit = await findUnitById(tx, unitId);
  if (!unit) throw new AppError('NOT_FOUND', { entity: 'unit', id: unitId });
  if (!mayOn(actor, 'rotation.handover', { unitId }))
    throw new AppError('FORBIDDEN', { unitId }, msg('rotation.handoverOtherUnit', { unit: actor.unitName }));
  const from = await findPerson(tx, fromUserId);
  if (!from) throw new AppError('NOT_FOUND', { entity: 'user', id: fromUserId });
  if (from.unit_id !== unitId && from.home_unit_id !== unitId && !from.posted_to.includes(unitId))
    throw invalid('fromUserId', msg('rotation.handoverFromOutside', { name: from.display_name, unit: unit.name }));
  return { actor, unit, from };
}

/** What handing over a person's work in a unit would move: counts, items and the fingerprint to confirm with. */
export async function previewHandover(
  database: Database,
  ctx: RequestContext,
  q: { unitId: number; fromUserId: number },
) {
  const { unit, from } = await handoverParties(database.db, ctx, q.unitId, q.fromUserId);
  const items = await findOpenItems(database.db, from.id, unit.id);
  const today = shanghaiDate();
  const found = await database.db.transaction((tx) => findRunningPosting(tx, from.id, unit.id, today));
  // Only a posting that runs beyond today can be ended by the handover.
  const running = found && found.end_date > today ? found : undefined;
  return {
    unit: { id: unit.id, name: unit.name },
    from: { id: from.id, name: from.display_name },
    counts: countsOf(items),
    items: items.map(({ kind, id, label }) => ({ kind, id, label })),
    fingerprint: fingerprintOf(items),
    runningPosting: running ? { id: running.id, startDate: running.start_date, endDate: running.end_date } : null,
  };
}

export type HandoverInput = {
  unitId: number;
  fromUserId: number;
  toUserId: number;
  fingerprint: string;
  endPosting: boolean;
  note?: string | null;
};

/**
 * Hands a leaving person's open leads, filings, projects and blockers in a unit to a successor
 * working in the same unit, in one transaction: the items move, the handover keeps the list of
 * what moved, both people are notified, the audit row is written; optionally the posting ends
 * today. If anything changed since the preview (the fingerprint differs), nothing moves.
 */
export async function executeHandover(database: Database, ctx: RequestContext, input: HandoverInput) {
  return database.db.transaction(async (tx) => {
    const { actor, unit, from } = await handoverParties(tx, ctx, input.unitId, input.fromUserId);
    if (input.toUserId === from.id) throw invalid('toUserId', msg('rotation.handoverSamePerson'));
    const to = await findPerson(tx, input.toUserId);
    if (!to) throw new AppError('NOT_FOUND', { entity: 'user', id: input.toUserId });
    if (to.disabled) throw invalid('toUserId', msg('rotation.handoverToDisabled', { name: to.display_name }));
    if (to.unit_id !== unit.id || !['office', 'unit_manager', 'unit_staff'].includes(to.role))
      throw invalid('toUserId', msg('rotation.handoverToOutside', { name: to.display_name, unit: unit.name }));
    const items = await findOpenItems(tx, from.id, unit.id, true);
    if (fingerprintOf(items) !== input.fingerprint)
      throw new AppError('CONFLICT_VERSION', { counts: countsOf(items) }, msg('rotation.handoverChanged'));
    if (!items.length)
      throw invalid('fromUserId', msg('rotation.handoverNothing', { name: from.display_name, unit: unit.name }));
    const today = shanghaiDate();
    let endedPostingId: number | null = null;
    if (input.endPosting) {
      const running = await findRunningPosting(tx, from.id, unit.id, today);
      if (!running)
        throw invalid('endPosting', msg('rotation.handoverNoPosting', { name: from.display_name, unit: unit.name }));
      await endRunningPosting(tx, ctx, running, today);
      endedPostingId = running.id;
    }
    await reassignItems(tx, items, to.id);
    const moved = items.map(({ kind, id, label }) => ({ kind, id, label }));
    const id = await insertHandover(tx, {
      unitId: unit.id,
      fromUserId: from.id,
      toUserId: to.id,
      items: moved,
      endedPostingId,
      note: input.note ?? null,
      createdBy: actor.userId,
    });
    const note = { entityType: 'handover', entityId: String(id) };
    await insertForUsers(tx, [to.id], {
      kind: 'handover.received',
      message: msg('notification.handoverReceived', { from: from.display_name, unit: unit.name, count: items.length }),
      ...note,
    });
    await insertForUsers(tx, [from.id], {
      kind: 'handover.given',
      message: msg('notification.handoverGiven', { to: to.display_name, unit: unit.name, count: items.length }),
      ...note,
    });
    await recordAudit(tx, ctx, {
      action: 'rotation.handover',
      entityType: 'handover',
      entityId: id,
      after: {
        unitId: unit.id,
        fromUserId: from.id,
        toUserId: to.id,
        items: moved.map(({ kind, id }) => ({ kind, id })),
        endedPostingId,
      },
    });
    return presentHandover((await findHandovers(tx, unit.id)).find((h) => h.id === id)!);
  });
}

function presentHandover(h: HandoverRow) {
  return {
    id: h.id,
    unit: { id: h.unit_id, name: h.unit_name },
    from: { id: h.from_user_id, name: h.from_name },
    to: { id: h.to_user_id, name: h.to_name },
    counts: countsOf(h.items),
    items: h.items,
    endedPostingId: h.ended_posting_id,
    note: h.note,
    by: h.created_by_name,
    at: h.created_at,
  };
}

/** Handovers done, newest first: the office and leaders see all, a unit manager their own unit's. */
export async function listHandovers(database: Database, ctx: RequestContext, unitId?: number) {
  const actor = requireActor(ctx);
  rotationsPolicy.assert(actor, 'rotation.read');
  const scoped = projectsPolicy.allows(actor, 'project.listAll') ? unitId : actor.unitId;
  return { items: (await findHandovers(database.db, scoped)).map(presentHandover) };
}
