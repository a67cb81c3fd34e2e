import {
  amountProblemMessage,
  checkStageDates,
  checkUscc,
  INVESTOR_TYPE_LABELS,
  INVESTOR_TYPES,
  type InvestorType,
  isCalendarDate,
  msg,
  normaliseUscc,
  PROJECT_STAGES,
  PROJECT_STATUS_LABELS,
  type ProjectStage,
  type ProjectStatus,
  parseWan,
  shanghaiDate,
  wanToYuan,
  yuanToWan,
} from '@zhaoshang/shared';
import { normaliseCompanyName } from '@zhaoshang/shared/company-name';
import type { Database, Tx } from '../../db/client.ts';
import type { RequestContext } from '../../http/context.ts';
import type { ColumnSpec, Table } from '../../spreadsheet/read-table.ts';
import type { RowProblem } from '../../spreadsheet/row-problems.ts';
import { type ImportOptions, type ImportReport, startImport } from '../../spreadsheet/start-import.ts';
import { type ExportColumn, writeTable } from '../../spreadsheet/write-table.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findPublishedPeriods } from '../bulletins/bulletins.repository.ts';
import { findImportedCompanies, insertImportedCompanies } from '../companies/companies.repository.ts';
import { lockCompaniesTable } from '../companies/companies-import.repository.ts';
import { rejudgeTracks } from '../major-projects/major-projects.repository.ts';
import { findActiveUnitNames } from '../org/units.repository.ts';
import { evaluateProjectsGate } from '../quality-gate/quality-gate.service.ts';
import { canEditProject, projectsPolicy } from './projects.policy.ts';
import { findAllProjects, findMajorThreshold, type ProjectFilter, type ProjectRow } from './projects.repository.ts';
import { trimDecimal } from './projects.service.ts';
import {
  findProjectsByImportKeys,
  insertImportHistory,
  insertProjectsBulk,
  lockProjectsTable,
  type ProjectImportValues,
  replaceImportedSources,
  updateProjectsBulk,
} from './projects-import.repository.ts';

type Field =
  | 'name'
  | 'investor'
  | 'uscc'
  | 'sources'
  | 'host'
  | 'chain'
  | 'fits'
  | 'agreed'
  | 'foreign'
  | 'investorType'
  | ProjectStage
  | 'status'
  | 'notes';

const STAGE_HEADERS: Record<ProjectStage, [string, string[]]> = {
  signed: ['签约日期', ['signed', 'signed on', 'signing date']],
  contracted: ['合同日期', ['contracted', 'contracted on', 'contract date']],
  registered: ['注册日期', ['registered', 'registered on', 'registration date']],
  ready: ['达到开工条件日期', ['ready', 'ready on', 'ready to start']],
  started: ['开工日期', ['started', 'started on', 'start date']],
  completed: ['竣工日期', ['completed', 'completed on', 'completion date']],
  producing: ['投产日期', ['producing', 'producing on', 'in production']],
};

/** The project import columns of contract.md, in their order (the export writes the same). */
export const PROJECT_COLUMNS: ColumnSpec<Field>[] = [
  { key: 'name', zh: '项目名称', aliases: ['name', 'project name', 'project'], required: true },
  { key: 'investor', zh: '投资方', aliases: ['investor', 'investor company', 'company'] },
  { key: 'uscc', zh: '统一社会信用代码', aliases: ['uscc', 'credit code'] },
  { key: 'sources', zh: '招引单位', aliases: ['sourcing units', 'sourcing unit', 'sources'] },
  { key: 'host', zh: '承载地', aliases: ['host unit', 'host'], required: true },
  { key: 'chain', zh: '产业链', aliases: ['chain', 'industry chain'] },
  { key: 'fits', zh: '符合产业定位', aliases: ['fits positioning', 'fits'] },
  { key: 'agreed', zh: '协议投资(万元)', aliases: ['协议投资', 'agreed investment', 'agreed'] },
  { key: 'foreign', zh: '外资(万美元)', aliases: ['外资', 'foreign investment', 'foreign'] },
  { key: 'investorType', zh: '投资方类型', aliases: ['investor type'] },
  ...PROJECT_STAGES.map((s) => ({ key: s as Field, zh: STAGE_HEADERS[s][0], aliases: STAGE_HEADERS[s][1] })),
  { key: 'status', zh: '状态', aliases: ['status'] },
  { key: 'notes', zh: '备注', aliases: ['notes', 'note', '说明'] },
];

