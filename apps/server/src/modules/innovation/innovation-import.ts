import {
  amountProblemMessage,
  CARRIER_KIND_LABELS,
  CARRIER_LEVEL_LABELS,
  CARRIER_STATUS_LABELS,
  IUR_KIND_LABELS,
  type IurKind,
  isCalendarDate,
  msg,
  parseWan,
} from '@zhaoshang/shared';
import type { Database } from '../../db/client.ts';
import type { RequestContext } from '../../http/context.ts';
import type { ColumnSpec, Table } from '../../spreadsheet/read-table.ts';
import { type ImportOptions, type ImportReport, startImport } from '../../spreadsheet/start-import.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findActiveUnitNames } from '../org/units.repository.ts';
import { innovationPolicy } from './innovation.policy.ts';
import {
  type CarrierValues,
  findCarrierKeys,
  findEventsByName,
  findIurKeys,
  type IurValues,
  upsertCarriers,
  upsertIur,
} from './innovation.repository.ts';
import {
  carrierKindProblem,
  carrierLevelProblem,
  carrierStatusProblem,
  companyIdsByName,
  iurKindProblem,
  iurPartnerProblem,
  valueOfLabel,
} from './innovation.service.ts';

type CarrierField = 'name' | 'kind' | 'level' | 'host' | 'operator' | 'recognizedOn' | 'status' | 'notes';

export const CARRIER_COLUMNS: ColumnSpec<CarrierField>[] = [
  { key: 'name', zh: '载体名称', aliases: ['name', 'carrier', '名称'], required: true },
  { key: 'kind', zh: '类型', aliases: ['kind', '载体类型'], required: true },
  { key: 'level', zh: '级别', aliases: ['level', '认定级别'], required: true },
  { key: 'host', zh: '承载单位', aliases: ['host unit', 'host', '承载地'], required: true },
  { key: 'operator', zh: '运营主体', aliases: ['operator', '运营单位'] },
  { key: 'recognizedOn', zh: '认定日期', aliases: ['recognised on', 'recognized on', 'date'] },
  { key: 'status', zh: '状态', aliases: ['status'] },
  { key: 'notes', zh: '备注', aliases: ['notes'] },
];

const same = (a: unknown, b: unknown) => String(a ?? '') === String(b ?? '');

/** Imports innovation carriers: one per name and kind (a re-import updates it); a bad row writes nothing. */
export async function importCarriers(
  database: Database,
  ctx: RequestContext,
  table: Table,
  opts: ImportOptions,
): Promise<ImportReport> {
  if (ctx.actor) innovationPolicy.assert(ctx.actor, 'innovation.import');
  const run = startImport(ctx, table, CARRIER_COLUMNS, opts);
  if (run.headersFailed) return run.report();
  const units = new Map((await findActiveUnitNames(database.db)).map((u) => [u.name, u.id]));
  const seen = new Map<string, number>();
  const rows: CarrierValues[] = run.readRows(({ row, get, fail }) => {
    const before = run.problems.length;
    if (!get('name')) fail('name', msg('carrier.nameRequired'));
    const kind = valueOfLabel(CARRIER_KIND_LABELS, get('kind'));
    if (!kind) fail('kind', carrierKindProblem(get('kind')));
    const level = valueOfLabel(CARRIER_LEVEL_LABELS, get('level'));
    if (!level) fail('level', carrierLevelProblem(get('level')));
    const status = get('status') ? valueOfLabel(CARRIER_STATUS_LABELS, get('status')) : 'active';
    if (!status) fail('status', carrierStatusProblem(get('status')));
    const hostUnitId = units.get(get('host'));
    if (!hostUnitId)
      fail('host', get('host') ? msg('import.unitNotFound', { name: get('host') }) : msg('import.unitRequired'));
    const recognizedOn = get('recognizedOn') || null;
    if (recognizedOn && !isCalendarDate(recognizedOn))
      fail('recognizedOn', msg('import.dateInvalid', { value: recognizedOn }));
    if (run.problems.length > before) return;
    const key = `${get('name')}|${kind}`;
    if (seen.has(key)) {
      fail('name', msg('import.sameCarrierRow', { row: seen.get(key)! }));
      return;
    }
    seen.set(key, row);
    return {
      name: get('name'),
      kind: kind!,
      level: level!,
      hostUnitId: hostUnitId!,
      operator: get('operator') || null,
      recognizedOn,
      status: status!,
      notes: get('notes') || null,
    };
  });
  if (run.problems.length) return run.report();
  const existing = new Map((await findCarrierKeys(database.db, rows)).map((c) => [`${c.name}|${c.kind}`, c]));
  const changed = rows.filter((r) => {
    const e = existing.get(`${r.name}|${r.kind}`);
    return (
      !e ||
      !same(e.level, r.level) ||
      e.host_unit_id !== r.hostUnitId ||
      !same(e.operator, r.operator) ||
      !same(e.recognized_on, r.recognizedOn) ||
      !same(e.status, r.status) ||
      !same(e.notes, r.notes)
    );
  });
  const created = rows.filter((r) => !existing.has(`${r.name}|${r.kind}`)).length;
  const counts = { created, updated: changed.length - created, unchanged: rows.length - changed.length };
  if (opts.dryRun) return run.report(counts);
  await database.db.transaction(async (tx) => {
    await upsertCarriers(tx, changed, ctx.actor?.userId ?? null);
    await recordAudit(tx, ctx, {
      action: 'carrier.import',
      entityType: 'carrier',
      after: { ...run.fileFacts(), rows: rows.length, ...counts },
    });
  });
  return run.report(counts);
}

