import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../db/client.ts';
import { noContent } from '../../http/responses.ts';
import { clearSessionCookie, setSessionCookie } from '../../http/session.ts';
import { changePasswordBody, loginBody, sessionResponse } from './auth.schemas.ts';
import { changePassword, login, logout } from './auth.service.ts';

export const authRoutes =
  (database: Database, loginRateLimit: number): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/auth/login',
      {
        config: { public: true, rateLimit: { max: loginRateLimit, timeWindow: '1 minute' } },
        schema: { tags: ['auth'], summary: '登录', body: loginBody, response: { 200: sessionResponse } },
      },
      async (req, reply) => {
        const result = await login(database, req.ctx, { ...req.body, userAgent: req.headers['user-agent'] ?? null });
        setSessionCookie(reply, result.token, req.protocol === 'https');
        return { user: result.me, csrfToken: result.csrfToken };
      },
    );

    app.get(
      '/auth/me',
      {
        config: { allowPasswordChange: true },
        schema: { tags: ['auth'], summary: '当前用户', response: { 200: sessionResponse } },
      },
      async (req) => ({ user: req.session!.me, csrfToken: req.session!.csrfToken }),
    );

    app.post(
      '/auth/logout',
      {
        config: { allowPasswordChange: true },
        schema: { tags: ['auth'], summary: '退出登录', response: { 204: noContent } },
      },
      async (req, reply) => {
        await logout(database, req.ctx);
        clearSessionCookie(reply, req.protocol === 'https');
        return reply.status(204).send();
      },
    );

    app.post(
      '/auth/password',
      {
        config: { allowPasswordChange: true },
        schema: { tags: ['auth'], summary: '修改密码', body: changePasswordBody, response: { 200: sessionResponse } },
      },
      async (req) => {
        const me = await changePassword(database, req.ctx, req.body);
        return { user: me, csrfToken: req.session!.csrfToken };
      },
    );
  };
