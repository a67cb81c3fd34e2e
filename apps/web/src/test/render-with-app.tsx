import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, vi } from 'vitest';
import { AntdProvider } from '../components/antd-provider.tsx';
import type { Me } from '../features/auth/api.ts';
import { meQueryKey } from '../features/auth/api.ts';
import '../i18n/feature-messages.ts';
import { I18nProvider } from '../i18n/i18n-context.tsx';
import { storeLanguage } from '../i18n/language.ts';

/** One request the page made: method, path with its query, and the JSON body sent. */
export type SentRequest = { method: string; path: string; body: unknown };

/** The answer of the fake API to one request: status and JSON body. */
export type FakeAnswer = { status: number; body?: unknown };

/** Answers a request, or returns undefined for "not handled" (the test then fails with a 501). */
export type FakeApi = (request: SentRequest) => FakeAnswer | undefined;

export const OFFICE_USER: Me = {
  id: 1,
  username: 'office',
  displayName: '招商办 王敏',
  role: 'office',
  unit: { id: 1, name: '市招商办', kind: 'office' },
  mustChangePassword: false,
  passwordChangeReason: null,
};

// antd reads the viewport through matchMedia, which jsdom does not have.
if (typeof window !== 'undefined' && !window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

if (typeof window !== 'undefined' && !window.ResizeObserver) {
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
// jsdom computes no pseudo-element styles; antd only measures scrollbars with them.
if (typeof window !== 'undefined') {
  const computed = window.getComputedStyle.bind(window);
  window.getComputedStyle = (element: Element) => computed(element);
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/**
 * Renders a component as the app would (query client, language, antd, router, a signed-in
 * user) against a fake API: `fetch` is answered by `answer`, and every request is recorded.
 */
export function renderWithApp(
  ui: ReactNode,
  {
    answer = () => undefined,
    user = OFFICE_USER,
    lang = 'zh',
    path = '/',
  }: {
    answer?: FakeApi;
    user?: Me;
    lang?: 'zh' | 'en';
    path?: string;
  } = {},
) {
  storeLanguage(lang);
  const requests: SentRequest[] = [];
  // The generated client sends a Request; the hand-written one a URL and its init.
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const sent = input instanceof Request ? input : undefined;
    const url = sent ? new URL(sent.url, 'http://localhost') : new URL(String(input), 'http://localhost');
    const path = `${url.pathname}${url.search}`.replace(/^\/api\/v1/, '');
    const body = sent ? (sent.method === 'GET' ? undefined : await sent.text()) : init.body;
    const request = {
      method: sent?.method ?? init.method ?? 'GET',
      path,
      body: typeof body === 'string' && body !== '' ? JSON.parse(body) : body === '' ? undefined : body,
    };
    requests.push(request);
    const reply = answer(request) ?? { status: 501, body: { code: 'NOT_FAKED', message: `${request.method} ${path}` } };
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status: reply.status,
      headers: { 'content-type': 'application/json' },
    });
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  queryClient.setQueryData(meQueryKey, user);
  const view = render(
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <AntdProvider>
          <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
        </AntdProvider>
      </I18nProvider>
    </QueryClientProvider>,
  );
  return { ...view, requests, queryClient };
}
