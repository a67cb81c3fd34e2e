import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { noContent } from '../../http/responses.ts';
import {
  createSecondmentBody,
  createUnitBody,
  createUserBody,
  idParams,
  listUnitsQuery,
  listUsersQuery,
  resetPasswordBody,
  secondmentSchema,
  unitSchema,
  updateUnitBody,
  updateUserBody,
  userSchema,
} from './org.schemas.ts';
import { createUnit, listUnits, updateUnitById } from './units.service.ts';
import {
  createSecondment,
  createUser,
  listSecondments,
  listUsers,
  resetPassword,
  unlock,
  updateUserById,
} from './users.service.ts';

const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

export const orgRoutes =
  (database: Database): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['organisation'];
    app.get(
      '/units',
      { schema: { tags, summary: '单位列表', querystring: listUnitsQuery, response: { 200: items(unitSchema) } } },
      async (req) => ({
        items: await listUnits(database, req.ctx, req.query.includeInactive === 'true'),
      }),
    );
    app.post(
      '/units',
      { schema: { tags, summary: '新增单位', body: createUnitBody, response: { 201: unitSchema } } },
      async (req, reply) => reply.status(201).send(await createUnit(database, req.ctx, req.body)),
    );
    app.patch(
      '/units/:id',
      { schema: { tags, summary: '修改单位', params: idParams, body: updateUnitBody, response: { 200: unitSchema } } },
      async (req) => updateUnitById(database, req.ctx, req.params.id, req.body),
    );

    app.get(
      '/users',
      {
        schema: {
          tags,
          summary: '人员列表',
          querystring: listUsersQuery,
          response: { 200: z.object({ items: z.array(userSchema), total: z.number().int() }) },
        },
      },
      async (req) => {
        const { page, pageSize, sort, ...filter } = req.query;
        return listUsers(database, req.ctx, filter, sort, page, pageSize);
      },
    );
    app.post(
      '/users',
      { schema: { tags, summary: '新增人员', body: createUserBody, response: { 201: userSchema } } },
      async (req, reply) => reply.status(201).send(await createUser(database, req.ctx, req.body)),
    );
    app.patch(
      '/users/:id',
      {
        schema: {
          tags,
          summary: '修改人员（含停用/启用）',
          params: idParams,
          body: updateUserBody,
          response: { 200: userSchema },
        },
      },
      async (req) => updateUserById(database, req.ctx, req.params.id, req.body),
    );
    app.post(
      '/users/:id/password',
      {
        schema: {
          tags,
          summary: '重置密码（下次登录须修改）',
          params: idParams,
          body: resetPasswordBody,
          response: { 204: noContent },
        },
      },
      async (req, reply) => {
        await resetPassword(database, req.ctx, req.params.id, req.body.password);
        return reply.status(204).send();
      },
    );
    app.post(
      '/users/:id/unlock',
      { schema: { tags, summary: '解除锁定', params: idParams, response: { 204: noContent } } },
      async (req, reply) => {
        await unlock(database, req.ctx, req.params.id);
        return reply.status(204).send();
      },
    );
    app.get(
      '/users/:id/secondments',
      { schema: { tags, summary: '借调记录', params: idParams, response: { 200: items(secondmentSchema) } } },
      async (req) => ({ items: await listSecondments(database, req.ctx, req.params.id) }),
    );
    app.post(
      '/users/:id/secondments',
      {
        schema: {
          tags,
          summary: '新增借调',
          params: idParams,
          body: createSecondmentBody,
          response: { 201: secondmentSchema },
        },
      },
      async (req, reply) => reply.status(201).send(await createSecondment(database, req.ctx, req.params.id, req.body)),
    );
  };
