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

const PASSWORD = 'Lanjiang#Work2026';

/** Two counties' projects signed in 2021, and last year's one for the comparison. */
const PROJECTS: [string, string, string, string | null][] = [
  ['澜城区智能装备产业基地', '澜城区', '2021-02-01', '2021-02-20'],
  ['澜城区冷链物流中心', '澜城区', '2021-04-10', null],
  ['江北区半导体封装测试项目', '江北区', '2021-06-15', '2021-07-01'],
  ['江北区去年的项目', '江北区', '2020-05-01', '2020-05-10'],
];

const env = useServerAndBrowser(async (server) => {
  await createDemoUsers(
    server.url,
    [...OFFICE_AND_COUNTY, ['jiangbei.zhao', '赵江', 'unit_staff', '江北区']],
    PASSWORD,
  );
  const office = await apiSession(server.url, 'office.wang', PASSWORD);
  const units: { id: number; name: string }[] = (await office('GET', '/units')).items;
  const unit = (name: string) => units.find((u) => u.name === name)!.id;
  for (const [name, host, signed, contracted] of PROJECTS) {
    await office('POST', '/projects', {
      name,
      companyId: null,
      hostUnitId: unit(host),
      sourceUnitIds: [unit(host)],
      chain: '高端装备',
      fitsPositioning: true,
      agreedWan: '20000',
      stages: { signed, contracted },
    });
  }
  // 澜城区 and 江北区 work one investor; the office files it jointly 60/40, and the project made from
  // 澜城区's filing lands in 江北区: 江北区's figures count its 40% share of the 50,000 万元.
  const lancheng = await apiSession(server.url, 'lancheng.li', PASSWORD);
  const jiangbei = await apiSession(server.url, 'jiangbei.zhao', PASSWORD);
  const investor = await lancheng('POST', '/companies', { name: '澜江联合智造有限公司' });
  const filed = await lancheng('POST', '/filings', { companyId: investor.id });
  const claim = await jiangbei('POST', '/filings', { companyId: investor.id });
  await office('POST', `/conflicts/${claim.conflictId}/decision`, {
    kind: 'joint',
    shares: [
      { unitId: unit('澜城区'), percent: 60 },
      { unitId: unit('江北区'), percent: 40 },
    ],
    reason: '两地共同招引',
  });
  await office('POST', '/projects', {
    name: '江北区联合招引智造基地',
    companyId: investor.id,
    hostUnitId: unit('江北区'),
    sourceUnitIds: [unit('澜城区'), unit('江北区')],
    chain: '高端装备',
    fitsPositioning: true,
    agreedWan: '50000',
    stages: { signed: '2021-07-05' },
    filingId: filed.filingId,
  });
  // The commerce service centre organised an event in July: the bulletin's events indicator counts it.
  await office('POST', '/events', {
    name: '澜江市新能源产业（深圳）推介会',
    kind: 'promotion',
    level: 'city_major',
    place: '深圳',
    region: 'greater_bay_area',
    startsOn: '2021-07-08',
    endsOn: '2021-07-08',
    organiserUnitIds: [unit('市商务局招商服务中心')],
  });
  await office('POST', '/bulletins', { year: 2021, month: 7 });
});

describe('the monthly bulletin', () => {
  it('the office reviews the draft down to the projects behind a rate, publishes it; a county reads the published issue', async () => {
    const office = await newPage(env.browser);
    const { page } = office;
    await loginThroughUi(page, env.server.url, 'office.wang', PASSWORD);
    await page.getByRole('menuitem', { name: /工作台/ }).waitFor();
    await page.goto(`${env.server.url}/bulletins`);
    await page.getByText('2021年7月').first().click();
    await page.getByText('县区和功能区').first().waitFor();
    // 澜城区: two signed, one with a contract — the rate opens the project behind its numerator.
    const row = page.locator('tr').filter({ hasText: '澜城区' }).first();
    await row.getByText('50.00%').first().click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('澜城区智能装备产业基地').waitFor();
    expect(await drawer.getByText('澜城区冷链物流中心').count()).toBe(0);
    await screenshot(page, '50-bulletin-drill');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    // 江北区's amount: its own project in full and its 40% of the joint one, each line saying so.
    await page.locator('tr').filter({ hasText: '江北区' }).first().getByText('40,000').click();
    await drawer.getByText('江北区联合招引智造基地').waitFor();
    expect(await drawer.getByText('计入 20,000', { exact: true }).count()).toBe(1);
    await screenshot(page, '50b-bulletin-drill-joint');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    // The service centre's events figure opens the events behind it.
    await page.getByLabel('市商务局招商服务中心 招商活动 1 场').click();
    const events = page.getByRole('dialog', { name: '市商务局招商服务中心 · 招商活动' });
    await events.getByRole('link', { name: '澜江市新能源产业（深圳）推介会' }).waitFor();
    expect(await events.getByRole('row').nth(1).getByRole('cell').allInnerTexts()).toEqual([
      '澜江市新能源产业（深圳）推介会',
      '推介会',
      '市级重大活动',
      '2021-07-08',
    ]);
    await screenshot(page, '50a-bulletin-events');
    await page.keyboard.press('Escape');
    await events.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: '发布' }).click();
    await page.getByText('发布后通报冻结，数字不再改变').waitFor();
    await page
      .locator('.ant-modal-confirm-btns')
      .getByRole('button', { name: /确\s*定|发\s*布|OK/ })
      .click();
    await page.getByText('已发布：2021年第1期').waitFor();
    await screenshot(page, '51-bulletin-published');

    const county = await newPage(env.browser);
    await loginThroughUi(county.page, env.server.url, 'lancheng.li', PASSWORD);
    await county.page.getByRole('menuitem', { name: /工作台/ }).waitFor();
    await county.page.goto(`${env.server.url}/bulletins`);
    await county.page.getByText('2021年第1期').first().waitFor();
    expect(await county.page.getByText('2021年7月').count()).toBe(0);
    await screenshot(county.page, '52-bulletin-county');

    // The same issue in English: its title, and no raw message keys anywhere on the page.
    const english = await newPage(env.browser, 'en-US');
    expect(await loginInEnglish(english.page, env.server.url, 'lancheng.li', PASSWORD)).toBe(200);
    await english.page
      .getByRole('menuitem', { name: /Dashboard/ })
      .first()
      .waitFor();
    await english.page.goto(`${env.server.url}/bulletins`);
    await english.page.getByText('2021 issue no. 1').first().click();
    await english.page.getByText('2021 issue no. 1').first().waitFor();
    await english.page.getByRole('link', { name: /PDF/ }).first().waitFor();
    expect(await english.page.locator('body').textContent()).not.toMatch(/\b(bulletin|work|common|nav)\.[a-zA-Z]+/);
    await screenshot(english.page, '53-bulletin-en');
    await english.page.getByLabel('市商务局招商服务中心 events organised: 1').click();
    const eventsEn = english.page.getByRole('dialog', { name: '市商务局招商服务中心 · events organised' });
    await eventsEn.getByRole('columnheader', { name: 'Starts on' }).waitFor();
    await eventsEn.getByRole('link', { name: '澜江市新能源产业（深圳）推介会' }).waitFor();
    expect(await english.page.locator('body').textContent()).not.toMatch(/\b(bulletin|label|common)\.[a-zA-Z]+/);
    await screenshot(english.page, '53a-bulletin-events-en');
    expect(office.errors).toEqual([]);
    expect(county.errors).toEqual([]);
    expect(english.errors).toEqual([]);
  });
});
