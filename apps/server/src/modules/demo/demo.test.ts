import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { shanghaiDate } from '@zhaoshang/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, systemCtx, type TestEnv } from '../../../test/factories.ts';
import { demoCommand } from '../../cli/demo.ts';
import { CliError } from '../../cli/runtime.ts';
import type { Config } from '../../config.ts';
import { queryRows } from '../../db/client.ts';
import { missingEvidenceSql } from '../../db/fragments/project-scope.ts';
import { type FileStore, localFileStore } from '../../files/file-store.ts';
import { computeWindowKpi } from '../kpi/kpi.service.ts';
import { demoState, loadDemo } from './demo.ts';
import { planDemoCity } from './demo-projects.ts';

let env: TestEnv;
let other: TestEnv;
let files: FileStore;
beforeAll(async () => {
  [env, other] = await Promise.all([createTestEnv(), createTestEnv()]);
  files = localFileStore(fs.mkdtempSync(path.join(os.tmpdir(), 'zs-demo-files-')));
  await loadDemo(env.database, systemCtx, { admin: 'Demo#Admin2026', auditor: 'Demo#Audit2026' }, 'full', files);
}, 120_000);
afterAll(async () => {
  await env.close();
  await other.close();
});

const one = async <T>(query: ReturnType<typeof sql>) => (await queryRows<T>(env.database.db, query))[0]!;
const pp = (now: number, before: number) => Math.round((now - before) * 1000) / 10;

