import {
  amountProblemMessage,
  CARRIER_KIND_LABELS,
  CARRIER_KINDS,
  CARRIER_LEVEL_LABELS,
  CARRIER_LEVELS,
  CARRIER_STATUS_LABELS,
  type CarrierKind,
  type CarrierLevel,
  type CarrierStatus,
  IUR_KIND_LABELS,
  IUR_KINDS,
  type IurKind,
  isCalendarDate,
  type Lang,
  type Message,
  mayOn,
  msg,
  parseWan,
  translate,
} from '@zhaoshang/shared';
import { normaliseCompanyName } from '@zhaoshang/shared/company-name';
import { type Database, isUniqueViolation } from '../../db/client.ts';
import { type Actor, type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { type ExportColumn, writeTable } from '../../spreadsheet/write-table.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findUnitById } from '../org/units.repository.ts';
import { innovationPolicy } from './innovation.policy.ts';
import {
  type CarrierFilter,
  type CarrierRow,
  type CarrierSort,
  type CarrierValues,
  countCarriers,
  eventExists,
  findCarrierById,
  findCarriers,
  findCompaniesByNormalisedName,
  findIurAgreements,
  findIurById,
  findReportedTotals,
  type IurFilter,
  type IurRow,
  type IurSort,
  type IurValues,
  insertCarrier,
  insertIur,
  iurTotalsByKind,
  type ReportedTotalValues,
  updateCarrier,
  updateIur,
  upsertReportedTotal,
} from './innovation.repository.ts';

const invalid = (path: string, message: Message) => new AppError('VALIDATION_FAILED', { issues: [{ path, message }] });
const trimWan = (s: string) => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);

/** A value from its label in either language, or its code (import files write the Chinese label). */
export function valueOfLabel<V extends string>(labels: Record<V, { zh: string; en: string }>, text: string) {
  const t = text.trim().toLowerCase();
  if (!t) return undefined;
  return (Object.keys(labels) as V[]).find(
    (v) => v === t || labels[v].zh === text.trim() || labels[v].en.toLowerCase() === t,
  );
}

const listOf = (labels: Record<string, { zh: string; en: string }>) =>
  Object.values(labels)
    .map((l) => l.zh)
    .join('、');

export const carrierKindProblem = (value: string) =>
  msg('carrier.kindUnknown', { value, kinds: listOf(CARRIER_KIND_LABELS) });
export const carrierLevelProblem = (value: string) =>
  msg('carrier.levelUnknown', { value, levels: listOf(CARRIER_LEVEL_LABELS) });
export const carrierStatusProblem = (value: string) =>
  msg('carrier.statusUnknown', { value, statuses: listOf(CARRIER_STATUS_LABELS) });
export const iurKindProblem = (value: string) => msg('iur.kindUnknown', { value, kinds: listOf(IUR_KIND_LABELS) });

/** What an IUR agreement needs as partner, by kind. */
export const iurPartnerProblem = (kind: IurKind) =>
  msg('iur.partnerRequired', {
    kind: msg(`label.iurKind.${kind}`),
    what: msg(
      kind === 'school_local'
        ? 'iur.partnerUnit'
        : kind === 'school_enterprise'
          ? 'iur.partnerCompany'
          : 'iur.partnerText',
    ),
  });

// ---- carriers -------------------------------------------------------------------------------

export type CarrierBody = {
  name: string;
  kind: string;
  level: string;
  hostUnitId: number;
  operator?: string | null;
  recognizedOn?: string | null;
  status?: string;
  notes?: string | null;
};

export function presentCarrier(r: CarrierRow, actor: Actor | null) {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind as CarrierKind,
    level: r.level as CarrierLevel,
    hostUnit: { id: r.host_unit_id, name: r.host_unit_name },
    operator: r.operator,
    recognizedOn: r.recognized_on,
    status: r.status as CarrierStatus,
    notes: r.notes,
    canEdit: actor ? mayOn(actor, 'carrier.manage', { unitId: r.host_unit_id }) : false,
    version: r.version,
  };
}

