import { describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, apiSession, loginThroughUi, newPage, screenshot, useServerAndBrowser } from './harness.ts';

/** The seed page itself was defaced with this text: data is shown, never interpreted. */
const INJECTED = '365体育手机投注,365体育APP';
const SCRIPT_NAME = '<script>window.__xss = 1</script>招商局';
const IMG_NAME = '<img src=x onerror="window.__xss = 2">';

const env = useServerAndBrowser();

describe('untrusted text', () => {
  it('a unit named with a <script> tag and the injected gambling text is shown as plain text and runs nothing', async () => {
    const api = await apiSession(env.server.url, 'admin', ADMIN_PASSWORD, 'Chief#Second2026');
    const unit = await api('POST', '/units', { name: SCRIPT_NAME, kind: 'county' });
    await api('POST', '/units', { name: INJECTED, kind: 'function_zone', parentId: unit.id });
    await api('POST', '/users', {
      username: 'xss.test',
      displayName: IMG_NAME,
      password: 'Xss#Test2026',
      role: 'unit_staff',
      unitId: unit.id,
    });

    const { page, errors } = await newPage(env.browser);
    await loginThroughUi(page, env.server.url, 'admin', 'Chief#Second2026');
    await page.getByRole('menuitem', { name: /工作台/ }).waitFor();
    await page.goto(`${env.server.url}/org/units`);
    await page.getByPlaceholder('按名称搜索单位').fill('365');
    await page.getByText(INJECTED, { exact: true }).first().waitFor();
    await page.getByPlaceholder('按名称搜索单位').fill('script');
    await page.getByText(SCRIPT_NAME, { exact: true }).first().waitFor();
    await page.goto(`${env.server.url}/org/users`);
    await page.getByText(IMG_NAME, { exact: true }).first().waitFor();
    await screenshot(page, '09-untrusted-text');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('body script:not([src])').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
