import { isMajorProject, msg, shanghaiDate, yuanToWan } from '@zhaoshang/shared';
import type { Database } from '../../db/client.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findMajorThreshold } from '../projects/projects.repository.ts';
import { leadersPolicy } from './leaders.policy.ts';
import {
  deleteEventLeader,
  deleteProjectLeader,
  findEventForLink,
  findLeaderEvents,
  findLeaderProjects,
  findLeaders,
  findProjectForLink,
  findUserForLink,
  insertEventLeader,
  insertProjectLeader,
} from './leaders.repository.ts';
import type { LeaderTarget } from './leaders.schemas.ts';

/** The city leaders, each with how much they are linked to. */
export async function listLeaders(database: Database, ctx: RequestContext) {
  leadersPolicy.assert(requireActor(ctx), 'leaderLink.read');
  const rows = await findLeaders(database.db);
  return { items: rows.map((r) => ({ id: r.id, name: r.display_name, projects: r.projects, events: r.events })) };
}

/** A leader's page: linked major projects with their tracks, milestones and open blockers, and linked events. */
export async function getLeaderPortfolio(database: Database, ctx: RequestContext, leaderId: number) {
  leadersPolicy.assert(requireActor(ctx), 'leaderLink.read');
  const leader = await findUserForLink(database.db, leaderId);
  if (!leader || leader.role !== 'leader') throw new AppError('NOT_FOUND');
  const today = shanghaiDate();
  const [projects, events] = await Promise.all([
    findLeaderProjects(database.db, leaderId),
    findLeaderEvents(database.db, leaderId),
  ]);
  return {
    leader: { id: leader.id, name: leader.display_name },
    projects: projects.map((p) => ({
      id: p.id,
      name: p.name,
      hostUnit: p.host_unit_name,
      agreedWan: yuanToWan(BigInt(p.agreed_yuan)),
      stage: p.stage,
      track: p.track,
      milestones: p.milestones,
      blockers: p.blockers.map((b) => ({ ...b, overdue: b.dueOn < today })),
    })),
    events: events.map((e) => ({ id: e.id, name: e.name, startsOn: e.starts_on, endsOn: e.ends_on })),
  };
}

async function requireLeader(database: Database, leaderId: number) {
  const leader = await findUserForLink(database.db, leaderId);
  if (!leader) throw new AppError('NOT_FOUND');
  if (leader.role !== 'leader' || leader.disabled)
    throw new AppError('VALIDATION_FAILED', { leaderId }, msg('leaderLink.notLeader', { name: leader.display_name }));
  return leader;
}

/**
 * The office links a leader to a major project or an event. A project below the major-project
 * threshold is refused (市领导挂钩 is for major projects); a second link of the same pair is a conflict.
 */
export async function linkLeader(database: Database, ctx: RequestContext, leaderId: number, target: LeaderTarget) {
  const actor = requireActor(ctx);
  leadersPolicy.assert(actor, 'leaderLink.manage');
  const leader = await requireLeader(database, leaderId);
  let itemName: string;
  if (target.kind === 'project') {
    const p = await findProjectForLink(database.db, target.id);
    if (!p) throw new AppError('NOT_FOUND', { projectId: target.id }, msg('leaderLink.projectMissing'));
    const threshold = await findMajorThreshold(database.db);
    if (!isMajorProject(BigInt(p.agreed_yuan), threshold))
      throw new AppError(
        'VALIDATION_FAILED',
        { projectId: p.id },
        msg('leaderLink.notMajor', {
          project: p.name,
          amount: yuanToWan(BigInt(p.agreed_yuan)),
          threshold: yuanToWan(threshold),
        }),
      );
    itemName = p.name;
  } else {
    const e = await findEventForLink(database.db, target.id);
    if (!e) throw new AppError('NOT_FOUND', { eventId: target.id }, msg('leaderLink.eventMissing'));
    itemName = e.name;
  }
  await database.db.transaction(async (tx) => {
    const added =
      target.kind === 'project'
        ? await insertProjectLeader(tx, target.id, leaderId, actor.userId)
        : await insertEventLeader(tx, target.id, leaderId, actor.userId);
    if (!added)
      throw new AppError(
        'CONFLICT_VERSION',
        { leaderId, ...target },
        msg('leaderLink.already', { name: leader.display_name, item: itemName }),
      );
    await recordAudit(tx, ctx, {
      action: 'leaderLink.add',
      entityType: target.kind,
      entityId: target.id,
      after: { leaderId, leader: leader.display_name },
    });
  });
}

export async function unlinkLeader(database: Database, ctx: RequestContext, leaderId: number, target: LeaderTarget) {
  const actor = requireActor(ctx);
  leadersPolicy.assert(actor, 'leaderLink.manage');
  await database.db.transaction(async (tx) => {
    const removed =
      target.kind === 'project'
        ? await deleteProjectLeader(tx, target.id, leaderId)
        : await deleteEventLeader(tx, target.id, leaderId);
    if (!removed) throw new AppError('NOT_FOUND');
    await recordAudit(tx, ctx, {
      action: 'leaderLink.remove',
      entityType: target.kind,
      entityId: target.id,
      before: { leaderId },
    });
  });
}
