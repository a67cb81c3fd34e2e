import { PROJECT_STAGES, parseWan, wanToYuan } from '@zhaoshang/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { noContent } from '../../http/responses.ts';
import { calendarDate, id, wan } from '../projects/projects.schemas.ts';
import { MAJOR_TRACKS, majorProjectsBoardSchema } from './major-projects.schemas.ts';
import {
  getProjectSettings,
  majorProjectsBoard,
  setMajorThreshold,
  setMilestonePlan,
} from './major-projects.service.ts';

const yuan = (w: string) => wanToYuan((parseWan(w) as { value: string }).value);

/** Major projects: milestone plans, the board of tracks, and the threshold that makes a project major. */
export const majorProjectsRoutes =
  (database: Database): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['major projects, reviews, blockers, meetings'];
    const projectTags = ['projects'];
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
          response: { 204: noContent },
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
            track: z.enum(MAJOR_TRACKS).optional(),
            page: z.coerce.number().int().min(1).default(1),
            pageSize: z.coerce.number().int().min(1).max(200).default(20),
          }),
          response: { 200: majorProjectsBoardSchema },
        },
      },
      async (req) => majorProjectsBoard(database, req.ctx, req.query),
    );
    app.get(
      '/project-settings',
      {
        schema: {
          tags: projectTags,
          summary: '项目规则（重大项目标准）',
          response: { 200: z.object({ majorThresholdWan: z.string() }) },
        },
      },
      async (req) => getProjectSettings(database, req.ctx),
    );
    app.put(
      '/project-settings',
      {
        schema: {
          tags: projectTags,
          summary: '设置重大项目标准（万元）',
          body: z.strictObject({ majorThresholdWan: wan }),
          response: { 204: noContent },
        },
      },
      async (req, reply) => {
        await setMajorThreshold(database, req.ctx, yuan(req.body.majorThresholdWan));
        return reply.status(204).send();
      },
    );
  };