describe('the demo city', () => {
  it("gives the seed's Jan–Jul 2021 figures exactly: 251 signed, 221 fit, 2409.5亿元 of which 2103.5亿元 fit, +3.2 and +34.2 points", async () => {
    const { result } = await computeWindowKpi(env.database, systemCtx, { from: '2021-01-01', to: '2021-07-31' });
    const city = result.city;
    expect(city.signedCount).toBe(251);
    expect(city.signedAmountWan).toBe(24_095_000);
    expect(city.fitShareCount).toBe(221 / 251);
    expect(city.fitShareAmount).toBe(21_035_000 / 24_095_000);
    expect(city.lastYear.signedCount).toBe(198);
    expect(city.lastYear.signedAmountWan).toBe(20_000_000);
    expect(city.lastYear.fitShareCount).toBe(168 / 198);
    expect(city.lastYear.fitShareAmount).toBe(0.531);
    expect((city.fitShareCount! * 100).toFixed(2)).toBe('88.05');
    expect((city.fitShareAmount! * 100).toFixed(2)).toBe('87.30');
    expect(pp(city.fitShareCount!, city.lastYear.fitShareCount!)).toBe(3.2);
    expect(pp(city.fitShareAmount!, city.lastYear.fitShareAmount!)).toBe(34.2);
    // Near the floors (60/80/50%), as the generator makes them, and the same every time.
    expect([city.contractRate, city.registrationRate, city.readyRate].map((r) => r!.toFixed(3))).toEqual([
      '0.669',
      '0.809',
      '0.522',
    ]);
    const hosts = result.units.filter((u) => u.role === 'host');
    expect(hosts).toHaveLength(8);
    expect(hosts.filter((u) => u.indicators.contractRate! < 0.6).length).toBe(3);
  });

  it('attaches a sample scan to every assessed stage but on one project in 40, which the data-quality check then lists', async () => {
    const evidence = await one<{
      rows: number;
      stages: number;
      files: number;
      projects: number;
      all: number;
      gaps: number;
      missing: number;
    }>(
      sql`select (select count(*) from project_evidence)::int as rows,
          (select sum((signed_on is not null)::int + (contracted_on is not null)::int + (registered_on is not null)::int
            + (started_on is not null)::int) from projects where id % 40 <> 0)::int as stages,
          (select count(distinct sha256) from project_evidence)::int as files,
          (select count(distinct project_id) from project_evidence)::int as projects,
          (select count(*) from projects)::int as all,
          (select count(*) from projects where id % 40 = 0)::int as gaps,
          (select count(*) from projects p where ${missingEvidenceSql()})::int as missing`,
    );
    expect(evidence.rows).toBe(evidence.stages);
    expect(evidence.files).toBe(4);
    expect(evidence.projects + evidence.gaps).toBe(evidence.all);
    expect(evidence.missing).toBe(evidence.gaps);
    expect(evidence.gaps).toBe(Math.floor(evidence.all / 40));
    const sample = await one<{ sha256: string; file_name: string }>(
      sql`select sha256, file_name from project_evidence where stage = 'contracted' limit 1`,
    );
    expect(sample.file_name).toBe('投资合同扫描件（演示）.pdf');
    const bytes = await files.get(sample.sha256);
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
    expect(bytes.toString('latin1')).toContain('(Lanjiang demo city: sample evidence of the contracted stage) Tj');
  });

  it('gives H1 2021 foreign capital used of 48,500万美元 (+53.4% on 31,620; 56.3% of the 86,150 target) and 85,000万美元 newly signed', async () => {
    const used = await one<{ y2021: string; y2020: string }>(
      sql`select sum(used_usd_wan) filter (where year = 2021 and month <= 6)::text as y2021,
        sum(used_usd_wan) filter (where year = 2020 and month <= 6)::text as y2020 from foreign_capital_use`,
    );
    expect([Number(used.y2021), Number(used.y2020)]).toEqual([48_500, 31_620]);
    expect(((48_500 / 31_620 - 1) * 100).toFixed(1)).toBe('53.4');
    const target = await one<{ t: string }>(
      sql`select sum(foreign_usd_wan)::text as t from unit_targets where year = 2021`,
    );
    expect(Number(target.t)).toBe(86_150);
    // Every year has its targets (2021's grown 8% a year), so the current year's card has one too.
    const years = await queryRows<{ year: number; units: number; usd: string }>(
      env.database.db,
      sql`select year, count(*)::int as units, sum(foreign_usd_wan)::text as usd from unit_targets group by year order by year`,
    );
    expect(years.map((r) => [r.year, r.units, Number(r.usd)])).toEqual([
      [2019, 8, 72_350],
      [2020, 8, 79_250],
      [2021, 8, 86_150],
      [2022, 8, 93_050],
      [2023, 8, 99_950],
      [2024, 8, 106_850],
      [2025, 8, 113_750],
      [2026, 8, 120_600],
    ]);
    expect(((48_500 / 86_150) * 100).toFixed(1)).toBe('56.3');
    const signed = await one<{ usd: string }>(
      sql`select sum(foreign_usd_wan)::text as usd from projects where signed_on between '2021-01-01' and '2021-06-30'`,
    );
    expect(Number(signed.usd)).toBe(85_000);
  });

  it("holds the seed's events, campaigns, carriers and cooperation agreements", async () => {
    const events = await queryRows<{ level: string; n: number }>(
      env.database.db,
      sql`select level, count(*)::int as n from events where starts_on between '2019-01-01' and '2021-12-31' group by level order by level`,
    );
    expect(events).toEqual([
      { level: 'city_major', n: 91 },
      { level: 'local', n: 312 },
    ]);
    const rounds = await queryRows<{ round: number }>(env.database.db, sql`select round from campaigns order by round`);
    expect(rounds.map((r) => r.round)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const shenzhen = await queryRows<{ y: string }>(
      env.database.db,
      sql`select to_char(starts_on, 'YYYY') as y from events where kind = 'briefing' and place = '深圳' order by 1`,
    );
    expect(shenzhen.slice(0, 3).map((r) => r.y)).toEqual(['2019', '2020', '2021']);
    const carriers = await queryRows<{ kind: string; n: number }>(
      env.database.db,
      sql`select kind, count(*)::int as n from innovation_carriers where level = 'provincial' and kind in ('maker_space', 'maker_community', 'star_space') group by kind order by kind`,
    );
    expect(carriers).toEqual([
      { kind: 'maker_community', n: 7 },
      { kind: 'maker_space', n: 13 },
      { kind: 'star_space', n: 20 },
    ]);
    const iur = await queryRows<{ kind: string; n: number }>(
      env.database.db,
      sql`select kind, count(*)::int as n from iur_agreements where signed_on between '2021-01-01' and '2021-05-31' group by kind order by kind`,
    );
    expect(iur).toEqual([
      { kind: 'other', n: 2 },
      { kind: 'school_enterprise', n: 416 },
      { kind: 'school_local', n: 33 },
    ]);
    const leads = await queryRows<{ status: string }>(
      env.database.db,
      sql`select distinct status from leads order by status`,
    );
    expect(leads.map((l) => l.status)).toEqual(['dropped', 'following', 'new']);
  });

  it("holds a year of the office's work: 2021's twelve bulletins published, a conflict waiting, major projects on every track, blockers on a meeting's agenda, a look-back review", async () => {
    const bulletins = await queryRows<{ issue_number: number; status: string }>(
      env.database.db,
      sql`select issue_number, status from bulletins where year = 2021 order by month`,
    );
    expect(bulletins).toEqual(Array.from({ length: 12 }, (_, i) => ({ issue_number: i + 1, status: 'published' })));
    const counts = await one<Record<string, number>>(
      sql`select (select count(*) from conflicts where status = 'open')::int as conflicts,
        (select count(*) from filings)::int as filings,
        (select count(*) from projects where track = 'overdue')::int as overdue,
        (select count(*) from projects where track = 'at_risk')::int as at_risk,
        (select count(*) from projects where track = 'on_track')::int as on_track,
        (select count(*) from blockers where status = 'open')::int as blockers,
        (select count(*) from meeting_items)::int as agenda,
        (select count(*) from review_campaigns where status = 'open')::int as reviews`,
    );
    expect(counts).toEqual({
      conflicts: 1,
      filings: 13,
      overdue: 3,
      at_risk: 3,
      on_track: 3,
      blockers: 3,
      agenda: 3,
      reviews: 1,
    });
  });

  it('holds an account for every role, each to be changed at first login, at home in its unit', async () => {
    const users = await queryRows<{ username: string; role: string; unit: string; must: boolean }>(
      env.database.db,
      sql`select u.username, u.role, n.name as unit, u.must_change_password as must
        from users u join units n on n.id = u.home_unit_id order by u.id`,
    );
    expect(users.map((u) => [u.username, u.role, u.unit])).toEqual([
      ['admin', 'admin', '澜江市招商引资工作领导小组办公室'],
      ['auditor', 'auditor', '澜江市招商引资工作领导小组办公室'],
      ['office.demo', 'office', '澜江市招商引资工作领导小组办公室'],
      ['leader.demo', 'leader', '澜江市招商引资工作领导小组'],
      ['county.manager', 'unit_manager', '澜城区'],
      ['county.clerk', 'unit_staff', '澜城区'],
      ['zone.clerk', 'unit_staff', '澜江经济技术开发区'],
      ['bureau.staff', 'unit_staff', '澜江市驻深圳招商局'],
      ['centre.staff', 'unit_staff', '市商务局招商服务中心'],
    ]);
    expect(users.every((u) => u.must)).toBe(true);
  });

  it('is the same city on every load: loading again adds nothing, and the generator gives the same rows', async () => {
    const count = () =>
      one<{ p: number; c: number; f: number }>(
        sql`select (select count(*) from projects)::int as p, (select count(*) from companies)::int as c,
          (select count(*) from foreign_capital_use)::int as f`,
      );
    const before = await count();
    const plan = planDemoCity(shanghaiDate());
    expect(before.p).toBe(plan.projects.length);
    expect(before.c).toBe(
      new Set([...plan.projects.map((p) => p.investor), ...plan.leads.map((l) => l.company)].map((c) => c.name)).size,
    );
    const again = await loadDemo(env.database, systemCtx, {}, 'full', files);
    expect(again.unitsCreated).toBe(0);
    expect(again.accounts).toEqual([]);
    expect(await count()).toEqual(before);
    expect(planDemoCity('2021-07-31').projects.slice(0, 3)).toEqual(planDemoCity('2026-12-04').projects.slice(0, 3));
    expect(await demoState(env.database)).toBe('demo');
  });

  it('refuses a database with real work, and leaves a demo one alone unless --force', async () => {
    const config = { demo: 'full' } as Config;
    const printed: unknown[] = [];
    const out = { json: true, print: (_: string, data: unknown) => void printed.push(data) };
    expect(await demoState(other.database)).toBe('empty');
    await queryRows(other.database.db, sql`insert into units (name, kind) values ('真实县', 'county')`);
    await queryRows(
      other.database.db,
      sql`insert into companies (name, normalised_name, similarity_key) values ('真实企业有限公司', '真实企业有限公司', '真实企业')`,
    );
    expect(await demoState(other.database)).toBe('real');
    const refused = await demoCommand(other.database, config, true, out).catch((e) => e);
    expect(refused).toBeInstanceOf(CliError);
    expect(refused.message).toBe(
      '数据库里已有企业、项目、线索、报备或活动，演示城市只载入空数据库，以免与真实数据混在一起。请用空的 DATA_DIR 或另一个数据库运行 demo。',
    );
    const units = await queryRows<{ n: number }>(other.database.db, sql`select count(*)::int as n from units`);
    expect(units[0]!.n).toBe(1);
    expect(await demoCommand(env.database, config, false, out)).toBe(0);
    expect(printed).toEqual([{ loaded: false }]);
  });
});
