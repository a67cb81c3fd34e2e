import type { Lang, UnitKind } from '@zhaoshang/shared';
import { isCalendarDate, type Message, msg, shanghaiDate, translate, type WorkingCalendar } from '@zhaoshang/shared';
import { type Database, isUniqueViolation } from '../../db/client.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { type ExportColumn, writeTable } from '../../spreadsheet/write-table.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { loadWorkingCalendar } from '../calendar/calendar.service.ts';
import { checkChainSegment } from '../chains/chains.service.ts';
import { findCompanyById } from '../companies/companies.repository.ts';
import { findUnitById } from '../org/units.repository.ts';
import { canHandleLead, canSeeLeadContents, leadsPolicy } from './leads.policy.ts';
import {
  findLeadById,
  findLeads,
  findRules,
  insertLead,
  type LeadListRow,
  type RuleRow,
  updateLead,
  updateRule,
} from './leads.repository.ts';

export const LEAD_SOURCES = ['event', 'referral', 'visit', 'research', 'other'] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];
export type LeadStep = 'acknowledge' | 'assess' | 'feedback';

export type ReportLeadInput = {
  companyId: number;
  handlingUnitId?: number;
  chain?: string | null;
  chainId?: number | null;
  segmentId?: number | null;
  estimatedAmountWan?: string | null;
  source: LeadSource;
  contact?: string | null;
  notes?: string | null;
  reportedOn?: string;
};

const invalid = (path: string, message: Message) => new AppError('VALIDATION_FAILED', { issues: [{ path, message }] });

export async function reportLead(database: Database, ctx: RequestContext, input: ReportLeadInput) {
  const actor = requireActor(ctx);
  leadsPolicy.assert(actor, 'lead.report');
  const today = shanghaiDate();
  const reportedOn = input.reportedOn ?? today;
  if (!isCalendarDate(reportedOn)) throw invalid('reportedOn', msg('lead.reportedOnInvalid'));
  if (reportedOn > today) throw invalid('reportedOn', msg('lead.reportedOnFuture'));
  return database.db.transaction(async (tx) => {
    const company = await findCompanyById(tx, input.companyId);
    if (!company || company.mergedIntoId)
      throw new AppError('INVALID_REFERENCE', { field: 'companyId', id: input.companyId });
    const handlingUnitId = input.handlingUnitId ?? actor.unitId;
    if (!(await findUnitById(tx, handlingUnitId)))
      throw new AppError('INVALID_REFERENCE', { field: 'handlingUnitId', id: handlingUnitId });
    const picked = await checkChainSegment(tx, input.chainId, input.segmentId);
    let id: number;
    try {
      id = await tx.transaction((sp) =>
        insertLead(sp, {
          ...picked,
          companyId: company.id,
          reportingUnitId: actor.unitId,
          handlingUnitId,
          chain: input.chain ?? null,
          estimatedAmountWan: input.estimatedAmountWan ?? null,
          source: input.source,
          contact: input.contact ?? null,
          notes: input.notes ?? null,
          reportedOn,
          createdBy: actor.userId,
        }),
      );
    } catch (e) {
      if (isUniqueViolation(e)) {
        throw new AppError(
          'DUPLICATE',
          { companyId: company.id, reportedOn },
          msg('lead.duplicate', { date: reportedOn, name: company.name }),
        );
      }
      throw e;
    }
    await recordAudit(tx, ctx, {
      action: 'lead.report',
      entityType: 'lead',
      entityId: id,
      after: { company: company.name, reportedOn, source: input.source },
    });
    return { id };
  });
}

export type ResponseClock = {
  acknowledgeBy: string;
  assessBy: string;
  feedbackBy: string;
  overdue: LeadStep[];
};

/**
 * The deadlines of a lead and which of them have passed undone: working days of the calendar
 * (holidays and make-up working days as published), Asia/Shanghai dates.
 */
