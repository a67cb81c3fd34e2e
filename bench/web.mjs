// The web app in Chromium, served by `zhaoshang serve` on localhost:
//  - initial JavaScript of /login, gzip-compressed (figure: ≤ 350 kB), measured from what the
//    browser fetched and cross-checked against dist/index.html's entry and static imports;
//  - the app shell's first render: navigation to / until the side menu's 工作台 is visible
//    (figure: ≤ 1.5 s), with an empty cache (a fresh browser context) and with a warm one.
//   node bench/web.mjs
// BENCH_WEB_BUILD=1 always rebuilds apps/web/dist, =0 never; by default it builds when dist
// is missing or older than the web sources (as `npm start` does). BENCH_RENDER_RUNS (default 5).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { freePort, removeTempDir, spawnTracked, stopChild, tempDir } from './lib/processes.mjs';
import {
  ADMIN_PASSWORD,
  adminSession,
  fmtMs,
  isMain,
  repoDir,
  startServe,
  webDist,
  writeResult,
} from './lib/zhaoshang.mjs';

export const LOGIN_JS_LIMIT_BYTES = 350 * 1000;
export const SHELL_RENDER_LIMIT_MS = 1500;
const RENDER_RUNS = Number(process.env.BENCH_RENDER_RUNS ?? 5);
const CHROMIUM = {
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
};
const gzipSize = (buf) => zlib.gzipSync(buf, { level: 6 }).length;
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

function newestMtime(p) {
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(p).map((name) => newestMtime(path.join(p, name))));
}

function distIsStale() {
  const index = path.join(webDist, 'index.html');
  if (!fs.existsSync(index)) return true;
  const sources = ['apps/web/src', 'apps/web/index.html', 'packages/shared/src'].map((p) => path.join(repoDir, p));
  return fs.statSync(index).mtimeMs < Math.max(...sources.map(newestMtime));
}

async function buildIfNeeded() {
  const mode = process.env.BENCH_WEB_BUILD;
  if (mode === '0' || (mode !== '1' && !distIsStale())) return { built: false };
  const started = performance.now();
  const child = spawnTracked('npm', ['run', 'build', '-w', 'apps/web'], { cwd: repoDir });
  const { code } = await child.exited;
  return {
    built: true,
    ok: code === 0,
    ms: performance.now() - started,
    ...(code === 0 ? {} : { outputTail: child.output.slice(-3000) }),
  };
}

