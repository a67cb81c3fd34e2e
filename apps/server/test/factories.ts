import { randomBytes } from 'node:crypto';
import type { Role, UnitKind } from '@zhaoshang/shared';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/app.ts';
import type { Database } from '../src/db/client.ts';
import type { RequestContext } from '../src/http/context.ts';
import { createUnit } from '../src/modules/org/units.service.ts';
import { createUser } from '../src/modules/org/users.service.ts';
import { openTestDatabase } from './test-db.ts';

export const TEST_PASSWORD = 'Zhaoshang#2026';

/** The context of set-up steps: acts like the command line, as the machine's administrator. */
export const systemCtx: RequestContext = {
  actor: null,
  clientIp: null,
  requestId: null,
  lang: 'zh',
  systemName: 'test',
};

export const uniq = (prefix: string) => `${prefix}${randomBytes(4).toString('hex')}`;

export type TestEnv = { database: Database; app: FastifyInstance; close(): Promise<void> };

/** A fresh migrated database and the HTTP app on it, for one test file. */
export async function createTestEnv(opts: { loginRateLimit?: number } = {}): Promise<TestEnv> {
  const database = await openTestDatabase();
  const app = await buildApp({ database, logLevel: 'silent', loginRateLimit: opts.loginRateLimit ?? 10_000 });
  return {
    database,
    app,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

export async function buildUnit(database: Database, over: { name?: string; kind?: UnitKind; parentId?: number } = {}) {
  return createUnit(database, systemCtx, {
    name: over.name ?? uniq('测试单位'),
    kind: over.kind ?? 'county',
    parentId: over.parentId ?? null,
  });
}

/** A user whose unit is created when not given; the first password is final unless asked otherwise. */
export async function buildUser(
  database: Database,
  over: {
    role?: Role;
    unitId?: number;
    username?: string;
    password?: string;
    mustChangePassword?: boolean;
    displayName?: string;
  } = {},
) {
  const unitId = over.unitId ?? (await buildUnit(database)).id;
  return createUser(database, systemCtx, {
    username: over.username ?? uniq('u'),
    displayName: over.displayName ?? '测试用户',
    password: over.password ?? TEST_PASSWORD,
    role: over.role ?? 'unit_staff',
    unitId,
    mustChangePassword: over.mustChangePassword ?? false,
  });
}

export type Session = { cookie: string; csrf: string; userId: number };

export async function login(app: FastifyInstance, username: string, password = TEST_PASSWORD): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login of ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'zs_session')!;
  const body = res.json();
  return { cookie: `zs_session=${cookie.value}`, csrf: body.csrfToken, userId: body.user.id };
}

/** A logged-in user of the given role, with a session ready for requests. */
export async function loginAs(env: TestEnv, role: Role, over: Parameters<typeof buildUser>[1] = {}) {
  const user = await buildUser(env.database, { ...over, role });
  const session = await login(env.app, user.username, over.password ?? TEST_PASSWORD);
  return { user, session };
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** An API request as the browser makes it: session cookie and CSRF header. */
export function call(
  app: FastifyInstance,
  session: Session | null,
  method: Method,
  url: string,
  payload?: unknown,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method,
    url,
    payload: payload as never,
    headers: session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {},
  });
}

/**
 * A file sent as the import wizard and the evidence upload send it: the bytes as the body, the
 * name in X-File-Name; `lang` asks for the answer in that language (Accept-Language).
 */
export function uploadFile(
  app: FastifyInstance,
  session: Session,
  url: string,
  bytes: Buffer,
  name: string,
  lang?: string,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url,
    payload: bytes,
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrf,
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent(name),
      ...(lang ? { 'accept-language': lang } : {}),
    },
  });
}

/** A service-call context for a user made by buildUser, as if they had logged in. */
export function actorCtx(
  user: { id: number; username: string; displayName: string; role: Role; unit: { id: number; name: string } },
  unitKind: UnitKind = 'county',
): RequestContext {
  return {
    actor: {
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      unitId: user.unit.id,
      unitName: user.unit.name,
      unitKind,
      sessionId: 'test',
    },
    clientIp: '127.0.0.1',
    requestId: null,
    lang: 'zh',
  };
}
