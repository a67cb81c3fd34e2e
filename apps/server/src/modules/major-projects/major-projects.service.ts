import {
  type Message,
  mayOn,
  msg,
  PROJECT_STAGES,
  type ProjectStage,
  shanghaiDate,
  yuanToWan,
} from '@zhaoshang/shared';
import type { Database, Tx } from '../../db/client.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { claimSlot } from '../jobs/jobs.repository.ts';
import { insertForUnits } from '../notifications/notifications.repository.ts';
import { projectsPolicy } from '../projects/projects.policy.ts';
import { findMajorThreshold, findProjectById, insertHistory } from '../projects/projects.repository.ts';
import { canSeeProjectRow } from '../projects/projects.service.ts';
import { majorProjectsPolicy } from './major-projects.policy.ts';
import {
  type BoardTrack,
  claimDueReminders,
  claimSlipped,
  findBoard,
  judgeTracks,
  rejudgeTracks,
  replaceMilestones,
  updateMajorThreshold,
} from './major-projects.repository.ts';

const invalid = (path: string, message: Message) =>
  new AppError('VALIDATION_FAILED', { issues: [{ path, message }] }, message);

const stageLabel = (s: string) =>
  (PROJECT_STAGES as readonly string[]).includes(s) || s === 'intent' ? msg(`label.stage.${s as ProjectStage}`) : s;

/** The milestone plan of a major project, entered by its host unit (or the office). */
export async function setMilestonePlan(
  database: Database,
  ctx: RequestContext,
  projectId: number,
  plan: { stage: string; plannedOn: string }[],
) {
  const actor = requireActor(ctx);
  majorProjectsPolicy.assert(actor, 'milestone.plan');
  const stages = plan.map((m) => m.stage);
  if (new Set(stages).size !== stages.length) throw invalid('plan', msg('major.planStageTwice'));
  const ordered = PROJECT_STAGES.filter((s) => stages.includes(s)).map((s) => plan.find((m) => m.stage === s)!);
  for (let i = 1; i < ordered.length; i++) {
    if (ordered[i]!.plannedOn < ordered[i - 1]!.plannedOn) {
      throw invalid(
        `plan.${ordered[i]!.stage}`,
        msg('major.planOrder', {
          stage: stageLabel(ordered[i]!.stage),
          date: ordered[i]!.plannedOn,
          other: stageLabel(ordered[i - 1]!.stage),
          otherDate: ordered[i - 1]!.plannedOn,
        }),
      );
    }
  }
  await database.db.transaction(async (tx) => {
    const p = await findProjectById(tx, projectId, { forUpdate: true });
    if (!p || !canSeeProjectRow(actor, p, [])) throw new AppError('NOT_FOUND');
    if (!mayOn(actor, 'milestone.plan', { hostUnitId: p.host_unit_id }))
      throw new AppError('FORBIDDEN', { reason: 'not_host' }, msg('major.hostPlans'));
    const threshold = await findMajorThreshold(tx);
    if (BigInt(p.agreed_yuan) < threshold)
      throw invalid('projectId', msg('major.belowThreshold', { threshold: yuanToWan(threshold) }));
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

/** Reminds host units of milestones due within a week (each milestone once); how many. */
export async function remindDueMilestones(tx: Tx, today: string, thresholdYuan: bigint): Promise<number> {
  const reminders = await claimDueReminders(tx, today, thresholdYuan);
  for (const r of reminders) {
    await insertForUnits(tx, [r.host_unit_id], {
      kind: 'milestone.due',
      message: msg('notification.milestoneDue', {
        project: r.name,
        date: r.planned_on,
        stage: stageLabel(r.stage),
        days: daysBetween(today, r.planned_on),
      }),
      entityType: 'project',
      entityId: String(r.project_id),
    });
  }
  return reminders.length;
}

/** Announces milestones whose planned date passed unreached, to the host unit and the office (each once); how many. */
export async function announceSlippedMilestones(
  tx: Tx,
  today: string,
  thresholdYuan: bigint,
  officeUnitIds: number[],
): Promise<number> {
  const slipped = await claimSlipped(tx, today, thresholdYuan);
  for (const r of slipped) {
    await insertForUnits(tx, [r.host_unit_id, ...officeUnitIds], {
      kind: 'milestone.slipped',
      message: msg('notification.milestoneSlipped', {
        project: r.name,
        date: r.planned_on,
        stage: stageLabel(r.stage),
      }),
      entityType: 'project',
      entityId: String(r.project_id),
    });
  }
  return slipped.length;
}

/** Judges the board's tracks for the day unless the board already did (the day's slot). */
export async function judgeTracksOfDay(tx: Tx, today: string, thresholdYuan: bigint): Promise<void> {
  if (await claimSlot(tx, 'board-tracks', today)) await judgeTracks(tx, today, thresholdYuan);
}

const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

export async function getProjectSettings(database: Database, ctx: RequestContext) {
  projectsPolicy.assert(requireActor(ctx), 'project.list');
  return { majorThresholdWan: yuanToWan(await findMajorThreshold(database.db)) };
}

export async function setMajorThreshold(database: Database, ctx: RequestContext, yuan: bigint) {
  majorProjectsPolicy.assert(requireActor(ctx), 'project.settings');
  if (yuan <= 0n)
    throw new AppError('VALIDATION_FAILED', {
      issues: [{ path: 'majorThresholdWan', message: msg('major.thresholdPositive') }],
    });
  await database.db.transaction(async (tx) => {
    const before = await findMajorThreshold(tx);
    await updateMajorThreshold(tx, yuan);
    await rejudgeTracks(tx);
    await recordAudit(tx, ctx, {
      action: 'project.settings',
      entityType: 'project_settings',
      entityId: 1,
      before: { majorThresholdYuan: before.toString() },
      after: { majorThresholdYuan: yuan.toString() },
    });
  });
}
