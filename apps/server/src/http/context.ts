import type { Role, UnitKind } from '@zhaoshang/shared';
import type { Lang } from './errors.ts';

/** Who is asking: the logged-in user as of this request, in the unit they work in today. */
export type Actor = {
  userId: number;
  username: string;
  displayName: string;
  role: Role;
  unitId: number;
  unitName: string;
  unitKind: UnitKind;
  sessionId: string;
};

/** What every service call knows about the request it serves (also built by the CLI). */
export type RequestContext = {
  actor: Actor | null;
  clientIp: string | null;
  requestId: string | null;
  lang: Lang;
  /** Who acts when no user does (the command line, a scheduled job); shown as the audit record's user. */
  systemName?: string;
};

export function requireActor(ctx: RequestContext): Actor {
  if (!ctx.actor) throw new Error('this service call needs a logged-in actor');
  return ctx.actor;
}
