import { type IndicatorValues, type Message, mayOn, msg, shanghaiDate } from '@zhaoshang/shared';
import type { Database } from '../../db/client.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { computeWindowKpi } from '../kpi/kpi.service.ts';
import { listLeads } from '../leads/leads.service.ts';
import { insertForUnits } from '../notifications/notifications.repository.ts';
import { findUnitById } from '../org/units.repository.ts';
import { projectsPolicy } from '../projects/projects.policy.ts';
import { noticesPolicy } from './notices.policy.ts';
import {
  findNotice,
  findNoticeReaders,
  findNotices,
  findOverdueBlockers,
  insertNotice,
  insertNoticeRead,
  markNoticeNotificationRead,
  type NoticeFigures,
  type NoticeItem,
  type NoticeRow,
} from './notices.repository.ts';

const invalid = (path: string, message: Message) =>
  new AppError('VALIDATION_FAILED', { issues: [{ path, message }] }, message);

/** The most overdue leads a notice lists; a unit with more is told of the first ones. */
const LEAD_LIMIT = 200;

/**
 * What the office can attach to a notice to a unit: its host figures this year to date (a county
 * or zone, or a unit hosting a project this year), the leads it handles whose response clock has run out, and the
 * blockers it is responsible for past their deadline, as of today.
 */
export async function listAttachableItems(database: Database, ctx: RequestContext, unitId: number) {
  const actor = requireActor(ctx);
  noticesPolicy.assert(actor, 'notice.send');
  const unit = await findUnitById(database.db, unitId);
  if (!unit) throw new AppError('NOT_FOUND', { unitId }, msg('notice.unitMissing'));
  return { items: await attachableItems(database, ctx, unitId) };
}

async function attachableItems(database: Database, ctx: RequestContext, unitId: number): Promise<NoticeItem[]> {
  const today = shanghaiDate();
  const leads = await listLeads(database, ctx, { unitId, overdueOnly: true }, 1, LEAD_LIMIT);
  const blockers = await findOverdueBlockers(database.db, unitId, today);
  return [
    ...(await unitFigures(database, ctx, unitId, today)),
    ...leads.items
      .filter((l) => l.handlingUnit.id === unitId)
      .map((l): NoticeItem => ({ kind: 'lead', id: l.id, name: l.company.name, overdue: l.clock.overdue })),
    ...blockers.map(
      (b): NoticeItem => ({ kind: 'blocker', id: b.id, name: b.project_name, category: b.category, dueOn: b.due_on }),
    ),
  ];
}

/** The unit's host figures from 1 January to today beside last year's same window, if it is assessed as a host. */
async function unitFigures(
  database: Database,
  ctx: RequestContext,
  unitId: number,
  today: string,
): Promise<NoticeItem[]> {
  const from = `${today.slice(0, 4)}-01-01`;
  const { result } = await computeWindowKpi(database, ctx, { from, to: today });
  const row = result.units.find((u) => u.unitId === unitId && u.role === 'host');
  if (!row) return [];
  const pick = (v: IndicatorValues): NoticeFigures => ({
    signedCount: v.signedCount,
    signedAmountWan: v.signedAmountWan,
    contractRate: v.contractRate,
    registrationRate: v.registrationRate,
    readyRate: v.readyRate,
  });
  return [
    {
      kind: 'figures',
      id: Number(today.slice(0, 4)),
      name: `${from} ~ ${today}`,
      figures: pick(row.indicators),
      lastYear: pick(row.indicators.lastYear),
    },
  ];
}

/** The office sends a notice to one unit, with some of its overdue items attached; the unit's people hear of it. */
export async function sendNotice(
  database: Database,
  ctx: RequestContext,
  input: { unitId: number; title: string; body: string; items: { kind: NoticeItem['kind']; id: number }[] },
) {
  const actor = requireActor(ctx);
  noticesPolicy.assert(actor, 'notice.send');
  const unit = await findUnitById(database.db, input.unitId);
  if (!unit) throw invalid('unitId', msg('notice.unitMissing'));
  const current = await attachableItems(database, ctx, input.unitId);
  const items = input.items.map((wanted, i) => {
    const found = current.find((c) => c.kind === wanted.kind && c.id === wanted.id);
    if (!found && wanted.kind === 'figures')
      throw invalid(
        `items.${i}`,
        msg('notice.figuresNotCurrent', { unit: unit.name, year: Number(shanghaiDate().slice(0, 4)) }),
      );
    if (!found)
      throw invalid(
        `items.${i}`,
        msg('notice.itemNotCurrent', {
          kind: msg(`notice.kind.${wanted.kind as 'lead' | 'blocker'}`),
          id: wanted.id,
          unit: unit.name,
        }),
      );
    return found;
  });
  return database.db.transaction(async (tx) => {
    const id = await insertNotice(tx, { ...input, items, createdBy: actor.userId });
    const recipients = await insertForUnits(tx, [input.unitId], {
      kind: 'notice.sent',
      message: msg('notification.noticeSent', { title: input.title }),
      entityType: 'notice',
      entityId: String(id),
    });
    await recordAudit(tx, ctx, {
      action: 'notice.send',
      entityType: 'notice',
      entityId: id,
      after: { unitId: input.unitId, title: input.title, items: input.items },
    });
    return { id, recipients };
  });
}

function presentNotice(n: NoticeRow) {
  return {
    id: n.id,
    unit: { id: n.unit_id, name: n.unit_name },
    title: n.title,
    body: n.body,
    items: n.items,
    sentBy: n.created_by_name,
    sentAt: n.created_at,
    recipients: n.recipients,
    confirmed: n.confirmed,
    myReadAt: n.my_read_at,
  };
}

/** The office and leaders see every notice; a unit its own. */
export async function listNotices(database: Database, ctx: RequestContext) {
  const actor = requireActor(ctx);
  noticesPolicy.assert(actor, 'notice.read');
  const scope = projectsPolicy.allows(actor, 'project.listAll') ? undefined : actor.unitId;
  return { items: (await findNotices(database.db, actor.userId, scope)).map(presentNotice) };
}

/** One notice and who of its unit has confirmed reading it when. Another unit's notice is not found. */
export async function getNotice(database: Database, ctx: RequestContext, id: number) {
  const actor = requireActor(ctx);
  noticesPolicy.assert(actor, 'notice.read');
  const n = await findNotice(database.db, id, actor.userId);
  if (!n || (!projectsPolicy.allows(actor, 'project.listAll') && n.unit_id !== actor.unitId))
    throw new AppError('NOT_FOUND');
  const readers = await findNoticeReaders(database.db, id, n.unit_id);
  return {
    ...presentNotice(n),
    readers: readers.map((r) => ({ userId: r.user_id, name: r.display_name, readAt: r.read_at })),
  };
}

/** A person of the unit confirms reading; the first confirmation is kept and audited. */
export async function confirmNotice(database: Database, ctx: RequestContext, id: number) {
  const actor = requireActor(ctx);
  noticesPolicy.assert(actor, 'notice.confirm');
  await database.db.transaction(async (tx) => {
    const n = await findNotice(tx, id, actor.userId);
    // Another unit's notice answers as one that does not exist: its existence is not theirs to learn.
    if (!n || !mayOn(actor, 'notice.confirm', { unitId: n.unit_id })) throw new AppError('NOT_FOUND');
    await markNoticeNotificationRead(tx, id, actor.userId);
    if (await insertNoticeRead(tx, id, actor.userId))
      await recordAudit(tx, ctx, { action: 'notice.confirm', entityType: 'notice', entityId: id });
  });
}
