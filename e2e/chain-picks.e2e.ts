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

const PASSWORD = 'Lanjiang#Picks2026';

// The map: 新能源 (New energy) with 电池材料 (upstream, 澜城区 responsible) and 绿色食品; 澜城区 is
// designated for 新能源 and hosts one of its projects; 江北区 hosts another one (outside the recommendation).
const env = useServerAndBrowser(async (server) => {
  await createDemoUsers(
    server.url,
    [...OFFICE_AND_COUNTY, ['jiangbei.zhao', '赵江', 'unit_staff', '江北区']],
    PASSWORD,
  );
  const office = await apiSession(server.url, 'office.wang', PASSWORD);
  const units: { id: number; name: string }[] = (await office('GET', '/units')).items;
  const lancheng = units.find((u) => u.name === '澜城区')!.id;
  const jiangbei = units.find((u) => u.name === '江北区')!.id;
  const group = await office('POST', '/chain-groups', { name: '六大主导产业', nameEn: 'Leading', kind: 'leading' });
  const chain = await office('POST', '/chains', { groupId: group.id, name: '新能源', nameEn: 'New energy' });
  await office('POST', '/chains', { groupId: group.id, name: '绿色食品', nameEn: 'Green food' });
  const segment = await office('POST', '/chain-segments', {
    chainId: chain.id,
    name: '电池材料',
    stream: 'up',
    responsibleUnitId: lancheng,
  });
  await office('PUT', `/chains/${chain.id}/designations`, { unitIds: [lancheng], version: 1 });
  await office('POST', '/companies', { name: '澜江锂电材料有限公司' });
  const project = (name: string, unit: number, over: Record<string, unknown> = {}) => ({
    name,
    companyId: null,
    hostUnitId: unit,
    sourceUnitIds: [unit],
    chain: null,
    chainId: chain.id,
    segmentId: segment.id,
    fitsPositioning: true,
    agreedWan: '50000',
    stages: {},
    ...over,
  });
  await (await apiSession(server.url, 'lancheng.li', PASSWORD))(
    'POST',
    '/projects',
    project('锂电正极材料项目', lancheng),
  );
  await (await apiSession(server.url, 'jiangbei.zhao', PASSWORD))(
    'POST',
    '/projects',
    project('江北电解液项目', jiangbei, { fitsPositioning: false }),
  );
});

describe('chain and segment picked on the forms', () => {
  it('a county clerk picks a chain and segment on the filing form and sees the ranked host units with reasons, in both languages', async () => {
    const county = await newPage(env.browser);
    await loginThroughUi(county.page, env.server.url, 'lancheng.li', PASSWORD);
    await county.page.getByRole('menuitem', { name: /工作台/ }).waitFor();
    await county.page.goto(`${env.server.url}/filings`);
    await county.page.getByRole('button', { name: '报备企业' }).click();
    const dialog = county.page.getByRole('dialog');
    await dialog.getByRole('combobox').first().fill('澜江锂电');
    await county.page
      .locator('.ant-select-dropdown:visible')
      .getByText('澜江锂电材料有限公司', { exact: true })
      .click();
    expect(await dialog.getByLabel('环节', { exact: true }).isDisabled()).toBe(true);
    await dialog.getByLabel('产业链', { exact: true }).click();
    const chains = county.page.locator('.ant-select-dropdown:visible');
    await chains.getByTitle('新能源').waitFor();
    await chains.getByText('六大主导产业').waitFor(); // the group's label can come a frame after its options
    expect(await chains.getByText('六大主导产业').count()).toBe(1);
    await chains.getByTitle('新能源').click();
    await dialog.getByLabel('环节', { exact: true }).click();
    await county.page.locator('.ant-select-dropdown:visible').getByTitle('电池材料 · 上游').click();
    await dialog.getByText(/该地主导产业链包含此链/).waitFor();
    const rows = dialog.locator('.ant-table-tbody tr');
    const first = await rows.first().innerText();
    expect(first, first).toMatch(/^澜城区\s*推荐/);
    expect(first, first).toContain('已落地同环节项目 1 个');
    expect(first, first).toContain('该环节的责任单位（重点区域）');
    expect(await dialog.getByText('江北区').count()).toBe(1);
    await screenshot(county.page, '74-filing-chain-recommend');
    await dialog.getByLabel('项目名称').fill('锂电材料二期');
    await dialog.getByRole('button', { name: '报备企业' }).click();
    await county.page.getByText(/报备成功，有效期至/).waitFor();

    const english = await newPage(env.browser, 'en-US');
    expect(await loginInEnglish(english.page, env.server.url, 'lancheng.li', PASSWORD)).toBe(200);
    await english.page
      .getByRole('menuitem', { name: /Dashboard/ })
      .first()
      .waitFor();
    await english.page.goto(`${env.server.url}/filings`);
    await english.page.getByRole('button', { name: 'File a company' }).click();
    const form = english.page.getByRole('dialog');
    await form.getByLabel('Chain', { exact: true }).click();
    await english.page.locator('.ant-select-dropdown:visible').getByTitle('New energy').click();
    await form.getByLabel('Segment', { exact: true }).click();
    await english.page.locator('.ant-select-dropdown:visible').getByTitle('电池材料 · Upstream').click();
    await form.getByText(/The chain is one of the unit's designated chains/).waitFor();
    expect(await english.page.locator('body').textContent()).not.toMatch(/\b(chains|filing|common)\.[a-zA-Z]+/);
    await screenshot(english.page, '76-filing-chain-recommend-en');
    expect(county.errors).toEqual([]);
    expect(english.errors).toEqual([]);
  });

  it('the office sees a project hosted outside the recommendation, in the list (with its filter) and on its page', async () => {
    const office = await newPage(env.browser);
    await loginThroughUi(office.page, env.server.url, 'office.wang', PASSWORD);
    await office.page.getByRole('menuitem', { name: /工作台/ }).waitFor();
    await office.page.goto(`${env.server.url}/projects`);
    await office.page.getByRole('link', { name: '江北电解液项目' }).waitFor();
    expect(await office.page.getByTestId('outside-recommendation').count()).toBe(1);
    await office.page.getByRole('checkbox', { name: '不在推荐承载地' }).click();
    await office.page.waitForURL(/outsideRecommendation=true/);
    await office.page.getByRole('link', { name: '锂电正极材料项目' }).waitFor({ state: 'detached' });
    expect(await office.page.getByRole('link', { name: '江北电解液项目' }).count()).toBe(1);
    await screenshot(office.page, '75-projects-outside-recommendation');
    await office.page.getByRole('link', { name: '江北电解液项目' }).click();
    await office.page.getByRole('heading', { name: '江北电解液项目' }).waitFor();
    expect(await office.page.getByTestId('outside-recommendation').count()).toBe(1);

    expect(office.errors).toEqual([]);
  });
});
