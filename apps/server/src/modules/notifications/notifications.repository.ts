import { type Message, renderMessage } from '@zhaoshang/shared';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { effectiveUnitIdSql } from '../../db/fragments/effective-unit.ts';
import { tableRows } from '../../db/rows.ts';
import { notifications } from '../../db/schema/index.ts';

export type NewNotification = { kind: string; message: Message; entityType: string; entityId: string };

/**
 * One notification for every active person working in the given units today. It keeps its
 * message as code + params so each reader reads it in their language; the Chinese text is
 * kept beside it as the rows before messages had it.
 */
export async function insertForUnits(
  db: Tx,
  unitIds: number[],
  n: NewNotification,
  roles: readonly string[] = ['office', 'unit_manager', 'unit_staff'],
): Promise<number> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`insert into notifications (user_id, kind, title, message, entity_type, entity_id)
        select u.id, ${n.kind}, ${renderMessage('zh', n.message)}, ${JSON.stringify(n.message)}::jsonb,
               ${n.entityType}, ${n.entityId}
        from users u
        where not u.disabled and u.role = any(${sql.param(roles)}::text[])
          and ${effectiveUnitIdSql(sql`u`)} = any(${sql.param(unitIds)}::int[])
        returning id`,
  );
  return rows.length;
}

export async function findNotifications(db: Tx, userId: number, limit: number) {
  const [items, [unread]] = await Promise.all([
    queryRows<Record<string, unknown>>(
      db,
      sql`select * from notifications where user_id = ${userId} order by id desc limit ${limit}`,
    ),
    queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from notifications where user_id = ${userId} and read_at is null`,
    ),
  ]);
  return { items: tableRows(notifications, items), unread: unread?.n ?? 0 };
}

/** Marks one notification read, or all of them (id null). */
export async function markRead(db: Tx, userId: number, id: number | null) {
  await db.execute(
    sql`update notifications set read_at = now()
        where user_id = ${userId} and read_at is null ${id === null ? sql`` : sql`and id = ${id}`}`,
  );
}

/** One notification for each of the given people (disabled accounts included: they read it when back). */
export async function insertForUsers(db: Tx, userIds: number[], n: NewNotification): Promise<number> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`insert into notifications (user_id, kind, title, message, entity_type, entity_id)
        select u.id, ${n.kind}, ${renderMessage('zh', n.message)}, ${JSON.stringify(n.message)}::jsonb,
               ${n.entityType}, ${n.entityId}
        from users u where u.id = any(${sql.param(userIds)}::int[])
        returning id`,
  );
  return rows.length;
}
