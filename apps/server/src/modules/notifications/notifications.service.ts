import { renderMessage } from '@zhaoshang/shared';
import type { Database } from '../../db/client.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { notificationsPolicy } from './notifications.policy.ts';
import { findNotifications, markRead } from './notifications.repository.ts';

/** The bell: the newest notifications of the person asking, each in their language, and how many are unread. */
export async function listMyNotifications(database: Database, ctx: RequestContext, limit = 50) {
  const actor = requireActor(ctx);
  notificationsPolicy.assert(actor, 'notification.read');
  const { items, unread } = await findNotifications(database.db, actor.userId, limit);
  return {
    unread,
    items: items.map((n) => ({
      id: n.id,
      kind: n.kind,
      title: n.message ? renderMessage(ctx.lang, n.message) : n.title,
      entityType: n.entityType,
      entityId: n.entityId,
      read: n.readAt !== null,
      createdAt: n.createdAt.toISOString(),
    })),
  };
}

/** Marks one of the asker's notifications read, or all of them (id null). Reading is no business write: not audited. */
export async function markMyNotificationsRead(database: Database, ctx: RequestContext, id: number | null) {
  const actor = requireActor(ctx);
  notificationsPolicy.assert(actor, 'notification.read');
  await markRead(database.db, actor.userId, id);
}