/** The short words statistics sheets use (校地, 校企, 其他). */
const IUR_SHORT: Record<string, IurKind> = { 校地: 'school_local', 校企: 'school_enterprise', 其他: 'other' };

type IurField =
  | 'title'
  | 'university'
  | 'kind'
  | 'partner'
  | 'unit'
  | 'signedOn'
  | 'amount'
  | 'talents'
  | 'event'
  | 'notes';

export const IUR_COLUMNS: ColumnSpec<IurField>[] = [
  { key: 'title', zh: '合作项目名称', aliases: ['title', '项目名称'], required: true },
  { key: 'university', zh: '高校院所', aliases: ['university', 'institute', '高校'], required: true },
  { key: 'kind', zh: '合作类型', aliases: ['kind', '类型'], required: true },
  { key: 'partner', zh: '合作方', aliases: ['partner', '合作单位', '合作企业'], required: true },
  { key: 'unit', zh: '登记单位', aliases: ['unit', 'recording unit'], required: true },
  { key: 'signedOn', zh: '签约日期', aliases: ['signed on', 'date'], required: true },
  { key: 'amount', zh: '合同金额(万元)', aliases: ['合同金额', 'amount'] },
  { key: 'talents', zh: '引进人才数', aliases: ['talents', '人才'] },
  { key: 'event', zh: '来源活动', aliases: ['event', 'source event'] },
  { key: 'notes', zh: '备注', aliases: ['notes'] },
];

/**
 * Imports IUR agreements: the partner is a unit for 校地, a registry company for 校企, free text
 * otherwise; one agreement per title, university and signing date. A bad row writes nothing.
 */
