// @vitest-environment jsdom
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loginMutation, meQuery, meQueryKey } from './api.ts';

const USER = {
  id: 7,
  username: 'office.wang',
  displayName: '王敏',
  role: 'office',
  unit: { id: 1, name: '市招商办', kind: 'office' },
  mustChangePassword: false,
  passwordChangeReason: null,
};

afterEach(() => vi.unstubAllGlobals());

describe('logging in while the session probe is still on its way', () => {
  it('keeps the user the login answered, not the late "nobody" of the probe sent before it', async () => {
    let answerProbe: (r: Response) => void = () => {};
    vi.stubGlobal('fetch', (request: Request) => {
      const path = new URL(request.url).pathname;
      if (path === '/api/v1/auth/me') return new Promise<Response>((resolve) => (answerProbe = resolve));
      if (path === '/api/v1/auth/login')
        return Promise.resolve(Response.json({ user: USER, csrfToken: 'token-1' }, { status: 200 }));
      return Promise.resolve(Response.json({ code: 'NOT_FOUND', message: path }, { status: 404 }));
    });
    const queryClient = new QueryClient();
    const probe = queryClient.fetchQuery(meQuery).catch(() => undefined);

    const login = loginMutation(queryClient);
    const session = await login.mutationFn({ username: 'office.wang', password: 'Lanjiang#2026' });
    await login.onSuccess(session);
    // The probe, sent without the cookie, now answers 401.
    answerProbe(Response.json({ code: 'UNAUTHENTICATED', message: '请先登录' }, { status: 401 }));
    await probe;
    await new Promise((resolve) => setTimeout(resolve, 0));

    expect(queryClient.getQueryData(meQueryKey)).toEqual(USER);
  });
});
