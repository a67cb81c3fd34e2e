import { type Lang, lastYearWindow, type MessageKey, msg, shanghaiDate, translate, yuanToWan } from '@zhaoshang/shared';
import type { Database } from '../../db/client.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { sumWan } from '../bulletins/bulletin-compute.ts';
import { findForeignCapital } from '../foreign-capital/foreign-capital.repository.ts';
import { tallyWindow } from '../kpi/kpi.repository.ts';
import { listLeads } from '../leads/leads.service.ts';
import { majorProjectsBoard } from '../major-projects/major-projects.service.ts';
import { findTargets } from '../schemes/schemes.repository.ts';
import { loadScheme } from '../schemes/schemes.service.ts';
import { dashboardPolicy } from './dashboard.policy.ts';
import {
  chainMix,
  countOverdueBlockers,
  findCachedQualityCounts,
  findHostUnits,
  QUALITY_CHECKS,
  type QualityCheck,
  runQualityCheck,
  saveQualityCounts,
  signedByMonth,
} from './dashboard.repository.ts';

const rate = (n: number, d: number) => (d === 0 ? null : n / d);
const wan = (yuan: string | null) => yuanToWan(BigInt(yuan ?? '0'));

/** A data-quality row's detail in a language, from the facts the check found. */
function qualityDetail(check: QualityCheck, facts: Record<string, unknown>, lang: Lang): string {
  switch (check) {
    case 'readyImplied':
      return translate(lang, 'quality.detail.readyImplied', { date: String(facts.date) });
    case 'missingEvidence':
      return translate(lang, 'quality.detail.missingEvidence', {
        stages: (facts.stages as string[]).map((stage) => msg(`label.stage.${stage}` as MessageKey)),
      });
    case 'sameInvestorTwoUnits':
      return translate(lang, 'quality.detail.sameInvestorTwoUnits', {
        hosts: Number(facts.hosts),
        units: (facts.units as string[]).join(lang === 'en' ? ', ' : '、'),
        projects: Number(facts.projects),
      });
    case 'partExceedsWhole':
      return translate(lang, 'quality.detail.partExceedsWhole', {
        invested: String(facts.invested),
        agreed: String(facts.agreed),
      });
    case 'outliers':
      return facts.yi === null
        ? translate(lang, 'quality.detail.zeroAgreed')
        : translate(lang, 'quality.detail.hugeAgreed', { yi: String(facts.yi) });
    case 'staleSites':
      return translate(lang, 'quality.detail.staleSites', {
        stale: Number(facts.stale),
        total: Number(facts.total),
        since: String(facts.since),
      });
    case 'iurTotals':
      return translate(lang, 'quality.detail.iurTotals', {
        total: Number(facts.total),
        parts: (facts.parts as number[]).join(' + '),
      });
  }
}

/** The title of a data-quality check in a language. */
export const qualityTitle = (check: QualityCheck, lang: Lang) => translate(lang, `quality.${check}`);

/**
 * The leaders' dashboard for a year to date: signed count and amount by month against last
 * year, the stage funnel, each host unit's three rates against the floors, the chain mix,
 * foreign capital against the target, major projects by track, overdue leads and blockers,
 * and the data-quality counts. Every figure names the list it drills down to.
 */
