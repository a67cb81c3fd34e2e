import { BLOCKER_CATEGORIES, PROJECT_STAGES } from '@zhaoshang/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import {
  answerReview,
  closeMeeting,
  closeReview,
  createMeeting,
  decideMeetingItem,
  getMeeting,
  getReview,
  launchReview,
  listBlockers,
  listMeetings,
  listReviews,
  majorProjectsBoard,
  raiseBlocker,
  resolveBlocker,
  setMilestonePlan,
} from './project-work.service.ts';
import { calendarDate, id } from './projects.schemas.ts';

const text = (max: number, required: string) => z.string().trim().min(1, required).max(max);
const flag = z.enum(['true', 'false']).optional();

/** Major projects, look-back reviews, blockers and joint meetings: the work that follows a project after signing. */
export const projectWorkRoutes =
  (database: Database): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['major projects, reviews, blockers, meetings'];
    app.put(
      '/projects/:id/milestones',
      {
        schema: {
          tags,
          summary: '填报重大项目节点计划（每个阶段一个计划日期）',
          params: z.strictObject({ id }),
          body: z.strictObject({
            plan: z
              .array(z.strictObject({ stage: z.enum(PROJECT_STAGES), plannedOn: calendarDate }))
              .max(PROJECT_STAGES.length),
          }),
        },
      },
      async (req, reply) => {
        await setMilestonePlan(database, req.ctx, req.params.id, req.body.plan);
        return reply.status(204).send();
      },
    );
    app.get(
      '/major-projects',
      {
        schema: {
          tags,
          summary: '重大项目看板：正常 / 预警（30 天内到期未完成）/ 逾期 / 未填计划',
          querystring: z.strictObject({
            unitId: id.optional(),
            track: z.enum(['overdue', 'at_risk', 'on_track', 'no_plan']).optional(),
            page: z.coerce.number().int().min(1).default(1),
            pageSize: z.coerce.number().int().min(1).max(200).default(20),
          }),
        },
      },
      async (req) => majorProjectsBoard(database, req.ctx, req.query),
    );
    app.post(
      '/reviews',
      {
        schema: {
          tags,
          summary: '发起回头看',
          body: z.strictObject({
            title: text(200, '请填写标题'),
            criteria: z.strictObject({
              stages: z.array(z.enum(['intent', ...PROJECT_STAGES])).min(1, '至少选择一个阶段'),
              idleMonths: z.number().int().min(0).max(120),
            }),
            dueOn: calendarDate,
          }),
          response: { 201: z.object({ id: z.number().int(), projects: z.number().int(), units: z.number().int() }) },
        },
      },
      async (req, reply) => reply.status(201).send(await launchReview(database, req.ctx, req.body)),
    );
    app.get('/reviews', { schema: { tags, summary: '回头看列表' } }, async (req) => listReviews(database, req.ctx));
    app.get(
      '/reviews/:id',
      { schema: { tags, summary: '回头看详情：各单位回复进度与逐项目回复', params: z.strictObject({ id }) } },
      async (req) => getReview(database, req.ctx, req.params.id),
    );
    app.put(
      '/reviews/:id/items/:projectId',
      {
        schema: {
          tags,
          summary: '回复回头看（项目在谈 / 停滞 / 流失）',
          params: z.strictObject({ id, projectId: id }),
          body: z.strictObject({
            answer: z.enum(['alive', 'stalled', 'lost']),
            progress: text(2000, '请填写进展情况'),
            problems: z.string().trim().max(2000).nullable().optional(),
            nextStep: z.string().trim().max(2000).nullable().optional(),
          }),
        },
      },
      async (req, reply) => {
        await answerReview(database, req.ctx, req.params.id, req.params.projectId, req.body);
        return reply.status(204).send();
      },
    );
    app.post(
      '/reviews/:id/close',
      { schema: { tags, summary: '结束回头看', params: z.strictObject({ id }) } },
      async (req, reply) => {
        await closeReview(database, req.ctx, req.params.id);
        return reply.status(204).send();
      },
    );
    app.post(
      '/projects/:id/blockers',
      {
        schema: {
          tags,
          summary: '提出问题（交责任单位限期办理）',
          params: z.strictObject({ id }),
          body: z.strictObject({
            category: z.enum(BLOCKER_CATEGORIES),
            description: text(2000, '请描述问题'),
            responsibleUnitId: z.number().int().positive(),
            dueOn: calendarDate,
          }),
          response: { 201: z.object({ id: z.number().int() }) },
        },
      },
      async (req, reply) => reply.status(201).send(await raiseBlocker(database, req.ctx, req.params.id, req.body)),
    );
    app.get(
      '/blockers',
      {
        schema: {
          tags,
          summary: '问题清单',
          querystring: z.strictObject({
            status: z.enum(['open', 'resolved']).optional(),
            overdue: flag,
            escalated: flag,
            responsibleUnitId: id.optional(),
            majorOnly: flag,
          }),
        },
      },
      async (req) => {
        const q = req.query;
        return listBlockers(database, req.ctx, {
          status: q.status,
          overdue: q.overdue === 'true',
          escalated: q.escalated === 'true',
          responsibleUnitId: q.responsibleUnitId,
          majorOnly: q.majorOnly === 'true',
        });
      },
    );
    app.post(
      '/blockers/:id/resolve',
      {
        schema: {
          tags,
          summary: '办结问题',
          params: z.strictObject({ id }),
          body: z.strictObject({ version: z.number().int().positive(), resolution: text(2000, '请填写办理结果') }),
        },
      },
      async (req, reply) => {
        await resolveBlocker(database, req.ctx, req.params.id, req.body);
        return reply.status(204).send();
      },
    );
    app.post(
      '/meetings',
      {
        schema: {
          tags,
          summary: '召开联席会议（默认以重大项目的全部未办结问题为议题）',
          body: z.strictObject({
            title: text(200, '请填写会议名称'),
            heldOn: calendarDate,
            blockerIds: z.array(z.number().int().positive()).max(500).optional(),
          }),
          response: { 201: z.object({ id: z.number().int(), items: z.number().int() }) },
        },
      },
      async (req, reply) => reply.status(201).send(await createMeeting(database, req.ctx, req.body)),
    );
    app.get('/meetings', { schema: { tags, summary: '联席会议列表' } }, async (req) => listMeetings(database, req.ctx));
    app.get(
      '/meetings/:id',
      { schema: { tags, summary: '联席会议议题与决定', params: z.strictObject({ id }) } },
      async (req) => getMeeting(database, req.ctx, req.params.id),
    );
    app.put(
      '/meetings/:id/items/:blockerId',
      {
        schema: {
          tags,
          summary: '记录会议对某问题的决定（可改责任单位、期限）',
          params: z.strictObject({ id, blockerId: id }),
          body: z.strictObject({
            decision: text(2000, '请填写会议决定'),
            responsibleUnitId: z.number().int().positive().optional(),
            dueOn: calendarDate.optional(),
          }),
        },
      },
      async (req, reply) => {
        await decideMeetingItem(database, req.ctx, req.params.id, req.params.blockerId, req.body);
        return reply.status(204).send();
      },
    );
    app.post(
      '/meetings/:id/close',
      { schema: { tags, summary: '会议结束', params: z.strictObject({ id }) } },
      async (req, reply) => {
        await closeMeeting(database, req.ctx, req.params.id);
        return reply.status(204).send();
      },
    );
  };
