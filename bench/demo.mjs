// The demo city as `npm start` gives it, on the embedded database (PGlite):
//  - load: `zhaoshang serve` on an empty DATA_DIR with ZS_DEMO=full, from spawn to "已启动"
//    (figure: the demo load ≤ 30 s, as the server reports it in its 澜江市 line), beside the same
//    start with ZS_DEMO=units (the organisation only) in the same run: their difference is the
//    city's cost, and the ratio says how much of a start it is;
//  - the office's dashboard first paint: navigation to / until the headline figures (签约项目 with
//    its number) are visible, and until the first chart is drawn (figure: ≤ 1.5 s), in a fresh
//    browser context each time (empty cache, only the session cookie), as office.demo.
//   node bench/demo.mjs          BENCH_RENDER_RUNS (default 5)
//   BENCH_PROFILE=1: the first run's main-thread CPU profile goes to $TMPDIR/demo-first-paint.cpuprofile
//   (read it with node bench/lib/cpuprofile-summary.mjs; self time by chunk)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { freePort, removeTempDir, spawnTracked, stopChild, tempDir, waitForLine } from './lib/processes.mjs';
import { cliPath, fmtMs, isMain, machineInfo, READY_LINE, repoDir, serverEnv, writeResult } from './lib/zhaoshang.mjs';

export const DEMO_LOAD_LIMIT_MS = 30_000;
export const FIRST_PAINT_LIMIT_MS = 1500;
const RENDER_RUNS = Number(process.env.BENCH_RENDER_RUNS ?? 5);
const OFFICE_PASSWORD = 'Office#Bench2026';
const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
};

/** Starts serve on an empty data directory; resolves with the child, its output and the time to "ready". */
async function timedStart(demo) {
  const dataDir = tempDir(`demo-${demo}`);
  const port = await freePort();
  const started = performance.now();
  const child = spawnTracked(process.execPath, [cliPath, 'serve'], {
    cwd: repoDir,
    env: serverEnv({ dataDir, port, demo }),
  });
  const output = [];
  child.stdout?.on('data', (chunk) => output.push(chunk.toString()));
  await waitForLine(child, READY_LINE, 300_000);
  return { child, dataDir, port, readyMs: performance.now() - started, output: () => output.join('') };
}

