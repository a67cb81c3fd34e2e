import {
  amountProblemMessage,
  isCalendarDate,
  type Message,
  mayOn,
  monthIndex,
  msg,
  parseWan,
  roleMay,
  translate,
  wanToYuan,
  yuanToWan,
} from '@zhaoshang/shared';
import type { Database } from '../../db/client.ts';
import { type Actor, type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { type ExportColumn, writeTable } from '../../spreadsheet/write-table.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { capitalPolicy } from './capital.policy.ts';
import {
  type CapitalProjectRow,
  type CapitalUnitRow,
  capitalByMonth,
  capitalByUnit,
  deleteArrival,
  findArrivalsForExport,
  findCapitalProject,
  findProjectArrivals,
  foreignUsedInWindow,
  writeArrivalIfUnchanged,
} from './capital.repository.ts';

const invalid = (path: string, message: Message) => new AppError('VALIDATION_FAILED', { issues: [{ path, message }] });

/** An amount as sent or imported: blank is 0, otherwise a non-negative 万 amount with up to four decimals. */
export function parseCapitalAmount(raw: string, unit: 'wan' | 'wanUsd'): { value: string } | { problem: Message } {
  if (raw.trim() === '') return { value: '0' };
  const parsed = parseWan(raw);
  return 'problem' in parsed ? { problem: amountProblemMessage(parsed.problem, unit) } : parsed;
}

/** Why capital cannot be recorded for this project in this month, or null: it must be signed, and not after the month. */
export function capitalMonthProblem(
  project: Pick<CapitalProjectRow, 'name' | 'signed_on'>,
  year: number,
  month: number,
) {
  if (!project.signed_on) return msg('capital.notSigned', { name: project.name });
  const [sy, sm] = project.signed_on.split('-').map(Number) as [number, number];
  if (monthIndex(year, month) < monthIndex(sy, sm))
    return msg('capital.beforeSigning', { year, month, signedOn: project.signed_on });
  return null;
}

/** Whether the actor sees every unit's capital (the office and leaders) or only their own unit's. */
const seesAllUnits = (actor: Actor) => roleMay(actor.role, 'project.anyUnit') || actor.role === 'leader';

const wan = (numeric: string) => yuanToWan(wanToYuan(numeric));
const ratio = (part: bigint, whole: bigint) => (whole === 0n ? null : Number(part) / Number(whole));

type Sums = { domestic: bigint; foreign: bigint; toDate: bigint; agreed: bigint; newForeign: bigint };
const zero = (): Sums => ({ domestic: 0n, foreign: 0n, toDate: 0n, agreed: 0n, newForeign: 0n });

function sumsOf(r: CapitalUnitRow, lastYear: boolean): Sums {
  const p = lastYear ? 'ly_' : '';
  const get = (k: string) => (r as unknown as Record<string, string>)[p + k]!;
  return {
    domestic: wanToYuan(get('domestic')),
    foreign: wanToYuan(get('foreign')),
    toDate: wanToYuan(get('domestic_to_date')),
    agreed: BigInt(get('agreed_yuan')),
    newForeign: wanToYuan(get('new_foreign')),
  };
}

function addSums(a: Sums, b: Sums): Sums {
  return {
    domestic: a.domestic + b.domestic,
    foreign: a.foreign + b.foreign,
    toDate: a.toDate + b.toDate,
    agreed: a.agreed + b.agreed,
    newForeign: a.newForeign + b.newForeign,
  };
}

/** Figures as the API shows them: amounts exact in 万元 / 万美元; share = arrived to date ÷ agreed to date. */
function presentSums(s: Sums) {
  return {
    domesticWan: yuanToWan(s.domestic),
    foreignUsdWan: yuanToWan(s.foreign),
    agreed: yuanToWan(s.agreed),
    arrivedToDateWan: yuanToWan(s.toDate),
    share: ratio(s.toDate, s.agreed),
    newSignedForeignUsdWan: yuanToWan(s.newForeign),
  };
}

const withLastYear = (now: Sums, ly: Sums) => ({ ...presentSums(now), lastYear: presentSums(ly) });

/** A window of calendar dates as month numbers, checked. */
function windowOf(from: string, to: string) {
  if (!isCalendarDate(from)) throw invalid('from', msg('event.dateInvalid', { value: from }));
  if (!isCalendarDate(to)) throw invalid('to', msg('event.dateInvalid', { value: to }));
  if (to < from) throw invalid('to', msg('capital.window'));
  const ym = (d: string) => monthIndex(Number(d.slice(0, 4)), Number(d.slice(5, 7)));
  return { fromYm: ym(from), toYm: ym(to) };
}

const monthLabel = (ym: number) => `${Math.floor(ym / 12)}-${String((ym % 12) + 1).padStart(2, '0')}`;

/**
 * Capital arrived in the months of [from, to], per host unit and for the city, against the
 * agreed investment signed to date, with the same window a year earlier; foreign capital used
 * and newly signed foreign investment beside it; and the months for a chart. Units see their own.
 */
export async function capitalReport(database: Database, ctx: RequestContext, q: { from: string; to: string }) {
  // The command line (no actor) reads the whole city.
  const actor = ctx.actor;
  if (actor) capitalPolicy.assert(actor, 'capital.read');
  const { fromYm, toYm } = windowOf(q.from, q.to);
  const [rows, months, used] = await Promise.all([
    capitalByUnit(database.db, fromYm, toYm, null),
    capitalByMonth(database.db, fromYm, toYm, null),
    foreignUsedInWindow(database.db, fromYm, toYm, null),
  ]);
  let city = zero();
  let cityLy = zero();
  for (const r of rows) {
    city = addSums(city, sumsOf(r, false));
    cityLy = addSums(cityLy, sumsOf(r, true));
  }
  const byYm = new Map(months.map((m) => [m.ym, m]));
  const all = !actor || seesAllUnits(actor);
  return {
    from: q.from,
    to: q.to,
    city: withLastYear(city, cityLy),
    units: rows
      .filter((r) => all || r.unit_id === actor?.unitId)
      .map((r) => ({ unit: { id: r.unit_id, name: r.unit_name }, ...withLastYear(sumsOf(r, false), sumsOf(r, true)) })),
    foreign: {
      usedUsdWan: wan(used.used),
      newSignedUsdWan: yuanToWan(city.newForeign),
      lastYear: { usedUsdWan: wan(used.ly_used), newSignedUsdWan: yuanToWan(cityLy.newForeign) },
    },
    months: Array.from({ length: toYm - fromYm + 1 }, (_, i) => {
      const now = byYm.get(fromYm + i);
      const ly = byYm.get(fromYm + i - 12);
      return {
        month: monthLabel(fromYm + i),
        domesticWan: now ? wan(now.domestic) : '0',
        foreignUsdWan: now ? wan(now.foreign) : '0',
        lastYearDomesticWan: ly ? wan(ly.domestic) : '0',
        lastYearForeignUsdWan: ly ? wan(ly.foreign) : '0',
      };
    }),
  };
}

/** The project for a capital read or write, or 404; a unit reads the projects it hosts or sourced. */
async function projectFor(database: Database, actor: Actor, projectId: number) {
  const project = await findCapitalProject(database.db, projectId);
  if (!project) throw new AppError('NOT_FOUND', { projectId });
  const involved =
    seesAllUnits(actor) || project.host_unit_id === actor.unitId || project.source_unit_ids.includes(actor.unitId);
  if (!involved) throw new AppError('NOT_FOUND', { projectId });
  return project;
}

/** A project's capital month by month, against its agreed investment. */
export async function projectCapital(database: Database, ctx: RequestContext, projectId: number) {
  const actor = requireActor(ctx);
  capitalPolicy.assert(actor, 'capital.read');
  const project = await projectFor(database, actor, projectId);
  const months = await findProjectArrivals(database.db, projectId);
  const domestic = months.reduce((s, m) => s + wanToYuan(m.domestic_wan), 0n);
  const foreign = months.reduce((s, m) => s + wanToYuan(m.foreign_usd_wan), 0n);
  const agreed = BigInt(project.agreed_yuan);
  return {
    project: {
      id: project.id,
      name: project.name,
      signedOn: project.signed_on,
      agreedWan: yuanToWan(agreed),
      agreedForeignUsdWan: project.foreign_usd_wan === null ? null : wan(project.foreign_usd_wan),
    },
    months: months.map((m) => ({
      year: m.year,
      month: m.month,
      domesticWan: wan(m.domestic_wan),
      foreignUsdWan: wan(m.foreign_usd_wan),
    })),
    domesticWan: yuanToWan(domestic),
    foreignUsdWan: yuanToWan(foreign),
    share: ratio(domestic, agreed),
    canRecord: mayOn(actor, 'capital.record', { hostUnitId: project.host_unit_id }),
  };
}

export type CapitalMonthBody = {
  year: number;
  month: number;
  domesticWan: string;
  foreignUsdWan: string;
  replaces?: { domesticWan: string; foreignUsdWan: string } | null;
};

/** Records (or replaces) a project's capital for one month: the host unit or the office. */
export async function recordProjectCapital(
  database: Database,
  ctx: RequestContext,
  projectId: number,
  body: CapitalMonthBody,
) {
  const actor = requireActor(ctx);
  capitalPolicy.assert(actor, 'capital.record');
  const project = await projectFor(database, actor, projectId);
  if (!mayOn(actor, 'capital.record', { hostUnitId: project.host_unit_id }))
    throw new AppError('FORBIDDEN', { permission: 'capital.record' }, msg('capital.ownUnitOnly'));
  const domestic = parseCapitalAmount(body.domesticWan, 'wan');
  if ('problem' in domestic) throw invalid('domesticWan', domestic.problem);
  const foreign = parseCapitalAmount(body.foreignUsdWan, 'wanUsd');
  if ('problem' in foreign) throw invalid('foreignUsdWan', foreign.problem);
  const problem = capitalMonthProblem(project, body.year, body.month);
  if (problem) throw invalid('month', problem);
  const values = {
    projectId,
    year: body.year,
    month: body.month,
    domesticWan: domestic.value,
    foreignUsdWan: foreign.value,
  };
  const seen = body.replaces ? seenAmounts(body.replaces) : null;
  await database.db.transaction(async (tx) => {
    if (!(await writeArrivalIfUnchanged(tx, values, seen, actor.userId))) {
      const now = (await findProjectArrivals(tx, projectId)).find(
        (m) => m.year === body.year && m.month === body.month,
      );
      const current = now ? { domesticWan: wan(now.domestic_wan), foreignUsdWan: wan(now.foreign_usd_wan) } : null;
      throw new AppError(
        'CONFLICT_VERSION',
        { year: body.year, month: body.month, current },
        current
          ? msg('capital.monthChanged', { year: body.year, month: body.month, ...current })
          : msg('capital.monthRemoved', { year: body.year, month: body.month }),
      );
    }
    await recordAudit(tx, ctx, {
      action: 'capital.record',
      entityType: 'project',
      entityId: projectId,
      before: seen ? { year: body.year, month: body.month, ...seen } : undefined,
      after: values,
    });
  });
  return projectCapital(database, ctx, projectId);
}

/** The amounts a clerk saw, as numbers the database compares (a malformed one is a 400 like the amounts). */
function seenAmounts(seen: { domesticWan: string; foreignUsdWan: string }) {
  const domestic = parseCapitalAmount(seen.domesticWan, 'wan');
  if ('problem' in domestic) throw invalid('replaces.domesticWan', domestic.problem);
  const foreign = parseCapitalAmount(seen.foreignUsdWan, 'wanUsd');
  if ('problem' in foreign) throw invalid('replaces.foreignUsdWan', foreign.problem);
  return { domesticWan: domestic.value, foreignUsdWan: foreign.value };
}

/** Removes a month recorded by mistake. */
export async function removeProjectCapital(
  database: Database,
  ctx: RequestContext,
  projectId: number,
  year: number,
  month: number,
) {
  const actor = requireActor(ctx);
  capitalPolicy.assert(actor, 'capital.record');
  const project = await projectFor(database, actor, projectId);
  if (!mayOn(actor, 'capital.record', { hostUnitId: project.host_unit_id }))
    throw new AppError('FORBIDDEN', { permission: 'capital.record' }, msg('capital.ownUnitOnly'));
  await database.db.transaction(async (tx) => {
    if (!(await deleteArrival(tx, projectId, year, month))) throw new AppError('NOT_FOUND', { projectId, year, month });
    await recordAudit(tx, ctx, {
      action: 'capital.remove',
      entityType: 'project',
      entityId: projectId,
      before: { year, month },
    });
  });
}

type ExportRow = Awaited<ReturnType<typeof findArrivalsForExport>>[number];

/** The export: every recorded month the asker may read, in the import's columns. */
export async function exportCapital(database: Database, ctx: RequestContext) {
  const actor = ctx.actor;
  if (actor) capitalPolicy.assert(actor, 'capital.read');
  const rows = await findArrivalsForExport(database.db, !actor || seesAllUnits(actor) ? null : actor.unitId);
  const columns: ExportColumn<ExportRow>[] = [
    { header: '项目名称', width: 36, value: (r) => r.project_name },
    { header: '承载地', width: 16, value: (r) => r.host_unit_name },
    { header: '年份', width: 8, value: (r) => r.year },
    { header: '月份', width: 8, value: (r) => r.month },
    { header: '国内到位资金(万元)', width: 18, value: (r) => wan(r.domestic_wan) },
    { header: '外资到位资金(万美元)', width: 18, value: (r) => wan(r.foreign_usd_wan) },
  ];
  const file = await writeTable(translate(ctx.lang, 'export.capital.sheet'), columns, rows);
  await database.db.transaction((tx) =>
    recordAudit(tx, ctx, { action: 'capital.export', entityType: 'capital', after: { rows: rows.length } }),
  );
  return { file, rows: rows.length };
}
