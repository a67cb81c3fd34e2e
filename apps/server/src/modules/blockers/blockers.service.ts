import { type BlockerCategory, type Message, mayOn, msg, shanghaiDate } from '@zhaoshang/shared';
import type { Database, Tx } from '../../db/client.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { insertForUnits } from '../notifications/notifications.repository.ts';
import { projectsPolicy } from '../projects/projects.policy.ts';
import {
  findMajorThreshold,
  findProjectById,
  insertHistory,
  type ProjectRow,
} from '../projects/projects.repository.ts';
import { canSeeProjectRow } from '../projects/projects.service.ts';
import { blockersPolicy } from './blockers.policy.ts';
import {
  type BlockerRow,
  escalateOverdueBlockers,
  findBlockerById,
  findBlockers,
  findMeeting,
  findMeetingItems,
  findMeetings,
  insertBlocker,
  insertMeeting,
  resolveBlockerRow,
  setMeetingDecision,
  setMeetingHeld,
} from './blockers.repository.ts';
import { presentMeeting } from './blockers.schemas.ts';

const invalid = (path: string, message: Message) =>
  new AppError('VALIDATION_FAILED', { issues: [{ path, message }] }, message);

function presentBlocker(b: BlockerRow, today: string, thresholdYuan: bigint) {
  return {
    id: b.id,
    project: {
      id: b.project_id,
      name: b.project_name,
      major: BigInt(b.agreed_yuan) >= thresholdYuan,
      pushDepartment: b.push_department_unit_id
        ? { id: b.push_department_unit_id, name: b.push_department_name! }
        : null,
      nurtureDepartment: b.nurture_department_unit_id
        ? { id: b.nurture_department_unit_id, name: b.nurture_department_name! }
        : null,
    },
    category: b.category as BlockerCategory,
    description: b.description,
    responsibleUnit: { id: b.responsible_unit_id, name: b.responsible_unit_name },
    dueOn: b.due_on,
    status: b.status as 'open' | 'resolved',
    resolution: b.resolution,
    escalated: b.escalated,
    overdue: b.status === 'open' && b.due_on < today,
    raisedAt: b.raised_at,
    resolvedAt: b.resolved_at,
    routedAs: b.routed_as as 'push' | 'nurture' | null,
    version: b.version,
  };
}

/**
 * Where a blocker goes when the raiser names no unit (商务招、发改推、工信育): before the project
 * starts to its push department, once started (or completed, producing) to its nurture department.
 */
function routeByStage(p: ProjectRow): { unitId: number | null; routedAs: 'push' | 'nurture' } {
  return p.started_on
    ? { unitId: p.nurture_department_unit_id, routedAs: 'nurture' }
    : { unitId: p.push_department_unit_id, routedAs: 'push' };
}

export async function raiseBlocker(
  database: Database,
  ctx: RequestContext,
  projectId: number,
  input: { category: BlockerCategory; description: string; responsibleUnitId?: number; dueOn: string },
) {
  const actor = requireActor(ctx);
  blockersPolicy.assert(actor, 'blocker.raise');
  const today = shanghaiDate();
  if (input.dueOn < today) throw invalid('dueOn', msg('blocker.dueBeforeToday'));
  return database.db.transaction(async (tx) => {
    const p = await findProjectById(tx, projectId);
    if (!p || !canSeeProjectRow(actor, p, [])) throw new AppError('NOT_FOUND');
    const route = input.responsibleUnitId === undefined ? routeByStage(p) : null;
    if (route && route.unitId === null)
      throw invalid(
        'responsibleUnitId',
        msg('blocker.noDepartment', { role: msg(`label.blockerRoute.${route.routedAs}`) }),
      );
    const responsibleUnitId = input.responsibleUnitId ?? route!.unitId!;
    const id = await insertBlocker(tx, {
      projectId,
      ...input,
      responsibleUnitId,
      routedAs: route?.routedAs ?? null,
      raisedBy: actor.userId,
      raisedByUnitId: actor.unitId,
    }).catch((e) => {
      if ((e as { cause?: { code?: string } }).cause?.code === '23503' || (e as { code?: string }).code === '23503')
        throw invalid('responsibleUnitId', msg('blocker.unitMissing'));
      throw e;
    });
    await insertForUnits(tx, [responsibleUnitId], {
      kind: 'blocker.assigned',
      message: msg('notification.blockerAssigned', {
        project: p.name,
        category: msg(`label.blockerCategory.${input.category}`),
        date: input.dueOn,
      }),
      entityType: 'project',
      entityId: String(projectId),
    });
    await insertHistory(
      tx,
      projectId,
      { kind: 'blocker', changes: { raised: { id, ...input, responsibleUnitId, routedAs: route?.routedAs ?? null } } },
      { id: actor.userId, name: actor.displayName },
    );
    await recordAudit(tx, ctx, {
      action: 'blocker.raise',
      entityType: 'blocker',
      entityId: id,
      after: { projectId, ...input, responsibleUnitId, routedAs: route?.routedAs ?? null },
    });
    return { id };
  });
}