/** A carrier's body checked: a known kind, level and status, a real date, a unit the actor may record for. */
async function carrierValues(database: Database, actor: Actor, body: CarrierBody): Promise<CarrierValues> {
  if (!body.name.trim()) throw invalid('name', msg('carrier.nameRequired'));
  if (!CARRIER_KINDS.includes(body.kind as CarrierKind)) throw invalid('kind', carrierKindProblem(body.kind));
  if (!CARRIER_LEVELS.includes(body.level as CarrierLevel)) throw invalid('level', carrierLevelProblem(body.level));
  const status = body.status ?? 'active';
  if (status !== 'active' && status !== 'revoked') throw invalid('status', carrierStatusProblem(status));
  if (body.recognizedOn && !isCalendarDate(body.recognizedOn))
    throw invalid('recognizedOn', msg('event.dateInvalid', { value: body.recognizedOn }));
  if (!mayOn(actor, 'carrier.manage', { unitId: body.hostUnitId }))
    throw invalid('hostUnitId', msg('carrier.ownUnitOnly'));
  if (!(await findUnitById(database.db, body.hostUnitId)))
    throw new AppError('INVALID_REFERENCE', { field: 'hostUnitId', id: body.hostUnitId });
  return {
    name: body.name.trim(),
    kind: body.kind,
    level: body.level,
    hostUnitId: body.hostUnitId,
    operator: body.operator?.trim() || null,
    recognizedOn: body.recognizedOn || null,
    status,
    notes: body.notes?.trim() || null,
  };
}

const carrierTaken = (v: CarrierValues) =>
  new AppError(
    'DUPLICATE',
    { field: 'name' },
    msg('carrier.nameTaken', { name: v.name, kind: msg(`label.carrierKind.${v.kind}` as never) }),
  );

export async function listCarriers(
  database: Database,
  ctx: RequestContext,
  f: CarrierFilter,
  sort: { by: CarrierSort; desc: boolean },
  page: number,
  pageSize: number,
) {
  const actor = requireActor(ctx);
  innovationPolicy.assert(actor, 'carrier.read');
  const { items, total } = await findCarriers(database.db, f, sort, { limit: pageSize, offset: (page - 1) * pageSize });
  return { items: items.map((r) => presentCarrier(r, actor)), total };
}

export async function createCarrier(database: Database, ctx: RequestContext, body: CarrierBody) {
  const actor = requireActor(ctx);
  innovationPolicy.assert(actor, 'carrier.manage');
  const values = await carrierValues(database, actor, body);
  try {
    const id = await database.db.transaction(async (tx) => {
      const id = await insertCarrier(tx, values, actor.userId);
      await recordAudit(tx, ctx, { action: 'carrier.create', entityType: 'carrier', entityId: id, after: values });
      return id;
    });
    return { id };
  } catch (e) {
    if (isUniqueViolation(e)) throw carrierTaken(values);
    throw e;
  }
}

