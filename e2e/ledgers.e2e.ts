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
const PROJECT = '澜城区光伏组件制造项目';
const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const year = Number(today.slice(0, 4));
// Signed in January of this year: capital may arrive from January on.
const signedOn = `${year}-01-15`;

const env = useServerAndBrowser(async (server) => {
  await createDemoUsers(server.url, OFFICE_AND_COUNTY, PASSWORD);
  const office = await apiSession(server.url, 'office.wang', PASSWORD);
  const units: { id: number; name: string }[] = (await office('GET', '/units')).items;
  const lancheng = units.find((u) => u.name === '澜城区')!.id;
  await office('POST', '/projects', {
    name: PROJECT,
    companyId: null,
    hostUnitId: lancheng,
    sourceUnitIds: [lancheng],
    chain: '新能源',
    fitsPositioning: true,
    agreedWan: '20000',
    stages: { signed: signedOn },
  });
});

describe('the innovation and capital ledgers', () => {
  it('a clerk records a carrier and an IUR agreement, imports a capital sheet and sees the report', async () => {
    const { page, errors } = await newPage(env.browser);
    await loginThroughUi(page, env.server.url, 'office.wang', PASSWORD);
    await page.getByRole('menuitem', { name: /工作台/ }).waitFor();
    await page.getByRole('menuitem', { name: /创新/ }).first().click();
    await page.getByRole('menuitem', { name: '创新载体' }).click();
    await page.getByRole('button', { name: /登记载体/ }).click();
    const form = page.getByRole('dialog');
    await form.getByLabel('载体名称').fill('澜江星创天地');
    await form.getByLabel('类型').click();
    await page.locator('.ant-select-dropdown:visible').getByText('星创天地', { exact: true }).click();
    await form.getByLabel('级别').click();
    await page.locator('.ant-select-dropdown:visible').getByText('省级', { exact: true }).click();
    await form.getByLabel('承载单位').fill('澜城区');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="澜城区"]').click();
    await form.getByRole('button', { name: /保\s*存/ }).click();
    await page.locator('.ant-table-row').filter({ hasText: '澜江星创天地' }).waitFor();
    await page.getByText('按类型与级别（有效载体）： 省级星创天地1个').waitFor();
    await screenshot(page, '70-carriers');

    await page.getByRole('menuitem', { name: '产学研合作' }).click();
    await page.getByRole('button', { name: /登记合作/ }).click();
    const iur = page.getByRole('dialog');
    await iur.getByLabel('合作项目名称').fill('新能源材料联合实验室');
    await iur.getByLabel('高校院所').fill('江南理工大学');
    await iur.getByLabel('合作类型').click();
    await page.locator('.ant-select-dropdown:visible').getByText('校地合作', { exact: true }).click();
    await iur.getByLabel('合作单位').fill('澜城区');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="澜城区"]').click();
    await iur.getByLabel('签约日期').fill(`${year}-02-01`);
    await iur.getByLabel('签约日期').press('Enter');
    await iur.getByLabel('合同金额（万元）').fill('300');
    await iur.getByRole('button', { name: /保\s*存/ }).click();
    await page.locator('.ant-table-row').filter({ hasText: '新能源材料联合实验室' }).waitFor();
    await page.getByText(/共 1 项，合同金额 300 万元/).waitFor();
    await screenshot(page, '71-iur');

    await page.getByRole('menuitem', { name: '到位资金' }).click();
    // The capital page loads on demand: until it shows, the IUR page (with its own import button) is still there.
    await page.locator('.ant-card-head-title').filter({ hasText: '到位资金' }).waitFor();
    await page.getByRole('button', { name: /导\s*入/ }).click();
    const wizard = page.getByRole('dialog').filter({ hasText: '导入到位资金统计表' });
    await wizard.locator('input[type=file]').setInputFiles({
      name: '到位资金.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        `\ufeff项目名称,承载地,年份,月份,国内到位资金(万元),外资到位资金(万美元)\n${PROJECT},澜城区,${year},1,5000,0\n${PROJECT},澜城区,${year},2,3000,12\n`,
      ),
    });
    await wizard.getByRole('button', { name: /试\s*导\s*入/ }).click();
    await wizard.getByRole('button', { name: '确认导入' }).click();
    await wizard.getByText('共 2 行：新增 2，更新 0，未变 0').waitFor();
    await wizard.getByRole('button', { name: /完\s*成/ }).click();
    await wizard.waitFor({ state: 'hidden' });
    const city = page.locator('.ant-table-row').filter({ hasText: '全市' });
    await city.getByText('8000', { exact: true }).first().waitFor();
    expect(await city.innerText()).toContain('40.0%');
    await page.getByRole('img', { name: '逐月国内到位资金' }).waitFor();
    await screenshot(page, '72-capital');
    expect(errors).toEqual([]);
  });
});