export function responseClock(
  lead: Pick<LeadListRow, 'reported_on' | 'status' | 'acknowledged_on' | 'assessed_on' | 'feedback_on'>,
  rule: Pick<RuleRow, 'acknowledgeDays' | 'assessDays' | 'feedbackDays'>,
  today: string,
  calendar: WorkingCalendar,
): ResponseClock {
  const clock = {
    acknowledgeBy: calendar.addWorkingDays(lead.reported_on, rule.acknowledgeDays),
    assessBy: calendar.addWorkingDays(lead.reported_on, rule.assessDays),
    feedbackBy: calendar.addWorkingDays(lead.reported_on, rule.feedbackDays),
  };
  const open = lead.status === 'new' || lead.status === 'following';
  const overdue: LeadStep[] = [];
  if (open && !lead.acknowledged_on && today > clock.acknowledgeBy) overdue.push('acknowledge');
  if (open && !lead.assessed_on && today > clock.assessBy) overdue.push('assess');
  if (open && !lead.feedback_on && today > clock.feedbackBy) overdue.push('feedback');
  return { ...clock, overdue };
}

export async function listLeads(
  database: Database,
  ctx: RequestContext,
  f: { unitId?: number; status?: string; companyId?: number; eventId?: number; q?: string; overdueOnly?: boolean },
  page: number,
  pageSize: number,
) {
  const actor = requireActor(ctx);
  leadsPolicy.assert(actor, 'lead.list');
  const rules = new Map((await findRules(database.db)).map((r) => [r.unitKind, r]));
  const today = shanghaiDate();
  // Overdue is a property of the clock, so that filter pages over all the leads that still have a step to take.
  const { items, total } = f.overdueOnly
    ? await findLeads(database.db, { ...f, status: undefined, stepsDue: true }, Number.MAX_SAFE_INTEGER, 0)
    : await findLeads(database.db, f, pageSize, (page - 1) * pageSize);
  const calendar = await loadWorkingCalendar(database.db);
  const presented = items.map((r) => {
    const visible = canSeeLeadContents(actor, {
      reportingUnitId: r.reporting_unit_id,
      handlingUnitId: r.handling_unit_id,
    });
    return {
      id: r.id,
      company: { id: r.company_id, name: r.company_name },
      reportingUnit: { id: r.reporting_unit_id, name: r.reporting_unit_name },
      handlingUnit: { id: r.handling_unit_id, name: r.handling_unit_name },
      chain: r.chain,
      chainId: r.chain_id,
      segmentId: r.segment_id,
      source: r.source as LeadSource,
      reportedOn: r.reported_on,
      status: r.status as 'new' | 'following' | 'filed' | 'dropped',
      estimatedAmountWan: visible ? r.estimated_amount_wan : null,
      contact: visible ? r.contact : null,
      notes: visible ? r.notes : null,
      dropReason: visible ? r.drop_reason : null,
      acknowledgedOn: r.acknowledged_on,
      assessedOn: r.assessed_on,
      feedbackOn: r.feedback_on,
      contentsVisible: visible,
      event: r.event_id ? { id: r.event_id, name: r.event_name! } : null,
      clock: responseClock(
        r,
        rules.get(r.handling_unit_kind) ?? { acknowledgeDays: 1, assessDays: 3, feedbackDays: 7 },
        today,
        calendar,
      ),
      version: r.version,
    };
  });
  if (!f.overdueOnly) return { items: presented, total };
  const overdue = presented.filter((l) => l.clock.overdue.length > 0);
  return { items: overdue.slice((page - 1) * pageSize, page * pageSize), total: overdue.length };
}

/** Records a step of the response clock; acknowledging moves a new lead to following. */
export async function advanceLead(
  database: Database,
  ctx: RequestContext,
  id: number,
  input: { version: number; step: LeadStep } | { version: number; drop: string },
) {
  const actor = requireActor(ctx);
  leadsPolicy.assert(actor, 'lead.handle');
  const today = shanghaiDate();
  return database.db.transaction(async (tx) => {
    const lead = await findLeadById(tx, id);
    if (!lead || !canHandleLead(actor, lead)) throw new AppError('NOT_FOUND', { entity: 'lead', id });
    if (lead.status === 'dropped' || lead.status === 'filed') throw invalid('status', msg('lead.closed'));
    let patch: Parameters<typeof updateLead>[3];
    if ('drop' in input) {
      if (!input.drop.trim()) throw invalid('drop', msg('lead.dropReason'));
      patch = { status: 'dropped', dropReason: input.drop.trim() };
    } else if (input.step === 'acknowledge')
      patch = { acknowledgedOn: lead.acknowledgedOn ?? today, status: 'following' };
    else if (input.step === 'assess')
      patch = {
        assessedOn: lead.assessedOn ?? today,
        acknowledgedOn: lead.acknowledgedOn ?? today,
        status: 'following',
      };
    else patch = { feedbackOn: lead.feedbackOn ?? today, status: 'following' };
    if (!(await updateLead(tx, id, input.version, patch)))
      throw new AppError('CONFLICT_VERSION', { current: { version: lead.version, status: lead.status } });
    await recordAudit(tx, ctx, {
      action: 'drop' in input ? 'lead.drop' : `lead.${input.step}`,
      entityType: 'lead',
      entityId: id,
      before: { status: lead.status },
      after: patch,
    });
    return { id, status: (patch.status ?? lead.status) as string };
  });
}

