import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, call, createTestEnv, login, TEST_PASSWORD, type TestEnv } from '../../../test/factories.ts';
import { queryRows } from '../../db/client.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

const loginRaw = (username: string, password: string) =>
  env.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });

describe('login', () => {
  it('opens a session with an HttpOnly, SameSite=Strict cookie and tells who is logged in', async () => {
    const user = await buildUser(env.database, { role: 'unit_staff', displayName: '王晓' });
    const res = await loginRaw(user.username, TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'zs_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    expect(cookie.path).toBe('/');
    expect(cookie.secure).toBeUndefined();
    const body = res.json();
    expect(body.user).toEqual({
      id: user.id,
      username: user.username,
      displayName: '王晓',
      role: 'unit_staff',
      unit: { id: user.unit.id, name: user.unit.name, kind: 'county' },
      mustChangePassword: false,
      passwordChangeReason: null,
    });
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const me = await call(
      env.app,
      { cookie: `zs_session=${cookie.value}`, csrf: body.csrfToken, userId: user.id },
      'GET',
      '/api/v1/auth/me',
    );
    expect(me.statusCode).toBe(200);
    expect(me.json().user.username).toBe(user.username);
  });

  it('accepts the username in any letter case', async () => {
    const user = await buildUser(env.database, { username: 'Zhang.Wei' });
    expect((await loginRaw('zhang.wei', TEST_PASSWORD)).statusCode).toBe(200);
    expect(user.username).toBe('Zhang.Wei');
  });

  it('answers 401 for a wrong password and for an unknown user, with the same message', async () => {
    const user = await buildUser(env.database);
    const wrong = await loginRaw(user.username, 'Wrong#password1');
    const unknown = await loginRaw('nobody-here', 'Wrong#password1');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual({ code: 'BAD_CREDENTIALS', message: '用户名或密码错误', details: undefined });
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('locks the account for 30 minutes after 5 failures in a row: 423 even with the right password', async () => {
    const user = await buildUser(env.database);
    for (let i = 0; i < 5; i++) expect((await loginRaw(user.username, `Wrong#pass${i}`)).statusCode).toBe(401);
    const locked = await loginRaw(user.username, TEST_PASSWORD);
    expect(locked.statusCode).toBe(423);
    expect(locked.json().message).toBe('连续登录失败次数过多，账号已锁定 30 分钟');
    const [row] = (await queryRows<Record<string, unknown>>(
      env.database.db,
      sql`select round(extract(epoch from locked_until - now()) / 60) as minutes from users where id = ${user.id}`,
    )) as { minutes: string }[];
    expect(Number(row!.minutes)).toBe(30);
    // Once the lock has passed, the right password works again and the count restarts.
    await env.database.db.execute(
      sql`update users set locked_until = now() - interval '1 second' where id = ${user.id}`,
    );
    expect((await loginRaw(user.username, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('a success resets the count: 4 failures, a success, 4 failures do not lock', async () => {
    const user = await buildUser(env.database);
    for (let i = 0; i < 4; i++) await loginRaw(user.username, 'Wrong#password1');
    expect((await loginRaw(user.username, TEST_PASSWORD)).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) await loginRaw(user.username, 'Wrong#password1');
    expect((await loginRaw(user.username, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses a disabled account with 403', async () => {
    const user = await buildUser(env.database);
    await env.database.db.execute(sql`update users set disabled = true where id = ${user.id}`);
    const res = await loginRaw(user.username, TEST_PASSWORD);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('ACCOUNT_DISABLED');
  });
});

describe('forced password change', () => {
  it('at first login: every other endpoint answers 403 until the password is changed', async () => {
    const user = await buildUser(env.database, { mustChangePassword: true });
    const s = await login(env.app, user.username);
    const me = await call(env.app, s, 'GET', '/api/v1/auth/me');
    expect(me.json().user).toMatchObject({ mustChangePassword: true, passwordChangeReason: 'first_login' });
    const blocked = await call(env.app, s, 'GET', '/api/v1/units');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json()).toEqual({
      code: 'PASSWORD_CHANGE_REQUIRED',
      message: '请先修改密码',
      details: { reason: 'first_login' },
    });

    const weak = await call(env.app, s, 'POST', '/api/v1/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'short',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json()).toEqual({
      code: 'WEAK_PASSWORD',
      message: '新密码不符合密码策略',
      details: { problems: ['too_short', 'too_few_classes'] },
    });
    const withName = await call(env.app, s, 'POST', '/api/v1/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: `${user.username}#X1`,
    });
    expect(withName.json().details.problems).toContain('contains_username');
    const wrongCurrent = await call(env.app, s, 'POST', '/api/v1/auth/password', {
      currentPassword: 'Nope#12345678',
      newPassword: 'Brand#New2026x',
    });
    expect(wrongCurrent.json().code).toBe('WRONG_PASSWORD');
    const same = await call(env.app, s, 'POST', '/api/v1/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: TEST_PASSWORD,
    });
    expect(same.json().code).toBe('PASSWORD_REUSED');

    const ok = await call(env.app, s, 'POST', '/api/v1/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'Brand#New2026x',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user).toMatchObject({ mustChangePassword: false, passwordChangeReason: null });
    expect((await call(env.app, s, 'GET', '/api/v1/units')).statusCode).toBe(200);
    expect((await loginRaw(user.username, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await loginRaw(user.username, 'Brand#New2026x')).statusCode).toBe(200);
  });

  it('after 90 days the password has expired and must be changed', async () => {
    const user = await buildUser(env.database);
    await env.database.db.execute(
      sql`update users set password_changed_at = now() - interval '91 days' where id = ${user.id}`,
    );
    const s = await login(env.app, user.username);
    const me = await call(env.app, s, 'GET', '/api/v1/auth/me');
    expect(me.json().user).toMatchObject({ mustChangePassword: true, passwordChangeReason: 'expired' });
    expect((await call(env.app, s, 'GET', '/api/v1/units')).json().code).toBe('PASSWORD_CHANGE_REQUIRED');
  });
});

describe('sessions', () => {
  it('ends a session idle for more than 30 minutes', async () => {
    const user = await buildUser(env.database);
    const s = await login(env.app, user.username);
    await env.database.db.execute(
      sql`update sessions set last_seen_at = now() - interval '31 minutes' where user_id = ${user.id}`,
    );
    const res = await call(env.app, s, 'GET', '/api/v1/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ code: 'SESSION_EXPIRED', message: '登录已超时，请重新登录', details: undefined });
    // The session stays ended even if it is touched again.
    expect((await call(env.app, s, 'GET', '/api/v1/auth/me')).json().code).toBe('UNAUTHENTICATED');
  });

  it('keeps a session active 29 minutes after its last use', async () => {
    const user = await buildUser(env.database);
    const s = await login(env.app, user.username);
    await env.database.db.execute(
      sql`update sessions set last_seen_at = now() - interval '29 minutes' where user_id = ${user.id}`,
    );
    expect((await call(env.app, s, 'GET', '/api/v1/auth/me')).statusCode).toBe(200);
  });

  it('logout ends the session and clears the cookie', async () => {
    const user = await buildUser(env.database);
    const s = await login(env.app, user.username);
    const out = await call(env.app, s, 'POST', '/api/v1/auth/logout');
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === 'zs_session')?.value).toBe('');
    expect((await call(env.app, s, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('refuses a forged cookie and a state-changing request without the CSRF token', async () => {
    const user = await buildUser(env.database);
    const s = await login(env.app, user.username);
    const forged = await call(env.app, { ...s, cookie: 'zs_session=forged-token-value' }, 'GET', '/api/v1/auth/me');
    expect(forged.statusCode).toBe(401);
    expect(forged.json().code).toBe('UNAUTHENTICATED');
    const noCsrf = await env.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: s.cookie } });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json()).toEqual({ code: 'CSRF_FAILED', message: '页面已过期，请刷新后重试', details: undefined });
    const wrongCsrf = await call(env.app, { ...s, csrf: 'x'.repeat(32) }, 'POST', '/api/v1/auth/logout');
    expect(wrongCsrf.json().code).toBe('CSRF_FAILED');
    // The session is still alive: a refused request changes nothing.
    expect((await call(env.app, s, 'GET', '/api/v1/auth/me')).statusCode).toBe(200);
  });

  it('marks the cookie Secure behind a TLS-terminating proxy', async () => {
    const { buildApp } = await import('../../app.ts');
    const proxied = await buildApp({
      database: env.database,
      logLevel: 'silent',
      trustProxy: true,
      loginRateLimit: 100,
    });
    const user = await buildUser(env.database);
    const res = await proxied.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { username: user.username, password: TEST_PASSWORD },
    });
    expect(res.cookies.find((c) => c.name === 'zs_session')!.secure).toBe(true);
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000');
    await proxied.close();
  });

  it('answers in English when the client asks for it', async () => {
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
      payload: { username: 'nobody-here', password: 'x' },
    });
    expect(res.json().message).toBe('Wrong username or password');
  });
});

describe('login rate limit', () => {
  it('answers 429 with the error shape once a client address passes the limit', async () => {
    const { buildApp } = await import('../../app.ts');
    const limited = await buildApp({ database: env.database, logLevel: 'silent', loginRateLimit: 3 });
    const attempt = () =>
      limited.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'nobody-here', password: 'x' },
      });
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await attempt()).statusCode);
    expect(codes).toEqual([401, 401, 401, 429]);
    const res = await attempt();
    expect(res.json()).toEqual({
      code: 'RATE_LIMITED',
      message: '请求过于频繁，请稍后再试',
      details: { retryAfterSeconds: 60 },
    });
    await limited.close();
  });
});
