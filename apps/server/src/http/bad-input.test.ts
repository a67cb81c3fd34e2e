import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestEnv, loginAs, type TestEnv } from '../../test/factories.ts';

let env: TestEnv;
let admin: Awaited<ReturnType<typeof loginAs>>;
beforeAll(async () => {
  env = await createTestEnv();
  // A route that fails unexpectedly, to see what a user is shown.
  env.app.get('/api/v1/test-failure', async () => {
    throw new Error('secret internal detail');
  });
  admin = await loginAs(env, 'admin');
});
afterAll(() => env.close());

const unitCount = async () =>
  (await call(env.app, admin.session, 'GET', '/api/v1/units?includeInactive=true')).json().items.length;

describe('bad input answers 4xx with the error shape and writes nothing', () => {
  it('wrong types, missing fields and unknown fields', async () => {
    const before = await unitCount();
    const wrongType = await call(env.app, admin.session, 'POST', '/api/v1/units', { name: 42, kind: 'county' });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().code).toBe('VALIDATION_FAILED');
    expect(wrongType.json().message).toBe('提交的内容有误，请按提示修改后重试');
    expect(wrongType.json().details.issues[0].path).toBe('name');
    const missing = await call(env.app, admin.session, 'POST', '/api/v1/units', { name: '某县' });
    expect(missing.json().details.issues.map((i: { path: string }) => i.path)).toEqual(['kind']);
    const badKind = await call(env.app, admin.session, 'POST', '/api/v1/units', { name: '某县', kind: 'province' });
    expect(badKind.statusCode).toBe(400);
    const unknown = await call(env.app, admin.session, 'POST', '/api/v1/units', {
      name: '某县',
      kind: 'county',
      isAdmin: true,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().details.issues[0].message).toMatch(/isAdmin/);
    const blank = await call(env.app, admin.session, 'POST', '/api/v1/units', { name: '   ', kind: 'county' });
    expect(blank.json().details.issues).toEqual([{ path: 'name', message: '不能为空' }]);
    expect(await unitCount()).toBe(before);
  });

  it('invalid JSON, wrong content type, an empty body and a body over 1 MB', async () => {
    const headers = { cookie: admin.session.cookie, 'x-csrf-token': admin.session.csrf };
    const invalid = await env.app.inject({
      method: 'POST',
      url: '/api/v1/units',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: '{"name": "x",',
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json()).toEqual({ code: 'INVALID_JSON', message: '请求内容不是有效的 JSON' });
    const text = await env.app.inject({
      method: 'POST',
      url: '/api/v1/units',
      headers: { ...headers, 'content-type': 'text/plain' },
      payload: 'name=x',
    });
    expect(text.statusCode).toBe(415);
    expect(text.json()).toEqual({ code: 'UNSUPPORTED_MEDIA_TYPE', message: '请求内容类型不受支持，请以 JSON 提交' });
    const empty = await env.app.inject({
      method: 'POST',
      url: '/api/v1/units',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: '',
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().code).toBe('INVALID_JSON');
    const huge = await env.app.inject({
      method: 'POST',
      url: '/api/v1/units',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(1_100_000), kind: 'county' }),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toEqual({ code: 'BODY_TOO_LARGE', message: '提交的内容过大（上限 1 MB）' });
  });

  it('bad path and query parameters', async () => {
    const badId = await call(env.app, admin.session, 'PATCH', '/api/v1/units/abc', { version: 1 });
    expect(badId.statusCode).toBe(400);
    expect(badId.json().details.issues[0].path).toBe('params.id');
    const missingUnit = await call(env.app, admin.session, 'PATCH', '/api/v1/units/999999', { version: 1, name: 'x' });
    expect(missingUnit.statusCode).toBe(404);
    expect(missingUnit.json()).toEqual({
      code: 'NOT_FOUND',
      message: '找不到要访问的内容',
      details: { entity: 'unit', id: 999999 },
    });
    const badPage = await call(env.app, admin.session, 'GET', '/api/v1/users?page=0&pageSize=5000');
    expect(badPage.statusCode).toBe(400);
    expect(badPage.json().details.issues.map((i: { path: string }) => i.path)).toEqual([
      'querystring.page',
      'querystring.pageSize',
    ]);
    const unknownRoute = await call(env.app, admin.session, 'GET', '/api/v1/nothing-here');
    expect(unknownRoute.statusCode).toBe(404);
    expect(unknownRoute.json().code).toBe('NOT_FOUND');
  });

  it('an unauthenticated request is refused before validation', async () => {
    const res = await env.app.inject({ method: 'POST', url: '/api/v1/units', payload: { nonsense: true } });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ code: 'UNAUTHENTICATED', message: '请先登录' });
  });

  it('an unexpected failure shows the request id, never the internals', async () => {
    const res = await call(env.app, admin.session, 'GET', '/api/v1/test-failure');
    expect(res.statusCode).toBe(500);
    const body = res.json();
    expect(body).toEqual({
      code: 'INTERNAL',
      message: '系统内部错误，请把错误编号告诉管理员',
      details: { requestId: res.headers['x-request-id'] },
    });
    expect(res.body).not.toContain('secret');
  });

  it('no sample of malformed requests makes the server answer 500', async () => {
    const bodies = [
      null,
      [],
      'x',
      0,
      true,
      { name: null },
      { name: ['a'] },
      { version: -1 },
      { version: 'x' },
      { parentId: 'abc' },
      { unitId: 1e20 },
      { startDate: '2021-13-01' },
      { toUnitId: {} },
    ];
    const routes: [string, string][] = [
      ['POST', '/api/v1/units'],
      ['PATCH', '/api/v1/units/1'],
      ['POST', '/api/v1/users'],
      ['PATCH', '/api/v1/users/1'],
      ['POST', '/api/v1/users/1/password'],
      ['POST', '/api/v1/users/1/secondments'],
      ['POST', '/api/v1/auth/password'],
    ];
    const statuses = new Set<number>();
    for (const [method, url] of routes) {
      for (const body of bodies) {
        const res = await env.app.inject({
          method: method as 'POST',
          url,
          headers: {
            cookie: admin.session.cookie,
            'x-csrf-token': admin.session.csrf,
            'content-type': 'application/json',
          },
          payload: JSON.stringify(body),
        });
        statuses.add(res.statusCode);
        expect(res.statusCode, `${method} ${url} ${JSON.stringify(body)}: ${res.body}`).toBeLessThan(500);
        expect(Object.keys(res.json())).toEqual(expect.arrayContaining(['code', 'message']));
      }
    }
    expect([...statuses].sort()).toEqual([400]);
    const queries = [
      '/api/v1/users?sort=password',
      '/api/v1/users?role=root',
      '/api/v1/users?unitId=-1',
      '/api/v1/units?includeInactive=yes',
      '/api/v1/users?q=%27%3B%20drop%20table%20users%3B--',
    ];
    for (const q of queries) expect((await call(env.app, admin.session, 'GET', q)).statusCode, q).toBeLessThan(500);
  });
});

describe('security headers', () => {
  it('every response carries a strict CSP, nosniff, a referrer policy and frame denial', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['content-security-policy']).not.toContain("'unsafe-eval'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-frame-options']).toBe('DENY');
  });

  it('publishes the OpenAPI document with every route', async () => {
    const doc = (await env.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/auth/login',
        '/api/v1/units',
        '/api/v1/users/{id}/secondments',
        '/api/v1/audit/verify',
      ]),
    );
    expect((await env.app.inject({ method: 'GET', url: '/api/docs' })).statusCode).toBeLessThan(400);
  });
});
