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

const PASSWORD = 'Lanjiang#Sites2026';
const SITE = '开发区 D-08 地块';

const env = useServerAndBrowser(async (server) => {
  await createDemoUsers(
    server.url,
    [...OFFICE_AND_COUNTY, ['kaifa.zhou', '周开', 'unit_staff', '澜江经济技术开发区']],
    PASSWORD,
  );
  const office = await apiSession(server.url, 'office.wang', PASSWORD);
  const units: { id: number; name: string }[] = (await office('GET', '/units')).items;
  const clerk = await apiSession(server.url, 'lancheng.li', PASSWORD);
  // A county parcel nobody confirms this quarter: it counts against 澜城区.
  await clerk('POST', '/sites', {
    kind: 'parcel',
    name: '澜城工业园 C-12 地块',
    ownerUnitId: units.find((u) => u.name === '澜城区')!.id,
    use: 'industrial',
    areaMu: '30',
    powerKva: 800,
    chain: '高端装备',
  });
});

describe('land and buildings in the browser', () => {
  it('a zone clerk records a site and confirms it; the office matches needs to it and sees who owes confirmations', async () => {
    const zone = await newPage(env.browser);
    await loginThroughUi(zone.page, env.server.url, 'kaifa.zhou', PASSWORD);
    await zone.page.getByRole('menuitem', { name: /工作台/ }).waitFor();
    await zone.page.goto(`${env.server.url}/sites`);
    await zone.page.getByRole('button', { name: /登记载体/ }).click();
    const dialog = zone.page.getByRole('dialog');
    await dialog.getByLabel('载体名称').fill(SITE);
    await dialog.getByLabel('所在园区').fill('澜江经开区东区');
    await dialog.getByLabel('面积（亩）').fill('-60');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.getByText('请填写非负数，最多四位小数').waitFor();
    await dialog.getByLabel('面积（亩）').fill('60');
    await dialog.getByLabel('价格（万元/亩）').fill('12');
    await dialog.getByLabel('供电容量（kVA）').fill('3000');
    await dialog.getByLabel('主导产业').fill('新能源');
    await screenshot(zone.page, '74-site-form');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await zone.page.getByText(`已保存“${SITE}”`).waitFor();
    const row = zone.page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: SITE });
    await row.getByText('澜江经济技术开发区').waitFor();
    await row.getByText('本季度未确认').waitFor();
    await row.getByRole('button', { name: /确认信息为最新/ }).click();
    await zone.page.getByText(`已确认“${SITE}”本季度信息`).waitFor();
    await expect.poll(() => row.getByText('本季度未确认').count()).toBe(0);
    await screenshot(zone.page, '75-site-recorded-confirmed');
    expect(zone.errors).toEqual([]);

    const office = await newPage(env.browser);
    await loginThroughUi(office.page, env.server.url, 'office.wang', PASSWORD);
    await office.page.getByRole('menuitem', { name: /工作台/ }).waitFor();
    await office.page.goto(`${env.server.url}/sites?view=match`);
    await office.page.getByLabel('用地面积（亩）').fill('50');
    await office.page.getByLabel('用电负荷（kVA）').fill('2000');
    await office.page.getByRole('textbox', { name: '产业链', exact: true }).fill('新能源');
    await office.page.getByRole('button', { name: /开始匹配/ }).click();
    await office.page.getByText('面积 60 亩，满足需求 50 亩（富余 10 亩）').waitFor();
    const items = office.page.locator('.ant-list-item');
    expect(await items.count()).toBe(2);
    expect(await items.first().innerText()).toContain(`1. ${SITE}`);
    await screenshot(office.page, '76-office-site-matching');

    await office.page.goto(`${env.server.url}/data-quality?check=staleSites`);
    const owing = office.page.locator('.ant-table-tbody tr.ant-table-row');
    await owing.filter({ hasText: '澜城区' }).waitFor();
    expect(await owing.count()).toBe(1);
    expect(await owing.first().innerText()).toMatch(/1 个载体中 1 个自 \d{4}-\d{2}-\d{2} 以来未经确认，计入本单位考核/);
    await screenshot(office.page, '77-data-quality-stale-sites');
    expect(office.errors).toEqual([]);
  }, 150_000); // two people's sessions in one flow: twice an ordinary browser test
});