export async function listResponseRules(database: Database, ctx: RequestContext) {
  leadsPolicy.assert(requireActor(ctx), 'lead.list');
  return (await findRules(database.db)).map((r) => ({
    unitKind: r.unitKind as UnitKind,
    acknowledgeDays: r.acknowledgeDays,
    assessDays: r.assessDays,
    feedbackDays: r.feedbackDays,
  }));
}

/** The office sets the deadlines per kind of unit; they must grow step by step. */
export async function setResponseRule(
  database: Database,
  ctx: RequestContext,
  unitKind: string,
  r: { acknowledgeDays: number; assessDays: number; feedbackDays: number },
) {
  leadsPolicy.assert(requireActor(ctx), 'lead.rules');
  if (!(r.acknowledgeDays <= r.assessDays && r.assessDays <= r.feedbackDays))
    throw invalid('assessDays', msg('lead.rulesOrder'));
  await database.db.transaction(async (tx) => {
    const before = (await findRules(tx)).find((x) => x.unitKind === unitKind);
    if (!before) throw new AppError('NOT_FOUND', { entity: 'lead_response_rule', unitKind });
    await updateRule(tx, unitKind, r);
    await recordAudit(tx, ctx, {
      action: 'lead.rules',
      entityType: 'lead_response_rule',
      entityId: unitKind,
      before: {
        acknowledgeDays: before.acknowledgeDays,
        assessDays: before.assessDays,
        feedbackDays: before.feedbackDays,
      },
      after: r,
    });
  });
}

type PresentedLead = Awaited<ReturnType<typeof listLeads>>['items'][number];
const leadExport = (lang: Lang): ExportColumn<PresentedLead>[] => [
  { header: '企业名称', width: 36, value: (l) => l.company.name },
  { header: '报送单位', width: 24, value: (l) => l.reportingUnit.name },
  { header: '承办单位', width: 24, value: (l) => l.handlingUnit.name },
  { header: '产业链', width: 16, value: (l) => l.chain },
  { header: '预计投资(万元)', width: 14, value: (l) => l.estimatedAmountWan },
  { header: '线索来源', width: 10, value: (l) => translate(lang, `export.lead.source.${l.source}`) },
  { header: '报送日期', width: 12, value: (l) => l.reportedOn },
  { header: '状态', width: 10, value: (l) => translate(lang, `export.lead.status.${l.status}`) },
  { header: '说明', width: 40, value: (l) => l.notes },
  {
    header: '超时环节',
    width: 16,
    value: (l) =>
      l.clock.overdue.map((s) => translate(lang, `export.lead.step.${s}`)).join(lang === 'en' ? ', ' : '、'),
  },
];

/** Leads as xlsx, with exactly what the asker may see (the sharing rule blanks the rest); audited. */
export async function exportLeads(
  database: Database,
  ctx: RequestContext,
  f: { unitId?: number; status?: string; overdueOnly?: boolean },
): Promise<Buffer> {
  const { items } = await listLeads(database, ctx, f, 1, 100_000);
  const file = await writeTable(translate(ctx.lang, 'export.leads.sheet'), leadExport(ctx.lang), items);
  await database.db.transaction((tx) =>
    recordAudit(tx, ctx, { action: 'lead.export', entityType: 'lead', after: { filter: f, rows: items.length } }),
  );
  return file;
}
