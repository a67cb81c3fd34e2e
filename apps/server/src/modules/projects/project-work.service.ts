import {
  addMonths,
  BLOCKER_CATEGORY_LABELS,
  type BlockerCategory,
  PROJECT_STAGE_LABELS,
  PROJECT_STAGES,
  type ProjectStage,
  shanghaiDate,
  yuanToWan,
} from '@zhaoshang/shared';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findOfficeUnitIds, insertForUnits } from '../notifications/notifications.repository.ts';
import {
  type BlockerRow,
  type BoardTrack,
  claimDueReminders,
  claimSlipped,
  claimSlot,
  escalateOverdueBlockers,
  findBlockerById,
  findBlockers,
  findBoard,
  judgeTracks,
  recordSlotResult,
  rejudgeTracks,
  replaceMilestones,
} from './project-work.repository.ts';
import { projectsPolicy } from './projects.policy.ts';
import { findMajorThreshold, findProjectById, insertHistory } from './projects.repository.ts';
import { canSeeProjectRow } from './projects.service.ts';
import {
  answerReviewItem,
  findCampaign,
  findCampaignItems,
  findCampaigns,
  findMeeting,
  findMeetingItems,
  findMeetings,
  findReviewCandidates,
  insertBlocker,
  insertCampaign,
  insertMeeting,
  resolveBlockerRow,
  setCampaignClosed,
  setMeetingDecision,
  setMeetingHeld,
} from './review-meeting.repository.ts';

const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', { issues: [{ path, message }] }, message);
const stageLabel = (s: string) => PROJECT_STAGE_LABELS[s as ProjectStage]?.zh ?? s;

/** The milestone plan of a major project, entered by its host unit (or the office). */
export async function setMilestonePlan(
  database: Database,
  ctx: RequestContext,
  projectId: number,
  plan: { stage: string; plannedOn: string }[],
) {
  const actor = requireActor(ctx);
  projectsPolicy.assert(actor, 'milestone.plan');
  const stages = plan.map((m) => m.stage);
  if (new Set(stages).size !== stages.length) throw invalid('plan', '同一阶段只能有一个计划日期');
  const ordered = PROJECT_STAGES.filter((s) => stages.includes(s)).map((s) => plan.find((m) => m.stage === s)!);
  for (let i = 1; i < ordered.length; i++) {
    if (ordered[i]!.plannedOn < ordered[i - 1]!.plannedOn) {
      throw invalid(
        `plan.${ordered[i]!.stage}`,
        `${stageLabel(ordered[i]!.stage)}的计划日期 ${ordered[i]!.plannedOn} 早于${stageLabel(ordered[i - 1]!.stage)}的计划日期 ${ordered[i - 1]!.plannedOn}`,
      );
    }
  }
  await database.db.transaction(async (tx) => {
    const p = await findProjectById(tx, projectId, { forUpdate: true });
    if (!p || !canSeeProjectRow(actor, p, [])) throw new AppError('NOT_FOUND');
    if (actor.role !== 'office' && p.host_unit_id !== actor.unitId)
      throw new AppError('FORBIDDEN', { reason: 'not_host' }, '重大项目的节点计划由承载地填报');
    const threshold = await findMajorThreshold(tx);
    if (BigInt(p.agreed_yuan) < threshold)
      throw invalid('projectId', `协议投资未达到重大项目标准（${yuanToWan(threshold)} 万元），无需填报节点计划`);
    await replaceMilestones(tx, projectId, ordered);
    await rejudgeTracks(tx, [projectId]);
    await insertHistory(
      tx,
      projectId,
      { kind: 'plan', changes: { plan: ordered } },
      { id: actor.userId, name: actor.displayName },
    );
    await recordAudit(tx, ctx, {
      action: 'project.plan',
      entityType: 'project',
      entityId: projectId,
      after: { plan: ordered },
    });
  });
}

/**
 * The tracks are judged against the calendar once a day, by whichever comes first: the daily
 * check or the first look at the board that day (the day's slot is claimed in the database).
 */
async function ensureTracksJudged(database: Database, today: string) {
  // A process that has seen the day's slot taken need not write to ask again on every board request.
  if (tracksJudgedOn === today) return;
  await database.db.transaction(async (tx) => {
    if (await claimSlot(tx, 'board-tracks', today)) await judgeTracks(tx, today, await findMajorThreshold(tx));
  });
  tracksJudgedOn = today;
}
let tracksJudgedOn: string | null = null;

