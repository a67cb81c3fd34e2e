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
/** An Asia/Shanghai calendar date n days from today. */
const inDays = (n: number) => new Date(Date.now() + 8 * 3600_000 + n * 86_400_000).toISOString().slice(0, 10);

/** Three signed projects (two of 澜城区), two look-back reviews over them, two joint meetings. */
const env = useServerAndBrowser(async (server) => {
  await createDemoUsers(server.url, OFFICE_AND_COUNTY, PASSWORD);
  const office = await apiSession(server.url, 'office.wang', PASSWORD);
  const units: { id: number; name: string }[] = (await office('GET', '/units')).items;
  const unit = (name: string) => units.find((u) => u.name === name)!.id;
  const projectIds: number[] = [];
  for (const [name, host] of [
    ['澜城区智能装备产业基地', '澜城区'],
    ['澜城区冷链物流中心', '澜城区'],
    ['江北区半导体封装测试项目', '江北区'],
  ] as const) {
    const made = await office('POST', '/projects', {
      name,
      companyId: null,
      hostUnitId: unit(host),
      sourceUnitIds: [unit(host)],
      chain: '高端装备',
      fitsPositioning: true,
      agreedWan: '20000',
      stages: { signed: inDays(-30) },
    });
    projectIds.push(made.id);
  }
  for (const title of ['2026年一季度回头看', '签约项目专项回头看'])
    await office('POST', '/reviews', { title, criteria: { stages: ['signed'], idleMonths: 0 }, dueOn: inDays(30) });
  for (const [title, projectId] of [
    ['第一次联席会议', projectIds[0]],
    ['第二次联席会议', projectIds[1]],
  ] as const) {
    const blocker = await office('POST', `/projects/${projectId}/blockers`, {
      category: 'land',
      description: `${title}的用地问题`,
      responsibleUnitId: unit('澜城区'),
      dueOn: inDays(20),
    });
    await office('POST', '/meetings', { title, heldOn: inDays(5), blockerIds: [blocker.id] });
  }
});

describe('reviews and meetings: filtered lists', () => {
  it('the office finds a review and a meeting by title; the filter stays in the address; the items are paged', async () => {
    const { page, errors } = await newPage(env.browser);
    await loginThroughUi(page, env.server.url, 'office.wang', PASSWORD);
    await page.getByRole('menuitem', { name: /工作台/ }).waitFor();
    await page.goto(`${env.server.url}/reviews`);
    await page.getByText('签约项目专项回头看').waitFor();
    const search = page.getByRole('searchbox', { name: '按标题查找回头看' });
    await search.fill('一季度');
    await search.press('Enter');
    await page.waitForURL(/q=/);
    await page.reload();
    await page.getByText('2026年一季度回头看').waitFor();
    expect(await page.getByText('签约项目专项回头看').count()).toBe(0);
    await page.getByText('共 1 条').waitFor();
    await screenshot(page, '60-reviews-filtered');
    await page.getByText('2026年一季度回头看').click();
    await page.getByText('江北区半导体封装测试项目').waitFor();
    await page.getByText('共 3 条').waitFor();

    await page.goto(`${env.server.url}/meetings`);
    await page.getByText('第一次联席会议').waitFor();
    const meetings = page.getByRole('searchbox', { name: '按标题查找会议' });
    await meetings.fill('第二次');
    await meetings.press('Enter');
    await page.getByText('共 1 条').waitFor();
    expect(await page.getByText('第一次联席会议').count()).toBe(0);
    await screenshot(page, '61-meetings-filtered');
    expect(errors).toEqual([]);
  });

  it('a county clerk in English filters the same lists and sees only its own review items, with no raw keys', async () => {
    const { page, errors } = await newPage(env.browser, 'en-US');
    expect(await loginInEnglish(page, env.server.url, 'lancheng.li', PASSWORD)).toBe(200);
    await page
      .getByRole('menuitem', { name: /Dashboard/ })
      .first()
      .waitFor();
    await page.goto(`${env.server.url}/reviews`);
    await page.getByText('2026年一季度回头看').waitFor();
    const search = page.getByRole('searchbox', { name: 'Find a review by title' });
    await search.fill('专项');
    await search.press('Enter');
    await page.getByText('1 in total').waitFor();
    expect(await page.getByText('2026年一季度回头看').count()).toBe(0);
    expect(await page.locator('body').textContent()).not.toMatch(/\b(work|common|nav)\.[a-zA-Z]+/);
    await page.getByText('签约项目专项回头看').click();
    await page.getByText('澜城区冷链物流中心').waitFor();
    await page.getByText('2 in total').waitFor();
    expect(await page.getByText('江北区半导体封装测试项目').count()).toBe(0);
    await screenshot(page, '62-review-items-en');

    await page.goto(`${env.server.url}/meetings`);
    await page.getByText('第二次联席会议').waitFor();
    const meetings = page.getByRole('searchbox', { name: 'Find a meeting by title' });
    await meetings.fill('第一次');
    await meetings.press('Enter');
    await page.getByText('1 in total').waitFor();
    expect(await page.getByText('第二次联席会议').count()).toBe(0);
    expect(await page.locator('body').textContent()).not.toMatch(/\b(work|common|nav)\.[a-zA-Z]+/);
    await screenshot(page, '63-meetings-en');
    expect(errors).toEqual([]);
  });
});
