import { monthIndex, shanghaiDate } from '@zhaoshang/shared';
import type { Database } from '../../db/client.ts';
import type { RequestContext } from '../../http/context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { type ArrivalValues, findSignedProjects, upsertArrivals } from '../capital/capital.repository.ts';
import { findActiveUnitNames } from '../org/units.repository.ts';
import {
  type CarrierValues,
  findFirstCompanies,
  type IurValues,
  upsertCarriers,
  upsertIur,
  upsertReportedTotal,
} from './innovation.repository.ts';

const COUNTIES = ['澜城区', '江北区', '云台县', '白鹭县', '青禾县'];

/**
 * The demo city's ledgers (fictional, shaped on the seed): 13 provincial maker spaces, 7 maker
 * communities and 20 star-creation spaces plus a few incubators and an S&T complex; a handful of
 * IUR agreements and the report that states "451, of which 33 and 416" (the data-quality page
 * flags it); and six months of capital for the first signed projects. Idempotent: a second run
 * writes the same rows again and adds nothing. Not wired into `serve` (the demo-city issue does it).
 */
export async function loadDemoLedgers(database: Database, ctx: RequestContext, seedScale = false) {
  const units = new Map((await findActiveUnitNames(database.db)).map((u) => [u.name, u.id]));
  const counties = COUNTIES.map((n) => units.get(n)).filter((id): id is number => id !== undefined);
  if (!counties.length) return { carriers: 0, agreements: 0, capitalMonths: 0 };
  const at = (i: number) => counties[i % counties.length]!;
  const carrier = (name: string, kind: string, level: string, i: number): CarrierValues => ({
    name,
    kind,
    level,
    hostUnitId: at(i),
    operator: null,
    recognizedOn: `20${19 + (i % 5)}-0${(i % 9) + 1}-15`,
    status: 'active',
    notes: null,
  });
  const carriers: CarrierValues[] = [
    carrier('澜江科技综合体', 'complex', 'provincial', 0),
    carrier('澜江高新区科技企业孵化器', 'incubator', 'national', 1),
    carrier('江北青年创业孵化器', 'incubator', 'city', 2),
    ...Array.from({ length: 13 }, (_, i) => carrier(`澜江众创空间${i + 1}号`, 'maker_space', 'provincial', i)),
    ...Array.from({ length: 7 }, (_, i) => carrier(`澜江众创社区${i + 1}号`, 'maker_community', 'provincial', i)),
    ...Array.from({ length: 20 }, (_, i) => carrier(`澜江星创天地${i + 1}号`, 'star_space', 'provincial', i)),
  ];
  const agreement = (
    title: string,
    university: string,
    i: number,
    kind: 'school_local' | 'school_enterprise' | 'other',
    partnerCompanyId: number | null = null,
  ): IurValues => ({
    title,
    university,
    kind,
    partnerUnitId: kind === 'school_local' ? at(i) : null,
    partnerCompanyId,
    partnerText: kind === 'other' ? '澜江市农业科学研究所' : null,
    unitId: at(i),
    signedOn: `2021-0${(i % 6) + 1}-20`,
    amountWan: String(50 + i * 30),
    talents: i % 4,
    sourceEventId: null,
    notes: null,
  });
  const agreements = [
    agreement('澜江新材料联合研究院', '江南理工大学', 0, 'school_local'),
    agreement('云台县花木种质资源研究', '东部林业大学', 2, 'school_local'),
    agreement('白鹭县水产养殖示范基地', '滨海海洋大学', 3, 'school_local'),
    agreement('青禾县乡村振兴研究院', '东部农业大学', 4, 'other'),
  ];
  if (seedScale) {
    // The seed's Jan–May 2021: 451 agreements, 33 school–locality, 416 school–enterprise, 2 other.
    const universities = [
      '江南理工大学',
      '东部农业大学',
      '滨海海洋大学',
      '中原工业大学',
      '西部科技大学',
      '华东医药大学',
    ];
    const day = (i: number) => `2021-0${(i % 5) + 1}-${String((i % 27) + 1).padStart(2, '0')}`;
    for (let i = 0; i < 30; i++) {
      const a = agreement(`校地共建创新平台${i + 1}号`, universities[i % universities.length]!, i, 'school_local');
      agreements.push({ ...a, signedOn: day(i) });
    }
    const companies = await findFirstCompanies(database.db, 416);
    companies.forEach((c, i) => {
      const a = agreement(
        `${c.name}产学研合作项目`,
        universities[i % universities.length]!,
        i,
        'school_enterprise',
        c.id,
      );
      agreements.push({ ...a, signedOn: day(i) });
    });
    agreements.push({ ...agreement('澜江市农科所联合育种项目', '东部农业大学', 1, 'other'), signedOn: '2021-02-08' });
  }
  const today = shanghaiDate();
  const capital: ArrivalValues[] = [];
  for (const p of await findSignedProjects(database.db, 40)) {
    const [y, m] = p.signed_on.split('-').map(Number) as [number, number];
    for (let k = 0; k < 6; k++) {
      const ym = monthIndex(y, m) + k;
      if (ym > monthIndex(Number(today.slice(0, 4)), Number(today.slice(5, 7)))) break;
      // A sixth of the agreed amount per month for half a year, spread unevenly: half the project arrives.
      const wan = Number(BigInt(p.agreed_yuan) / 10000n) / 12;
      capital.push({
        projectId: p.id,
        year: Math.floor(ym / 12),
        month: (ym % 12) + 1,
        domesticWan: (wan * (k % 2 ? 0.8 : 1.2)).toFixed(4),
        foreignUsdWan: p.foreign_usd_wan ? (Number(p.foreign_usd_wan) / 12).toFixed(4) : '0',
      });
    }
  }
  await database.db.transaction(async (tx) => {
    await upsertCarriers(tx, carriers, null);
    await upsertIur(tx, agreements, null);
    await upsertReportedTotal(tx, {
      source: '2021年上半年招商引资工作总结',
      periodFrom: '2021-01-01',
      periodTo: '2021-06-30',
      total: 451,
      schoolLocal: 33,
      schoolEnterprise: 416,
      other: 0,
    });
    await upsertArrivals(tx, capital, null);
    await recordAudit(tx, ctx, {
      action: 'ledgers.demo',
      entityType: 'capital',
      after: { carriers: carriers.length, agreements: agreements.length, capitalMonths: capital.length },
    });
  });
  return { carriers: carriers.length, agreements: agreements.length, capitalMonths: capital.length };
}