/** The major-projects board: a count per track and one page of projects, the most urgent first. */
export async function majorProjectsBoard(
  database: Database,
  ctx: RequestContext,
  q: { unitId?: number; track?: BoardTrack; page?: number; pageSize?: number },
) {
  const actor = requireActor(ctx);
  projectsPolicy.assert(actor, 'project.list');
  const today = shanghaiDate();
  await ensureTracksJudged(database, today);
  const threshold = await findMajorThreshold(database.db);
  const scope = projectsPolicy.allows(actor, 'project.listAll') ? undefined : actor.unitId;
  const pageSize = q.pageSize ?? 20;
  const { counts, items, total } = await findBoard(database.db, {
    today,
    unitId: q.unitId,
    scopeUnitId: scope,
    track: q.track,
    limit: pageSize,
    offset: ((q.page ?? 1) - 1) * pageSize,
  });
  return {
    majorThresholdWan: yuanToWan(threshold),
    counts,
    total,
    items: items.map((r) => ({
      id: r.id,
      name: r.name,
      hostUnit: { id: r.host_unit_id, name: r.host_unit_name },
      agreedWan: yuanToWan(BigInt(r.agreed_yuan)),
      stage: r.stage,
      chain: r.chain,
      track: r.track,
      overdueStages: r.overdue_stages,
      atRiskStages: r.at_risk_stages,
      nextStage: r.next_stage,
      nextPlannedOn: r.next_planned_on,
      openBlockers: r.open_blockers,
    })),
  };
}

/**
 * The daily checks: milestone reminders a week ahead, slip notices on the day a planned date
 * passes, escalation of overdue blockers. The day's slot is claimed in the same transaction,
 * so with several app processes on one database the checks run once a day.
 */
export async function runDailyProjectChecks(database: Database, ctx: RequestContext, today = shanghaiDate()) {
  return database.db.transaction(async (tx) => {
    if (!(await claimSlot(tx, 'project-daily-checks', today))) return null;
    const threshold = await findMajorThreshold(tx);
    const office = await findOfficeUnitIds(tx);
    const reminders = await claimDueReminders(tx, today, threshold);
    for (const r of reminders) {
      await insertForUnits(tx, [r.host_unit_id], {
        kind: 'milestone.due',
        title: `重大项目“${r.name}”计划于 ${r.planned_on} ${stageLabel(r.stage)}，还有 ${daysBetween(today, r.planned_on)} 天`,
        entityType: 'project',
        entityId: String(r.project_id),
      });
    }
    const slipped = await claimSlipped(tx, today, threshold);
    for (const r of slipped) {
      await insertForUnits(tx, [r.host_unit_id, ...office], {
        kind: 'milestone.slipped',
        title: `重大项目“${r.name}”未按计划于 ${r.planned_on} ${stageLabel(r.stage)}，已逾期`,
        entityType: 'project',
        entityId: String(r.project_id),
      });
    }
    const escalated = await escalateOverdueBlockers(tx, today);
    for (const b of escalated) {
      await insertForUnits(tx, [b.responsible_unit_id, ...office], {
        kind: 'blocker.escalated',
        title: `问题已逾期，升级至领导小组办公室：${b.description.slice(0, 40)}`,
        entityType: 'project',
        entityId: String(b.project_id),
      });
    }
    if (await claimSlot(tx, 'board-tracks', today)) await judgeTracks(tx, today, threshold);
    const result = { reminders: reminders.length, slipped: slipped.length, escalated: escalated.length };
    await recordSlotResult(tx, 'project-daily-checks', today, result);
    if (reminders.length + slipped.length + escalated.length) {
      await recordAudit(tx, ctx, {
        action: 'project.dailyChecks',
        entityType: 'scheduled_run',
        entityId: today,
        after: result,
      });
    }
    return result;
  });
}

const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

// ——— look-back reviews (回头看) ———

export type ReviewCriteria = { stages: ('intent' | ProjectStage)[]; idleMonths: number };

