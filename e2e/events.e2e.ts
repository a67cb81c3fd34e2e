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
const EVENT = '澜城区（上海）新能源产业推介会';
const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
let eventId = 0;

const env = useServerAndBrowser(async (server) => {
  await createDemoUsers(server.url, OFFICE_AND_COUNTY, PASSWORD);
  const office = await apiSession(server.url, 'office.wang', PASSWORD);
  const units: { id: number; name: string }[] = (await office('GET', '/units')).items;
  const lancheng = units.find((u) => u.name === '澜城区')!.id;
  const year = today.slice(0, 4);
  const campaign = await office('POST', '/campaigns', { round: 1, startsOn: `${year}-01-01`, endsOn: `${year}-12-31` });
  eventId = (
    await office('POST', '/events', {
      name: EVENT,
      kind: 'promotion',
      level: 'local',
      place: '上海',
      region: 'yangtze_delta',
      campaignId: campaign.id,
      startsOn: today,
      endsOn: today,
      organiserUnitIds: [lancheng],
    })
  ).id;
  const company = await office('POST', '/companies', { name: '华为技术有限公司', uscc: '914403001922038216' });
  const clerk = await apiSession(server.url, 'lancheng.li', PASSWORD);
  await clerk('POST', '/leads', { companyId: company.id, source: 'event' });
});

describe('an event from the calendar to its yield', () => {
  it('a county clerk finds the event in the calendar, imports its guests, attributes a lead, and sees the yield', async () => {
    const { page, errors } = await newPage(env.browser);
    await loginThroughUi(page, env.server.url, 'lancheng.li', PASSWORD);
    await page.getByRole('menuitem', { name: /工作台/ }).waitFor();
    const entry = page.getByRole('menuitem', { name: /活动/ }).first();
    // Out of "coming soon": the entry opens the events area.
    expect(await entry.innerText()).not.toContain('即将上线');
    await entry.click();
    await page.getByRole('tab', { name: '日历' }).waitFor();
    await page.getByRole('link', { name: EVENT }).first().waitFor();
    await screenshot(page, '60-events-calendar');

    await page.getByRole('link', { name: EVENT }).first().click();
    await page.getByRole('heading', { name: EVENT }).waitFor();
    await page.getByRole('button', { name: /导入嘉宾名单/ }).click();
    const wizard = page.getByRole('dialog');
    await wizard.locator('input[type=file]').setInputFiles({
      name: '嘉宾.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        '\ufeff嘉宾姓名,职务,企业名称,统一社会信用代码\n张三,总经理,华为技术有限公司,914403001922038216\n李四,董事长,澜江未知科技有限公司,\n',
      ),
    });
    await wizard.getByRole('button', { name: /试\s*导\s*入/ }).click();
    await wizard.getByText('确认无误后正式导入，嘉宾将与企业库比对').waitFor();
    await wizard.getByRole('button', { name: '确认导入' }).click();
    await wizard.getByText('共 2 行：新增 2，更新 0，未变 0').waitFor();
    await wizard.getByRole('button', { name: /完\s*成/ }).click();
    await page.getByText('同一企业').waitFor();
    await page.getByText('企业库中没有').waitFor();
    await screenshot(page, '61-event-page');

    await page.goto(`${env.server.url}/leads`);
    const row = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: '华为技术有限公司' });
    await row.first().waitFor();
    await row.getByLabel('来源活动').click();
    await row.getByLabel('来源活动').fill('推介会');
    await page.locator('.ant-select-dropdown:visible').getByText(EVENT, { exact: false }).click();
    await page.getByText('已记录来源活动').waitFor();
    await screenshot(page, '62-lead-source-event');

    await page.goto(`${env.server.url}/events/${eventId}`);
    await page.getByRole('heading', { name: EVENT }).waitFor();
    const stat = (title: string) =>
      page
        .locator('.ant-statistic')
        .filter({ has: page.getByText(title, { exact: true }) })
        .locator('.ant-statistic-content');
    expect(await stat('嘉宾').innerText()).toBe('2');
    expect(await stat('线索').innerText()).toBe('1');
    await page.getByRole('img', { name: EVENT }).locator('canvas').waitFor();
    // The lead count clicks down to the leads of this event, and the filter says so.
    await stat('线索').getByRole('link', { name: '1' }).click();
    await page.getByText(`来源活动：${EVENT}`).waitFor();
    await page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: '华为技术有限公司' }).waitFor();
    await expect.poll(() => page.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(1);
    await screenshot(page, '62b-event-leads');

    await page.goto(`${env.server.url}/events?view=campaigns`);
    await page.getByRole('cell', { name: '第1轮百日招商' }).waitFor();
    await page.locator('canvas').first().waitFor();
    await screenshot(page, '63-campaign-funnel');

    // Any period, not only a whole year: a window before the event has no yield, one on its day has it.
    const pickPeriod = async (from: string, to: string) => {
      await page.getByPlaceholder('开始日期').click();
      await page.getByPlaceholder('开始日期').fill(from);
      await page.getByPlaceholder('开始日期').press('Enter');
      await page.getByPlaceholder('结束日期').fill(to);
      await page.getByPlaceholder('结束日期').press('Enter');
    };
    await pickPeriod('2001-01-01', '2001-02-28');
    await page.getByText('没有活动').first().waitFor();
    expect(await page.getByRole('cell', { name: '第1轮百日招商' }).count()).toBe(0);
    await pickPeriod(today, today);
    const round = page.getByRole('row').filter({ has: page.getByRole('cell', { name: '第1轮百日招商' }) });
    await round.waitFor();
    expect((await round.getByRole('cell').allInnerTexts()).slice(0, 2)).toEqual(['第1轮百日招商', '1']);
    await expect.poll(() => page.locator('.ant-picker-dropdown:visible').count()).toBe(0);
    await screenshot(page, '63a-campaign-period');
    expect(errors).toEqual([]);
  });

  it('the campaigns panel reads in English, with its period', async () => {
    const english = await newPage(env.browser, 'en-US');
    expect(await loginInEnglish(english.page, env.server.url, 'lancheng.li', PASSWORD)).toBe(200);
    await english.page
      .getByRole('menuitem', { name: /Dashboard/ })
      .first()
      .waitFor();
    await english.page.goto(`${env.server.url}/events?view=campaigns`);
    await english.page.getByText('Period', { exact: true }).waitFor();
    await english.page.getByPlaceholder('Start date').waitFor();
    expect(await english.page.locator('body').textContent()).not.toMatch(/\b(events|common)\.[a-zA-Z]+/);
    await screenshot(english.page, '63b-campaign-period-en');
    expect(english.errors).toEqual([]);
  });
});
