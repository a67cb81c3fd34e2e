import {
  amountProblemMessage,
  type CatalogueStatus,
  formatMoney,
  type Lang,
  type Message,
  mayOn,
  msg,
  parseWan,
  shanghaiDate,
  translate,
  wanToYuan,
} from '@zhaoshang/shared';
import { type Database, isUniqueViolation, type Tx } from '../../db/client.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { type ExportColumn, writeTable } from '../../spreadsheet/write-table.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { escapeHtml, htmlToPdf } from '../bulletins/bulletin-document.ts';
import { findChainById } from '../chains/chains.repository.ts';
import { checkChainSegment } from '../chains/chains.service.ts';
import { setProjectEvent } from '../events/events.repository.ts';
import { findUnitById } from '../org/units.repository.ts';
import { createProjectIn } from '../projects/projects.service.ts';
import { canManageEntry, cataloguePolicy } from './catalogue.policy.ts';
import {
  type EntryFilter,
  type EntryRow,
  type EntrySort,
  type EntryValues,
  eventExists,
  findEntries,
  findEntryById,
  insertEntry,
  leadExists,
  markSigned,
  updateEntry,
} from './catalogue.repository.ts';

type Amount = string | number | null | undefined;

export type EntryBody = {
  nameZh: string;
  nameEn?: string | null;
  descriptionZh?: string | null;
  descriptionEn?: string | null;
  chain?: string | null;
  chainId?: number | null;
  segmentId?: number | null;
  investmentWan?: Amount;
  landMu?: Amount;
  hostUnitId: number;
  contact?: string | null;
  status?: CatalogueStatus;
  sourceEventId?: number | null;
  leadId?: number | null;
};

type Issue = { path: string; message: Message };
const invalid = (issues: Issue[]) => new AppError('VALIDATION_FAILED', { issues });

/** An amount in 万元 as its exact decimal string (null when empty), or an issue. */
export function wanOf(raw: Amount, path: string, issues: Issue[]): string | null {
  if (raw === null || raw === undefined || String(raw).trim() === '') return null;
  const r = parseWan(String(raw));
  if ('problem' in r) {
    issues.push({ path, message: amountProblemMessage(r.problem) });
    return null;
  }
  return r.value;
}

/** A non-negative quantity (亩, m², kVA) as a decimal string, or an issue. */
export function quantityOf(raw: Amount, path: string, issues: Issue[]): string | null {
  if (raw === null || raw === undefined || String(raw).trim() === '') return null;
  const r = parseWan(String(raw));
  if ('problem' in r) {
    issues.push({ path, message: msg('site.numberInvalid', { value: String(raw) }) });
    return null;
  }
  return r.value;
}

const blank = (s: string | null | undefined) => s?.trim() || null;

/** Checks an entry's body: exact amounts, a unit's own entry, the host, event and lead that exist. */
async function checkedValues(
  database: Database,
  actor: { role: string; unitId: number },
  body: EntryBody,
): Promise<EntryValues> {
  const issues: Issue[] = [];
  const investmentWan = wanOf(body.investmentWan, 'investmentWan', issues);
  const landMu = quantityOf(body.landMu, 'landMu', issues);
  if (body.status === 'signed') issues.push({ path: 'status', message: msg('catalogue.statusSignedBySigning') });
  if (!canManageEntry(actor as never, body.hostUnitId))
    issues.push({ path: 'hostUnitId', message: msg('catalogue.hostNotOwn') });
  if (issues.length) throw invalid(issues);
  if (!(await findUnitById(database.db, body.hostUnitId)))
    throw new AppError('INVALID_REFERENCE', { field: 'hostUnitId', id: body.hostUnitId });
  if (body.sourceEventId && !(await eventExists(database.db, body.sourceEventId)))
    throw new AppError('INVALID_REFERENCE', { field: 'sourceEventId', id: body.sourceEventId });
  if (body.leadId && !(await leadExists(database.db, body.leadId)))
    throw new AppError('INVALID_REFERENCE', { field: 'leadId', id: body.leadId });
  const picked = await checkChainSegment(database.db, body.chainId, body.segmentId);
  // A chain picked from the map names the entry's chain; a typed name alone is attached by the trigger.
  const pickedName = picked.chainId ? (await findChainById(database.db, picked.chainId))?.name : undefined;
  return {
    ...picked,
    nameZh: body.nameZh.trim(),
    nameEn: blank(body.nameEn),
    descriptionZh: blank(body.descriptionZh),
    descriptionEn: blank(body.descriptionEn),
    chain: pickedName ?? blank(body.chain),
    investmentWan,
    landMu,
    hostUnitId: body.hostUnitId,
    contact: blank(body.contact),
    status: body.status ?? 'offered',
    sourceEventId: body.sourceEventId ?? null,
    leadId: body.leadId ?? null,
  };
}