/** Launches a review: the active projects at the given stages with no stage change for the given months, one item per project for its host unit. */
export async function launchReview(
  database: Database,
  ctx: RequestContext,
  input: { title: string; criteria: ReviewCriteria; dueOn: string },
) {
  const actor = requireActor(ctx);
  projectsPolicy.assert(actor, 'review.launch');
  const today = shanghaiDate();
  if (input.dueOn < today) throw invalid('dueOn', '回复截止日期不能早于今天');
  const idleSince = addMonths(today, -input.criteria.idleMonths);
  return database.db.transaction(async (tx) => {
    const candidates = await findReviewCandidates(tx, input.criteria.stages, idleSince);
    if (!candidates.length)
      throw invalid(
        'criteria',
        `没有符合条件的项目（${input.criteria.stages.map(stageLabel).join('、')}阶段、${input.criteria.idleMonths} 个月无进展）`,
      );
    const id = await insertCampaign(
      tx,
      {
        title: input.title,
        criteria: { ...input.criteria, asOf: today, idleSince },
        dueOn: input.dueOn,
        createdBy: actor.userId,
      },
      candidates,
    );
    const units = [...new Set(candidates.map((c) => c.host_unit_id))];
    for (const u of units) {
      const n = candidates.filter((c) => c.host_unit_id === u).length;
      await insertForUnits(tx, [u], {
        kind: 'review.launched',
        title: `回头看“${input.title}”：本单位有 ${n} 个项目须在 ${input.dueOn} 前回复`,
        entityType: 'review',
        entityId: String(id),
      });
    }
    await recordAudit(tx, ctx, {
      action: 'review.launch',
      entityType: 'review',
      entityId: id,
      after: { title: input.title, criteria: input.criteria, dueOn: input.dueOn, projects: candidates.length },
    });
    return { id, projects: candidates.length, units: units.length };
  });
}

export async function listReviews(database: Database, ctx: RequestContext) {
  const actor = requireActor(ctx);
  projectsPolicy.assert(actor, 'project.list');
  const scope = projectsPolicy.allows(actor, 'project.listAll') ? undefined : actor.unitId;
  return { items: await findCampaigns(database.db, scope) };
}

export async function getReview(database: Database, ctx: RequestContext, id: number) {
  const actor = requireActor(ctx);
  projectsPolicy.assert(actor, 'project.list');
  const campaign = await findCampaign(database.db, id);
  if (!campaign) throw new AppError('NOT_FOUND');
  const scope = projectsPolicy.allows(actor, 'project.listAll') ? undefined : actor.unitId;
  const items = await findCampaignItems(database.db, id, scope);
  const byUnit = new Map<
    number,
    {
      unit: { id: number; name: string };
      total: number;
      answered: number;
      alive: number;
      stalled: number;
      lost: number;
    }
  >();
  for (const it of items) {
    const u = byUnit.get(it.unit_id) ?? {
      unit: { id: it.unit_id, name: it.unit_name },
      total: 0,
      answered: 0,
      alive: 0,
      stalled: 0,
      lost: 0,
    };
    u.total++;
    if (it.answer) {
      u.answered++;
      u[it.answer as 'alive' | 'stalled' | 'lost']++;
    }
    byUnit.set(it.unit_id, u);
  }
  return {
    campaign,
    units: [...byUnit.values()],
    items: items.map((it) => ({
      projectId: it.project_id,
      projectName: it.project_name,
      stage: it.stage,
      stageChangedOn: it.stage_changed_on,
      unit: { id: it.unit_id, name: it.unit_name },
      answer: it.answer,
      progress: it.progress,
      problems: it.problems,
      nextStep: it.next_step,
      answeredAt: it.answered_at,
      answeredBy: it.answered_by_name,
    })),
  };
}

/**
 * A unit's answer for one of its projects. Lost takes the project out of the active pipeline
 * (terminated, with the review as its reason) — it stays in the cohort it was signed in;
 * stalled marks it stalled; alive makes a stalled project active again.
 */
