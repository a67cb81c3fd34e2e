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

const PASSWORD = 'Lanjiang#Oversee2026';
const OFFICE_UNIT = '澜江市招商引资工作领导小组办公室';
const PROJECT = '澜城区新能源电池总部基地';
const EVENT = '深圳投资环境说明会';
const SUBJECT = '线索台账更新情况';
const FINDINGS = '三条线索超过 30 天未更新进展';
/** An Asia/Shanghai calendar date n days from today. */
const inDays = (n: number) => new Date(Date.now() + 8 * 3600_000 + n * 86_400_000).toISOString().slice(0, 10);
/** The year the scheme page opens on (this year in Shanghai). */
const YEAR = Number(inDays(0).slice(0, 4));

/**
 * The office, 澜城区's clerk and a city leader; 澜城区 hosts a major project (150000 万元) whose
 * start was planned ten days ago and has an open power blocker; the city holds an event.
 */
const env = useServerAndBrowser(async (server) => {
  await createDemoUsers(
    server.url,
    [...OFFICE_AND_COUNTY, ['leader.zhang', '张市长', 'leader', OFFICE_UNIT]],
    PASSWORD,
  );
  const office = await apiSession(server.url, 'office.wang', PASSWORD);
  const units: { id: number; name: string }[] = (await office('GET', '/units')).items;
  const lancheng = units.find((u) => u.name === '澜城区')!.id;
  const project = await office('POST', '/projects', {
    name: PROJECT,
    companyId: null,
    hostUnitId: lancheng,
    sourceUnitIds: [lancheng],
    chain: '新能源',
    fitsPositioning: true,
    agreedWan: '150000',
    stages: { signed: inDays(-30) },
  });
  await office('PUT', `/projects/${project.id}/milestones`, { plan: [{ stage: 'started', plannedOn: inDays(-10) }] });
  await office('POST', `/projects/${project.id}/blockers`, {
    category: 'power',
    description: '用电增容未批复',
    responsibleUnitId: lancheng,
    dueOn: inDays(5),
  });
  const year = inDays(0).slice(0, 4);
  const campaign = await office('POST', '/campaigns', { round: 1, startsOn: `${year}-01-01`, endsOn: `${year}-12-31` });
  await office('POST', '/events', {
    name: EVENT,
    kind: 'promotion',
    level: 'local',
    place: '深圳',
    region: 'greater_bay_area',
    campaignId: campaign.id,
    startsOn: inDays(3),
    endsOn: inDays(4),
    organiserUnitIds: [lancheng],
  });
});

