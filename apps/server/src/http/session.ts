import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../db/client.ts';
import { csrfMatches, type ResolvedSession, resolveSession } from '../modules/auth/auth.service.ts';
import type { RequestContext } from './context.ts';
import { AppError, languageOf } from './errors.ts';

export const SESSION_COOKIE = 'zs_session';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext;
    session: ResolvedSession | null;
  }
  interface FastifyContextConfig {
    /** Routes open without a session (login). */
    public?: boolean;
    /** Routes a user who must change their password may still use. */
    allowPasswordChange?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every /api request gets a context; every non-public one needs a live session, and every
 * state-changing one the session's CSRF token in X-CSRF-Token (double submit: the token
 * comes in the JSON of login and /auth/me, never in a cookie a third site could send).
 */
export function registerSessionHooks(app: FastifyInstance, database: Database) {
  app.decorateRequest('ctx', null as never);
  app.decorateRequest('session', null);
  // Authentication runs before the body is even parsed: a stranger learns nothing from validation.
  app.addHook('onRequest', async (req: FastifyRequest) => {
    req.ctx = {
      actor: null,
      clientIp: req.ip ?? null,
      requestId: req.id,
      lang: languageOf(req.headers['accept-language']),
    };
    const config = req.routeOptions.config;
    if (!req.url.startsWith('/api/v1/') || config.public) return;
    const token = req.cookies[SESSION_COOKIE];
    if (!token) throw new AppError('UNAUTHENTICATED');
    const session = await resolveSession(database, token);
    if (
      !SAFE_METHODS.has(req.method) &&
      !csrfMatches(session.csrfToken, req.headers[CSRF_HEADER] as string | undefined)
    ) {
      throw new AppError('CSRF_FAILED');
    }
    if (session.me.mustChangePassword && !config.allowPasswordChange) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED', { reason: session.me.passwordChangeReason });
    }
    req.session = session;
    req.ctx.actor = session.actor;
  });
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean) {
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure, path: '/' });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean) {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure, path: '/' });
}