const INVESTOR_TYPE_BY_LABEL = new Map<string, InvestorType>(
  INVESTOR_TYPES.flatMap(
    (t) =>
      [
        [t, t],
        [INVESTOR_TYPE_LABELS[t].zh, t],
        [INVESTOR_TYPE_LABELS[t].en.toLowerCase(), t],
      ] as [string, InvestorType][],
  ),
);
const STATUS_BY_LABEL: Record<string, ProjectStatus> = {
  在建: 'active',
  正常: 'active',
  active: 'active',
  停滞: 'stalled',
  停建: 'stalled',
  stalled: 'stalled',
  终止: 'terminated',
  terminated: 'terminated',
};
const YES = new Set(['是', 'y', 'yes', 'true', '1', '符合']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '不符合', '']);

type Row = {
  row: number;
  name: string;
  investor: string | null;
  normalised: string | null;
  uscc: string | null;
  sourceIds: number[];
  hostId: number;
  chain: string | null;
  fits: boolean;
  agreedYuan: bigint;
  foreign: string | null;
  investorType: InvestorType | null;
  stages: Record<ProjectStage, string | null>;
  status: ProjectStatus;
  notes: string | null;
};

/** One line per stored project, to tell an unchanged re-import from an update. */
function signature(r: {
  chain: string | null;
  fits: boolean;
  agreed: string;
  foreign: string | null;
  investorType: string | null;
  stages: (string | null)[];
  status: string;
  notes: string | null;
  host: number;
  sources: number[];
}): string {
  return JSON.stringify([
    r.chain,
    r.fits,
    r.agreed,
    r.foreign === null ? null : trimDecimal(r.foreign),
    r.investorType,
    r.stages,
    r.status,
    r.notes,
    r.host,
    [...r.sources].sort((a, b) => a - b),
  ]);
}

/**
 * Imports a project list (a county's ledger, last year's spreadsheet): every bad row is listed
 * and then nothing is written. A project is keyed by name, investor and signing date, so a
 * re-import updates it (or leaves it, when nothing changed). Investors the registry lacks are
 * added to it. A stage date inside a published bulletin's period is not changed by an import:
 * that is a correction, made on the project page with its reason.
 */
