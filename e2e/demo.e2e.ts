import type { Role } from '@zhaoshang/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Area, visibleAreas } from '../apps/web/src/features/shell/areas.ts';
import {
  apiSession,
  changePasswordThroughUi,
  launchBrowser,
  loginInEnglish,
  loginThroughUi,
  newPage,
  type Server,
  screenshot,
  startServer,
} from './harness.ts';

/**
 * A newcomer's first look: `npm start` on an empty database loads the demo city, and the office
 * and a county clerk walk every page of their menus, in Chinese and in English, with no error.
 */
let server: Server;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
const firstPasswords = new Map<string, string>();

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ demo: 'full' }), launchBrowser()]);
  for (const [, username, password] of server.output().matchAll(/登录：(\S+)\s+初始密码：(\S+)（/g))
    firstPasswords.set(username!, password!);
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The pages the menu offers a role, in menu order (the shell's own table). */
function menuPages(role: Role): string[] {
  const flat = (areas: Area[]): Area[] => areas.flatMap((a) => [a, ...flat([...(a.children ?? [])])]);
  return flat(visibleAreas(role)).flatMap((a) => (a.path && !a.comingSoon ? [a.path] : []));
}

/** Opens each page, waits for its data, keeps a screenshot; returns the pages that showed an error. */
async function walk(page: Page, errors: string[], who: string, pages: string[]) {
  for (const path of pages) {
    await page.goto(`${server.url}${path}`);
    await page.waitForLoadState('networkidle');
    // The page's code and data are in when no spinner turns (a page's chunk loads lazily).
    await page.waitForFunction(() => !document.querySelector('.ant-spin-spinning'), null, { timeout: 20_000 });
    await screenshot(page, `demo-${who}-${path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}`);
    expect(await page.getByText(/页面加载失败|The page could not be loaded/).count(), `${who} ${path}`).toBe(0);
  }
  expect(errors).toEqual([]);
}

describe('the demo city', () => {
  it('prints a first password for each demo account', () => {
    expect([...firstPasswords.keys()]).toEqual([
      'admin',
      'auditor',
      'office.demo',
      'leader.demo',
      'county.manager',
      'county.clerk',
      'zone.clerk',
      'bureau.staff',
      'centre.staff',
    ]);
  });

  it("gives the office the seed's figures and a year of work, on every page of its menu", async () => {
    const { page, errors, context } = await newPage(browser);
    expect(await loginThroughUi(page, server.url, 'office.demo', firstPasswords.get('office.demo')!)).toBe(200);
    await changePasswordThroughUi(page, firstPasswords.get('office.demo')!, 'Office#Demo2026');
    const pages = menuPages('office');
    expect(pages).toContain('/bulletins');
    await walk(page, errors, 'office', pages);

    const office = await apiSession(server.url, 'office.demo', 'Office#Demo2026');
    const kpi = await office('GET', '/kpi?from=2021-01-01&to=2021-07-31');
    expect([kpi.city.signedCount, kpi.city.signedAmountWan]).toEqual([251, 24_095_000]);
    expect((kpi.city.fitShareCount * 100).toFixed(2)).toBe('88.05');
    await page.goto(`${server.url}/bulletins`);
    await expect.poll(() => page.getByText('2021年第12期').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await context.close();
  }, 300_000);

  it('gives a county clerk, in English, its own pages with no error', async () => {
    const { page, errors, context } = await newPage(browser, 'en-US');
    expect(await loginInEnglish(page, server.url, 'county.clerk', firstPasswords.get('county.clerk')!)).toBe(200);
    await page.waitForURL('**/change-password');
    await page.getByLabel('Current password').fill(firstPasswords.get('county.clerk')!);
    await page.getByLabel('New password', { exact: true }).fill('Clerk#Demo2026x');
    await page.getByLabel('Repeat new password').fill('Clerk#Demo2026x');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/change-password'));
    const pages = menuPages('unit_staff');
    expect(pages).toContain('/projects');
    expect(pages).not.toContain('/audit');
    await walk(page, errors, 'clerk-en', pages);
    await context.close();
  }, 300_000);
});
