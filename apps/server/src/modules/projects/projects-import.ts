import { createHash } from 'node:crypto';
import {
  AMOUNT_PROBLEM_LABELS,
  checkStageDates,
  checkUscc,
  INVESTOR_TYPE_LABELS,
  INVESTOR_TYPES,
  type InvestorType,
  isCalendarDate,
  normaliseUscc,
  PROJECT_STAGES,
  PROJECT_STATUS_LABELS,
  type ProjectStage,
  type ProjectStatus,
  parseWan,
  shanghaiDate,
  USCC_PROBLEM_LABELS,
  wanToYuan,
  yuanToWan,
} from '@zhaoshang/shared';
import { normaliseCompanyName } from '@zhaoshang/shared/company-name';
import { sql } from 'drizzle-orm';
import { type Database, queryRows, type Tx } from '../../db/client.ts';
import type { RequestContext } from '../../http/context.ts';
import { type ColumnSpec, mapColumns, type Table } from '../../spreadsheet/read-table.ts';
import { type ExportColumn, writeTable } from '../../spreadsheet/write-table.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findImportedCompanies, insertImportedCompanies } from '../companies/companies.repository.ts';
import type { ImportReport, RowError } from '../companies/companies-import.ts';
import { rejudgeTracks } from '../major-projects/major-projects.repository.ts';
import { canEditProject, projectsPolicy } from './projects.policy.ts';
import { findAllProjects, findMajorThreshold, type ProjectFilter, type ProjectRow } from './projects.repository.ts';
import { trimDecimal } from './projects.service.ts';

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
  opts: { dryRun: boolean; fileName: string; fileBytes?: Buffer },
): Promise<ImportReport> {
  if (ctx.actor) projectsPolicy.assert(ctx.actor, 'project.create');
  const errors: RowError[] = [];
  const { columns, errors: headerErrors } = mapColumns(table, PROJECT_COLUMNS);
  errors.push(...headerErrors);
  const empty: ImportReport = {
    dryRun: opts.dryRun,
    rows: table.rows.length,
    created: 0,
    updated: 0,
    unchanged: 0,
    errors,
  };
  if (errors.length) return empty;
  const units = new Map(
    (await queryRows<{ id: number; name: string }>(database.db, sql`select id, name from units where active`)).map(
      (u) => [u.name, u.id],
    ),
  );
  const label = (f: Field) => columns.get(f) ?? PROJECT_COLUMNS.find((c) => c.key === f)!.zh;
  const today = shanghaiDate();
  const rows: Row[] = [];
  const seen = new Map<string, number>();
  for (const { rowNumber: row, cells } of table.rows) {
    const get = (f: Field) => (columns.has(f) ? (cells[columns.get(f)!] ?? '').trim() : '');
    const fail = (f: Field, reason: string) => errors.push({ row, column: label(f), reason });
    const before = errors.length;
    const name = get('name');
    if (!name) fail('name', '项目名称不能为空');
    else if ([...name].length > 200) fail('name', '项目名称超过 200 个字符');
    const investor = get('investor') || null;
    const normalised = investor ? normaliseCompanyName(investor) : null;
    const rawUscc = get('uscc');
    if (rawUscc && !investor) fail('uscc', '填写了统一社会信用代码，但未填写投资方名称');
    const usccProblem = rawUscc ? checkUscc(rawUscc) : null;
    if (usccProblem) fail('uscc', USCC_PROBLEM_LABELS[usccProblem].zh);
    const hostName = get('host');
    const hostId = units.get(hostName);
    if (!hostId) fail('host', hostName ? `找不到单位“${hostName}”（须与单位管理中的名称一致）` : '承载地不能为空');
    const sourceIds: number[] = [];
    for (const s of get('sources')
      .split(/[、;；,，]/)
      .map((x) => x.trim())
      .filter(Boolean)) {
      const id = units.get(s);
      if (!id) fail('sources', `找不到单位“${s}”（须与单位管理中的名称一致，多个单位用“、”或“;”分隔）`);
      else if (sourceIds.includes(id)) fail('sources', `招引单位“${s}”重复`);
      else sourceIds.push(id);
    }
    if (ctx.actor && hostId && !canEditProject(ctx.actor, { hostUnitId: hostId, sourceUnitIds: sourceIds })) {
      fail('host', '只能导入本单位作为承载地或招引单位的项目');
    }
    const fitsRaw = get('fits').toLowerCase();
    if (!YES.has(fitsRaw) && !NO.has(fitsRaw)) fail('fits', `“${get('fits')}”应为“是”或“否”`);
    const agreedRaw = get('agreed');
    const agreed = agreedRaw ? parseWan(agreedRaw) : { value: '0' };
    if ('problem' in agreed) fail('agreed', AMOUNT_PROBLEM_LABELS[agreed.problem].zh);
    const foreignRaw = get('foreign');
    const foreign = foreignRaw ? parseWan(foreignRaw) : null;
    if (foreign && 'problem' in foreign)
      fail('foreign', AMOUNT_PROBLEM_LABELS[foreign.problem].zh.replace('万元', '万美元'));
    const typeRaw = get('investorType');
    const investorType = typeRaw ? (INVESTOR_TYPE_BY_LABEL.get(typeRaw.toLowerCase()) ?? null) : null;
    if (typeRaw && !investorType)
      fail(
        'investorType',
        `“${typeRaw}”不是有效的投资方类型，可填：${INVESTOR_TYPES.map((t) => INVESTOR_TYPE_LABELS[t].zh).join('、')}`,
      );
    const stages = {} as Record<ProjectStage, string | null>;
    let datesOk = true;
    for (const s of PROJECT_STAGES) {
      const d = get(s);
      if (d && !isCalendarDate(d)) {
        fail(s, `“${d}”不是有效日期（格式 YYYY-MM-DD）`);
        datesOk = false;
      }
      stages[s] = d || null;
    }
    if (datesOk) for (const p of checkStageDates(stages, today)) fail(p.stage, p.message);
    const statusRaw = get('status');
    const status = statusRaw ? STATUS_BY_LABEL[statusRaw.toLowerCase()] : 'active';
    if (!status) fail('status', `“${statusRaw}”不是有效的状态，可填：在建、停滞、终止`);
    const notes = get('notes') || null;
    if (status === 'terminated' && !notes) fail('notes', '状态为“终止”的项目须在备注中写明终止原因');
    if (errors.length > before) continue;
    const key = `${name}|${normalised ?? ''}|${stages.signed ?? ''}`;
    if (seen.has(key)) {
      errors.push({
        row,
        column: label('name'),
        reason: `与第 ${seen.get(key)} 行是同一项目（项目名称、投资方和签约日期相同）`,
      });
      continue;
    }
    seen.set(key, row);
    rows.push({
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
    });
  }
  if (errors.length) return { ...empty, errors: errors.sort((a, b) => a.row - b.row) };

  const plan = async (tx: Tx) => {
    const found = await findImportedCompanies(tx, rows.filter((r) => r.normalised) as (Row & { normalised: string })[]);
    const companyOf = (r: Row) => (r.normalised ? (found({ normalised: r.normalised, uscc: r.uscc }) ?? null) : null);
    const existing = await queryRows<{
      k: number;
      id: number;
      chain: string | null;
      fits_positioning: boolean;
      agreed_yuan: string;
      foreign_usd_wan: string | null;
      investor_type: string | null;
      stages: (string | null)[];
      status: string;
      notes: string | null;
      host_unit_id: number;
      sources: number[];
    }>(
      tx,
      sql`select k.k, p.id, p.chain, p.fits_positioning, p.agreed_yuan::text as agreed_yuan, p.foreign_usd_wan::text as foreign_usd_wan, p.investor_type,
            array[p.signed_on::text, p.contracted_on::text, p.registered_on::text, p.ready_on::text, p.started_on::text, p.completed_on::text, p.producing_on::text] as stages,
            p.status, p.notes, p.host_unit_id,
            coalesce((select array_agg(s.unit_id) from project_sources s where s.project_id = p.id), '{}') as sources
          from unnest(${sql.param(rows.map((_, i) => i))}::int[], ${sql.param(rows.map((r) => r.name))}::text[],
                      ${sql.param(rows.map((r) => companyOf(r) ?? 0))}::int[], ${sql.param(rows.map((r) => r.stages.signed ?? '0001-01-01'))}::date[]) as k(k, name, company_id, signed_on)
          join projects p on p.name = k.name and coalesce(p.company_id, 0) = k.company_id and coalesce(p.signed_on, '0001-01-01'::date) = k.signed_on`,
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
    const periods = await queryRows<{ year: number; issue_number: number; period_from: string; period_to: string }>(
      tx,
      sql`select year, issue_number, period_from, period_to from bulletins where status = 'published'`,
    );
    const corrections: RowError[] = [];
    for (const c of changed) {
      const hit = periods.find((p) => c.touched.some((d) => d >= p.period_from && d <= p.period_to));
      if (hit)
        corrections.push({
          row: rows[c.i]!.row,
          column: label('signed'),
          reason: `${hit.year}年第${hit.issue_number}期通报已发布，其统计期内的阶段日期不能通过导入修改，请在项目页面填写更正原因后修改`,
        });
    }
    return { companyOf, existingOf, changed, unchanged, created: rows.length - existing.length, corrections };
  };

  if (opts.dryRun) {
    const p = await plan(database.db);
    if (p.corrections.length) return { ...empty, errors: p.corrections };
    return { ...empty, created: p.created, updated: p.changed.length, unchanged: p.unchanged };
  }
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`lock table companies in share row exclusive mode`);
    await tx.execute(sql`lock table projects in share row exclusive mode`);
    const p = await plan(tx);
    if (p.corrections.length) return { ...empty, errors: p.corrections };
    const added = await insertImportedCompanies(
      tx,
      rows
        .filter((r) => r.normalised && !p.companyOf(r))
        .map((r) => ({ name: r.investor!, normalised: r.normalised!, uscc: r.uscc, investorType: r.investorType })),
    );
    const companyId = (r: Row) => p.companyOf(r) ?? (r.normalised ? (added.get(r.normalised) ?? null) : null);
    const col = <T>(list: Row[], f: (r: Row) => T) => sql.param(list.map(f));
    const creates = rows.filter((_, i) => !p.existingOf.has(i));
    const userId = ctx.actor?.userId ?? null;
    const unnestOf = (list: Row[], ids?: number[]) => sql`unnest(
        ${ids ? sql`${sql.param(ids)}::int[],` : sql``}
        ${col(list, (r) => r.name)}::text[], ${col(list, (r) => companyId(r))}::int[], ${col(list, (r) => r.hostId)}::int[], ${col(list, (r) => r.chain)}::text[],
        ${col(list, (r) => r.fits)}::boolean[], ${col(list, (r) => r.agreedYuan.toString())}::bigint[], ${col(list, (r) => r.foreign)}::numeric[],
        ${col(list, (r) => r.investorType)}::text[], ${col(list, (r) => r.status)}::text[], ${col(list, (r) => (r.status === 'active' ? null : (r.notes ?? '')))}::text[],
        ${sql.join(
          PROJECT_STAGES.map((s) => sql`${col(list, (r) => r.stages[s])}::date[]`),
          sql`, `,
        )}, ${col(list, (r) => r.notes)}::text[],
        ${col(list, (r) => `{${[...new Set(r.sourceIds)].sort((a, b) => a - b).join(',')}}`)}::text[])`;
    const columns = [
      'name',
      'company_id',
      'host_unit_id',
      'chain',
      'fits_positioning',
      'agreed_yuan',
      'foreign_usd_wan',
      'investor_type',
      'status',
      'status_reason',
      ...PROJECT_STAGES.map((s) => `${s}_on`),
      'notes',
    ];
    const names = sql.raw(columns.join(', '));
    // The sourcing units go on the row with it (sorted, as project_sources' trigger writes them), so
    // that trigger finds nothing to change when the links follow: every row is written once.
    const createdIds = creates.length
      ? (
          await queryRows<{ id: number }>(
            tx,
            sql`insert into projects (${names}, source_unit_ids, created_by)
                select ${sql.raw(columns.map((c) => `k.${c}`).join(', '))}, k.sources::int[], ${userId}::int from ${unnestOf(creates)} as k(${names}, sources) returning id`,
          )
        ).map((r) => r.id)
      : [];
    const updates = p.changed.map((c) => rows[c.i]!);
    const updateIds = p.changed.map((c) => c.id);
    if (updates.length) {
      await tx.execute(sql`
        update projects p set host_unit_id = k.host_unit_id, chain = k.chain, fits_positioning = k.fits_positioning, agreed_yuan = k.agreed_yuan,
          foreign_usd_wan = k.foreign_usd_wan, investor_type = k.investor_type, status = k.status, status_reason = k.status_reason,
          ${sql.join(
            PROJECT_STAGES.map((s) => sql.raw(`${s}_on = k.${s}_on`)),
            sql`, `,
          )}, notes = k.notes, source_unit_ids = k.sources::int[],
          version = p.version + 1, updated_at = now()
        from ${unnestOf(updates, updateIds)} as k(id, ${names}, sources) where p.id = k.id`);
    }
    const touchedIds = [...createdIds, ...updateIds];
    if (touchedIds.length) await rejudgeTracks(tx, touchedIds);
    const touchedRows = [...creates, ...updates];
    if (touchedIds.length) {
      await tx.execute(sql`delete from project_sources where project_id = any(${sql.param(updateIds)}::int[])`);
      const pairs = touchedRows.flatMap((r, i) => r.sourceIds.map((u) => [touchedIds[i]!, u] as const));
      if (pairs.length) {
        await tx.execute(
          sql`insert into project_sources (project_id, unit_id) select * from unnest(${sql.param(pairs.map((x) => x[0]))}::int[], ${sql.param(pairs.map((x) => x[1]))}::int[])`,
        );
      }
      await tx.execute(sql`
        insert into project_history (project_id, kind, changes, user_id, user_name)
        select k.id, 'import', jsonb_build_object('file', ${opts.fileName}::text, 'row', k.row), ${userId}::int, ${ctx.actor?.displayName ?? ctx.systemName ?? null}::text
        from unnest(${sql.param(touchedIds)}::int[], ${sql.param(touchedRows.map((r) => r.row))}::int[]) as k(id, row)`);
    }
    await recordAudit(tx, ctx, {
      action: 'project.import',
      entityType: 'project',
      after: {
        file: opts.fileName,
        sha256: opts.fileBytes ? createHash('sha256').update(opts.fileBytes).digest('hex') : null,
        rows: rows.length,
        created: createdIds.length,
        updated: updateIds.length,
        unchanged: p.unchanged,
        companiesAdded: added.size,
      },
    });
    return { ...empty, created: createdIds.length, updated: updateIds.length, unchanged: p.unchanged };
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