export async function importProjects(
  database: Database,
  ctx: RequestContext,
  table: Table,
  opts: ImportOptions,
): Promise<ImportReport> {
  if (ctx.actor) projectsPolicy.assert(ctx.actor, 'project.create');
  const run = startImport(ctx, table, PROJECT_COLUMNS, opts);
  if (run.headersFailed) return run.report();
  const errors = run.problems;
  const label = run.label;
  const units = new Map((await findActiveUnitNames(database.db)).map((u) => [u.name, u.id]));
  const today = shanghaiDate();
  const seen = new Map<string, number>();
  const rows: Row[] = run.readRows(({ row, get, fail }) => {
    const before = errors.length;
    const name = get('name');
    if (!name) fail('name', msg('import.projectNameRequired'));
    else if ([...name].length > 200) fail('name', msg('import.projectNameTooLong'));
    const investor = get('investor') || null;
    const normalised = investor ? normaliseCompanyName(investor) : null;
    const rawUscc = get('uscc');
    if (rawUscc && !investor) fail('uscc', msg('import.usccWithoutInvestor'));
    const usccProblem = rawUscc ? checkUscc(rawUscc) : null;
    if (usccProblem) fail('uscc', msg(`label.usccProblem.${usccProblem}`));
    const hostName = get('host');
    const hostId = units.get(hostName);
    if (!hostId) fail('host', hostName ? msg('import.unitNotFound', { name: hostName }) : msg('import.hostRequired'));
    const sourceIds: number[] = [];
    for (const s of get('sources')
      .split(/[、;；,，]/)
      .map((x) => x.trim())
      .filter(Boolean)) {
      const id = units.get(s);
      if (!id) fail('sources', msg('import.sourceNotFound', { name: s }));
      else if (sourceIds.includes(id)) fail('sources', msg('import.sourceTwice', { name: s }));
      else sourceIds.push(id);
    }
    if (ctx.actor && hostId && !canEditProject(ctx.actor, { hostUnitId: hostId, sourceUnitIds: sourceIds })) {
      fail('host', msg('import.ownProjectsOnly'));
    }
    const fitsRaw = get('fits').toLowerCase();
    if (!YES.has(fitsRaw) && !NO.has(fitsRaw)) fail('fits', msg('import.yesNo', { value: get('fits') }));
    const agreedRaw = get('agreed');
    const agreed = agreedRaw ? parseWan(agreedRaw) : { value: '0' };
    if ('problem' in agreed) fail('agreed', amountProblemMessage(agreed.problem));
    const foreignRaw = get('foreign');
    const foreign = foreignRaw ? parseWan(foreignRaw) : null;
    if (foreign && 'problem' in foreign) fail('foreign', amountProblemMessage(foreign.problem, 'wanUsd'));
    const typeRaw = get('investorType');
    const investorType = typeRaw ? (INVESTOR_TYPE_BY_LABEL.get(typeRaw.toLowerCase()) ?? null) : null;
    if (typeRaw && !investorType)
      fail(
        'investorType',
        msg('import.investorType', {
          value: typeRaw,
          types: INVESTOR_TYPES.map((t) => msg(`label.investorType.${t}`)),
        }),
      );
    const stages = {} as Record<ProjectStage, string | null>;
    let datesOk = true;
    for (const s of PROJECT_STAGES) {
      const d = get(s);
      if (d && !isCalendarDate(d)) {
        fail(s, msg('import.dateInvalid', { value: d }));
        datesOk = false;
      }
      stages[s] = d || null;
    }
    if (datesOk) for (const p of checkStageDates(stages, today)) fail(p.stage, p.message);
    const statusRaw = get('status');
    const status = statusRaw ? STATUS_BY_LABEL[statusRaw.toLowerCase()] : 'active';
    if (!status) fail('status', msg('import.status', { value: statusRaw }));
    const notes = get('notes') || null;
    if (status === 'terminated' && !notes) fail('notes', msg('import.terminatedNotes'));
    if (errors.length > before) return;
    const key = `${name}|${normalised ?? ''}|${stages.signed ?? ''}`;
    if (seen.has(key)) {
      errors.push({
        row,
        column: label('name'),
        reason: msg('import.sameProjectRow', { row: seen.get(key)! }),
      });
      return;
    }
    seen.set(key, row);
    return {
      row,
      name,
      investor,
      normalised,
      uscc: rawUscc ? normaliseUscc(rawUscc) : null,
      sourceIds,
      hostId: hostId!,
      chain: get('chain') || null,
      fits: YES.has(fitsRaw),
      agreedYuan: wanToYuan((agreed as { value: string }).value),
      foreign: foreign && 'value' in foreign ? foreign.value : null,
      investorType,
      stages,
      status: status!,
      notes,
    };
  });
  if (errors.length) return run.report();

  const plan = async (tx: Tx) => {
    const found = await findImportedCompanies(tx, rows.filter((r) => r.normalised) as (Row & { normalised: string })[]);
    const companyOf = (r: Row) => (r.normalised ? (found({ normalised: r.normalised, uscc: r.uscc }) ?? null) : null);
    const existing = await findProjectsByImportKeys(
      tx,
      rows.map((r) => ({ name: r.name, companyId: companyOf(r) ?? 0, signedOn: r.stages.signed ?? '0001-01-01' })),
    );
    const existingOf = new Map(existing.map((e) => [e.k, e]));
    const changed: { i: number; id: number; touched: string[] }[] = [];
    let unchanged = 0;
    rows.forEach((r, i) => {
      const e = existingOf.get(i);
      if (!e) return;
      const now = signature({
        chain: r.chain,
        fits: r.fits,
        agreed: r.agreedYuan.toString(),
        foreign: r.foreign,
        investorType: r.investorType,
        stages: PROJECT_STAGES.map((s) => r.stages[s]),
        status: r.status,
        notes: r.notes,
        host: r.hostId,
        sources: r.sourceIds,
      });
      const was = signature({
        chain: e.chain,
        fits: e.fits_positioning,
        agreed: e.agreed_yuan,
        foreign: e.foreign_usd_wan,
        investorType: e.investor_type,
        stages: e.stages,
        status: e.status,
        notes: e.notes,
        host: e.host_unit_id,
        sources: e.sources,
      });
      if (now === was) {
        unchanged++;
        return;
      }
      const touched = PROJECT_STAGES.flatMap((s, j) =>
        e.stages[j] !== r.stages[s] ? [e.stages[j], r.stages[s]] : [],
      ).filter((d): d is string => !!d);
      changed.push({ i, id: e.id, touched });
    });
    // A stage date inside a published bulletin's period is a correction: it needs a reason, given on the project page.
    const periods = await findPublishedPeriods(tx);
    const corrections: RowProblem[] = [];
    for (const c of changed) {
      const hit = periods.find((p) => c.touched.some((d) => d >= p.period_from && d <= p.period_to));
      if (hit)
        corrections.push({
          row: rows[c.i]!.row,
          column: label('signed'),
          reason: msg('import.publishedPeriod', { year: hit.year, issue: hit.issue_number }),
        });
    }
    return { companyOf, existingOf, changed, unchanged, created: rows.length - existing.length, corrections };
  };

  if (opts.dryRun) {
    const p = await plan(database.db);
    if (p.corrections.length) {
      errors.push(...p.corrections);
      return run.report();
    }
    return run.report({ created: p.created, updated: p.changed.length, unchanged: p.unchanged });
  }
  return database.db.transaction(async (tx) => {
    await lockCompaniesTable(tx);
    await lockProjectsTable(tx);
    const p = await plan(tx);
    if (p.corrections.length) {
      errors.push(...p.corrections);
      return run.report();
    }
    const added = await insertImportedCompanies(
      tx,
      rows
        .filter((r) => r.normalised && !p.companyOf(r))
        .map((r) => ({ name: r.investor!, normalised: r.normalised!, uscc: r.uscc, investorType: r.investorType })),
    );
    const companyId = (r: Row) => p.companyOf(r) ?? (r.normalised ? (added.get(r.normalised) ?? null) : null);
    const values = (r: Row): ProjectImportValues => ({
      ...r,
      companyId: companyId(r),
      statusReason: r.status === 'active' ? null : (r.notes ?? ''),
    });
    const creates = rows.filter((_, i) => !p.existingOf.has(i));
    const userId = ctx.actor?.userId ?? null;
    const createdIds = await insertProjectsBulk(tx, creates.map(values), userId);
    const updates = p.changed.map((c) => rows[c.i]!);
    const updateIds = p.changed.map((c) => c.id);
    if (updates.length) await updateProjectsBulk(tx, updates.map(values), updateIds);
    const touchedIds = [...createdIds, ...updateIds];
    if (touchedIds.length) await rejudgeTracks(tx, touchedIds);
    const touchedRows = [...creates, ...updates];
    if (touchedIds.length) {
      const pairs = touchedRows.flatMap((r, i) => r.sourceIds.map((u) => [touchedIds[i]!, u] as const));
      await replaceImportedSources(tx, updateIds, pairs);
      await insertImportHistory(
        tx,
        touchedIds.map((id, i) => ({ id, row: touchedRows[i]!.row })),
        opts.fileName,
        { id: userId, name: ctx.actor?.displayName ?? ctx.systemName ?? null },
      );
      await evaluateProjectsGate(tx, { id: userId, name: ctx.actor?.displayName ?? ctx.systemName ?? '' }, touchedIds);
    }
    await recordAudit(tx, ctx, {
      action: 'project.import',
      entityType: 'project',
      after: {
        ...run.fileFacts(),
        rows: rows.length,
        created: createdIds.length,
        updated: updateIds.length,
        unchanged: p.unchanged,
        companiesAdded: added.size,
      },
    });
    return run.report({ created: createdIds.length, updated: updateIds.length, unchanged: p.unchanged });
  });
}

