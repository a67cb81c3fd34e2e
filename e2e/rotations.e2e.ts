import { describe, expect, it } from 'vitest';
import { apiSession, createDemoUsers, loginThroughUi, newPage, screenshot, useServerAndBrowser } from './harness.ts';

const PASSWORD = 'Lanjiang#Rotate2026';
const BUREAU = '澜江市驻深圳招商局';
const LEAD_COMPANY = '澜江交接测试电子科技有限公司';
const FILED_COMPANY = '澜江交接测试新材料有限公司';
/** An Asia/Shanghai calendar date n days from today. */
const inDays = (n: number) => new Date(Date.now() + 8 * 3600_000 + n * 86_400_000).toISOString().slice(0, 10);

/** 李澜 of 澜城区 is posted to the Shenzhen bureau in this round and reported a lead and a filing there; 赵深 works at the bureau. */
const env = useServerAndBrowser(async (server) => {
  await createDemoUsers(
    server.url,
    [
      ['office.wang', '王主任', 'office', '澜江市招商引资工作领导小组办公室'],
      ['lancheng.li', '李澜', 'unit_staff', '澜城区'],
      ['shenzhen.zhao', '赵深', 'unit_staff', BUREAU],
    ],
    PASSWORD,
  );
  const office = await apiSession(server.url, 'office.wang', PASSWORD);
  const round = await office('POST', '/rotations/rounds', { name: '2026年驻外招商局轮换', startsOn: inDays(-40) });
  const users: { id: number; displayName: string }[] = (await office('GET', '/users?q=lancheng')).items;
  const units: { id: number; name: string }[] = (await office('GET', '/units')).items;
  await office('POST', '/rotations/postings', {
    roundId: round.id,
    userId: users[0]!.id,
    unitId: units.find((u) => u.name === BUREAU)!.id,
    startDate: inDays(-10),
  });
  const li = await apiSession(server.url, 'lancheng.li', PASSWORD);
  const lead = await li('POST', '/companies', { name: LEAD_COMPANY });
  await li('POST', '/leads', { companyId: lead.id, source: 'visit' });
  const filed = await li('POST', '/companies', { name: FILED_COMPANY });
  await li('POST', '/filings', { companyId: filed.id });
});

describe('handover wizard', () => {
  it('the office hands 李澜’s lead and filing at the Shenzhen bureau to 赵深, ends the posting, and the history shows it', async () => {
    const office = await newPage(env.browser);
    await loginThroughUi(office.page, env.server.url, 'office.wang', PASSWORD);
    await office.page.getByRole('menuitem', { name: /工作台/ }).waitFor();
    await office.page.getByRole('menuitem', { name: /轮换派驻/ }).click();
    await office.page.getByRole('row', { name: /李澜/ }).getByText(BUREAU).waitFor();
    await office.page.getByRole('tab', { name: '工作交接' }).click();
    await office.page.getByRole('button', { name: '发起工作交接' }).click();

    const dialog = office.page.getByRole('dialog');
    await dialog.getByLabel('单位').click();
    await dialog.getByLabel('单位').fill('深圳');
    await office.page.locator('.ant-select-dropdown:visible').getByText(BUREAU, { exact: true }).click();
    await dialog.getByLabel('交出人').click();
    await office.page.locator('.ant-select-dropdown:visible').getByText('李澜', { exact: true }).click();
    await dialog.getByRole('button', { name: '下一步' }).click();

    await dialog
      .getByRole('row', { name: new RegExp(LEAD_COMPANY) })
      .getByText('线索')
      .waitFor();
    await dialog
      .getByRole('row', { name: new RegExp(FILED_COMPANY) })
      .getByText('备案')
      .waitFor();
    await screenshot(office.page, '95-handover-preview');
    await dialog.getByRole('button', { name: '下一步' }).click();

    await dialog.getByLabel('接手人').click();
    await office.page.locator('.ant-select-dropdown:visible').getByText('赵深', { exact: true }).click();
    await dialog.getByRole('checkbox', { name: /同时结束其派驻/ }).check();
    await dialog.getByRole('button', { name: '下一步' }).click();

    await dialog.getByText('将把 李澜 在“澜江市驻深圳招商局”的 2 项工作交接给 赵深，双方都会收到提醒。').waitFor();
    await dialog.getByRole('button', { name: '确认交接' }).click();
    await dialog.getByText('交接完成：2 项工作已交给 赵深').waitFor();
    await screenshot(office.page, '96-handover-done');
    await dialog.getByRole('button', { name: '完成' }).click();

    const history = office.page.getByRole('row', { name: /李澜.*赵深/ });
    await history.getByText('线索 1').waitFor();
    await history.getByText('备案 1').waitFor();

    await office.page.getByRole('tab', { name: '派驻人员' }).click();
    await office.page.getByRole('row', { name: /李澜/ }).getByText(inDays(0)).waitFor();

    const zhao = await newPage(env.browser);
    await loginThroughUi(zhao.page, env.server.url, 'shenzhen.zhao', PASSWORD);
    await zhao.page.getByRole('menuitem', { name: /工作台/ }).waitFor();
    const bell = await apiSession(env.server.url, 'shenzhen.zhao', PASSWORD);
    const titles = (await bell('GET', '/notifications')).items.map((n: { title: string }) => n.title);
    expect(titles).toContain('您已接手李澜在“澜江市驻深圳招商局”的 2 项工作（线索、备案、项目、问题）');
    expect(office.errors).toEqual([]);
    expect(zhao.errors).toEqual([]);
  });
});