const nameTaken = (name: string) => new AppError('DUPLICATE', { nameZh: name }, msg('catalogue.nameTaken', { name }));

export function presentEntry(r: EntryRow, actor: { role: string; unitId: number } | null) {
  return {
    id: r.id,
    nameZh: r.name_zh,
    nameEn: r.name_en,
    descriptionZh: r.description_zh,
    descriptionEn: r.description_en,
    chain: r.chain,
    chainId: r.chain_id,
    segmentId: r.segment_id,
    investmentWan: r.investment_wan === null ? null : trim(r.investment_wan),
    landMu: r.land_mu === null ? null : trim(r.land_mu),
    hostUnit: { id: r.host_unit_id, name: r.host_unit_name },
    contact: r.contact,
    status: r.status as CatalogueStatus,
    sourceEvent: r.source_event_id ? { id: r.source_event_id, name: r.source_event_name! } : null,
    leadId: r.lead_id,
    lead: r.lead_id ? { id: r.lead_id, companyName: r.lead_company_name! } : null,
    projectId: r.project_id,
    signedOn: r.signed_at,
    canEdit: actor ? r.status !== 'signed' && canManageEntry(actor as never, r.host_unit_id) : false,
    version: r.version,
  };
}

/** "1200.5000" → "1200.5": numeric columns keep their scale, the API shows the value. */
export function trim(s: string): string {
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/** Records an entry inside a transaction (the importer's and the service's one way in). Audited. */
export async function insertEntryIn(tx: Tx, ctx: RequestContext, values: EntryValues, userId: number | null) {
  let id: number;
  try {
    id = await tx.transaction((sp) => insertEntry(sp, values, userId));
  } catch (e) {
    if (isUniqueViolation(e)) throw nameTaken(values.nameZh);
    throw e;
  }
  await recordAudit(tx, ctx, {
    action: 'catalogue.create',
    entityType: 'catalogue_entry',
    entityId: id,
    after: values,
  });
  return id;
}

/** Records an entry; a unit records the entries it hosts (the office any). Audited. */
export async function createEntry(database: Database, ctx: RequestContext, body: EntryBody) {
  const actor = requireActor(ctx);
  cataloguePolicy.assert(actor, 'catalogue.manage');
  const values = await checkedValues(database, actor, body);
  return database.db.transaction(async (tx) => ({ id: await insertEntryIn(tx, ctx, values, actor.userId) }));
}

/** Saves an entry read at `version`: 409 when someone saved it in between; a signed entry is read-only. */
export async function saveEntry(
  database: Database,
  ctx: RequestContext,
  id: number,
  body: EntryBody & { version: number },
) {
  const actor = requireActor(ctx);
  cataloguePolicy.assert(actor, 'catalogue.manage');
  const before = await findEntryById(database.db, id);
  if (!before) throw new AppError('NOT_FOUND', { entity: 'catalogue_entry', id });
  if (!canManageEntry(actor, before.host_unit_id)) throw new AppError('FORBIDDEN', { permission: 'catalogue.manage' });
  if (before.status === 'signed')
    throw new AppError(
      'CATALOGUE_ALREADY_SIGNED',
      { id, projectId: before.project_id },
      msg('catalogue.signedReadOnly'),
    );
  const values = await checkedValues(database, actor, body);
  return database.db.transaction(async (tx) => {
    let saved: boolean;
    try {
      saved = await tx.transaction((sp) => updateEntry(sp, id, body.version, values));
    } catch (e) {
      if (isUniqueViolation(e)) throw nameTaken(values.nameZh);
      throw e;
    }
    if (!saved) {
      const current = await findEntryById(tx, id);
      if (current?.status === 'signed')
        throw new AppError('CATALOGUE_ALREADY_SIGNED', { id, projectId: current.project_id });
      throw new AppError('CONFLICT_VERSION', { current: { version: current?.version } });
    }
    await recordAudit(tx, ctx, {
      action: 'catalogue.update',
      entityType: 'catalogue_entry',
      entityId: id,
      before: presentEntry(before, null),
      after: values,
    });
    return { id, version: body.version + 1 };
  });
}

export async function listEntries(
  database: Database,
  ctx: RequestContext,
  f: EntryFilter,
  sort: { by: EntrySort; desc: boolean },
  page: number,
  pageSize: number,
) {
  // The command line (no actor) reads the whole catalogue, as the system.
  const actor = ctx.actor;
  if (actor) cataloguePolicy.assert(actor, 'catalogue.read');
  const { items, total } = await findEntries(database.db, f, sort, { limit: pageSize, offset: (page - 1) * pageSize });
  return { items: items.map((r) => presentEntry(r, actor)), total };
}

export async function getEntry(database: Database, ctx: RequestContext, id: number) {
  const actor = requireActor(ctx);
  cataloguePolicy.assert(actor, 'catalogue.read');
  const row = await findEntryById(database.db, id);
  if (!row) throw new AppError('NOT_FOUND', { entity: 'catalogue_entry', id });
  return presentEntry(row, actor);
}

export type SignBody = {
  version: number;
  signedOn?: string;
  agreedWan?: Amount;
  companyId?: number | null;
};

/**
 * Signs an entry into a project, in one transaction: the project (through the projects
 * service: its checks, history and audit), its source event, the entry marked signed, audited.
 * A second signing answers 409 CATALOGUE_ALREADY_SIGNED with the project it became.
 */
export async function signEntry(database: Database, ctx: RequestContext, id: number, body: SignBody) {
  const actor = requireActor(ctx);
  cataloguePolicy.assert(actor, 'catalogue.sign');
  const issues: Issue[] = [];
  const agreed = wanOf(body.agreedWan, 'agreedWan', issues);
  if (issues.length) throw invalid(issues);
  return database.db.transaction(async (tx) => {
    const entry = await findEntryById(tx, id, { forUpdate: true });
    if (!entry) throw new AppError('NOT_FOUND', { entity: 'catalogue_entry', id });
    if (!mayOn(actor, 'catalogue.sign', { hostUnitId: entry.host_unit_id }))
      throw new AppError('FORBIDDEN', { permission: 'catalogue.sign' });
    if (entry.status === 'signed') throw new AppError('CATALOGUE_ALREADY_SIGNED', { id, projectId: entry.project_id });
    if (entry.version !== body.version) throw new AppError('CONFLICT_VERSION', { current: { version: entry.version } });
    const { id: projectId } = await createProjectIn(tx, ctx, {
      name: entry.name_zh,
      companyId: body.companyId ?? null,
      hostUnitId: entry.host_unit_id,
      chain: entry.chain,
      // The entry's chain on the map (picked, or attached from its name) becomes the project's.
      chainId: entry.chain_id,
      segmentId: entry.segment_id,
      fitsPositioning: false,
      fitsReason: null,
      agreedYuan: wanToYuan(agreed ?? entry.investment_wan ?? '0'),
      investedYuan: 0n,
      foreignUsdWan: null,
      investorType: null,
      expectedJobs: null,
      expectedTaxWan: null,
      status: 'active',
      statusReason: null,
      registeredUscc: null,
      expansionOf: null,
      filingId: null,
      notes: entry.name_en,
      sourceUnitIds: [entry.host_unit_id],
      stages: { signed: body.signedOn ?? shanghaiDate() },
    });
    if (entry.source_event_id) await setProjectEvent(tx, projectId, entry.source_event_id);
    await markSigned(tx, id, projectId);
    await recordAudit(tx, ctx, {
      action: 'catalogue.sign',
      entityType: 'catalogue_entry',
      entityId: id,
      before: { status: entry.status },
      after: { status: 'signed', projectId },
    });
    return { id, projectId, version: entry.version + 1 };
  });
}

// The public export for fairs: both languages side by side.

type Presented = ReturnType<typeof presentEntry>;
const money = (v: string | null) => (v === null ? null : formatMoney(v));

const exportColumns = (lang: Lang): ExportColumn<Presented & { no: number }>[] => [
  { header: '序号 No.', width: 8, value: (e) => e.no },
  { header: '项目名称', width: 32, value: (e) => e.nameZh },
  { header: 'Project', width: 40, value: (e) => e.nameEn },
  { header: '产业链 Industry chain', width: 18, value: (e) => e.chain },
  { header: '总投资（万元）Investment (10k yuan)', width: 18, value: (e) => e.investmentWan },
  { header: '用地（亩）Land (mu)', width: 14, value: (e) => e.landMu },
  { header: '承载单位 Host', width: 20, value: (e) => e.hostUnit.name },
  { header: '联系方式 Contact', width: 24, value: (e) => e.contact },
  { header: '项目简介', width: 50, value: (e) => e.descriptionZh },
  { header: 'Description', width: 60, value: (e) => e.descriptionEn },
  { header: '状态 Status', width: 12, value: (e) => translate(lang, `label.catalogueStatus.${e.status}`) },
];

/** The entries to show investors: signed ones left out unless asked for by status. */
async function publicEntries(database: Database, ctx: RequestContext, f: EntryFilter) {
  const { items } = await listEntries(database, ctx, f, { by: 'name', desc: false }, 1, 100_000);
  return (f.status ? items : items.filter((e) => e.status !== 'signed')).map((e, i) => ({ ...e, no: i + 1 }));
}

/** The catalogue as a bilingual A4 document (landscape): title in both languages, a table, one row per entry. */
export function catalogueHtml(entries: (Presented & { no: number })[]): string {
  const e = escapeHtml;
  const both = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    `${e(translate('zh', key, params))}<br><span class="en">${e(translate('en', key, params))}</span>`;
  const cols = ['no', 'name', 'chain', 'investment', 'land', 'host', 'contact', 'description'] as const;
  const rows = entries
    .map(
      (x) => `<tr><td>${x.no}</td><td><b>${e(x.nameZh)}</b><br><span class="en">${e(x.nameEn ?? '')}</span></td>
      <td>${e(x.chain ?? '')}</td><td class="n">${e(money(x.investmentWan) ?? '—')}</td><td class="n">${e(x.landMu ?? '—')}</td>
      <td>${e(x.hostUnit.name)}</td><td>${e(x.contact ?? '')}</td>
      <td>${e(x.descriptionZh ?? '')}<br><span class="en">${e(x.descriptionEn ?? '')}</span></td></tr>`,
    )
    .join('');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  @page { size: A4 landscape; margin: 15mm 12mm; }
  body { font-family: 'Noto Serif CJK SC', 'Noto Sans CJK SC', serif; font-size: 10pt; color: #000; }
  h1 { text-align: center; color: #c00; font-size: 20pt; margin: 0 0 4pt; }
  h1 .en, p.sub .en { display: block; font-size: 12pt; color: #333; }
  p.sub { text-align: center; margin: 0 0 10pt; }
  table { width: 100%; border-collapse: collapse; }
  th, td { border: 0.5pt solid #000; padding: 3pt 4pt; vertical-align: top; }
  th { background: #eee; font-size: 9pt; }
  td.n { text-align: right; white-space: nowrap; }
  .en { color: #333; font-size: 8.5pt; }
  tr { page-break-inside: avoid; }
  </style></head><body>
  <h1>${both('doc.catalogue.title')}</h1>
  <p class="sub">${both('doc.catalogue.subtitle', { count: entries.length })}</p>
  <table><thead><tr>${cols.map((c) => `<th>${both(`doc.catalogue.col.${c}`)}</th>`).join('')}</tr></thead>
  <tbody>${rows}</tbody></table></body></html>`;
}

/** The public catalogue as xlsx or A4 PDF, in both languages; audited. */
export async function exportCatalogue(
  database: Database,
  ctx: RequestContext,
  f: EntryFilter,
  format: 'xlsx' | 'pdf',
): Promise<{ file: Buffer; rows: number }> {
  const entries = await publicEntries(database, ctx, f);
  const file =
    format === 'pdf'
      ? await htmlToPdf(catalogueHtml(entries))
      : await writeTable(translate(ctx.lang, 'export.catalogue.sheet'), exportColumns(ctx.lang), entries);
  await database.db.transaction((tx) =>
    recordAudit(tx, ctx, {
      action: 'catalogue.export',
      entityType: 'catalogue_entry',
      after: { filter: f, format, rows: entries.length },
    }),
  );
  return { file, rows: entries.length };
}
