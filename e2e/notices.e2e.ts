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

const PASSWORD = 'Lanjiang#Notice2026';
const COMPANY = '澜江通报测试精密机械有限公司';
const TITLE = '关于线索反馈逾期的通报';
/** An Asia/Shanghai calendar date n days from today. */
const inDays = (n: number) => new Date(Date.now() + 8 * 3600_000 + n * 86_400_000).toISOString().slice(0, 10);

/** 澜城区's clerk reported a lead a month ago and never acknowledged it: an overdue item to notify. */
const env = useServerAndBrowser(async (server) => {
  await createDemoUsers(server.url, OFFICE_AND_COUNTY, PASSWORD);
  const clerk = await apiSession(server.url, 'lancheng.li', PASSWORD);
  const company = await clerk('POST', '/companies', { name: COMPANY });
  await clerk('POST', '/leads', { companyId: company.id, source: 'visit', reportedOn: inDays(-30) });
});

describe('point-to-point notice', () => {
  it('the office sends a notice with an overdue lead, the county clerk reads and confirms it, the office sees it read', async () => {
    const office = await newPage(env.browser);
    await loginThroughUi(office.page, env.server.url, 'office.wang', PASSWORD);
    await office.page.getByRole('menuitem', { name: /工作台/ }).waitFor();
    await office.page.goto(`${env.server.url}/notices`);
    await office.page.getByRole('button', { name: '发出通报' }).click();
    const dialog = office.page.getByRole('dialog');
    await dialog.getByLabel('通报单位').click();
    await dialog.getByLabel('通报单位').fill('澜城区');
    await office.page.locator('.ant-select-dropdown:visible').getByText('澜城区', { exact: true }).click();
    await dialog.getByLabel('标题').fill(TITLE);
    await dialog.getByLabel('通报内容').fill('请于三个工作日内完成反馈，并将情况报办公室。');
    const row = dialog.getByRole('row', { name: new RegExp(COMPANY) });
    await row.getByText('逾期未确认、初评、反馈').waitFor();
    await row.getByRole('checkbox').check();
    // The county's own figures this year to date (it hosts nothing yet) go with it.
    const figures = dialog.getByRole('row', { name: /本单位承载签约/ });
    await figures.getByText(/^本单位承载签约 0 个（去年同期 0 个），协议投资 0 万元；合同率 —/).waitFor();
    await figures.getByRole('checkbox').check();
    await screenshot(office.page, '90-notice-send');
    await dialog.getByRole('button', { name: '发出通报' }).click();
    await office.page.getByText('通报已发出，1 人将收到提醒').waitFor();
    await office.page.getByText('0 / 1 人已确认').waitFor();
    const noticeUrl = office.page.url();
    expect(noticeUrl).toMatch(/\/notices\/\d+$/);

    const clerk = await newPage(env.browser);
    await loginThroughUi(clerk.page, env.server.url, 'lancheng.li', PASSWORD);
    await clerk.page.getByRole('menuitem', { name: /工作台/ }).waitFor();
    await clerk.page.getByRole('menuitem', { name: /督查通报/ }).click();
    await clerk.page.getByRole('menuitem', { name: /点对点通报/ }).click();
    await clerk.page
      .getByRole('row', { name: new RegExp(TITLE) })
      .getByText('待确认')
      .waitFor();
    await clerk.page.getByRole('link', { name: TITLE }).click();
    await clerk.page.getByText(COMPANY).waitFor();
    await clerk.page.getByText(/^本单位承载签约 0 个/).waitFor();
    await clerk.page.getByRole('button', { name: '确认已阅' }).click();
    await clerk.page.getByText(/您已于 .* 确认阅读/).waitFor();
    await screenshot(clerk.page, '91-notice-confirmed');

    await office.page.reload();
    await office.page.getByText('1 / 1 人已确认').waitFor();
    await office.page
      .getByRole('row', { name: /李澜/ })
      .getByText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/)
      .waitFor();
    await screenshot(office.page, '92-notice-read');
    expect(office.errors).toEqual([]);
    expect(clerk.errors).toEqual([]);
  });
});