export async function listBlockers(
  database: Database,
  ctx: RequestContext,
  q: { status?: string; overdue?: boolean; escalated?: boolean; responsibleUnitId?: number; majorOnly?: boolean },
) {
  const actor = requireActor(ctx);
  projectsPolicy.assert(actor, 'project.list');
  const today = shanghaiDate();
  const threshold = await findMajorThreshold(database.db);
  const rows = await findBlockers(database.db, {
    status: q.status,
    overdueBefore: q.overdue ? today : undefined,
    escalated: q.escalated,
    responsibleUnitId: q.responsibleUnitId,
    majorThresholdYuan: q.majorOnly ? threshold : undefined,
    scopeUnitId: projectsPolicy.allows(actor, 'project.listAll') ? undefined : actor.unitId,
  });
  return { items: rows.map((b) => presentBlocker(b, today, threshold)) };
}

export async function resolveBlocker(
  database: Database,
  ctx: RequestContext,
  id: number,
  input: { version: number; resolution: string },
) {
  const actor = requireActor(ctx);
  blockersPolicy.assert(actor, 'blocker.resolve');
  await database.db.transaction(async (tx) => {
    const b = await findBlockerById(tx, id);
    // Another unit's blocker answers as one that does not exist: its project is not theirs to learn of.
    if (!b || !mayOn(actor, 'blocker.resolve', { responsibleUnitId: b.responsible_unit_id }))
      throw new AppError('NOT_FOUND');
    if (b.status === 'resolved') throw new AppError('CONFLICT_VERSION', { status: b.status }, msg('blocker.resolved'));
    if (!(await resolveBlockerRow(tx, id, input.version, input.resolution)))
      throw new AppError('CONFLICT_VERSION', { currentVersion: b.version });
    await insertHistory(
      tx,
      b.project_id,
      { kind: 'blocker', changes: { resolved: { id, resolution: input.resolution } } },
      { id: actor.userId, name: actor.displayName },
    );
    await recordAudit(tx, ctx, {
      action: 'blocker.resolve',
      entityType: 'blocker',
      entityId: id,
      after: { resolution: input.resolution },
    });
  });
}

/** A joint meeting whose agenda is compiled from the open blockers of major projects (or the ones chosen). */
export async function createMeeting(
  database: Database,
  ctx: RequestContext,
  input: { title: string; heldOn: string; blockerIds?: number[] },
) {
  const actor = requireActor(ctx);
  blockersPolicy.assert(actor, 'meeting.manage');
  return database.db.transaction(async (tx) => {
    const threshold = await findMajorThreshold(tx);
    const agenda = input.blockerIds
      ? await findBlockers(tx, { ids: input.blockerIds, status: 'open' })
      : await findBlockers(tx, { status: 'open', majorThresholdYuan: threshold });
    if (input.blockerIds && agenda.length !== new Set(input.blockerIds).size)
      throw invalid('blockerIds', msg('blocker.agendaUnknown'));
    if (!agenda.length) throw invalid('blockerIds', msg('blocker.agendaEmpty'));
    const id = await insertMeeting(
      tx,
      { title: input.title, heldOn: input.heldOn, createdBy: actor.userId },
      agenda.map((b) => b.id),
    );
    const units = [...new Set(agenda.map((b) => b.responsible_unit_id))];
    await insertForUnits(tx, units, {
      kind: 'meeting.agenda',
      message: msg('notification.meetingAgenda', { title: input.title, date: input.heldOn }),
      entityType: 'meeting',
      entityId: String(id),
    });
    await recordAudit(tx, ctx, {
      action: 'meeting.create',
      entityType: 'meeting',
      entityId: id,
      after: { ...input, blockers: agenda.map((b) => b.id) },
    });
    return { id, items: agenda.length };
  });
}

/** Meetings: the office and leaders see all; a unit the meetings with an agenda item it may see. */
export async function listMeetings(database: Database, ctx: RequestContext) {
  const actor = requireActor(ctx);
  projectsPolicy.assert(actor, 'project.list');
  return {
    items: (
      await findMeetings(database.db, projectsPolicy.allows(actor, 'project.listAll') ? undefined : actor.unitId)
    ).map(presentMeeting),
  };
}

