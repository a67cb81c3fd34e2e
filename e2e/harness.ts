import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ARTIFACTS = path.join(root, 'e2e', 'artifacts');

/** The demo accounts' first passwords, and what each test changes them to. */
export const ADMIN_PASSWORD = 'Admin#First2026';
export const AUDITOR_PASSWORD = 'Audit#First2026';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

function withoutDatabaseUrl(env: NodeJS.ProcessEnv) {
  const { DATABASE_URL: _ignored, ...rest } = env;
  return rest;
}

export type Server = { url: string; dataDir: string; output: () => string; stop(): Promise<void> };

/**
 * Starts `zhaoshang serve` on a fresh DATA_DIR, as `npm start` does, and waits for it to listen.
 * `demo: 'full'` loads the living demo city first, as a newcomer's `npm start` does.
 */
export async function startServer(opts: { demo?: 'full' | 'units' } = {}): Promise<Server> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zs-e2e-'));
  const port = await freePort();
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'apps/server/bin/zhaoshang.mjs'), 'serve'], {
    cwd: root,
    env: {
      ...withoutDatabaseUrl(process.env),
      DATA_DIR: dataDir,
      PORT: String(port),
      // The tests count what they create: the demo's organisation only, not its living city.
      ZS_DEMO: opts.demo ?? 'units',
      ZS_ADMIN_PASSWORD: ADMIN_PASSWORD,
      ZS_AUDITOR_PASSWORD: AUDITOR_PASSWORD,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const seconds = opts.demo === 'full' ? 240 : 60;
  const deadline = Date.now() + seconds * 1000;
  while (!output.includes('招商引资协同平台已启动')) {
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) throw new Error(`server did not start in ${seconds} s:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    dataDir,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The pages a test has open, shown in the log when it fails. */
const openPages = new Set<Page>();

/**
 * When a test fails, each page it left open is kept as a screenshot and described in the log
 * (address and the start of its text), so a failure on CI can be read without rerunning it.
 */
async function describeOpenPages(testName: string) {
  let i = 0;
  for (const page of openPages) {
    i += 1;
    const name = `failed-${testName.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60)}-${i}`;
    try {
      const text = (await page.locator('body').innerText({ timeout: 2000 })).replace(/\s+/g, ' ').slice(0, 800);
      console.error(`[${name}] ${page.url()}\n${text}`);
      await screenshot(page, name);
    } catch (error) {
      console.error(`[${name}] could not be described: ${(error as Error).message}`);
    }
  }
}

/** A fresh browser context (its own cookies) that records page errors and failed dialogs. */
export async function newPage(
  browser: Browser,
  locale = 'zh-CN',
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale, viewport: { width: 1366, height: 860 } });
  const page = await context.newPage();
  openPages.add(page);
  page.on('close', () => openPages.delete(page));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return { context, page, errors };
}

/** Keeps a screenshot of the page as it stands (on failure, and at the points a person would look). */
export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Logs in through the login page (opening it unless `stay`); returns the login answer's status. */
export async function loginThroughUi(page: Page, url: string, username: string, password: string, stay = false) {
  if (!stay) await page.goto(`${url}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  const [answer] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login')),
    page.getByRole('button', { name: '登录' }).click(),
  ]);
  return answer.status();
}

/** The forced change at first login, as a person does it. */
export async function changePasswordThroughUi(page: Page, current: string, next: string) {
  await page.waitForURL('**/change-password');
  await page.getByLabel('当前密码').fill(current);
  await page.getByLabel('新密码', { exact: true }).fill(next);
  await page.getByLabel('确认新密码').fill(next);
  await page.getByRole('button', { name: '确认修改' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/change-password'));
}

/** A logged-in API client for preparing data from the test itself (as a script would). */
export async function apiSession(url: string, username: string, password: string, newPassword?: string) {
  let cookie = '';
  let csrf = '';
  const send = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${url}/api/v1${path}`, {
      method,
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) cookie = setCookie.split(';')[0]!;
    const text = await res.text();
    const json = text ? JSON.parse(text) : null;
    if (json?.csrfToken) csrf = json.csrfToken;
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return json;
  };
  await send('POST', '/auth/login', { username, password });
  if (newPassword) await send('POST', '/auth/password', { currentPassword: password, newPassword });
  return send;
}

/**
 * The accounts a bureau's IT person sets up in the demo city: each gets a first password from the
 * admin and changes it to `password`, as a first login demands.
 */
export async function createDemoUsers(
  url: string,
  people: readonly (readonly [username: string, displayName: string, role: string, unitName: string])[],
  password: string,
) {
  const admin = await apiSession(url, 'admin', ADMIN_PASSWORD, 'Chief#Second2026');
  const units: { id: number; name: string }[] = (await admin('GET', '/units')).items;
  for (const [username, displayName, role, unitName] of people) {
    await admin('POST', '/users', {
      username,
      displayName,
      password: 'Initial#2026x',
      role,
      unitId: units.find((u) => u.name === unitName)!.id,
    });
    await apiSession(url, username, 'Initial#2026x', password);
  }
}

/** The office director and a county clerk most browser tests work with. */
export const OFFICE_AND_COUNTY = [
  ['office.wang', '王主任', 'office', '澜江市招商引资工作领导小组办公室'],
  ['lancheng.li', '李澜', 'unit_staff', '澜城区'],
] as const;

/**
 * One server (fresh DATA_DIR) and one Chromium for a test file, started before its tests and
 * stopped after them; `setup` prepares data through the API once the server is up.
 */
export function useServerAndBrowser(setup?: (server: Server) => Promise<void>): { server: Server; browser: Browser } {
  const env = {} as { server: Server; browser: Browser };
  beforeAll(async () => {
    [env.server, env.browser] = await Promise.all([startServer(), launchBrowser()]);
    await setup?.(env.server);
  });
  beforeEach((ctx) => {
    openPages.clear();
    ctx.onTestFailed(() => describeOpenPages(ctx.task.name));
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.stop();
  });
  return env;
}

/** Logs in through the login page after switching it to English (the choice is kept for the session). */
export async function loginInEnglish(page: Page, url: string, username: string, password: string) {
  await page.goto(`${url}/login`);
  await page.getByText('English').click();
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  const [answer] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login')),
    page.getByRole('button', { name: 'Log in' }).click(),
  ]);
  return answer.status();
}
