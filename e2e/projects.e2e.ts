import { describe, expect, it } from 'vitest';
import {
  createDemoUsers,
  loginThroughUi,
  newPage,
  OFFICE_AND_COUNTY,
  screenshot,
  useServerAndBrowser,
} from './harness.ts';

const PASSWORD = 'Lanjiang#Work2026';
const PROJECT = '澜江新能源汽车零部件产业园项目';

const env = useServerAndBrowser(async (server) => {
  await createDemoUsers(server.url, OFFICE_AND_COUNTY, PASSWORD);
});

describe('a project from signing to the office’s list', () => {
  it('a county clerk records a project and its contract scan; the office finds it among major projects', async () => {
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
    await drawer.getByLabel('协议投资').fill('260000');
    // A start before readiness is caught as it is typed, in the clerk's words.
    for (const [label, date] of [
      ['签约', '2026-01-12'],
      ['达到开工条件', '2026-05-10'],
      ['开工', '2026-05-01'],
    ] as const) {
      await drawer.getByLabel(label, { exact: true }).fill(date);
      await drawer.getByLabel(label, { exact: true }).press('Enter');
    }
    await drawer.getByText('开工日期 2026-05-01 早于达到开工条件日期 2026-05-10').waitFor();
    await screenshot(page, '40-project-stage-error');
    await drawer.getByLabel('开工', { exact: true }).fill('2026-06-01');
    await drawer.getByLabel('开工', { exact: true }).press('Enter');
    await drawer
      .getByRole('button', { name: /保\s*存|登记/ })
      .last()
      .click();
    await page.getByText(`已登记项目“${PROJECT}”`).waitFor();

    await page.goto(`${env.server.url}/projects`);
    await page.getByRole('link', { name: PROJECT }).click();
    await page.getByRole('heading', { name: PROJECT }).waitFor();
    await page.getByText('佐证材料').first().waitFor();
    await page
      .locator('input[type=file]')
      .first()
      .setInputFiles({
        name: '投资协议扫描件.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF'),
      });
    await page.getByText('已上传“投资协议扫描件.pdf”').waitFor();
    await screenshot(page, '41-project-page');

    const office = await newPage(env.browser);
    await loginThroughUi(office.page, env.server.url, 'office.wang', PASSWORD);
    await office.page.getByRole('menuitem', { name: /工作台/ }).waitFor();
    await office.page.goto(`${env.server.url}/projects?majorOnly=true`);
    const row = office.page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: PROJECT });
    await row.first().waitFor();
    expect(await row.count()).toBe(1);
    expect(await row.innerText()).toContain('重大');
    expect(await row.innerText()).toContain('260,000');
    await screenshot(office.page, '42-office-projects');
    expect(clerk.errors).toEqual([]);
    expect(office.errors).toEqual([]);
  });
});