describe('oversight: assessment schemes, city leaders, daily inspections', () => {
  it('the office edits a scheme: weights not adding up to 100 are refused, a whole scheme is saved, the other schemes stand apart', async () => {
    const { page, errors } = await newPage(env.browser);
    await loginThroughUi(page, env.server.url, 'office.wang', PASSWORD);
    await page.getByRole('menuitem', { name: /工作台/ }).waitFor();
    await page.getByRole('menuitem', { name: /考核$/ }).click();
    await page.getByRole('menuitem', { name: /考核方案/ }).click();
    await page.getByRole('heading', { name: `${YEAR}年考核方案` }).waitFor();
    await page.getByText('默认方案（尚未保存）').waitFor();
    await page.getByText('全市招商引资工作方案（县区、功能区）').waitFor();
    await page.getByText('方案完整：权重之和为 100，可以保存').waitFor();
    expect(await page.getByTestId('weight-total').textContent()).toBe('100 / 100');

    // 合同率 from 25 to 30 points: 105 in all, refused before anything is sent.
    const weights = page.getByLabel('权重', { exact: true });
    await weights.first().fill('30');
    await page.getByText('方案有 1 处问题').waitFor();
    await page.getByTestId('scheme-problems').getByText('各指标权重之和应为 100，现为 105').waitFor();
    expect(await page.getByTestId('weight-total').textContent()).toBe('105 / 100');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('方案有问题，请按提示修改后再保存').waitFor();
    await screenshot(page, '98-scheme-weights-refused');

    // The signed-amount target from 10 to 5 points, and the contract-rate floor from 60% to 70%.
    await weights.nth(5).fill('5');
    await page.getByLabel('底线', { exact: true }).first().fill('70');
    await page.getByText('方案完整：权重之和为 100，可以保存').waitFor();
    expect(await page.getByTestId('weight-total').textContent()).toBe('100 / 100');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText(`${YEAR}年考核方案已保存`, { exact: true }).waitFor();
    await page.getByText('已保存 · 第 1 版').waitFor();

    await page.reload();
    await page.getByText('已保存 · 第 1 版').waitFor();
    expect(await weights.first().inputValue()).toBe('30');
    expect(await weights.nth(5).inputValue()).toBe('5');
    expect(await page.getByLabel('底线', { exact: true }).first().inputValue()).toBe('70');
    await screenshot(page, '98a-scheme-saved');

    // The resident bureaus' scheme is its own: still the default, its own six target indicators.
    await page.getByText('驻外招商局管理和考核办法').click();
    await page.waitForURL(/scheme=bureau/);
    await page.getByText('默认方案（尚未保存）').waitFor();
    expect(await weights.count()).toBe(6);
    expect(await weights.first().inputValue()).toBe('30');
    expect(await page.getByTestId('weight-total').textContent()).toBe('100 / 100');
    await screenshot(page, '98b-scheme-bureau');
    expect(errors).toEqual([]);
  });

  it('the office links the city leader to the major project and the event; his page lists its track, milestone and blocker', async () => {
    const office = await newPage(env.browser);
    const { page } = office;
    await loginThroughUi(page, env.server.url, 'office.wang', PASSWORD);
    await page.getByRole('menuitem', { name: /工作台/ }).waitFor();
    await page.getByRole('menuitem', { name: /督查通报/ }).click();
    await page.getByRole('menuitem', { name: /市领导挂钩/ }).click();
    await page.waitForURL(/\/leaders$/);
    const row = page.getByRole('row', { name: /张市长/ });
    await row.waitFor();
    expect(await row.getByRole('cell').allInnerTexts()).toEqual(['张市长', '0', '0', '挂钩']);

    await row.getByRole('button', { name: /挂\s*钩/ }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox').click();
    await page.locator('.ant-select-dropdown:visible').getByText(PROJECT, { exact: true }).click();
    await dialog.getByRole('button', { name: /挂\s*钩/ }).click();
    await page.getByText('已挂钩').first().waitFor();
    await row.getByRole('cell', { name: '1', exact: true }).waitFor();

    await row.getByRole('button', { name: /挂\s*钩/ }).click();
    dialog = page.getByRole('dialog');
    // The events are fetched once the office switches to them.
    await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/events'),
      dialog.getByText('招商活动', { exact: true }).click(),
    ]);
    await dialog.getByRole('combobox').click();
    await page
      .locator('.ant-select-dropdown:visible')
      .getByText(`${EVENT} · ${inDays(3)}`, { exact: true })
      .click();
    await dialog.getByRole('button', { name: /挂\s*钩/ }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.querySelectorAll('.ant-table-row td')[2]?.textContent === '1');
    expect(await row.getByRole('cell').allInnerTexts()).toEqual(['张市长', '1', '1', '挂钩']);

    await page.getByRole('link', { name: '张市长' }).click();
    await page.getByText('张市长 挂钩的重大项目').waitFor();
    const projectRow = page.getByRole('row', { name: new RegExp(PROJECT) });
    await projectRow.getByText('澜城区 · 协议投资 150000 万元').waitFor();
    await projectRow.getByText('签约', { exact: true }).waitFor();
    await projectRow.getByText('逾期', { exact: true }).waitFor();
    await projectRow.getByText(`开工 ${inDays(-10)}`).waitFor();
    await projectRow.getByText(`用电增容未批复 · 澜城区 · ${inDays(5)}`).waitFor();
    await page.getByRole('link', { name: EVENT }).waitFor();
    await page.getByText(`${inDays(3)} – ${inDays(4)}`).waitFor();
    await screenshot(page, '99-leader-portfolio');

    // The leader himself, in English: his page, then the scheme the office saved above, which he reads but cannot change.
    const leader = await newPage(env.browser, 'en-US');
    await loginInEnglish(leader.page, env.server.url, 'leader.zhang', PASSWORD);
    await leader.page.getByRole('menuitem', { name: /Oversight/ }).click();
    await leader.page.getByRole('menuitem', { name: /City leaders/ }).click();
    await leader.page.getByRole('link', { name: '张市长' }).click();
    await leader.page.getByText('Major projects followed by 张市长').waitFor();
    const his = leader.page.getByRole('row', { name: new RegExp(PROJECT) });
    await his.getByText('澜城区 · Agreed 150000 10k yuan').waitFor();
    await his.getByText('Overdue', { exact: true }).waitFor();
    await his.getByText(`Started ${inDays(-10)}`).waitFor();
    expect(await his.getByRole('button').count()).toBe(0);
    await leader.page.getByRole('link', { name: EVENT }).waitFor();
    await screenshot(leader.page, '99a-leader-portfolio-en');

    await leader.page.goto(`${env.server.url}/assessment/scheme`);
    await leader.page.getByRole('heading', { name: `Assessment scheme ${YEAR}` }).waitFor();
    await leader.page.getByText('Saved · version 1').waitFor();
    await leader.page.getByText('Read only').waitFor();
    expect(await leader.page.getByTestId('weight-total').textContent()).toBe('100 / 100');
    expect(await leader.page.getByRole('button', { name: 'Save' }).count()).toBe(0);
    // The long English indicator names do not push the floors out of their card: the table scrolls inside it.
    const indicatorsCard = leader.page.locator('.ant-card').filter({ hasText: 'Indicators and weights' });
    expect(await indicatorsCard.evaluate((card) => card.scrollWidth - card.clientWidth)).toBe(0);
    await screenshot(leader.page, '99b-scheme-read-only-en');
    expect(office.errors).toEqual([]);
    expect(leader.errors).toEqual([]);
  });

  it('the office records an inspection of 澜城区, the county reports its rectification, the office closes it', async () => {
    const office = await newPage(env.browser);
    await loginThroughUi(office.page, env.server.url, 'office.wang', PASSWORD);
    await office.page.getByRole('menuitem', { name: /工作台/ }).waitFor();
    await office.page.goto(`${env.server.url}/inspections`);
    await office.page.getByText('暂无督查事项').waitFor();
    await office.page.getByRole('button', { name: '登记督查' }).click();
    const dialog = office.page.getByRole('dialog');
    await dialog.getByLabel('被督查单位').click();
    await dialog.getByLabel('被督查单位').fill('澜城区');
    await office.page.locator('.ant-select-dropdown:visible').getByText('澜城区', { exact: true }).click();
    await dialog.getByLabel('督查内容').fill(SUBJECT);
    await dialog.getByLabel('发现问题').fill(FINDINGS);
    expect(await dialog.getByLabel('督查日期').inputValue()).toBe(inDays(0));
    expect(await dialog.getByLabel('整改期限').inputValue()).toBe(inDays(15));
    await screenshot(office.page, '99c-inspection-record');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await office.page.getByText('督查事项已登记').waitFor();
    const officeRow = office.page.getByRole('row', { name: new RegExp(SUBJECT) });
    expect(await officeRow.getByRole('cell').allInnerTexts()).toEqual([
      '澜城区',
      `${SUBJECT}\n${FINDINGS}`,
      inDays(0),
      inDays(15),
      '整改中',
      '',
      '',
    ]);

    const clerk = await newPage(env.browser);
    await loginThroughUi(clerk.page, env.server.url, 'lancheng.li', PASSWORD);
    await clerk.page.getByRole('menuitem', { name: /工作台/ }).waitFor();
    await clerk.page.getByRole('menuitem', { name: /督查通报/ }).click();
    await clerk.page.getByRole('menuitem', { name: /日常督查/ }).click();
    const clerkRow = clerk.page.getByRole('row', { name: new RegExp(SUBJECT) });
    await clerkRow.getByText('整改中').waitFor();
    await clerkRow.getByRole('button', { name: '填报整改' }).click();
    const rectify = clerk.page.getByRole('dialog');
    await rectify.getByText(FINDINGS).waitFor();
    await rectify.getByLabel('整改情况').fill('已逐条更新进展，并明确专人每周维护');
    await rectify.getByRole('button', { name: /保\s*存/ }).click();
    await clerk.page.getByText('整改情况已填报').waitFor();
    await rectify.waitFor({ state: 'hidden' });
    await clerkRow.getByText('已整改待销号').waitFor();
    await clerkRow.getByText(/^李澜 于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})? 填报$/).waitFor();
    expect(await clerkRow.getByRole('button', { name: /销\s*号/ }).count()).toBe(0);
    await screenshot(clerk.page, '99d-inspection-rectified');

    await office.page.reload();
    await officeRow.getByText('已整改待销号').waitFor();
    await officeRow.getByRole('button', { name: /销\s*号/ }).click();
    const confirm = office.page.getByRole('dialog');
    await confirm.getByText('确认该督查事项已整改到位并销号？').last().waitFor();
    await confirm.getByRole('button', { name: /销\s*号/ }).click();
    await confirm.waitFor({ state: 'hidden' });
    await officeRow.getByText('已销号', { exact: true }).waitFor();
    await officeRow.getByText(/^王主任 于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})? 销号$/).waitFor();
    expect(await officeRow.getByRole('button').count()).toBe(0);
    await screenshot(office.page, '99e-inspection-closed');

    await clerk.page.reload();
    await clerkRow.getByText('已销号', { exact: true }).waitFor();
    expect(await clerkRow.getByRole('button').count()).toBe(0);
    expect(office.errors).toEqual([]);
    expect(clerk.errors).toEqual([]);
  });
});