export async function answerReview(
  database: Database,
  ctx: RequestContext,
  campaignId: number,
  projectId: number,
  a: { answer: 'alive' | 'stalled' | 'lost'; progress: string; problems?: string | null; nextStep?: string | null },
) {
  const actor = requireActor(ctx);
  projectsPolicy.assert(actor, 'review.answer');
  await database.db.transaction(async (tx) => {
    const campaign = await findCampaign(tx, campaignId);
    if (!campaign) throw new AppError('NOT_FOUND');
    if (campaign.status !== 'open')
      throw new AppError('CONFLICT_VERSION', { status: campaign.status }, '该回头看已结束，不能再回复');
    const [item] = await findCampaignItems(tx, campaignId, undefined, projectId);
    if (!item) throw new AppError('NOT_FOUND', { projectId }, '该项目不在本次回头看的名单中');
    if (actor.role !== 'office' && item.unit_id !== actor.unitId) {
      throw new AppError(
        'FORBIDDEN',
        { projectId, unitId: item.unit_id },
        `该项目由“${item.unit_name}”回复，本单位不能代为回复`,
      );
    }
    if (item.answer === 'lost' && a.answer !== 'lost') {
      throw new AppError(
        'CONFLICT_VERSION',
        { projectId },
        '该项目已回复为流失并已终止；如项目恢复，请在项目页面修改其状态',
      );
    }
    await answerReviewItem(tx, campaignId, projectId, {
      ...a,
      problems: a.problems ?? null,
      nextStep: a.nextStep ?? null,
      userId: actor.userId,
    });
    const p = (await findProjectById(tx, projectId, { forUpdate: true }))!;
    const status = a.answer === 'lost' ? 'terminated' : a.answer === 'stalled' ? 'stalled' : 'active';
    if (p.status !== status && !(p.status === 'terminated' && a.answer !== 'lost')) {
      const reason =
        a.answer === 'lost'
          ? `回头看“${campaign.title}”：项目已流失。${a.problems ?? a.progress}`
          : a.answer === 'stalled'
            ? `回头看“${campaign.title}”：${a.problems ?? a.progress}`
            : null;
      await tx.execute(sqlSetStatus(projectId, status, reason));
      await rejudgeTracks(tx, [projectId]);
      await insertHistory(
        tx,
        projectId,
        { kind: 'status', changes: { version: p.version + 1, fields: { status: [p.status, status] } }, reason },
        { id: actor.userId, name: actor.displayName },
      );
    }
    await recordAudit(tx, ctx, {
      action: 'review.answer',
      entityType: 'review',
      entityId: campaignId,
      after: { projectId, ...a },
    });
  });
}

const sqlSetStatus = (id: number, status: string, reason: string | null) =>
  sql`update projects set status = ${status}, status_reason = ${reason}, version = version + 1, updated_at = now() where id = ${id}`;

export async function closeReview(database: Database, ctx: RequestContext, id: number) {
  const actor = requireActor(ctx);
  projectsPolicy.assert(actor, 'review.launch');
  await database.db.transaction(async (tx) => {
    const c = await findCampaign(tx, id);
    if (!c) throw new AppError('NOT_FOUND');
    if (c.status !== 'open') throw new AppError('CONFLICT_VERSION', { status: c.status }, '该回头看已经结束');
    await setCampaignClosed(tx, id);
    await recordAudit(tx, ctx, {
      action: 'review.close',
      entityType: 'review',
      entityId: id,
      after: { answered: c.answered, total: c.total },
    });
  });
}

// ——— blockers (问题) and joint meetings (联席会议) ———

function presentBlocker(b: BlockerRow, today: string, thresholdYuan: bigint) {
  return {
    id: b.id,
    project: { id: b.project_id, name: b.project_name, major: BigInt(b.agreed_yuan) >= thresholdYuan },
    category: b.category as BlockerCategory,
    description: b.description,
    responsibleUnit: { id: b.responsible_unit_id, name: b.responsible_unit_name },
    dueOn: b.due_on,
    status: b.status,
    resolution: b.resolution,
    escalated: b.escalated,
    overdue: b.status === 'open' && b.due_on < today,
    raisedAt: b.raised_at,
    resolvedAt: b.resolved_at,
    version: b.version,
  };
}

