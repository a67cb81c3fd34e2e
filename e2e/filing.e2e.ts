import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  apiSession,
  createDemoUsers,
  loginThroughUi,
  newPage,
  OFFICE_AND_COUNTY,
  screenshot,
  useServerAndBrowser,
} from './harness.ts';

const PASSWORD = 'Lanjiang#Work2026';

const env = useServerAndBrowser(async (server) => {
  // The set-up a bureau's IT person does: the office and two counties get their accounts.
  await createDemoUsers(
    server.url,
    [...OFFICE_AND_COUNTY, ['jiangbei.zhao', '赵江', 'unit_staff', '江北区']],
    PASSWORD,
  );
  const clerk = await apiSession(server.url, 'lancheng.li', PASSWORD);
  await clerk('POST', '/companies', { name: '澜江智能装备有限公司', investorType: 'private' });
});

async function fileThroughUi(page: Page, company: string) {
  await page.goto(`${env.server.url}/filings`);
  await page.getByRole('button', { name: '报备企业' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox').first().fill(company.slice(0, 4));
  await page.locator('.ant-select-dropdown:visible').getByText(company, { exact: true }).click();
  await dialog.getByLabel('项目名称').fill('智能装备生产基地');
  await dialog.getByRole('button', { name: '报备企业' }).click();
}

describe('two counties after the same investor', () => {
  it('the first files it; the second gets a conflict; the office arbitrates; both units are told', async () => {
    const first = await newPage(env.browser);
    await loginThroughUi(first.page, env.server.url, 'lancheng.li', PASSWORD);
    await first.page.getByRole('menuitem', { name: /工作台/ }).waitFor();
    await fileThroughUi(first.page, '澜江智能装备有限公司');
    await first.page.getByText(/^报备成功，有效期至 \d{4}-\d{2}-\d{2}$/).waitFor();
    await screenshot(first.page, '30-filed');

    const second = await newPage(env.browser);
    await loginThroughUi(second.page, env.server.url, 'jiangbei.zhao', PASSWORD);
    await second.page.getByRole('menuitem', { name: /工作台/ }).waitFor();
    await fileThroughUi(second.page, '澜江智能装备有限公司');
    await second.page
      .getByText(/该企业已由澜城区报备（有效期至 \d{4}-\d{2}-\d{2}），已提交领导小组办公室协调/)
      .waitFor();
    await screenshot(second.page, '31-conflict');
    await second.page.getByRole('button', { name: '知道了' }).click();
    // The other county sees who holds it, not what is inside.
    const row = second.page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: '澜江智能装备有限公司' });
    await row.first().waitFor();
    expect(await row.count()).toBe(1);
    expect(await row.innerText()).toContain('澜城区');
    expect(await row.innerText()).not.toContain('智能装备生产基地');

    const office = await newPage(env.browser);
    await loginThroughUi(office.page, env.server.url, 'office.wang', PASSWORD);
    await office.page.getByRole('menuitem', { name: /工作台/ }).waitFor();
    await office.page.goto(`${env.server.url}/filings`);
    await office.page.getByRole('tab', { name: '冲突协调' }).click();
    await office.page.getByRole('button', { name: '协调' }).first().click();
    const drawer = office.page.getByRole('dialog');
    await drawer.getByText('协调报备冲突：澜江智能装备有限公司').waitFor();
    await drawer.getByRole('radio', { name: '江北区' }).check();
    await drawer.getByLabel('理由').fill('江北区先行接触并已签订投资意向书');
    await screenshot(office.page, '32-arbitration');
    await drawer.getByRole('button', { name: '提交结论' }).click();
    await office.page.getByText('已提交协调结论').waitFor();
    await office.page.locator('.ant-table-tbody').getByText('已判定').waitFor();

    // The bell tells the first county what was decided.
    await first.page.reload();
    await first.page.locator('.ant-badge').filter({ hasText: /\d/ }).first().waitFor();
    for (const p of [first, second, office]) expect(p.errors).toEqual([]);
  });
});
