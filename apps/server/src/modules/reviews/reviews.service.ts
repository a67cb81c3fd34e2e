import { addMonths, type Message, mayOn, msg, type ProjectStage, shanghaiDate, translate } from '@zhaoshang/shared';
import type { Database } from '../../db/client.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { rejudgeTracks } from '../major-projects/major-projects.repository.ts';
import { insertForUnits } from '../notifications/notifications.repository.ts';
import { projectsPolicy } from '../projects/projects.policy.ts';
import { findProjectById, insertHistory, setProjectStatus } from '../projects/projects.repository.ts';
import { reviewsPolicy } from './reviews.policy.ts';
import {
  answerReviewItem,
  findCampaign,
  findCampaignItems,
  findCampaigns,
  findReviewCandidates,
  insertCampaign,
  setCampaignClosed,
} from './reviews.repository.ts';
import { presentCampaign } from './reviews.schemas.ts';

const invalid = (path: string, message: Message) =>
  new AppError('VALIDATION_FAILED', { issues: [{ path, message }] }, message);

export type ReviewCriteria = { stages: ('intent' | ProjectStage)[]; idleMonths: number };

/** Launches a review: the active projects at the given stages with no stage change for the given months, one item per project for its host unit. */
export async function launchReview(
  database: Database,
  ctx: RequestContext,
  input: { title: string; criteria: ReviewCriteria; dueOn: string },
) {
  const actor = requireActor(ctx);
  reviewsPolicy.assert(actor, 'review.launch');
  const today = shanghaiDate();
  if (input.dueOn < today) throw invalid('dueOn', msg('review.dueBeforeToday'));
  const idleSince = addMonths(today, -input.criteria.idleMonths);
  return database.db.transaction(async (tx) => {
    const candidates = await findReviewCandidates(tx, input.criteria.stages, idleSince);
    if (!candidates.length)
      throw invalid(
        'criteria',
        msg('review.noCandidates', {
          stages: input.criteria.stages.map((s) => msg(`label.stage.${s}`)),
          months: input.criteria.idleMonths,
        }),
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
        message: msg('notification.reviewLaunched', { title: input.title, count: n, date: input.dueOn }),
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
  return { items: (await findCampaigns(database.db, scope)).map(presentCampaign) };
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
    campaign: presentCampaign(campaign),
    units: [...byUnit.values()],
    items: items.map((it) => ({
      projectId: it.project_id,
      projectName: it.project_name,
      stage: it.stage,
      stageChangedOn: it.stage_changed_on,
      unit: { id: it.unit_id, name: it.unit_name },
      answer: it.answer as 'alive' | 'stalled' | 'lost' | null,
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
  reviewsPolicy.assert(actor, 'review.answer');
  await database.db.transaction(async (tx) => {
    const campaign = await findCampaign(tx, campaignId);
    if (!campaign) throw new AppError('NOT_FOUND');
    if (campaign.status !== 'open')
      throw new AppError('CONFLICT_VERSION', { status: campaign.status }, msg('review.closedNoReply'));
    const [item] = await findCampaignItems(tx, campaignId, undefined, projectId);
    // Another unit's item answers as one not listed: its project is not theirs to learn of.
    if (!item || !mayOn(actor, 'review.answer', { unitId: item.unit_id }))
      throw new AppError('NOT_FOUND', { projectId }, msg('review.notListed'));
    if (item.answer === 'lost' && a.answer !== 'lost') {
      throw new AppError('CONFLICT_VERSION', { projectId }, msg('review.lostIsFinal'));
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
          ? translate('zh', 'review.statusLost', { title: campaign.title, text: a.problems ?? a.progress })
          : a.answer === 'stalled'
            ? translate('zh', 'review.statusStalled', { title: campaign.title, text: a.problems ?? a.progress })
            : null;
      await setProjectStatus(tx, projectId, status, reason);
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

export async function closeReview(database: Database, ctx: RequestContext, id: number) {
  const actor = requireActor(ctx);
  reviewsPolicy.assert(actor, 'review.launch');
  await database.db.transaction(async (tx) => {
    const c = await findCampaign(tx, id);
    if (!c) throw new AppError('NOT_FOUND');
    if (c.status !== 'open') throw new AppError('CONFLICT_VERSION', { status: c.status }, msg('review.closed'));
    await setCampaignClosed(tx, id);
    await recordAudit(tx, ctx, {
      action: 'review.close',
      entityType: 'review',
      entityId: id,
      after: { answered: c.answered, total: c.total },
    });
  });
}