export async function importIur(
  database: Database,
  ctx: RequestContext,
  table: Table,
  opts: ImportOptions,
): Promise<ImportReport> {
  if (ctx.actor) innovationPolicy.assert(ctx.actor, 'innovation.import');
  const run = startImport(ctx, table, IUR_COLUMNS, opts);
  if (run.headersFailed) return run.report();
  const cell = (f: IurField) => table.rows.map((r) => (r.cells[run.columns.get(f) ?? ''] ?? '').trim()).filter(Boolean);
  const units = new Map((await findActiveUnitNames(database.db)).map((u) => [u.name, u.id]));
  const companyId = await companyIdsByName(database, cell('partner'));
  const events = await findEventsByName(database.db, [...new Set(cell('event'))]);
  const seen = new Map<string, number>();
  const rows: IurValues[] = run.readRows(({ row, get, fail }) => {
    const before = run.problems.length;
    if (!get('title')) fail('title', msg('iur.titleRequired'));
    if (!get('university')) fail('university', msg('iur.universityRequired'));
    const kind = valueOfLabel(IUR_KIND_LABELS, get('kind')) ?? IUR_SHORT[get('kind')];
    if (!kind) fail('kind', iurKindProblem(get('kind')));
    const partner = get('partner');
    let partnerUnitId: number | null = null;
    let partnerCompanyId: number | null = null;
    if (kind && !partner) fail('partner', iurPartnerProblem(kind));
    else if (kind === 'school_local') {
      partnerUnitId = units.get(partner) ?? null;
      if (!partnerUnitId) fail('partner', msg('import.unitNotFound', { name: partner }));
    } else if (kind === 'school_enterprise') {
      partnerCompanyId = companyId(partner) ?? null;
      if (!partnerCompanyId) fail('partner', msg('iur.companyNotFound', { name: partner }));
    }
    const unitId = units.get(get('unit'));
    if (!unitId)
      fail('unit', get('unit') ? msg('import.unitNotFound', { name: get('unit') }) : msg('import.unitRequired'));
    const signedOn = get('signedOn');
    if (!signedOn) fail('signedOn', msg('iur.dateRequired'));
    else if (!isCalendarDate(signedOn)) fail('signedOn', msg('import.dateInvalid', { value: signedOn }));
    const amount = parseWan(get('amount') || '0');
    if ('problem' in amount) fail('amount', amountProblemMessage(amount.problem));
    const talents = get('talents') ? Number(get('talents')) : 0;
    if (!/^\d*$/.test(get('talents'))) fail('talents', msg('iur.talentsInvalid', { value: get('talents') }));
    const matches = get('event') ? events.filter((e) => e.name === get('event')) : [];
    if (get('event') && matches.length !== 1) fail('event', msg('iur.eventUnknown', { name: get('event') }));
    if (run.problems.length > before) return;
    const key = `${get('title')}|${get('university')}|${signedOn}`;
    if (seen.has(key)) {
      fail('title', msg('import.sameIurRow', { row: seen.get(key)! }));
      return;
    }
    seen.set(key, row);
    return {
      title: get('title'),
      university: get('university'),
      kind: kind!,
      partnerUnitId,
      partnerCompanyId,
      partnerText: kind === 'other' ? partner : null,
      unitId: unitId!,
      signedOn,
      amountWan: (amount as { value: string }).value,
      talents,
      sourceEventId: matches[0]?.id ?? null,
      notes: get('notes') || null,
    };
  });
  if (run.problems.length) return run.report();
  const keyOf = (r: { title: string; university: string; signedOn: string }) =>
    `${r.title}|${r.university}|${r.signedOn}`;
  const existing = new Map(
    (await findIurKeys(database.db, rows)).map((a) => [
      keyOf({ title: a.title, university: a.university, signedOn: a.signed_on }),
      a,
    ]),
  );
  const changed = rows.filter((r) => {
    const e = existing.get(keyOf(r));
    return (
      !e ||
      e.kind !== r.kind ||
      !same(e.partner_unit_id, r.partnerUnitId) ||
      !same(e.partner_company_id, r.partnerCompanyId) ||
      !same(e.partner_text, r.partnerText) ||
      e.unit_id !== r.unitId ||
      Number(e.amount_wan) !== Number(r.amountWan) ||
      e.talents !== r.talents ||
      !same(e.source_event_id, r.sourceEventId) ||
      !same(e.notes, r.notes)
    );
  });
  const created = rows.filter((r) => !existing.has(keyOf(r))).length;
  const counts = { created, updated: changed.length - created, unchanged: rows.length - changed.length };
  if (opts.dryRun) return run.report(counts);
  await database.db.transaction(async (tx) => {
    await upsertIur(tx, changed, ctx.actor?.userId ?? null);
    await recordAudit(tx, ctx, {
      action: 'iur.import',
      entityType: 'iur',
      after: { ...run.fileFacts(), rows: rows.length, ...counts },
    });
  });
  return run.report(counts);
}