export async function getDashboard(database: Database, ctx: RequestContext, year: number) {
  const actor = requireActor(ctx);
  dashboardPolicy.assert(actor, 'dashboard.read');
  const today = shanghaiDate();
  const thisYear = Number(today.slice(0, 4));
  if (year < 2000 || year > thisYear)
    throw new AppError('VALIDATION_FAILED', {
      issues: [{ path: 'year', message: msg('dashboard.year', { year: thisYear }) }],
    });
  const to = year === thisYear ? today : `${year}-12-31`;
  const from = `${year}-01-01`;
  const month = Number(to.slice(5, 7));
  const db = database.db;
  const [months, tally, lastTally, hosts, chains, foreign, targets, scheme, board, leads, blockers, quality] =
    await Promise.all([
      signedByMonth(db, [year - 1, year]),
      tallyWindow(db, { from, to }, { lastYear: false, sources: false }),
      // Last year's same months alone: the combined tally with last year's bits is far slower at province size.
      tallyWindow(db, lastYearWindow({ from, to }), { lastYear: false, sources: false }),
      findHostUnits(db),
      chainMix(db, from, to),
      findForeignCapital(db, [year, year - 1]),
      findTargets(db, year),
      loadScheme(database, year),
      majorProjectsBoard(database, ctx, {}),
      listLeads(database, ctx, { overdueOnly: true }, 1, 1),
      countOverdueBlockers(db, today),
      qualityCounts(database),
    ]);
  const city = tally('city', 0, 0);
  const cityLast = lastTally('city', 0, 0);
  const rates = (t: typeof city) => ({
    contractRate: rate(t.contracted, t.signed),
    registrationRate: rate(t.registered, t.signed),
    readyRate: rate(t.ready, t.signed),
  });
  const floors = Object.fromEntries(
    scheme.scheme.indicators.filter((i) => i.floor != null).map((i) => [i.key, i.floor!]),
  );
  // Both years end at the last month entered this year, so a late entry does not make a y/y fall.
  const entered = Math.max(0, ...foreign.filter((f) => f.year === year && f.month <= month).map((f) => f.month));
  const used = (y: number) =>
    sumWan(foreign.filter((f) => f.year === y && f.month <= entered).map((f) => f.used_usd_wan));
  const targetList = targets.filter((t) => t.foreign_usd_wan !== null).map((t) => t.foreign_usd_wan!);
  const target = targetList.length ? sumWan(targetList) : null;
  const usedNow = used(year);
  const usedLast = used(year - 1);
  return {
    year,
    window: { from, to },
    signedByMonth: Array.from({ length: 12 }, (_, i) => {
      const of = (y: number) => months.find((m) => m.year === y && m.month === i + 1);
      return {
        month: i + 1,
        count: of(year)?.count ?? 0,
        amountWan: wan(of(year)?.amount_yuan ?? null),
        lastYearCount: of(year - 1)?.count ?? 0,
        lastYearAmountWan: wan(of(year - 1)?.amount_yuan ?? null),
      };
    }),
    funnel: {
      signed: city.signed,
      contracted: city.contracted,
      registered: city.registered,
      ready: city.ready,
      started: city.started,
      completed: city.completed,
      producing: city.producing,
    },
    cityRates: { ...rates(city), lastYear: rates(cityLast) },
    floors,
    unitRates: hosts.map((u) => {
      const t = tally('host', u.id, 0);
      return {
        unit: u,
        signed: t.signed,
        contractRate: rate(t.contracted, t.signed),
        registrationRate: rate(t.registered, t.signed),
        readyRate: rate(t.ready, t.signed),
      };
    }),
    chainMix: chains.map((c) => ({ chain: c.chain, count: c.count, amountWan: wan(c.amount_yuan) })),
    foreignCapital: {
      throughMonth: entered || null,
      usedUsdWan: usedNow,
      targetUsdWan: target,
      share: target && Number(target) > 0 ? Number(usedNow) / Number(target) : null,
      lastYearUsedUsdWan: usedLast,
      yoy: Number(usedLast) > 0 ? (Number(usedNow) - Number(usedLast)) / Number(usedLast) : null,
    },
    majorProjects: { ...board.counts, thresholdWan: board.majorThresholdWan },
    overdueLeads: leads.total,
    overdueBlockers: blockers,
    dataQuality: quality.counts,
    dataQualityAsOf: quality.at,
  };
}

/**
 * The data-quality counts for the dashboard, counted at most once an hour (they read every
 * project); the data-quality page itself always counts afresh.
 */
async function qualityCounts(database: Database): Promise<{ counts: Record<QualityCheck, number>; at: string }> {
  const slot = new Date().toISOString().slice(0, 13);
  const cached = await findCachedQualityCounts(database.db, slot);
  if (cached) return cached;
  const counts = Object.fromEntries(
    await Promise.all(
      (Object.keys(QUALITY_CHECKS) as QualityCheck[]).map(
        async (k) => [k, (await runQualityCheck(database.db, k, 0)).count] as const,
      ),
    ),
  ) as Record<QualityCheck, number>;
  await saveQualityCounts(database.db, slot, counts);
  return { counts, at: new Date().toISOString() };
}

/** One data-quality check: its title, count and the first rows behind it. */
export async function getQualityCheck(database: Database, ctx: RequestContext, check: QualityCheck, limit = 500) {
  dashboardPolicy.assert(requireActor(ctx), 'dashboard.read');
  const { count, items } = await runQualityCheck(database.db, check, limit);
  return {
    check,
    title: qualityTitle(check, ctx.lang),
    count,
    items: items.map((i) => ({
      projectId: i.project_id,
      name: i.project_name,
      detail: qualityDetail(check, i.facts, ctx.lang),
    })),
  };
}

export async function getQualityOverview(database: Database, ctx: RequestContext) {
  dashboardPolicy.assert(requireActor(ctx), 'dashboard.read');
  const checks = await Promise.all(
    (Object.keys(QUALITY_CHECKS) as QualityCheck[]).map(async (k) => ({
      check: k,
      title: qualityTitle(k, ctx.lang),
      count: (await runQualityCheck(database.db, k, 0)).count,
    })),
  );
  return {
    checks,
    notes: [],
  };
}
