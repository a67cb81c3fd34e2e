import { describe, expect, it } from 'vitest';
import {
  createDemoUsers,
  loginThroughUi,
  newPage,
  OFFICE_AND_COUNTY,
  screenshot,
  useServerAndBrowser,
} from './harness.ts';

const PASSWORD = 'Lanjiang#Gate2026';
const PROJECT = '澜城小型五金加工项目';

/** The office director, 澜城区's clerk, and its head (the unit manager who approves). */
const env = useServerAndBrowser(async (server) => {
  await createDemoUsers(
    server.url,
    [...OFFICE_AND_COUNTY, ['lancheng.zhao', '赵区长', 'unit_manager', '澜城区']],
    PASSWORD,
  );
});

describe('the quality gate', () => {
  it('the office sets a minimum, a clerk records a small project and sees it pending, the unit head approves it', async () => {
    const office = await newPage(env.browser);
    await loginThroughUi(office.page, env.server.url, 'office.wang', PASSWORD);
    await office.page.getByRole('menuitem', { name: /工作台/ }).waitFor();
    await office.page.goto(`${env.server.url}/intake-criteria`);
    await office.page.getByText('尚未设定引进标准：所有项目均计入考核').waitFor();
    await office.page.getByLabel('最低协议投资').fill('5000');
    await office.page.getByRole('button', { name: '发布新版本' }).click();
    await office.page.getByText('引进标准已更新（第 1 版）').waitFor();
    await office.page.getByText('现行标准（第 1 版）').waitFor();
    await screenshot(office.page, '95-intake-criteria');

    const clerk = await newPage(env.browser);
    const { page } = clerk;
    await loginThroughUi(page, env.server.url, 'lancheng.li', PASSWORD);
    await page.getByRole('menuitem', { name: /工作台/ }).waitFor();
    await page.goto(`${env.server.url}/projects`);
    await page.getByRole('button', { name: '登记项目' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByLabel('项目名称').fill(PROJECT);
    await drawer.getByLabel('承载地').click();
    await page.locator('.ant-select-dropdown:visible').getByText('澜城区', { exact: true }).click();
    await drawer.getByLabel('协议投资').fill('1200');
    await drawer.getByLabel('签约', { exact: true }).fill('2026-01-12');
    await drawer.getByLabel('签约', { exact: true }).press('Enter');
    await drawer
      .getByRole('button', { name: /保\s*存|登记/ })
      .last()
      .click();
    await page.getByText(`已登记项目“${PROJECT}”`).waitFor();
    await page.goto(`${env.server.url}/projects`);
    const row = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: PROJECT });
    await row.getByText('待审批').waitFor();
    await page.getByRole('link', { name: PROJECT }).click();
    await page.getByRole('heading', { name: PROJECT }).waitFor();
    await page.getByTestId('gate-tag').getByText('待审批').waitFor();
    await screenshot(page, '96-project-pending');

    const head = await newPage(env.browser);
    await loginThroughUi(head.page, env.server.url, 'lancheng.zhao', PASSWORD);
    await head.page.getByRole('menuitem', { name: /工作台/ }).waitFor();
    await head.page.getByRole('menuitem', { name: /项目推进/ }).click();
    await head.page.getByRole('menuitem', { name: /引进审批/ }).click();
    const pending = head.page.getByRole('row', { name: new RegExp(PROJECT) });
    await pending.getByText('协议投资低于最低投资额').waitFor();
    await pending.getByRole('button', { name: '通过' }).click();
    const dialog = head.page.getByRole('dialog');
    await dialog.getByLabel('审批意见').fill('延链项目，同意引进');
    await dialog.getByRole('button', { name: '通过' }).click();
    await head.page.getByText('已审批通过').first().waitFor();
    await head.page.getByText('没有待审批的项目').waitFor();
    await screenshot(head.page, '97-gate-approved');

    await page.reload();
    await page.getByTestId('gate-tag').getByText('已审批通过').waitFor();
    expect(office.errors).toEqual([]);
    expect(clerk.errors).toEqual([]);
    expect(head.errors).toEqual([]);
  });
});