export async function raiseBlocker(
  database: Database,
  ctx: RequestContext,
  projectId: number,
  input: { category: BlockerCategory; description: string; responsibleUnitId: number; dueOn: string },
) {
  const actor = requireActor(ctx);
  projectsPolicy.assert(actor, 'blocker.raise');
  const today = shanghaiDate();
  if (input.dueOn < today) throw invalid('dueOn', '办结期限不能早于今天');
  return database.db.transaction(async (tx) => {
    const p = await findProjectById(tx, projectId);
    if (!p || !canSeeProjectRow(actor, p, [])) throw new AppError('NOT_FOUND');
    const id = await insertBlocker(tx, {
      projectId,
      ...input,
      raisedBy: actor.userId,
      raisedByUnitId: actor.unitId,
    }).catch((e) => {
      if ((e as { cause?: { code?: string } }).cause?.code === '23503' || (e as { code?: string }).code === '23503')
        throw invalid('responsibleUnitId', '责任单位不存在');
      throw e;
    });
    await insertForUnits(tx, [input.responsibleUnitId], {
      kind: 'blocker.assigned',
      title: `项目“${p.name}”的问题（${BLOCKER_CATEGORY_LABELS[input.category].zh}）交由本单位办理，期限 ${input.dueOn}`,
      entityType: 'project',
      entityId: String(projectId),
    });
    await insertHistory(
      tx,
      projectId,
      { kind: 'blocker', changes: { raised: { id, ...input } } },
      { id: actor.userId, name: actor.displayName },
    );
    await recordAudit(tx, ctx, {
      action: 'blocker.raise',
      entityType: 'blocker',
      entityId: id,
      after: { projectId, ...input },
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
  projectsPolicy.assert(actor, 'blocker.resolve');
  await database.db.transaction(async (tx) => {
    const b = await findBlockerById(tx, id);
    if (!b) throw new AppError('NOT_FOUND');
    if (actor.role !== 'office' && b.responsible_unit_id !== actor.unitId)
      throw new AppError(
        'FORBIDDEN',
        { reason: 'not_responsible' },
        `该问题由“${b.responsible_unit_name}”办理，只有责任单位或领导小组办公室可以办结`,
      );
    if (b.status === 'resolved') throw new AppError('CONFLICT_VERSION', { status: b.status }, '该问题已经办结');
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
  projectsPolicy.assert(actor, 'meeting.manage');
  return database.db.transaction(async (tx) => {
    const threshold = await findMajorThreshold(tx);
    const agenda = input.blockerIds
      ? await findBlockers(tx, { ids: input.blockerIds, status: 'open' })
      : await findBlockers(tx, { status: 'open', majorThresholdYuan: threshold });
    if (input.blockerIds && agenda.length !== new Set(input.blockerIds).size)
      throw invalid('blockerIds', '所选问题中有不存在或已办结的');
    if (!agenda.length) throw invalid('blockerIds', '没有待协调的重大项目问题，无需召开联席会议');
    const id = await insertMeeting(
      tx,
      { title: input.title, heldOn: input.heldOn, createdBy: actor.userId },
      agenda.map((b) => b.id),
    );
    const units = [...new Set(agenda.map((b) => b.responsible_unit_id))];
    await insertForUnits(tx, units, {
      kind: 'meeting.agenda',
      title: `联席会议“${input.title}”（${input.heldOn}）议题中有本单位负责的问题`,
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
    items: await findMeetings(database.db, projectsPolicy.allows(actor, 'project.listAll') ? undefined : actor.unitId),
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
    meeting,
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
  projectsPolicy.assert(actor, 'meeting.manage');
  await database.db.transaction(async (tx) => {
    const meeting = await findMeeting(tx, meetingId);
    if (!meeting) throw new AppError('NOT_FOUND');
    if (meeting.status !== 'planned')
      throw new AppError('CONFLICT_VERSION', { status: meeting.status }, '会议已结束，不能再记录决定');
    if (input.dueOn && input.dueOn < shanghaiDate()) throw invalid('dueOn', '新的办结期限不能早于今天');
    const before = await findBlockerById(tx, blockerId);
    if (!(await setMeetingDecision(tx, meetingId, blockerId, { ...input, userId: actor.userId })))
      throw new AppError('NOT_FOUND', { blockerId }, '该问题不在本次会议议题中');
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
          title: `联席会议决定：项目“${b.project_name}”的问题改由“${b.responsible_unit_name}”办理`,
          entityType: 'project',
          entityId: String(b.project_id),
        });
      }
      await insertForUnits(tx, [b.responsible_unit_id], {
        kind: 'blocker.assigned',
        title: `联席会议决定：项目“${b.project_name}”的问题由本单位办理，期限 ${b.due_on}`,
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
  projectsPolicy.assert(actor, 'meeting.manage');
  await database.db.transaction(async (tx) => {
    const meeting = await findMeeting(tx, id);
    if (!meeting) throw new AppError('NOT_FOUND');
    if (meeting.status !== 'planned')
      throw new AppError('CONFLICT_VERSION', { status: meeting.status }, '会议已经结束');
    if (!(await setMeetingHeld(tx, id))) throw new AppError('NOT_FOUND');
    await recordAudit(tx, ctx, { action: 'meeting.close', entityType: 'meeting', entityId: id });
  });
}