/** A number cell when the value survives a spreadsheet's floating point, else exact text. */
const exactNumber = (s: string | null) => (s === null ? null : String(Number(s)) === s ? Number(s) : s);

const EXPORT: ExportColumn<ProjectRow>[] = [
  { header: '项目名称', width: 36, value: (r) => r.name },
  { header: '投资方', width: 32, value: (r) => r.company_name },
  { header: '统一社会信用代码', width: 22, value: (r) => r.company_uscc },
  { header: '招引单位', width: 24, value: (r) => r.source_units.map((u) => u.name).join('、') },
  { header: '承载地', width: 16, value: (r) => r.host_unit_name },
  { header: '产业链', width: 16, value: (r) => r.chain },
  { header: '符合产业定位', width: 12, value: (r) => (r.fits_positioning ? '是' : '否') },
  { header: '协议投资(万元)', width: 16, value: (r) => exactNumber(yuanToWan(BigInt(r.agreed_yuan))) },
  {
    header: '外资(万美元)',
    width: 14,
    value: (r) => exactNumber(r.foreign_usd_wan === null ? null : trimDecimal(r.foreign_usd_wan)),
  },
  {
    header: '投资方类型',
    width: 12,
    value: (r) => (r.investor_type ? INVESTOR_TYPE_LABELS[r.investor_type as InvestorType].zh : null),
  },
  ...PROJECT_STAGES.map((s) => ({
    header: STAGE_HEADERS[s][0],
    width: 14,
    value: (r: ProjectRow) => r[`${s}_on` as const],
  })),
  { header: '状态', width: 8, value: (r) => PROJECT_STATUS_LABELS[r.status as ProjectStatus].zh },
  { header: '备注', width: 30, value: (r) => r.notes },
];

/** The project list as an xlsx in the import's columns, within what the asker may see. */
export async function exportProjectsFile(
  database: Database,
  ctx: RequestContext,
  f: ProjectFilter & { majorOnly?: boolean },
): Promise<{ file: Buffer; rows: number }> {
  if (ctx.actor) projectsPolicy.assert(ctx.actor, 'project.list');
  const { majorOnly, ...filter } = f;
  const scope = ctx.actor && !projectsPolicy.allows(ctx.actor, 'project.listAll') ? ctx.actor.unitId : undefined;
  const threshold = majorOnly ? await findMajorThreshold(database.db) : undefined;
  const rows = await findAllProjects(
    database.db,
    { ...filter, scopeUnitId: scope, majorThresholdYuan: threshold },
    1_000_000,
  );
  const file = await writeTable('项目', EXPORT, rows);
  await database.db.transaction((tx) =>
    recordAudit(tx, ctx, {
      action: 'project.export',
      entityType: 'project',
      after: {
        filter: JSON.parse(
          JSON.stringify({ ...filter, majorOnly }, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)),
        ),
        rows: rows.length,
      },
    }),
  );
  return { file, rows: rows.length };
}
