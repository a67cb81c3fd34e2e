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
const ENTRY = '澜城动力电池产业园';

const env = useServerAndBrowser(async (server) => {
  await createDemoUsers(server.url, OFFICE_AND_COUNTY, PASSWORD);
  const office = await apiSession(server.url, 'office.wang', PASSWORD);
  const units: { id: number; name: string }[] = (await office('GET', '/units')).items;
  const lancheng = units.find((u) => u.name === '澜城区')!.id;
  const clerk = await apiSession(server.url, 'lancheng.li', PASSWORD);
  const investor = await clerk('POST', '/companies', { name: '澜江动力电池有限公司' });
  await clerk('POST', '/leads', { companyId: investor.id, source: 'visit' });
  await clerk('POST', '/sites', {
    kind: 'parcel',
    name: '澜城工业园 C-12 地块',
    zone: '澜城工业园',
    ownerUnitId: lancheng,
    use: 'industrial',
    areaMu: '50',
    priceWanPerMu: '15',
    powerKva: 4000,
    chain: '新能源',
  });
  await clerk('POST', '/sites', {
    kind: 'factory',
    name: '澜城标准厂房 3#',
    ownerUnitId: lancheng,
    use: 'industrial',
    floorAreaM2: '12000',
    powerKva: 800,
    chain: '高端装备',
  });
});

describe('the opportunity catalogue and land and buildings', () => {
  it('the office adds an entry in both languages, exports it for a fair and signs it into a project', async () => {
    const { page, errors } = await newPage(env.browser);
    await loginThroughUi(page, env.server.url, 'office.wang', PASSWORD);
    await page.getByRole('menuitem', { name: /工作台/ }).waitFor();
    await page.getByRole('menuitem', { name: /招商资源/ }).click();
    await page.getByRole('menuitem', { name: /推介项目库/ }).click();
    await page.getByRole('button', { name: /登记推介项目/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('项目名称（中文）').fill(ENTRY);
    await dialog.getByLabel('项目名称（英文）').fill('Lancheng traction battery park');
    await dialog.getByLabel('项目简介（英文）').fill('10 GWh of batteries a year');
    await dialog.getByRole('textbox', { name: '产业链', exact: true }).fill('新能源');
    await dialog.getByLabel('总投资（万元）').fill('-5');
    await dialog.getByLabel('承载单位').click();
    await dialog.getByLabel('承载单位').fill('澜城区');
    await page.locator('.ant-select-dropdown:visible').getByText('澜城区', { exact: true }).click();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.getByText('请填写非负数，最多四位小数').waitFor();
    await dialog.getByLabel('总投资（万元）').fill('50000');
    await dialog.getByLabel('用地（亩）').fill('300');
    await dialog.getByLabel('对应线索').fill('动力电池');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: '澜江动力电池有限公司' })
      .click();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText(`已保存“${ENTRY}”`).waitFor();
    const row = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: ENTRY });
    await row.getByText('Lancheng traction battery park').waitFor();
    await row.getByText('澜江动力电池有限公司').waitFor();
    await screenshot(page, '70-catalogue-list');

    // The export buttons are links to the files: fetched with the page's session, as the browser downloads them.
    for (const [name, type, file] of [
      [/导出 xlsx/, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', '推介项目库.xlsx'],
      [/导出 PDF/, 'application/pdf', '推介项目库.pdf'],
    ] as const) {
      const href = await page.getByRole('link', { name }).getAttribute('href');
      const res = await page.request.get(`${env.server.url}${href}`);
      expect([res.status(), res.headers()['content-type']]).toEqual([200, type]);
      expect(res.headers()['content-disposition']).toContain(encodeURIComponent(file));
    }
    await row.getByRole('button', { name: /签约转项目/ }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /签约转项目/ })
      .click();
    await page.getByText(new RegExp(`“${ENTRY}”已签约，转为项目 #\\d+`)).waitFor();
    await row.getByRole('link', { name: '查看项目' }).waitFor();
    await row.getByText('已签约').waitFor();
    await screenshot(page, '71-catalogue-signed');
    await row.getByRole('link', { name: '查看项目' }).click();
    await page.getByRole('heading', { name: ENTRY }).waitFor();
    expect(errors).toEqual([]);
  });

  it('a county clerk confirms its site for the quarter and matches sites to a project’s needs', async () => {
    const { page, errors } = await newPage(env.browser);
    await loginThroughUi(page, env.server.url, 'lancheng.li', PASSWORD);
    await page.getByRole('menuitem', { name: /工作台/ }).waitFor();
    await page.goto(`${env.server.url}/sites`);
    const row = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: '澜城工业园 C-12 地块' });
    await row.getByText('本季度未确认').waitFor();
    await row.getByRole('button', { name: /确认信息为最新/ }).click();
    await page.getByText('已确认“澜城工业园 C-12 地块”本季度信息').waitFor();
    await expect.poll(() => row.getByText('本季度未确认').count()).toBe(0);
    await screenshot(page, '72-sites-confirmed');

    await page.getByRole('tab', { name: '智能选址' }).click();
    await page.getByLabel('用地面积（亩）').fill('40');
    await page.getByLabel('用电负荷（kVA）').fill('1000');
    await page.getByRole('textbox', { name: '产业链', exact: true }).fill('新能源');
    await page.getByRole('button', { name: /开始匹配/ }).click();
    await page.getByText('面积 50 亩，满足需求 40 亩（富余 10 亩）').waitFor();
    await page.getByText('载体主导产业“高端装备”与需求产业链“新能源”不符').waitFor();
    const items = page.locator('.ant-list-item');
    expect(await items.count()).toBe(2);
    expect(await items.first().innerText()).toContain('1. 澜城工业园 C-12 地块');
    await screenshot(page, '73-site-matching');
    expect(errors).toEqual([]);
  });
});
