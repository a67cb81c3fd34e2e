import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  actorCtx,
  buildUnit,
  buildUser,
  call,
  createTestEnv,
  login,
  type Session,
  type TestEnv,
  uniq,
} from '../../../test/factories.ts';
import { kpiCommand } from '../../cli/kpi.ts';
import { frozenCohortSql } from '../../db/fragments/kpi-bits.ts';
import { createCompany } from '../companies/companies.service.ts';
import { decideConflict, fileInvestor } from '../filings/filings.service.ts';
import { tallyCohort } from './kpi.repository.ts';

/*
 * A joint filing in the indicators (packages/shared/src/joint-split.ts): 驻沪招商局 and 商务中心
 * file one investor, the office decides a joint filing 60/40, and a 10亿 project (100,000 万元)
 * is made from 驻沪's filing, landing in 宿豫区 with both as sourcing units. A second project of
 * 驻沪 alone (5,000 万元) is not split. In March 2021:
 *
 *   city           2 projects, 105,000 万元 (the joint project once, in full)
 *   宿豫区 host     2, 105,000 (not a party to the filing: the whole)
 *   驻沪 source     2, 60,000 + 5,000 = 65,000
 *   商务中心 source 1, 40,000
 */

let env: TestEnv;
let office: Session;
const unit: Record<string, number> = {};

beforeAll(async () => {
  env = await createTestEnv();
  for (const [name, kind] of [
    ['宿豫区', 'county'],
    ['驻沪招商局', 'resident_bureau'],
    ['商务中心', 'service_center'],
    ['领导小组办公室', 'office'],
  ] as const)
    unit[name] = (await buildUnit(env.database, { name, kind })).id;
  const officeUser = await buildUser(env.database, { role: 'office', unitId: unit.领导小组办公室 });
  office = await login(env.app, officeUser.username);
  const bureau = actorCtx(await buildUser(env.database, { role: 'unit_staff', unitId: unit.驻沪招商局 }));
  const centre = actorCtx(await buildUser(env.database, { role: 'unit_staff', unitId: unit.商务中心 }));
  const officeCtx = actorCtx(officeUser, 'office');
  const company = await createCompany(env.database, officeCtx, { name: `${uniq('澜江联合投资')}有限公司` });
  const filed = await fileInvestor(env.database, bureau, { companyId: company.id });
  const claim = await fileInvestor(env.database, centre, { companyId: company.id });
  if (filed.outcome !== 'filed' || claim.outcome !== 'conflict') throw new Error('expected a filing and a conflict');
  await decideConflict(env.database, officeCtx, claim.conflictId, {
    kind: 'joint',
    shares: [
      { unitId: unit.驻沪招商局!, percent: 60 },
      { unitId: unit.商务中心!, percent: 40 },
    ],
    reason: '共同招引',
  });
  const project = async (name: string, agreedWan: string, sources: number[], filingId: number | null) => {
    const res = await call(env.app, office, 'POST', '/api/v1/projects', {
      name,
      companyId: null,
      hostUnitId: unit.宿豫区,
      sourceUnitIds: sources,
      chain: null,
      fitsPositioning: true,
      agreedWan,
      stages: { signed: '2021-03-10', contracted: '2021-03-20' },
      filingId,
    });
    expect(res.statusCode).toBe(201);
  };
  await project('联合招引智造基地', '100000', [unit.驻沪招商局!, unit.商务中心!], filed.filingId);
  await project('驻沪独立项目', '5000', [unit.驻沪招商局!], null);
}, 60_000);
afterAll(() => env.close());

const W = { from: '2021-03-01', to: '2021-03-31' };

