import type { MessageKey } from '@zhaoshang/shared';
import { BLOCKER_CATEGORIES } from '@zhaoshang/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { itemsOf, noContent } from '../../http/responses.ts';
import { messageKey } from '../../http/validation.ts';
import { calendarDate, id } from '../projects/projects.schemas.ts';
import { blockerSchema, meetingDetailSchema, meetingSummarySchema } from './blockers.schemas.ts';
import {
  closeMeeting,
  createMeeting,
  decideMeetingItem,
  getMeeting,
  listBlockers,
  listMeetings,
  raiseBlocker,
  resolveBlocker,
} from './blockers.service.ts';

const text = (max: number, required: MessageKey) => z.string().trim().min(1, messageKey(required)).max(max);
const flag = z.enum(['true', 'false']).optional();

/** Blockers (问题) raised on projects, and the joint meetings (联席会议) that decide on them. */
export const blockersRoutes =
  (database: Database): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['major projects, reviews, blockers, meetings'];
    app.post(
      '/projects/:id/blockers',
      {
        schema: {
          tags,
          summary: '提出问题（交责任单位限期办理；未指定时按阶段交推进或培育部门）',
          params: z.strictObject({ id }),
          body: z.strictObject({
            category: z.enum(BLOCKER_CATEGORIES),
            description: text(2000, 'blocker.descriptionRequired'),
            responsibleUnitId: z
              .number()
              .int()
              .positive()
              .optional()
              .describe('omitted: the push department before the start, the nurture department after'),
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
          response: { 200: itemsOf(blockerSchema) },
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
          body: z.strictObject({
            version: z.number().int().positive(),
            resolution: text(2000, 'blocker.resolutionRequired'),
          }),
          response: { 204: noContent },
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
            title: text(200, 'blocker.meetingTitleRequired'),
            heldOn: calendarDate,
            blockerIds: z.array(z.number().int().positive()).max(500).optional(),
          }),
          response: { 201: z.object({ id: z.number().int(), items: z.number().int() }) },
        },
      },
      async (req, reply) => reply.status(201).send(await createMeeting(database, req.ctx, req.body)),
    );
    app.get(
      '/meetings',
      { schema: { tags, summary: '联席会议列表', response: { 200: itemsOf(meetingSummarySchema) } } },
      async (req) => listMeetings(database, req.ctx),
    );
    app.get(
      '/meetings/:id',
      {
        schema: {
          tags,
          summary: '联席会议议题与决定',
          params: z.strictObject({ id }),
          response: { 200: meetingDetailSchema },
        },
      },
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
            decision: text(2000, 'blocker.decisionRequired'),
            responsibleUnitId: z.number().int().positive().optional(),
            dueOn: calendarDate.optional(),
          }),
          response: { 204: noContent },
        },
      },
      async (req, reply) => {
        await decideMeetingItem(database, req.ctx, req.params.id, req.params.blockerId, req.body);
        return reply.status(204).send();
      },
    );
    app.post(
      '/meetings/:id/close',
      { schema: { tags, summary: '会议结束', params: z.strictObject({ id }), response: { 204: noContent } } },
      async (req, reply) => {
        await closeMeeting(database, req.ctx, req.params.id);
        return reply.status(204).send();
      },
    );
  };
