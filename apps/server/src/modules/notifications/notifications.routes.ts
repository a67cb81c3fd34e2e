import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { noContent } from '../../http/responses.ts';
import { listMyNotifications, markMyNotificationsRead } from './notifications.service.ts';

const notificationSchema = z.object({
  id: z.number().int(),
  kind: z.string(),
  title: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  read: z.boolean(),
  createdAt: z.string(),
});

/** The bell: a person's own notifications; reading them is no business write, so not audited. */
export const notificationsRoutes =
  (database: Database): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['notifications'];
    app.get(
      '/notifications',
      {
        schema: {
          tags,
          summary: '我的通知',
          response: { 200: z.object({ items: z.array(notificationSchema), unread: z.number().int() }) },
        },
      },
      async (req) => listMyNotifications(database, req.ctx),
    );
    app.post(
      '/notifications/read',
      {
        schema: {
          tags,
          summary: '标为已读（不带 id 则全部）',
          body: z.strictObject({ id: z.number().int().positive().optional() }),
          response: { 204: noContent },
        },
      },
      async (req, reply) => {
        await markMyNotificationsRead(database, req.ctx, req.body.id ?? null);
        return reply.status(204).send();
      },
    );
  };
