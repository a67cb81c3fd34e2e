import { describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  AUDITOR_PASSWORD,
  changePasswordThroughUi,
  loginThroughUi,
  newPage,
  screenshot,
  useServerAndBrowser,
} from './harness.ts';

const env = useServerAndBrowser();

describe('the first day of a commerce bureau on the platform', () => {
  it('admin changes the forced password, adds a county clerk; the clerk logs in; the auditor sees and verifies it all', async () => {
    // The admin's first login: the password printed at start-up must be changed.
    expect(env.server.output()).toContain(`登录：admin  初始密码：${ADMIN_PASSWORD}`);
    const admin = await newPage(env.browser);
    await loginThroughUi(admin.page, env.server.url, 'admin', ADMIN_PASSWORD);
    await expect.poll(() => admin.page.getByText('这是您首次登录').isVisible()).toBe(true);
    await screenshot(admin.page, '01-forced-change');
    await changePasswordThroughUi(admin.page, ADMIN_PASSWORD, 'Chief#Second2026');
    await admin.page.getByRole('menuitem', { name: /工作台/ }).waitFor();
    const menu = (await admin.page.getByRole('menuitem').allInnerTexts()).map((t) => t.split('\n')[0]);
    // Groups open on their own pages; on the dashboard they are closed.
    // Leads, filings, events and the chain map (chain.read: business roles) are business data the
    // server refuses the admin: not in the menu either. No area is left coming soon.
    expect(menu).toEqual(['工作台', '组织与人员']);
    expect(await admin.page.getByText('即将上线').count()).toBe(0);
    await screenshot(admin.page, '02-admin-home');

    // The organisation is already there: 26 units of the demo city.
    await admin.page.goto(`${env.server.url}/org/units`);
    await admin.page.getByText('澜江市驻深圳招商局').waitFor();
    await admin.page.getByText('共 26 条').waitFor();
    await admin.page.getByPlaceholder('按名称搜索单位').fill('外办');
    await admin.page.getByText('市外办招商服务中心').waitFor();
    await admin.page.getByText('共 1 条').waitFor();
    await admin.page.getByPlaceholder('按名称搜索单位').fill('');
    await screenshot(admin.page, '03-units');

    // A user for a county.
    await admin.page.goto(`${env.server.url}/org/users`);
    await admin.page.getByRole('button', { name: '新增人员' }).click();
    const dialog = admin.page.getByRole('dialog');
    await dialog.getByLabel('用户名').fill('lancheng.li');
    await dialog.getByLabel('姓名').fill('李澜');
    await dialog.getByLabel('初始密码').fill('Lancheng#2026');
    await dialog.getByLabel('角色').click();
    await admin.page.locator('.ant-select-dropdown:visible').getByText('单位经办人', { exact: true }).click();
    await dialog.getByLabel('所在单位').fill('澜城区');
    await admin.page.locator('.ant-select-dropdown:visible').getByText('澜城区', { exact: true }).click();
    await screenshot(admin.page, '04-add-user');
    await dialog.getByRole('button', { name: '保存' }).click();
    await admin.page.getByText('人员已新增').waitFor();
    await admin.page.getByRole('cell', { name: 'lancheng.li' }).waitFor();
    expect(admin.errors).toEqual([]);

    // The county clerk logs in and must choose a password of their own.
    const clerk = await newPage(env.browser);
    await loginThroughUi(clerk.page, env.server.url, 'lancheng.li', 'Lancheng#2026');
    await changePasswordThroughUi(clerk.page, 'Lancheng#2026', 'Clerk#Own2026x');
    await clerk.page.getByText('欢迎，李澜').waitFor();
    await clerk.page.getByText('澜城区').first().waitFor();
    await screenshot(clerk.page, '05-clerk-home');
    expect(clerk.errors).toEqual([]);

    // The auditor reads the trail: the admin's actions and the clerk's logins are there.
    const auditor = await newPage(env.browser);
    await loginThroughUi(auditor.page, env.server.url, 'auditor', AUDITOR_PASSWORD);
    await changePasswordThroughUi(auditor.page, AUDITOR_PASSWORD, 'Review#Own2026x');
    await auditor.page.goto(`${env.server.url}/audit`);
    await auditor.page.getByRole('cell', { name: '新增人员' }).first().waitFor();
    const rows = auditor.page.locator('.ant-table-tbody tr.ant-table-row');
    expect(await rows.filter({ hasText: 'lancheng.li' }).count()).toBeGreaterThanOrEqual(2);
    expect(await rows.filter({ hasText: '新增人员' }).filter({ hasText: 'admin' }).count()).toBe(1);
    await auditor.page.getByRole('button', { name: '校验审计链' }).click();
    await auditor.page.getByText(/审计链完整：已校验 \d+ 条记录，未发现篡改。/).waitFor();
    await screenshot(auditor.page, '06-audit');
    expect(auditor.errors).toEqual([]);
  });

  it('shows the whole interface in English at one click, with no raw keys', async () => {
    const { page, errors } = await newPage(env.browser);
    await page.goto(`${env.server.url}/login`);
    await page.getByText('English').click();
    await page.getByRole('button', { name: 'Log in' }).waitFor();
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/\b(login|nav|common|org|audit)\.[a-zA-Z]+/);
    await screenshot(page, '07-login-en');
    expect(errors).toEqual([]);
  });

  it('locks the account after 5 wrong passwords and says so', async () => {
    const { page } = await newPage(env.browser);
    await page.goto(`${env.server.url}/login`);
    const statuses = [];
    for (let i = 0; i < 5; i++)
      statuses.push(await loginThroughUi(page, env.server.url, 'lancheng.li', `Wrong#pass${i}`, true));
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    await page.getByText('用户名或密码错误').waitFor();
    expect(await loginThroughUi(page, env.server.url, 'lancheng.li', 'Clerk#Own2026x', true)).toBe(423);
    await page.getByText('连续登录失败次数过多，账号已锁定 30 分钟').waitFor();
    await screenshot(page, '08-locked');
  });
});
