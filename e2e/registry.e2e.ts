import { describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  apiSession,
  changePasswordThroughUi,
  loginThroughUi,
  newPage,
  screenshot,
  useServerAndBrowser,
} from './harness.ts';

const HEADER = '企业名称,统一社会信用代码,投资方类型,国别地区,行业代码,总部所在地';
const csv = (...rows: string[]) => Buffer.from(`\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`, 'utf8');
const HUAWEI = '华为技术有限公司,914403001922038216,民营,中国,C39,广东深圳';
const GAMBLING = '<b>365体育手机投注</b>,,其他,中国,R,南京';

const env = useServerAndBrowser();

describe('company registry', () => {
  it('imports a file only once it has no errors, and warns about a similar company when one is added', async () => {
    const admin = await apiSession(env.server.url, 'admin', ADMIN_PASSWORD, 'Chief#Second2026');
    const units = await admin('GET', '/units');
    await admin('POST', '/users', {
      username: 'office.reg',
      displayName: '企业库办公室',
      password: 'Office#First2026',
      role: 'office',
      unitId: units.items[0].id,
    });

    const { page, errors } = await newPage(env.browser);
    await loginThroughUi(page, env.server.url, 'office.reg', 'Office#First2026');
    await changePasswordThroughUi(page, 'Office#First2026', 'Office#Second2026');
    await page.getByRole('menuitem', { name: /企业库/ }).click();
    await page.waitForURL('**/companies');
    const menu = (await page.getByRole('menuitem').allInnerTexts()).map((t) => t.split('\n')[0]);
    expect(menu.slice(0, 2)).toEqual(['工作台', '企业库']);
    await page.locator('.ant-table-placeholder .ant-empty-description').getByText('暂无数据').waitFor();

    // A file with one bad row: every error listed, nothing written, no way to confirm.
    await page.getByRole('button', { name: /^upload 导\s*入$/ }).click();
    const wizard = page.getByRole('dialog');
    await wizard.locator('input[type=file]').setInputFiles({
      name: '企业.csv',
      mimeType: 'text/csv',
      buffer: csv(HUAWEI, '南京某某科技有限公司,,民营,中国,X99,南京'),
    });
    await wizard.getByRole('button', { name: /试\s*导\s*入/ }).click();
    await wizard.getByText('发现 1 处错误').waitFor();
    await wizard.getByText('有错误时不会写入任何数据，请修改文件后重新选择').waitFor();
    const errorRow = wizard.getByRole('row').filter({ hasText: '“X99”不是 GB/T 4754-2017 行业代码' });
    expect(await errorRow.getByRole('cell').allInnerTexts()).toEqual([
      '3',
      '行业代码',
      '“X99”不是 GB/T 4754-2017 行业代码（门类字母或门类加大类，如 C 或 C38）',
    ]);
    expect(await wizard.getByRole('button', { name: '确认导入' }).count()).toBe(0);
    await screenshot(page, '20-import-errors');
    const office = await apiSession(env.server.url, 'office.reg', 'Office#Second2026');
    expect((await office('GET', '/companies')).total).toBe(0);

    // The fixed file: dry run clean, then the real import, and the list shows it.
    await wizard.getByRole('button', { name: '重新选择文件' }).click();
    await wizard
      .locator('input[type=file]')
      .setInputFiles({ name: '企业.csv', mimeType: 'text/csv', buffer: csv(HUAWEI, GAMBLING) });
    await wizard.getByRole('button', { name: /试\s*导\s*入/ }).click();
    await wizard.getByText('检查通过，确认后写入企业库').waitFor();
    await wizard.getByRole('button', { name: '确认导入' }).click();
    await wizard.getByText('共 2 行：新增 2，更新 0，未变 0').waitFor();
    await screenshot(page, '21-import-done');
    await wizard.getByRole('button', { name: /完\s*成/ }).click();
    await page.getByText('共 2 条').waitFor();
    await page.getByRole('cell', { name: '华为技术有限公司', exact: true }).waitFor();
    // Untrusted names are shown as text, never as markup.
    await page.getByRole('cell', { name: '<b>365体育手机投注</b>', exact: true }).waitFor();
    expect(await page.locator('td b').count()).toBe(0);

    // A branch of a registered company: warned, and saved only after the clerk confirms.
    await page.getByRole('button', { name: /新增企业/ }).click();
    const form = page.getByRole('dialog');
    await form.getByLabel('企业名称', { exact: true }).fill('华为技术有限公司南京分公司');
    await form.getByText('企业库中有相似企业，请核对是否为同一家').waitFor();
    await form.getByText('分支机构').waitFor();
    const save = form.getByRole('button', { name: /保\s*存/ });
    expect(await save.isDisabled()).toBe(true);
    await screenshot(page, '22-company-similar');
    await form.getByLabel('我已核对，这是另一家企业').check();
    expect(await save.isEnabled()).toBe(true);

    // The same company in traditional characters: refused outright.
    await form.getByLabel('企业名称', { exact: true }).fill('華為技術有限公司');
    await form.getByText('企业库中已有该企业：华为技术有限公司（914403001922038216）').waitFor();
    expect(await save.isDisabled()).toBe(true);

    await form.getByLabel('企业名称', { exact: true }).fill('华为技术有限公司南京分公司');
    await form.getByLabel('我已核对，这是另一家企业').check();
    await save.click();
    await page.getByText('已新增企业“华为技术有限公司南京分公司”').waitFor();
    await page.getByText('共 3 条').waitFor();

    // The company's page: its facts, and nobody has filed or reported it yet.
    await page.locator('.ant-table-tbody').getByText('华为技术有限公司', { exact: true }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('914403001922038216').waitFor();
    await drawer.getByText('暂无报备').waitFor();
    await drawer.getByText('暂无线索').waitFor();
    await page.waitForTimeout(500); // the drawer's slide-in, for the picture only
    await screenshot(page, '23-company-detail');
    expect(errors).toEqual([]);
  });
});
