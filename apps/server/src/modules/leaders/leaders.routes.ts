import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { itemsOf, noContent } from '../../http/responses.ts';
import { id } from '../projects/projects.schemas.ts';
import { leaderPortfolioSchema, leaderSummarySchema } from './leaders.schemas.ts';
import { getLeaderPortfolio, linkLeader, listLeaders, unlinkLeader } from './leaders.service.ts';

const kind = z.enum(['projects', 'events']);
const target = (k: 'projects' | 'events', targetId: number) =>
  ({ kind: k === 'projects' ? 'project' : 'event', id: targetId }) as const;

/** City leaders on major projects and events (市领导带头招商 / 挂钩). */
export const leadersRoutes =
  (database: Database): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['oversight: notices and inspections'];
    app.get(
      '/leaders',
      { schema: { tags, summary: '市领导及其挂钩数', response: { 200: itemsOf(leaderSummarySchema) } } },
      async (req) => listLeaders(database, req.ctx),
    );
    app.get(
      '/leaders/:id',
      {
        schema: {
          tags,
          summary: '市领导挂钩的重大项目（推进情况、节点、未办结问题）与活动',
          params: z.strictObject({ id }),
          response: { 200: leaderPortfolioSchema },
        },
      },
      async (req) => getLeaderPortfolio(database, req.ctx, req.params.id),
    );
    app.post(
      '/leaders/:id/:kind',
      {
        schema: {
          tags,
          summary: '挂钩重大项目或活动',
          params: z.strictObject({ id, kind }),
          body: z.strictObject({ targetId: z.number().int().positive() }),
          response: { 204: noContent },
        },
      },
      async (req, reply) => {
        await linkLeader(database, req.ctx, req.params.id, target(req.params.kind, req.body.targetId));
        return reply.status(204).send();
      },
    );
    app.delete(
      '/leaders/:id/:kind/:targetId',
      {
        schema: {
          tags,
          summary: '取消挂钩',
          params: z.strictObject({ id, kind, targetId: id }),
          response: { 204: noContent },
        },
      },
      async (req, reply) => {
        await unlinkLeader(database, req.ctx, req.params.id, target(req.params.kind, req.params.targetId));
        return reply.status(204).send();
      },
    );
  };
