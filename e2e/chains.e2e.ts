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
  it('the office builds a segment and sees its gap', async () => {
    const office = await newPage(env.browser);
    await loginThroughUi(office.page, env.server.url, 'office.wang', PASSWORD);
    await office.page.getByRole('menuitem', { name: /工作台/ }).waitFor();
    const entry = office.page.getByRole('menuitem', { name: /产业链/ }).first();
    expect(await entry.innerText()).not.toContain('即将上线');
    await entry.click();
    await office.page.getByRole('img', { name: /产业链招商图谱/ }).waitFor();
    await office.page.getByRole('tab', { name: '维护图谱' }).click();
    await office.page
      .getByRole('button', { name: /新增环节/ })
      .first()
      .click();
    const dialog = office.page.getByRole('dialog');
    await dialog.getByLabel('产业链', { exact: true }).click();
    await office.page.getByTitle('新能源').last().click();
    await dialog.getByLabel('环节', { exact: true }).fill('储能系统');
    await dialog.getByLabel('上中下游').click();
    await office.page.getByTitle('下游').last().click();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await office.page.getByRole('cell', { name: '储能系统', exact: true }).waitFor();
    await office.page.getByRole('tab', { name: '图谱', exact: true }).click();
    await office.page.getByRole('cell', { name: '储能系统', exact: true }).waitFor();
    const row = office.page.getByRole('row', { name: /储能系统/ });
    // The editor's table leaves as the map's comes: wait for the map's row with its gap.
    await row.getByText('缺链').waitFor();
    expect(await row.getByText('缺链').count()).toBe(1);
    await screenshot(office.page, '70-chains-map-office');
    expect(office.errors).toEqual([]);
  });

  it('a county clerk drills a number down and gets a host recommendation', async () => {
    const county = await newPage(env.browser);
    await loginThroughUi(county.page, env.server.url, 'lancheng.li', PASSWORD);
    await county.page.getByRole('menuitem', { name: /工作台/ }).waitFor();
    await county.page.goto(`${env.server.url}/chains`);
    await county.page.getByRole('button', { name: '电池材料 项目' }).click();
    await county.page.getByRole('dialog').getByText('锂电正极材料项目').waitFor();
    await screenshot(county.page, '71-chains-drill');
    await county.page.keyboard.press('Escape');
    // The segment's projects by stage: the number opens the project list of that chain, segment and stage.
    const stage = county.page.getByRole('link', { name: '电池材料 意向' });
    expect(await stage.textContent()).toBe('意向 1');
    await screenshot(county.page, '71a-chains-stages');
    await stage.click();
    await county.page.waitForURL(/\/projects\?chainId=\d+&segmentId=\d+&stage=intent&status=active%2Cstalled$/);
    await county.page.getByRole('cell', { name: '锂电正极材料项目' }).waitFor();
    await county.page.getByText('共 1 条').waitFor();
    await screenshot(county.page, '71b-chains-stage-projects');
    await county.page.goBack();
    await county.page.getByRole('tab', { name: '推荐承载地' }).click();
    const panel = county.page.getByRole('tabpanel');
    await panel.getByLabel('产业链', { exact: true }).click();
    await county.page.getByText('新能源', { exact: true }).last().click();
    await panel.getByLabel('环节', { exact: true }).click();
    await county.page
      .locator('.ant-select-dropdown:visible')
      .getByTitle(/^电池材料 · /)
      .click();
    await county.page.getByText('该地主导产业链包含此链').waitFor();
    expect(await county.page.getByRole('cell', { name: /澜城区/ }).count()).toBe(1);
    await screenshot(county.page, '72-chains-recommend');
    expect(county.errors).toEqual([]);
  });

  it('the map reads in English', async () => {
    const english = await newPage(env.browser, 'en-US');
    expect(await loginInEnglish(english.page, env.server.url, 'lancheng.li', PASSWORD)).toBe(200);
    await english.page
      .getByRole('menuitem', { name: /Dashboard/ })
      .first()
      .waitFor();
    await english.page.goto(`${env.server.url}/chains`);
    await english.page.getByRole('img', { name: /Industry chain map/ }).waitFor();
    await english.page.getByText('Missing link').first().waitFor();
    await english.page.getByRole('columnheader', { name: 'Projects by stage' }).waitFor();
    expect(await english.page.getByRole('link', { name: '电池材料 Intent' }).textContent()).toBe('Intent 1');
    expect(await english.page.locator('body').textContent()).not.toMatch(/\b(chains|nav|common)\.[a-zA-Z]+/);
    await screenshot(english.page, '73-chains-en');
    expect(english.errors).toEqual([]);
  });

  // One office page through the next three steps, as one person keeps the map.
  let kept: Awaited<ReturnType<typeof newPage>>;

  it('the office adds a chain with its chief expert, think tank and designated unit in the browser', async () => {
    kept = await newPage(env.browser);
    const { page } = kept;
    await loginThroughUi(page, env.server.url, 'office.wang', PASSWORD);
    await page.getByRole('menuitem', { name: /工作台/ }).waitFor();
    await page.goto(`${env.server.url}/chains?view=edit`);
    await page.getByText('六大主导产业').waitFor();

    await page
      .getByRole('button', { name: /新增产业链/ })
      .first()
      .click();
    const chainForm = page.getByRole('dialog', { name: '新增产业链' });
    await chainForm.getByLabel('产业链分组').click();
    await page.getByTitle('六大主导产业').last().click();
    await chainForm.getByLabel('名称', { exact: true }).fill('生物医药');
    await chainForm.getByLabel('首席专家').fill('王院士');
    await chainForm.getByLabel('智库单位').fill('澜江药物研究院');
    await chainForm.getByLabel('智库单位').press('Enter');
    await chainForm.getByLabel('主导产业承载单位').fill('澜城');
    await page.locator('.ant-select-dropdown:visible').getByTitle('澜城区').click();
    await chainForm.getByLabel('名称', { exact: true }).click();
    await screenshot(page, '74-chains-chain-form');
    await chainForm.getByRole('button', { name: /保\s*存/ }).click();
    const card = page.locator('.ant-card-type-inner').filter({ hasText: '生物医药' });
    await card.getByText('王院士').waitFor();
    expect(await card.getByText('澜江药物研究院').count()).toBe(1);
    expect(await card.getByText('澜城区').count()).toBe(1);
  });

  it('adds two segments (one under the other) and a target with two tags, and sees them on the map', async () => {
    const { page } = kept;
    const card = page.locator('.ant-card-type-inner').filter({ hasText: '生物医药' });

    const addSegment = async (name: string, stream: string, parent?: string) => {
      await card.getByRole('button', { name: /新增环节/ }).click();
      const form = page.getByRole('dialog', { name: '新增环节' });
      await form.getByLabel('环节', { exact: true }).fill(name);
      await form.getByLabel('上中下游').click();
      await page.getByTitle(stream).last().click();
      if (parent) {
        await form.getByLabel('上级环节').click();
        await page.getByTitle(parent).last().click();
      }
      await form.getByLabel('责任单位').fill('澜城');
      await page.locator('.ant-select-dropdown:visible').getByTitle('澜城区').click();
      if (parent) await screenshot(page, '75-chains-segment-form');
      await form.getByRole('button', { name: /保\s*存/ }).click();
      await card.getByRole('cell', { name, exact: true }).waitFor();
    };
    await addSegment('原料药', '上游');
    await addSegment('制剂', '中游', '原料药');

    await card.getByRole('row', { name: /制剂/ }).getByRole('button', { name: '目标企业' }).click();
    const drawer = page.getByRole('dialog', { name: '制剂 · 目标企业' });
    await drawer.getByRole('button', { name: /新增目标企业/ }).click();
    const targetForm = page.getByRole('dialog', { name: '新增目标企业' });
    await targetForm.getByLabel('企业名称').fill('澜海制药股份有限公司');
    await targetForm.getByLabel('标签').click();
    await page.getByTitle('行业50强').last().click();
    await page.getByTitle('领军').last().click();
    await targetForm.locator('.ant-modal-title').click();
    await screenshot(page, '76-chains-target-form');
    await targetForm.getByRole('button', { name: /保\s*存/ }).click();
    await drawer.getByRole('cell', { name: '澜海制药股份有限公司' }).waitFor();
    expect(await drawer.getByText('领军').count()).toBe(1);
    await screenshot(page, '77-chains-targets-drawer');
    await page.locator('.ant-drawer-close').click();
    await drawer.waitFor({ state: 'hidden' });
    await screenshot(page, '77-chains-editor');
  });

  it('a segment with one under it is not deleted: the page says why; the map shows the new chain', async () => {
    const { page, errors } = kept;
    const card = page.locator('.ant-card-type-inner').filter({ hasText: '生物医药' });
    // The parent has a segment under it: the server refuses, and the page says how many of what.
    await card
      .getByRole('row', { name: /原料药/ })
      .first()
      .getByRole('button', { name: /删\s*除/ })
      .click();
    await page
      .locator('.ant-popover')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await page.getByText('环节“原料药”仍在使用，不能删除：下级环节 1 个').waitFor();

    await page.getByRole('tab', { name: '图谱', exact: true }).click();
    await page.getByRole('img', { name: /产业链招商图谱/ }).waitFor();
    await page.getByRole('cell', { name: '原料药', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: '制剂 目标企业' }).textContent()).toBe('1');
    expect(await page.getByRole('row', { name: /制剂/ }).getByText('缺链').count()).toBe(1);
    await screenshot(page, '78-chains-map-kept');
    expect(errors).toEqual([]);
  });

  it('the office imports the map from a spreadsheet: a bad row refused, then the fixed file adds a chain', async () => {
    const { page, errors } = kept;
    const header = '产业链分组,产业链,环节,上中下游,首席专家,智库单位,责任单位';
    const file = (...rows: string[]) => ({
      name: '产业链图谱.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`\ufeff${[header, ...rows].join('\n')}\n`),
    });
    await page.getByRole('button', { name: /导入图谱/ }).click();
    const wizard = page.getByRole('dialog').filter({ hasText: '导入图谱' });
    await wizard.locator('input[type=file]').setInputFiles(file('六大主导产业,高端装备,数控机床,左游,,,澜城区'));
    await wizard.getByRole('button', { name: /试\s*导\s*入/ }).click();
    await wizard.getByText('发现 1 处错误').waitFor();
    expect(await wizard.getByRole('row').filter({ hasText: '左游' }).getByRole('cell').allInnerTexts()).toEqual([
      '2',
      '上中下游',
      '“左游”不是上中下游（上游、中游、下游）',
    ]);
    await screenshot(page, '78c-chains-map-import-errors');
    await wizard.getByRole('button', { name: '重新选择文件' }).click();
    await wizard
      .locator('input[type=file]')
      .setInputFiles(file('六大主导产业,高端装备,数控机床,中游,陈教授,澜江大学,澜城区'));
    await wizard.getByRole('button', { name: /试\s*导\s*入/ }).click();
    await wizard.getByText('分组、产业链和环节按名称对应', { exact: false }).waitFor();
    await wizard.getByRole('button', { name: '确认导入' }).click();
    await wizard.getByText('共 1 行：新增 1，更新 0，未变 0').waitFor();
    await wizard.getByRole('button', { name: /完\s*成/ }).click();
    await wizard.waitFor({ state: 'hidden' });
    await page.getByRole('cell', { name: '数控机床', exact: true }).waitFor();
    expect(
      await page
        .getByRole('row', { name: /数控机床/ })
        .getByText('缺链')
        .count(),
    ).toBe(1);
    await screenshot(page, '78d-chains-map-imported');
    expect(errors).toEqual([]);
  });

  it('the office imports target enterprises from a spreadsheet (a bad row refused, then the fixed file) and exports them', async () => {
    const { page, errors } = kept;
    const header = '产业链,环节,企业名称,统一社会信用代码,标签,责任单位,备注';
    const file = (...rows: string[]) => ({
      name: '目标企业.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`\ufeff${[header, ...rows].join('\n')}\n`),
    });
    await page.getByRole('button', { name: /导入目标企业/ }).click();
    const wizard = page.getByRole('dialog').filter({ hasText: '导入目标企业' });
    await wizard.locator('input[type=file]').setInputFiles(file('新能源,制剂,澜江药业有限公司,,央企,,'));
    await wizard.getByRole('button', { name: /试\s*导\s*入/ }).click();
    await wizard.getByText('发现 1 处错误').waitFor();
    expect(await wizard.getByRole('row').filter({ hasText: '不在产业链' }).getByRole('cell').allInnerTexts()).toEqual([
      '2',
      '环节',
      '环节“制剂”不在产业链“新能源”下，而在“生物医药”下',
    ]);
    expect(await wizard.getByRole('button', { name: '确认导入' }).count()).toBe(0);
    await screenshot(page, '78a-chains-targets-import-errors');
    await wizard.getByRole('button', { name: '重新选择文件' }).click();
    await wizard
      .locator('input[type=file]')
      .setInputFiles(
        file('生物医药,制剂,澜江药业有限公司,,央企、总部型,澜城区,', '新能源,电池材料,澜江锂电集团,,领军,,'),
      );
    await wizard.getByRole('button', { name: /试\s*导\s*入/ }).click();
    await wizard.getByText('产业链和环节须已在图谱中', { exact: false }).waitFor();
    await wizard.getByRole('button', { name: '确认导入' }).click();
    await wizard.getByText('共 2 行：新增 2，更新 0，未变 0').waitFor();
    await screenshot(page, '78b-chains-targets-imported');
    await wizard.getByRole('button', { name: /完\s*成/ }).click();
    await page.getByRole('tab', { name: '图谱', exact: true }).click();
    await page.getByRole('button', { name: '制剂 目标企业' }).waitFor();
    await expect
      .poll(() => page.getByRole('button', { name: '制剂 目标企业' }).textContent(), { timeout: 10_000 })
      .toBe('2');
    const exported = await page.request.get(
      `${env.server.url}${await page.getByRole('link', { name: /导出目标企业/ }).getAttribute('href')}`,
    );
    expect([exported.status(), exported.headers()['content-disposition']]).toEqual([
      200,
      `attachment; filename="target-enterprises.xlsx"; filename*=UTF-8''${encodeURIComponent('目标企业.xlsx')}`,
    ]);
    expect(errors).toEqual([]);
  });

  it('in English, the chain form and the targets read in English', async () => {
    const english = await newPage(env.browser, 'en-US');
    expect(await loginInEnglish(english.page, env.server.url, 'office.wang', PASSWORD)).toBe(200);
    await english.page
      .getByRole('menuitem', { name: /Dashboard/ })
      .first()
      .waitFor();
    await english.page.goto(`${env.server.url}/chains?view=edit`);
    const cardEn = english.page.locator('.ant-card-type-inner').filter({ hasText: '生物医药' });
    await cardEn.getByText('Chief expert').waitFor();
    await cardEn.getByRole('button', { name: 'Edit' }).first().click();
    const editEn = english.page.getByRole('dialog', { name: 'Edit chain' });
    await editEn.getByText('Designated host units').waitFor();
    expect(await editEn.getByLabel('Chief expert').inputValue()).toBe('王院士');
    expect(await english.page.locator('body').textContent()).not.toMatch(/\b(chains|common)\.[a-zA-Z]+/);
    await screenshot(english.page, '79-chains-chain-form-en');
    await editEn.getByRole('button', { name: /Cancel/ }).click();
    await cardEn.getByRole('row', { name: /制剂/ }).getByRole('button', { name: 'Targets' }).click();
    await english.page.getByRole('dialog', { name: '制剂 · targets' }).getByText('Company name').waitFor();
    await screenshot(english.page, '80-chains-targets-en');
    await english.page.locator('.ant-drawer-close').click();
    await english.page.getByRole('button', { name: /Import the map/ }).click();
    const mapWizardEn = english.page.getByRole('dialog').filter({ hasText: 'Import the map' });
    await mapWizardEn.getByText('Click or drag a file here').waitFor();
    await screenshot(english.page, '80b-chains-map-import-en');
    await mapWizardEn.getByRole('button', { name: /Cancel/ }).click();
    await english.page.getByRole('button', { name: /Import target enterprises/ }).click();
    const wizardEn = english.page.getByRole('dialog').filter({ hasText: 'Import target enterprises' });
    await wizardEn.getByRole('button', { name: /template/i }).waitFor();
    expect(await english.page.locator('body').textContent()).not.toMatch(/\b(chains|common|import)\.[a-zA-Z]+/);
    await screenshot(english.page, '80a-chains-targets-import-en');
    expect(english.errors).toEqual([]);
  });
});