describe('a joint filing 60/40 in the indicators', () => {
  it('kpi --json: each unit of the filing counts the project once and its share of the amount; the city counts it once in full', async () => {
    let printed: unknown;
    const code = await kpiCommand(env.database, W.from, W.to, {
      json: true,
      print: (_human, json) => {
        printed = json;
      },
    });
    expect(code).toBe(0);
    const json = printed as {
      city: Record<string, unknown>;
      units: { unit: string; role: string; signedCount: number; signedAmountWan: number; fitShareAmount: number }[];
    };
    expect(json.city).toMatchObject({ signedCount: 2, signedAmountWan: 105000, contractRate: 1, fitShareAmount: 1 });
    const row = (name: string, role: string) => {
      const u = json.units.find((x) => x.unit === name && x.role === role)!;
      return [u.signedCount, u.signedAmountWan, u.fitShareAmount];
    };
    expect(row('宿豫区', 'host')).toEqual([2, 105000, 1]);
    expect(row('驻沪招商局', 'source')).toEqual([2, 65000, 1]);
    expect(row('商务中心', 'source')).toEqual([1, 40000, 1]);
  });

  it('a published bulletin: the same split in the ranking rows, the city whole, and the frozen rows give the same figures', async () => {
    const draft = await call(env.app, office, 'POST', '/api/v1/bulletins', { year: 2021, month: 3 });
    expect(draft.statusCode).toBe(201);
    const id = draft.json().id as number;
    const { version } = (await call(env.app, office, 'GET', `/api/v1/bulletins/${id}`)).json();
    expect((await call(env.app, office, 'POST', `/api/v1/bulletins/${id}/publish`, { version })).statusCode).toBe(200);
    const snap = (await call(env.app, office, 'GET', `/api/v1/bulletins/${id}`)).json().snapshot;
    expect(snap.city.figures).toMatchObject({
      signedCount: 2,
      signedAmountWan: 105000,
      signedAmountYuan: '1050000000',
    });
    const rows = (
      snap.groups as { units: { unitName: string; figures: { signedCount: number; signedAmountWan: number } }[] }[]
    )
      .flatMap((g) => g.units)
      .map((u) => [u.unitName, u.figures.signedCount, u.figures.signedAmountWan]);
    expect(rows.sort()).toEqual([
      ['商务中心', 1, 40000],
      ['宿豫区', 2, 105000],
      ['驻沪招商局', 2, 65000],
    ]);
    // The published bulletin recomputed from today's data differs in nothing: the shares were frozen with it.
    const diff = (await call(env.app, office, 'GET', `/api/v1/bulletins/${id}/recomputed`)).json();
    expect(diff.differences).toEqual([]);
    // The shares are frozen with the projects (a seventh field): the frozen rows alone give the split.
    const frozen = await tallyCohort(env.database.db, frozenCohortSql(id));
    expect([frozen('source', unit.驻沪招商局!, 0).amount, frozen('source', unit.商务中心!, 0).amount]).toEqual([
      650_000_000n,
      400_000_000n,
    ]);
    expect([frozen('city', 0, 0).amount, frozen('host', unit.宿豫区!, 0).amount]).toEqual([
      1_050_000_000n,
      1_050_000_000n,
    ]);
    // The bulletin's drill-down lists each project with the amount the number counted for it.
    const behind = async (q: string) =>
      (await call(env.app, office, 'GET', `/api/v1/bulletins/${id}/projects?figure=signed&${q}`))
        .json()
        .items.map((p: Credited) => [p.name, p.agreedWan, p.creditedWan]);
    expect(await behind(`unitId=${unit.驻沪招商局}`)).toEqual([
      ['驻沪独立项目', '5000', '5000'],
      ['联合招引智造基地', '100000', '60000'],
    ]);
    expect(await behind(`unitId=${unit.商务中心}`)).toEqual([['联合招引智造基地', '100000', '40000']]);
    expect(await behind('')).toEqual([
      ['驻沪独立项目', '5000', '5000'],
      ['联合招引智造基地', '100000', '100000'],
    ]);
  });

  it("the indicator's drill-down lists each project with what the unit's figure counts for it: its share of the joint project", async () => {
    const behind = async (q: string) =>
      (await call(env.app, office, 'GET', `/api/v1/kpi/projects?from=${W.from}&to=${W.to}&figure=amount&${q}`))
        .json()
        .items.map((p: Credited) => [p.name, p.agreedWan, p.creditedWan]);
    expect(await behind(`unitId=${unit.驻沪招商局}&role=source`)).toEqual([
      ['驻沪独立项目', '5000', '5000'],
      ['联合招引智造基地', '100000', '60000'],
    ]);
    expect(await behind(`unitId=${unit.商务中心}&role=source`)).toEqual([['联合招引智造基地', '100000', '40000']]);
    // The host is no party to the filing, and the city counts the project once: both the whole.
    expect(await behind(`unitId=${unit.宿豫区}&role=host`)).toEqual([
      ['驻沪独立项目', '5000', '5000'],
      ['联合招引智造基地', '100000', '100000'],
    ]);
    expect(await behind('')).toEqual([
      ['驻沪独立项目', '5000', '5000'],
      ['联合招引智造基地', '100000', '100000'],
    ]);
  });
});

type Credited = { name: string; agreedWan: string; creditedWan: string };