/** dist/index.html's entry script, its modulepreloads and, transitively, their static imports. */
function staticEntryJs() {
  const html = fs.readFileSync(path.join(webDist, 'index.html'), 'utf8');
  const queue = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1]);
  const seen = new Map();
  while (queue.length) {
    const url = queue.shift();
    if (seen.has(url)) continue;
    const code = fs.readFileSync(path.join(webDist, url.replace(/^\//, '')));
    seen.set(url, { raw: code.length, gzip: gzipSize(code) });
    // Static `import … from "./x.js"` and `import "./x.js"`; `import("./x.js")` is lazy and excluded.
    for (const m of code.toString('utf8').matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g)) {
      queue.push(path.posix.join(path.posix.dirname(url), m[1]));
    }
  }
  const files = [...seen].map(([url, sizes]) => ({ url, ...sizes }));
  return { files, raw: files.reduce((s, f) => s + f.raw, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) };
}

/** Records, from the first frame on, when the side menu's 工作台 item is first visible. */
function watchForShell() {
  const check = () => {
    for (const el of document.querySelectorAll(
      '.ant-layout-sider [role="menuitem"], .ant-layout-sider .ant-menu-item',
    )) {
      const box = el.getBoundingClientRect();
      if (el.textContent?.includes('工作台') && box.width > 0 && box.height > 0) {
        window.__shellVisibleAt = performance.now();
        return;
      }
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

async function loginPageJs(browser, origin) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts = [];
  page.on('response', (res) => {
    const type = res.headers()['content-type'] ?? '';
    if (res.request().resourceType() === 'script' || /javascript/.test(type)) scripts.push(res);
  });
  await page.goto(`${origin}/login`, { waitUntil: 'load' });
  await page.getByRole('button', { name: /登\s*录/ }).waitFor({ state: 'visible', timeout: 15_000 });
  const formVisibleMs = await page.evaluate(() => performance.now());
  await page.waitForLoadState('networkidle');
  const files = [];
  for (const res of scripts) {
    const body = await res.body();
    files.push({
      url: new URL(res.url()).pathname,
      raw: body.length,
      gzip: gzipSize(body),
      contentEncoding: res.headers()['content-encoding'] ?? null,
    });
  }
  return {
    context,
    page,
    formVisibleMs,
    files,
    raw: files.reduce((s, f) => s + f.raw, 0),
    gzip: files.reduce((s, f) => s + f.gzip, 0),
  };
}

/** Navigates to / and resolves with when the shell's menu became visible (ms after navigation start). */
async function timeShell(page, origin) {
  await page.goto(`${origin}/`, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__shellVisibleAt, null, { timeout: 30_000 });
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    // The waterfall, to see what the shell waited for (chunks, /api/v1/auth/me).
    const resources = performance.getEntriesByType('resource').map((r) => ({
      name: new URL(r.name).pathname,
      startMs: Math.round(r.startTime),
      endMs: Math.round(r.responseEnd),
    }));
    return {
      shellMs: window.__shellVisibleAt,
      responseEndMs: nav?.responseEnd,
      domContentLoadedMs: nav?.domContentLoadedEventEnd,
      loadMs: nav?.loadEventEnd,
      resources,
    };
  });
}

export async function runWebBenchmark() {
  const result = { name: 'web', backend: 'PGlite' };
  result.build = await buildIfNeeded();
  if (result.build.built && !result.build.ok) {
    result.status = 'build failed: nothing measured';
    result.figures = [
      {
        figure: 'login page initial JS (gzip)',
        value: null,
        display: 'not measured: web build failed',
        limit: `≤ ${LOGIN_JS_LIMIT_BYTES / 1000} kB`,
        pass: false,
      },
      {
        figure: 'app shell first render',
        value: null,
        display: 'not measured: web build failed',
        limit: `≤ ${SHELL_RENDER_LIMIT_MS / 1000} s`,
        pass: false,
      },
    ];
    return result;
  }
  result.staticEntry = staticEntryJs();

  const dataDir = tempDir('web');
  let server;
  let browser;
  try {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    server = await startServe({ dataDir, port });
    await adminSession(port); // the demo admin's first-login password change, done over the API

    browser = await chromium.launch(CHROMIUM);
    result.chromium = browser.version();
    const login = await loginPageJs(browser, origin);
    result.loginPage = { formVisibleMs: login.formVisibleMs, files: login.files, raw: login.raw, gzip: login.gzip };

    // Through the login form, as a person would; then the shell must appear.
    await login.context.addInitScript(watchForShell);
    await login.page.getByLabel('用户名').fill('admin');
    await login.page.getByLabel('密码').fill(ADMIN_PASSWORD);
    const clicked = performance.now();
    await login.page.getByRole('button', { name: /登\s*录/ }).click();
    await login.page
      .getByRole('menuitem', { name: /工作台/ })
      .first()
      .waitFor({ state: 'visible', timeout: 30_000 });
    result.loginClickToShellMs = performance.now() - clicked;
    const cookies = await login.context.cookies();

    // Warm: the same context (assets in its cache), navigating to / again.
    result.warm = [];
    for (let i = 0; i < RENDER_RUNS; i++) result.warm.push(await timeShell(login.page, origin));
    await login.context.close();

    // Cold: a fresh context each time, only the session cookie carried over.
    result.cold = [];
    for (let i = 0; i < RENDER_RUNS; i++) {
      const context = await browser.newContext();
      await context.addCookies(cookies);
      await context.addInitScript(watchForShell);
      const page = await context.newPage();
      result.cold.push(await timeShell(page, origin));
      await context.close();
    }
  } finally {
    await browser?.close();
    if (server) await stopChild(server);
    removeTempDir(dataDir);
  }

  const coldWorst = Math.max(...result.cold.map((r) => r.shellMs));
  result.figures = [
    {
      figure: 'login page initial JS (gzip, as fetched by Chromium)',
      value: result.loginPage.gzip,
      display: `${kB(result.loginPage.gzip)} (${kB(result.loginPage.raw)} raw, ${result.loginPage.files.length} files)`,
      limit: `≤ ${LOGIN_JS_LIMIT_BYTES / 1000} kB`,
      pass: result.loginPage.gzip <= LOGIN_JS_LIMIT_BYTES,
    },
    {
      figure: `app shell first render, empty cache (worst of ${result.cold.length})`,
      value: coldWorst,
      display: fmtMs(coldWorst),
      limit: `≤ ${SHELL_RENDER_LIMIT_MS / 1000} s`,
      pass: coldWorst <= SHELL_RENDER_LIMIT_MS,
    },
  ];
  return result;
}

if (isMain(import.meta.url)) {
  const r = await runWebBenchmark();
  if (r.build.built) console.log(`web build: ${r.build.ok ? fmtMs(r.build.ms) : `FAILED\n${r.build.outputTail}`}`);
  if (r.status) {
    console.log(`web: ${r.status}`);
  } else {
    console.log(
      `login page: ${r.loginPage.files.length} JS files, ${kB(r.loginPage.raw)} raw, ${kB(r.loginPage.gzip)} gzip; form visible at ${fmtMs(r.loginPage.formVisibleMs)}`,
    );
    for (const f of r.loginPage.files)
      console.log(
        `  ${f.url.padEnd(48)} ${kB(f.raw).padStart(10)} ${kB(f.gzip).padStart(10)}  encoding ${f.contentEncoding ?? 'none'}`,
      );
    console.log(
      `entry + static imports (dist/index.html): ${r.staticEntry.files.length} files, ${kB(r.staticEntry.raw)} raw, ${kB(r.staticEntry.gzip)} gzip`,
    );
    console.log(`login click → shell visible: ${fmtMs(r.loginClickToShellMs)}`);
    console.log(`shell first render, empty cache: ${r.cold.map((x) => fmtMs(x.shellMs)).join(', ')}`);
    console.log(`shell first render, warm cache:  ${r.warm.map((x) => fmtMs(x.shellMs)).join(', ')}`);
  }
  for (const f of r.figures) console.log(`${f.figure}: ${f.display} (limit ${f.limit}) ${f.pass ? 'PASS' : 'FAIL'}`);
  console.log(`→ ${writeResult('web', r)}`);
}