export async function getMeeting(database: Database, ctx: RequestContext, id: number) {
  const actor = requireActor(ctx);
  projectsPolicy.assert(actor, 'project.list');
  const meeting = await findMeeting(database.db, id);
  if (!meeting) throw new AppError('NOT_FOUND');
  const today = shanghaiDate();
  const threshold = await findMajorThreshold(database.db);
  const items = await findMeetingItems(
    database.db,
    id,
    projectsPolicy.allows(actor, 'project.listAll') ? undefined : actor.unitId,
  );
  if (!items.length && !projectsPolicy.allows(actor, 'project.listAll')) throw new AppError('NOT_FOUND');
  return {
    meeting: presentMeeting(meeting),
    items: items.map((it) => ({ blocker: presentBlocker(it, today, threshold), decision: it.decision })),
  };
}

/** Records the meeting's decision on a blocker, optionally with a new responsible unit or deadline. */
export async function decideMeetingItem(
  database: Database,
  ctx: RequestContext,
  meetingId: number,
  blockerId: number,
  input: { decision: string; responsibleUnitId?: number; dueOn?: string },
) {
  const actor = requireActor(ctx);
  blockersPolicy.assert(actor, 'meeting.manage');
  await database.db.transaction(async (tx) => {
    const meeting = await findMeeting(tx, meetingId);
    if (!meeting) throw new AppError('NOT_FOUND');
    if (meeting.status !== 'planned')
      throw new AppError('CONFLICT_VERSION', { status: meeting.status }, msg('blocker.meetingClosedDecision'));
    if (input.dueOn && input.dueOn < shanghaiDate()) throw invalid('dueOn', msg('blocker.newDueBeforeToday'));
    const before = await findBlockerById(tx, blockerId);
    if (!(await setMeetingDecision(tx, meetingId, blockerId, { ...input, userId: actor.userId })))
      throw new AppError('NOT_FOUND', { blockerId }, msg('blocker.notOnAgenda'));
    const b = (await findBlockerById(tx, blockerId))!;
    await insertHistory(
      tx,
      b.project_id,
      { kind: 'blocker', changes: { decided: { id: blockerId, meetingId, ...input } } },
      { id: actor.userId, name: actor.displayName },
    );
    if (input.responsibleUnitId || input.dueOn) {
      if (before && before.responsible_unit_id !== b.responsible_unit_id) {
        await insertForUnits(tx, [before.responsible_unit_id], {
          kind: 'blocker.reassigned',
          message: msg('notification.blockerReassigned', { project: b.project_name, unit: b.responsible_unit_name }),
          entityType: 'project',
          entityId: String(b.project_id),
        });
      }
      await insertForUnits(tx, [b.responsible_unit_id], {
        kind: 'blocker.assigned',
        message: msg('notification.blockerAssignedByMeeting', { project: b.project_name, date: b.due_on }),
        entityType: 'project',
        entityId: String(b.project_id),
      });
    }
    await recordAudit(tx, ctx, {
      action: 'meeting.decide',
      entityType: 'meeting',
      entityId: meetingId,
      after: { blockerId, ...input },
    });
  });
}

export async function closeMeeting(database: Database, ctx: RequestContext, id: number) {
  const actor = requireActor(ctx);
  blockersPolicy.assert(actor, 'meeting.manage');
  await database.db.transaction(async (tx) => {
    const meeting = await findMeeting(tx, id);
    if (!meeting) throw new AppError('NOT_FOUND');
    if (meeting.status !== 'planned')
      throw new AppError('CONFLICT_VERSION', { status: meeting.status }, msg('blocker.meetingClosed'));
    if (!(await setMeetingHeld(tx, id))) throw new AppError('NOT_FOUND');
    await recordAudit(tx, ctx, { action: 'meeting.close', entityType: 'meeting', entityId: id });
  });
}

/** Escalates open blockers past their deadline to the office (each once); how many. */
export async function escalateOverdue(tx: Tx, today: string, officeUnitIds: number[]): Promise<number> {
  const escalated = await escalateOverdueBlockers(tx, today);
  for (const b of escalated) {
    await insertForUnits(tx, [b.responsible_unit_id, ...officeUnitIds], {
      kind: 'blocker.escalated',
      message: msg('notification.blockerEscalated', { text: b.description.slice(0, 40) }),
      entityType: 'project',
      entityId: String(b.project_id),
    });
  }
  return escalated.length;
}