export async function editCarrier(
  database: Database,
  ctx: RequestContext,
  id: number,
  body: CarrierBody & { version: number },
) {
  const actor = requireActor(ctx);
  innovationPolicy.assert(actor, 'carrier.manage');
  const before = await findCarrierById(database.db, id);
  if (!before) throw new AppError('NOT_FOUND', { entity: 'carrier', id });
  if (!mayOn(actor, 'carrier.manage', { unitId: before.host_unit_id }))
    throw new AppError('FORBIDDEN', { permission: 'carrier.manage' }, msg('carrier.ownUnitOnly'));
  const values = await carrierValues(database, actor, body);
  try {
    await database.db.transaction(async (tx) => {
      if (!(await updateCarrier(tx, id, body.version, values))) throw new AppError('CONFLICT_VERSION', { id });
      await recordAudit(tx, ctx, {
        action: 'carrier.update',
        entityType: 'carrier',
        entityId: id,
        before,
        after: values,
      });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw carrierTaken(values);
    throw e;
  }
  return presentCarrier((await findCarrierById(database.db, id))!, actor);
}

/** Active carriers by kind and level, and the sentences a report writes ("省级众创空间13个"). */
export async function carrierCounts(database: Database, ctx: RequestContext, asOf: string | null) {
  const actor = ctx.actor;
  if (actor) innovationPolicy.assert(actor, 'carrier.read');
  const rows = await countCarriers(database.db, asOf);
  return {
    asOf,
    items: rows.map((r) => ({
      kind: r.kind as CarrierKind,
      level: r.level as CarrierLevel,
      count: r.count,
      text: translate(ctx.lang, 'carrier.summary', {
        level: msg(`label.carrierLevel.${r.level}` as never),
        kind: msg(`label.carrierKind.${r.kind}` as never),
        count: r.count,
      }),
    })),
    total: rows.reduce((s, r) => s + r.count, 0),
  };
}

export const carrierExportColumns = (lang: Lang): ExportColumn<ReturnType<typeof presentCarrier>>[] => [
  { header: '载体名称', width: 30, value: (r) => r.name },
  { header: '类型', width: 12, value: (r) => CARRIER_KIND_LABELS[r.kind][lang] },
  { header: '级别', width: 10, value: (r) => CARRIER_LEVEL_LABELS[r.level][lang] },
  { header: '承载单位', width: 16, value: (r) => r.hostUnit.name },
  { header: '运营主体', width: 24, value: (r) => r.operator },
  { header: '认定日期', width: 12, value: (r) => r.recognizedOn },
  { header: '状态', width: 8, value: (r) => CARRIER_STATUS_LABELS[r.status][lang] },
  { header: '备注', width: 30, value: (r) => r.notes },
];

export async function exportCarriers(database: Database, ctx: RequestContext, f: CarrierFilter) {
  if (ctx.actor) innovationPolicy.assert(ctx.actor, 'carrier.read');
  const { items } = await findCarriers(database.db, f, { by: 'name', desc: false }, { limit: 1_000_000, offset: 0 });
  const rows = items.map((r) => presentCarrier(r, ctx.actor));
  // The export is read back by the import: Chinese labels, as the import expects them.
  const file = await writeTable(translate(ctx.lang, 'export.carriers.sheet'), carrierExportColumns('zh'), rows);
  await database.db.transaction((tx) =>
    recordAudit(tx, ctx, { action: 'carrier.export', entityType: 'carrier', after: { filter: f, rows: rows.length } }),
  );
  return { file, rows: rows.length };
}

// ---- university–industry cooperation --------------------------------------------------------------

export type IurBody = {
  title: string;
  university: string;
  kind: string;
  partnerUnitId?: number | null;
  partnerCompanyId?: number | null;
  partnerText?: string | null;
  unitId: number;
  signedOn: string;
  amountWan?: string;
  talents?: number;
  sourceEventId?: number | null;
  notes?: string | null;
};

export function presentIur(r: IurRow, actor: Actor | null) {
  const partner =
    r.kind === 'school_local'
      ? { unitId: r.partner_unit_id, companyId: null, name: r.partner_unit_name! }
      : r.kind === 'school_enterprise'
        ? { unitId: null, companyId: r.partner_company_id, name: r.partner_company_name! }
        : { unitId: null, companyId: null, name: r.partner_text! };
  return {
    id: r.id,
    title: r.title,
    university: r.university,
    kind: r.kind as IurKind,
    partner,
    unit: { id: r.unit_id, name: r.unit_name },
    signedOn: r.signed_on,
    amountWan: trimWan(r.amount_wan),
    talents: r.talents,
    sourceEvent: r.source_event_id ? { id: r.source_event_id, name: r.source_event_name! } : null,
    notes: r.notes,
    canEdit: actor ? mayOn(actor, 'iur.manage', { unitId: r.unit_id }) : false,
    version: r.version,
  };
}

async function iurValues(database: Database, actor: Actor, body: IurBody): Promise<IurValues> {
  if (!body.title.trim()) throw invalid('title', msg('iur.titleRequired'));
  if (!body.university.trim()) throw invalid('university', msg('iur.universityRequired'));
  if (!IUR_KINDS.includes(body.kind as IurKind)) throw invalid('kind', iurKindProblem(body.kind));
  const kind = body.kind as IurKind;
  const partnerUnitId = kind === 'school_local' ? (body.partnerUnitId ?? null) : null;
  const partnerCompanyId = kind === 'school_enterprise' ? (body.partnerCompanyId ?? null) : null;
  const partnerText = kind === 'other' ? body.partnerText?.trim() || null : null;
  if (partnerUnitId === null && partnerCompanyId === null && partnerText === null)
    throw invalid(
      kind === 'school_local' ? 'partnerUnitId' : kind === 'school_enterprise' ? 'partnerCompanyId' : 'partnerText',
      iurPartnerProblem(kind),
    );
  if (!isCalendarDate(body.signedOn)) throw invalid('signedOn', msg('event.dateInvalid', { value: body.signedOn }));
  const amount = parseWan(body.amountWan?.trim() || '0');
  if ('problem' in amount) throw invalid('amountWan', amountProblemMessage(amount.problem));
  const talents = body.talents ?? 0;
  if (!Number.isInteger(talents) || talents < 0)
    throw invalid('talents', msg('iur.talentsInvalid', { value: String(talents) }));
  if (!mayOn(actor, 'iur.manage', { unitId: body.unitId })) throw invalid('unitId', msg('iur.ownUnitOnly'));
  for (const [field, id] of [
    ['unitId', body.unitId],
    ['partnerUnitId', partnerUnitId],
  ] as const)
    if (id !== null && !(await findUnitById(database.db, id))) throw new AppError('INVALID_REFERENCE', { field, id });
  if (body.sourceEventId && !(await eventExists(database.db, body.sourceEventId)))
    throw new AppError('INVALID_REFERENCE', { field: 'sourceEventId', id: body.sourceEventId });
  return {
    title: body.title.trim(),
    university: body.university.trim(),
    kind,
    partnerUnitId,
    partnerCompanyId,
    partnerText,
    unitId: body.unitId,
    signedOn: body.signedOn,
    amountWan: amount.value,
    talents,
    sourceEventId: body.sourceEventId ?? null,
    notes: body.notes?.trim() || null,
  };
}

const iurTaken = (v: IurValues) =>
  new AppError(
    'DUPLICATE',
    { field: 'title' },
    msg('iur.taken', { title: v.title, university: v.university, date: v.signedOn }),
  );

export async function listIur(
  database: Database,
  ctx: RequestContext,
  f: IurFilter,
  sort: { by: IurSort; desc: boolean },
  page: number,
  pageSize: number,
) {
  const actor = requireActor(ctx);
  innovationPolicy.assert(actor, 'iur.read');
  const { items, total } = await findIurAgreements(database.db, f, sort, {
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  return { items: items.map((r) => presentIur(r, actor)), total };
}

export async function createIur(database: Database, ctx: RequestContext, body: IurBody) {
  const actor = requireActor(ctx);
  innovationPolicy.assert(actor, 'iur.manage');
  const values = await iurValues(database, actor, body);
  try {
    const id = await database.db.transaction(async (tx) => {
      const id = await insertIur(tx, values, actor.userId);
      await recordAudit(tx, ctx, { action: 'iur.create', entityType: 'iur', entityId: id, after: values });
      return id;
    });
    return { id };
  } catch (e) {
    if (isUniqueViolation(e)) throw iurTaken(values);
    throw e;
  }
}

export async function editIur(
  database: Database,
  ctx: RequestContext,
  id: number,
  body: IurBody & { version: number },
) {
  const actor = requireActor(ctx);
  innovationPolicy.assert(actor, 'iur.manage');
  const before = await findIurById(database.db, id);
  if (!before) throw new AppError('NOT_FOUND', { entity: 'iur', id });
  if (!mayOn(actor, 'iur.manage', { unitId: before.unit_id }))
    throw new AppError('FORBIDDEN', { permission: 'iur.manage' }, msg('iur.ownUnitOnly'));
  const values = await iurValues(database, actor, body);
  try {
    await database.db.transaction(async (tx) => {
      if (!(await updateIur(tx, id, body.version, values))) throw new AppError('CONFLICT_VERSION', { id });
      await recordAudit(tx, ctx, { action: 'iur.update', entityType: 'iur', entityId: id, before, after: values });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw iurTaken(values);
    throw e;
  }
  return presentIur((await findIurById(database.db, id))!, actor);
}

/** Agreements signed in [from, to] by kind (count, amount, talents) and in all. */
export async function iurTotals(database: Database, ctx: RequestContext, q: { from: string; to: string }) {
  if (ctx.actor) innovationPolicy.assert(ctx.actor, 'iur.read');
  if (!isCalendarDate(q.from)) throw invalid('from', msg('event.dateInvalid', { value: q.from }));
  if (!isCalendarDate(q.to)) throw invalid('to', msg('event.dateInvalid', { value: q.to }));
  if (q.to < q.from) throw invalid('to', msg('capital.window'));
  const rows = new Map((await iurTotalsByKind(database.db, q.from, q.to)).map((r) => [r.kind, r]));
  const byKind = IUR_KINDS.map((kind) => {
    const r = rows.get(kind);
    return { kind, count: r?.count ?? 0, amountWan: trimWan(r?.amount_wan ?? '0'), talents: r?.talents ?? 0 };
  });
  const yuan = (w: string) => {
    const [i, f = ''] = w.split('.') as [string, string?];
    return BigInt(i) * 10000n + BigInt((f + '0000').slice(0, 4));
  };
  const total = byKind.reduce((s, k) => s + yuan(k.amountWan), 0n);
  const wan = `${total / 10000n}${total % 10000n ? `.${(total % 10000n).toString().padStart(4, '0').replace(/0+$/, '')}` : ''}`;
  return {
    from: q.from,
    to: q.to,
    byKind,
    total: {
      count: byKind.reduce((s, k) => s + k.count, 0),
      amountWan: wan,
      talents: byKind.reduce((s, k) => s + k.talents, 0),
    },
  };
}

/** Resolves a 校企 partner named in a file to a registry company id (normalised name). */
export async function companyIdsByName(database: Database, names: string[]) {
  const norm = new Map(names.map((n) => [n, normaliseCompanyName(n)]));
  const found = new Map(
    (await findCompaniesByNormalisedName(database.db, [...new Set(norm.values())])).map((c) => [
      c.normalised_name,
      c.id,
    ]),
  );
  return (name: string) => found.get(norm.get(name) ?? normaliseCompanyName(name));
}

export const iurExportColumns = (lang: Lang): ExportColumn<ReturnType<typeof presentIur>>[] => [
  { header: '合作项目名称', width: 30, value: (r) => r.title },
  { header: '高校院所', width: 24, value: (r) => r.university },
  { header: '合作类型', width: 12, value: (r) => IUR_KIND_LABELS[r.kind][lang] },
  { header: '合作方', width: 24, value: (r) => r.partner.name },
  { header: '登记单位', width: 16, value: (r) => r.unit.name },
  { header: '签约日期', width: 12, value: (r) => r.signedOn },
  { header: '合同金额(万元)', width: 14, value: (r) => r.amountWan },
  { header: '引进人才数', width: 10, value: (r) => r.talents },
  { header: '来源活动', width: 24, value: (r) => r.sourceEvent?.name ?? null },
  { header: '备注', width: 30, value: (r) => r.notes },
];

export async function exportIur(database: Database, ctx: RequestContext, f: IurFilter) {
  if (ctx.actor) innovationPolicy.assert(ctx.actor, 'iur.read');
  const { items } = await findIurAgreements(
    database.db,
    f,
    { by: 'signedOn', desc: false },
    { limit: 1_000_000, offset: 0 },
  );
  const rows = items.map((r) => presentIur(r, ctx.actor));
  const file = await writeTable(translate(ctx.lang, 'export.iur.sheet'), iurExportColumns('zh'), rows);
  await database.db.transaction((tx) =>
    recordAudit(tx, ctx, { action: 'iur.export', entityType: 'iur', after: { filter: f, rows: rows.length } }),
  );
  return { file, rows: rows.length };
}

/** Records a total as a report states it (the data-quality page checks it against its parts). */
export async function recordReportedTotal(database: Database, ctx: RequestContext, v: ReportedTotalValues) {
  if (ctx.actor) innovationPolicy.assert(ctx.actor, 'innovation.import');
  if (!isCalendarDate(v.periodFrom)) throw invalid('periodFrom', msg('event.dateInvalid', { value: v.periodFrom }));
  if (!isCalendarDate(v.periodTo)) throw invalid('periodTo', msg('event.dateInvalid', { value: v.periodTo }));
  if (v.periodTo < v.periodFrom) throw invalid('periodTo', msg('capital.window'));
  return database.db.transaction(async (tx) => {
    const id = await upsertReportedTotal(tx, v);
    await recordAudit(tx, ctx, {
      action: 'iur.reportedTotal',
      entityType: 'iur_reported_total',
      entityId: id,
      after: v,
    });
    return { id };
  });
}

export async function listReportedTotals(database: Database, ctx: RequestContext) {
  innovationPolicy.assert(requireActor(ctx), 'iur.read');
  return {
    items: (await findReportedTotals(database.db)).map((r) => ({
      id: r.id,
      source: r.source,
      periodFrom: r.period_from,
      periodTo: r.period_to,
      total: r.total,
      schoolLocal: r.school_local,
      schoolEnterprise: r.school_enterprise,
      other: r.other,
      addsUp: r.total === r.school_local + r.school_enterprise + r.other,
    })),
  };
}
