import { describe, expect, it } from 'vitest';
import {
  apiSession,
  createDemoUsers,
  loginInEnglish,
  loginThroughUi,
  newPage,
  OFFICE_AND_COUNTY,
  screenshot,
  useServerAndBrowser,
} from './harness.ts';

const PASSWORD = 'Lanjiang#Chain2026';

const env = useServerAndBrowser(async (server) => {
  await createDemoUsers(server.url, OFFICE_AND_COUNTY, PASSWORD);
  const office = await apiSession(server.url, 'office.wang', PASSWORD);
  const units: { id: number; name: string }[] = (await office('GET', '/units')).items;
  const lancheng = units.find((u) => u.name === '澜城区')!.id;
  const group = await office('POST', '/chain-groups', { name: '六大主导产业', kind: 'leading' });
  const chain = await office('POST', '/chains', { groupId: group.id, name: '新能源', chiefExpert: '刘海涛' });
  const segment = await office('POST', '/chain-segments', {
    chainId: chain.id,
    name: '电池材料',
    stream: 'up',
    responsibleUnitId: lancheng,
  });
  await office('PUT', `/chains/${chain.id}/designations`, { unitIds: [lancheng], version: 1 });
  const company = await office('POST', '/companies', { name: '澜江锂电材料有限公司' });
  await office('PUT', `/companies/${company.id}/chain`, { chainId: chain.id, segmentId: segment.id, version: 1 });
  const clerk = await apiSession(server.url, 'lancheng.li', PASSWORD);
  await clerk('POST', '/projects', {
    name: '锂电正极材料项目',
    companyId: company.id,
    hostUnitId: lancheng,
    sourceUnitIds: [lancheng],
    chain: null,
    chainId: chain.id,
    segmentId: segment.id,
    fitsPositioning: true,
    agreedWan: '50000',
    stages: {},
  });
});

describe('the industry-chain map', () => {
  it('the office builds a segment and sees its gap; a county clerk gets a host recommendation and drills a number down', async () => {
    const office = await newPage(env.browser);
    await loginThroughUi(office.page, env.server.url, 'office.wang', PASSWORD);
    await office.page.getByRole('menuitem', { name: /工作台/ }).waitFor();
    const entry = office.page.getByRole('menuitem', { name: /产业链/ }).first();
    expect(await entry.innerText()).not.toContain('即将上线');
    await entry.click();
    await office.page.getByRole('img', { name: /产业链招商图谱/ }).waitFor();
    await office.page.getByRole('button', { name: /新增环节/ }).click();
    const dialog = office.page.getByRole('dialog');
    await dialog.getByLabel('产业链', { exact: true }).click();
    await office.page.getByTitle('新能源').last().click();
    await dialog.getByLabel('环节', { exact: true }).fill('储能系统');
    await dialog.getByLabel('上中下游').click();
    await office.page.getByTitle('下游').last().click();
    await dialog.getByRole('button', { name: /OK|确\s*定/ }).click();
    await office.page.getByRole('cell', { name: '储能系统', exact: true }).waitFor();
    const row = office.page.getByRole('row', { name: /储能系统/ });
    expect(await row.getByText('缺链').count()).toBe(1);
    await screenshot(office.page, '70-chains-map-office');

    const county = await newPage(env.browser);
    await loginThroughUi(county.page, env.server.url, 'lancheng.li', PASSWORD);
    await county.page.getByRole('menuitem', { name: /工作台/ }).waitFor();
    await county.page.goto(`${env.server.url}/chains`);
    await county.page.getByRole('button', { name: '电池材料 项目' }).click();
    await county.page.getByRole('dialog').getByText('锂电正极材料项目').waitFor();
    await screenshot(county.page, '71-chains-drill');
    await county.page.keyboard.press('Escape');
    await county.page.getByRole('tab', { name: '推荐承载地' }).click();
    await county.page.getByRole('tabpanel').getByRole('combobox').first().click();
    await county.page.getByText('新能源', { exact: true }).last().click();
    await county.page.getByText('电池材料', { exact: true }).last().click();
    await county.page.getByText('该地主导产业链包含此链').waitFor();
    expect(await county.page.getByRole('cell', { name: /澜城区/ }).count()).toBe(1);
    await screenshot(county.page, '72-chains-recommend');

    const english = await newPage(env.browser, 'en-US');
    expect(await loginInEnglish(english.page, env.server.url, 'lancheng.li', PASSWORD)).toBe(200);
    await english.page
      .getByRole('menuitem', { name: /Dashboard/ })
      .first()
      .waitFor();
    await english.page.goto(`${env.server.url}/chains`);
    await english.page.getByRole('img', { name: /Industry chain map/ }).waitFor();
    await english.page.getByText('Missing link').first().waitFor();
    expect(await english.page.locator('body').textContent()).not.toMatch(/\b(chains|nav|common)\.[a-zA-Z]+/);
    await screenshot(english.page, '73-chains-en');
    expect(office.errors).toEqual([]);
    expect(county.errors).toEqual([]);
    expect(english.errors).toEqual([]);
  });
});