/** Records, from the first frame on, when the headline figures and the first chart are on screen. */
function watchForDashboard() {
  const visible = (el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const check = () => {
    if (!window.__figuresAt) {
      for (const title of document.querySelectorAll('.ant-statistic-title')) {
        const value = title.closest('.ant-statistic')?.querySelector('.ant-statistic-content-value');
        if (title.textContent === '签约项目' && value && /\d/.test(value.textContent ?? '') && visible(value))
          window.__figuresAt = performance.now();
      }
    }
    if (!window.__chartAt && [...document.querySelectorAll('canvas')].some(visible))
      window.__chartAt = performance.now();
    if (!window.__figuresAt || !window.__chartAt) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

async function loginCookies(browser, origin, password) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/login`);
  await page.getByLabel('用户名').fill('office.demo');
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL('**/change-password');
  await page.getByLabel('当前密码').fill(password);
  await page.getByLabel('新密码', { exact: true }).fill(OFFICE_PASSWORD);
  await page.getByLabel('确认新密码').fill(OFFICE_PASSWORD);
  await page.getByRole('button', { name: '确认修改' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/change-password'));
  const cookies = await context.cookies();
  await context.close();
  return cookies;
}

async function firstPaint(browser, origin, cookies, profile = false) {
  const context = await browser.newContext();
  await context.addCookies(cookies);
  await context.addInitScript(watchForDashboard);
  const page = await context.newPage();
  const cdp = profile ? await context.newCDPSession(page) : null;
  try {
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    await page.goto(`${origin}/`, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__figuresAt && window.__chartAt, null, { timeout: 20_000 });
    if (cdp) {
      const { profile: cpu } = await cdp.send('Profiler.stop');
      fs.writeFileSync(path.join(os.tmpdir(), 'demo-first-paint.cpuprofile'), JSON.stringify(cpu));
    }
    return await page.evaluate(() => ({
      figuresMs: window.__figuresAt,
      chartMs: window.__chartAt,
      // The waterfall, to see what the figures waited for (chunks, the session, the dashboard's data).
      resources: performance.getEntriesByType('resource').map((r) => ({
        name: new URL(r.name).pathname + new URL(r.name).search,
        startMs: Math.round(r.startTime),
        endMs: Math.round(r.responseEnd),
      })),
    }));
  } catch (error) {
    // What the page showed instead, to look at.
    await page.screenshot({ path: path.join(os.tmpdir(), 'demo-bench-failed.png'), fullPage: true });
    console.log(
      await page.evaluate(() => [
        document.querySelector('.ant-statistic')?.outerHTML,
        document.querySelectorAll('canvas').length,
        window.__figuresAt,
        window.__chartAt,
      ]),
    );
    throw error;
  } finally {
    await context.close();
  }
}

export async function runDemoBenchmark() {
  const result = { name: 'demo', backend: 'PGlite', machine: machineInfo() };
  const units = await timedStart('units');
  result.unitsStartMs = units.readyMs;
  await stopChild(units.child);
  removeTempDir(units.dataDir);

  const full = await timedStart('full');
  let browser;
  try {
    result.fullStartMs = full.readyMs;
    const out = full.output();
    const seconds = /澜江市：.*用时 ([\d.]+) 秒/.exec(out)?.[1];
    result.demoLoadMs = seconds ? Number(seconds) * 1000 : null;
    result.cityLine = /澜江市：.*/.exec(out)?.[0] ?? null;
    const password = /登录：office\.demo\s+初始密码：(\S+)（/.exec(out)?.[1];
    if (!password) throw new Error(`no first password for office.demo in:\n${out.slice(-2000)}`);

    const origin = `http://127.0.0.1:${full.port}`;
    browser = await chromium.launch(CHROMIUM);
    result.chromium = browser.version();
    const cookies = await loginCookies(browser, origin, password);
    result.runs = [];
    for (let i = 0; i < RENDER_RUNS; i++)
      result.runs.push(await firstPaint(browser, origin, cookies, i === 0 && !!process.env.BENCH_PROFILE));
  } finally {
    await browser?.close();
    await stopChild(full.child);
    removeTempDir(full.dataDir);
  }

  const worstFigures = Math.max(...result.runs.map((r) => r.figuresMs));
  const worstChart = Math.max(...result.runs.map((r) => r.chartMs));
  result.figures = [
    {
      figure: 'demo city load (PGlite, as the server reports it)',
      value: result.demoLoadMs,
      display: `${fmtMs(result.demoLoadMs)}; start to ready ${fmtMs(result.fullStartMs)} vs ${fmtMs(result.unitsStartMs)} with the organisation only (${(result.fullStartMs / result.unitsStartMs).toFixed(1)}×)`,
      limit: `≤ ${DEMO_LOAD_LIMIT_MS / 1000} s`,
      pass: result.demoLoadMs !== null && result.demoLoadMs <= DEMO_LOAD_LIMIT_MS,
    },
    {
      figure: `office dashboard first paint, headline figures, empty cache (worst of ${result.runs.length})`,
      value: worstFigures,
      display: fmtMs(worstFigures),
      limit: `≤ ${FIRST_PAINT_LIMIT_MS / 1000} s`,
      pass: worstFigures <= FIRST_PAINT_LIMIT_MS,
    },
    {
      figure: `office dashboard first chart drawn, empty cache (worst of ${result.runs.length})`,
      value: worstChart,
      display: fmtMs(worstChart),
      limit: `≤ ${FIRST_PAINT_LIMIT_MS / 1000} s`,
      pass: worstChart <= FIRST_PAINT_LIMIT_MS,
    },
  ];
  return result;
}

if (isMain(import.meta.url)) {
  const r = await runDemoBenchmark();
  console.log(r.cityLine);
  console.log(
    `first paint (figures / chart): ${r.runs.map((x) => `${fmtMs(x.figuresMs)} / ${fmtMs(x.chartMs)}`).join(', ')}`,
  );
  for (const f of r.figures) console.log(`${f.figure}: ${f.display} (limit ${f.limit}) ${f.pass ? 'PASS' : 'FAIL'}`);
  console.log(`→ ${writeResult('demo', r)}`);
}
