import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyRequest } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUnit, createTestEnv, loginAs, type TestEnv } from '../../test/factories.ts';
import { chunksOf, firstPageLinks } from './first-page.ts';

/** A build's manifest as Vite writes it, cut down to the sources the first page names. */
const MANIFEST = {
  'index.html': { file: 'assets/index-1.js', imports: ['_client-1.js'] },
  '_client-1.js': { file: 'assets/client-1.js' },
  '_card-1.js': { file: 'assets/card-1.js', imports: ['_client-1.js'] },
  'src/features/shell/components/app-shell.tsx': {
    file: 'assets/app-shell-1.js',
    imports: ['_card-1.js', 'index.html'],
  },
  'src/pages/home/home-page.tsx': { file: 'assets/home-page-1.js', imports: ['_card-1.js'] },
  'src/features/dashboard/components/dashboard.tsx': { file: 'assets/dashboard-1.js', imports: ['_card-1.js'] },
  'src/features/dashboard/components/echart-canvas.tsx': {
    file: 'assets/echart-canvas-1.js',
    imports: ['_echarts-1.js'],
  },
  '_echarts-1.js': { file: 'assets/echarts-1.js' },
  'src/pages/leads/leads-page.tsx': { file: 'assets/leads-page-1.js' },
};

let env: TestEnv;
let webDist: string;
const cookie: Record<string, string> = {};
const year = new Date().getFullYear();
const request = (url: string, session?: string) =>
  ({ url, cookies: session ? { zs_session: session } : {} }) as unknown as FastifyRequest;

beforeAll(async () => {
  env = await createTestEnv();
  webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'zs-web-'));
  fs.mkdirSync(path.join(webDist, '.vite'));
  fs.writeFileSync(path.join(webDist, '.vite/manifest.json'), JSON.stringify(MANIFEST));
  const county = await buildUnit(env.database, { name: '澜城区', kind: 'county' });
  for (const role of ['office', 'unit_staff'] as const) {
    const { session } = await loginAs(env, role, { unitId: county.id });
    cookie[role] = session.cookie.replace('zs_session=', '');
  }
});
afterAll(async () => {
  await env.close();
  fs.rmSync(webDist, { recursive: true, force: true });
});

describe('the first page', () => {
  it('names the chunks of the given sources with all they import, less what the entry loads', () => {
    expect(chunksOf(MANIFEST, ['src/features/dashboard/components/echart-canvas.tsx'])).toEqual([
      'assets/echart-canvas-1.js',
      'assets/echarts-1.js',
    ]);
    expect(chunksOf(MANIFEST, ['src/features/shell/components/app-shell.tsx', 'src/pages/home/home-page.tsx'])).toEqual(
      ['assets/app-shell-1.js', 'assets/card-1.js', 'assets/home-page-1.js'],
    );
  });

  it('has the office’s browser fetch the session, the shell, the dashboard and its data at once', async () => {
    expect(await firstPageLinks(env.database, webDist, request('/', cookie.office))).toBe(
      '<link rel="preload" as="fetch" crossorigin="anonymous" href="/api/v1/auth/me">' +
        `<link rel="preload" as="fetch" crossorigin="anonymous" href="/api/v1/dashboard?year=${year}">` +
        '<link rel="modulepreload" href="/assets/app-shell-1.js">' +
        '<link rel="modulepreload" href="/assets/card-1.js">' +
        '<link rel="modulepreload" href="/assets/home-page-1.js">' +
        '<link rel="modulepreload" href="/assets/dashboard-1.js">' +
        '<link rel="modulepreload" href="/assets/echart-canvas-1.js">' +
        '<link rel="modulepreload" href="/assets/echarts-1.js">',
    );
    expect(await firstPageLinks(env.database, webDist, request('/?year=2021', cookie.office))).toContain(
      'href="/api/v1/dashboard?year=2021"',
    );
    // A year the page would not show is not fetched: the page falls back to this year.
    expect(await firstPageLinks(env.database, webDist, request(`/?year=${year + 1}`, cookie.office))).toContain(
      `href="/api/v1/dashboard?year=${year}"`,
    );
  });

  it('gives a county clerk the session and the shell, not the dashboard it does not see', async () => {
    expect(await firstPageLinks(env.database, webDist, request('/', cookie.unit_staff))).toBe(
      '<link rel="preload" as="fetch" crossorigin="anonymous" href="/api/v1/auth/me">' +
        '<link rel="modulepreload" href="/assets/app-shell-1.js">' +
        '<link rel="modulepreload" href="/assets/card-1.js">' +
        '<link rel="modulepreload" href="/assets/home-page-1.js">',
    );
  });

  it('adds nothing without a live session, on another page, or without a build manifest', async () => {
    expect(await firstPageLinks(env.database, webDist, request('/'))).toBeUndefined();
    expect(await firstPageLinks(env.database, webDist, request('/', 'not-a-session'))).toBeUndefined();
    expect(await firstPageLinks(env.database, webDist, request('/leads', cookie.office))).toBeUndefined();
    expect(await firstPageLinks(env.database, os.tmpdir(), request('/', cookie.office))).toBeUndefined();
  });
});
