import { PROJECT_STAGE_LABELS, PROJECT_STAGES, type ProjectStage, shanghaiDate, yuanToWan } from '@zhaoshang/shared';
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
  majorProjectsPolicy.assert(actor, 'milestone.plan');
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

/** Reminds host units of milestones due within a week (each milestone once); how many. */
export async function remindDueMilestones(tx: Tx, today: string, thresholdYuan: bigint): Promise<number> {
  const reminders = await claimDueReminders(tx, today, thresholdYuan);
  for (const r of reminders) {
    await insertForUnits(tx, [r.host_unit_id], {
      kind: 'milestone.due',
      title: `重大项目“${r.name}”计划于 ${r.planned_on} ${stageLabel(r.stage)}，还有 ${daysBetween(today, r.planned_on)} 天`,
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
      title: `重大项目“${r.name}”未按计划于 ${r.planned_on} ${stageLabel(r.stage)}，已逾期`,
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
      issues: [{ path: 'majorThresholdWan', message: '重大项目标准须大于 0' }],
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
