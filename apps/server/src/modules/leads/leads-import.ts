import {
  amountProblemMessage,
  checkUscc,
  isCalendarDate,
  mayOn,
  msg,
  normaliseUscc,
  parseWan,
  shanghaiDate,
} from '@zhaoshang/shared';
import { normaliseCompanyName } from '@zhaoshang/shared/company-name';
import type { Database } from '../../db/client.ts';
import type { RequestContext } from '../../http/context.ts';
import type { ColumnSpec, Table } from '../../spreadsheet/read-table.ts';
import { type ImportOptions, type ImportReport, startImport } from '../../spreadsheet/start-import.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findImportedCompanies, insertImportedCompanies } from '../companies/companies.repository.ts';
import { lockCompaniesTable } from '../companies/companies-import.repository.ts';
import { findActiveUnitNames } from '../org/units.repository.ts';
import { leadsPolicy } from './leads.policy.ts';
import type { LeadSource } from './leads.service.ts';
import { countExistingLeads, upsertLeadsBulk } from './leads-import.repository.ts';

type Field = 'name' | 'uscc' | 'unit' | 'chain' | 'amount' | 'source' | 'date' | 'notes';

/** The lead import columns of contract.md. */
export const LEAD_COLUMNS: ColumnSpec<Field>[] = [
  { key: 'name', zh: '企业名称', aliases: ['name', 'company name', 'company'], required: true },
  { key: 'uscc', zh: '统一社会信用代码', aliases: ['uscc', 'credit code'] },
  { key: 'unit', zh: '报送单位', aliases: ['reporting unit', 'unit'], required: true },
  { key: 'chain', zh: '产业链', aliases: ['chain', 'industry chain'] },
  { key: 'amount', zh: '预计投资(万元)', aliases: ['预计投资', 'estimated investment', 'amount'] },
  { key: 'source', zh: '线索来源', aliases: ['source'] },
  { key: 'date', zh: '报送日期', aliases: ['date', 'reported on'], required: true },
  { key: 'notes', zh: '说明', aliases: ['notes', 'note', '备注'] },
];

const SOURCES: Record<string, LeadSource> = {
  活动: 'event',
  招商活动: 'event',
  event: 'event',
  推介: 'referral',
  介绍: 'referral',
  referral: 'referral',
  上门拜访: 'visit',
  拜访: 'visit',
  visit: 'visit',
  调研: 'research',
  驻外招商局调研: 'research',
  research: 'research',
  其他: 'other',
  other: 'other',
};

type Row = {
  row: number;
  name: string;
  normalised: string;
  uscc: string | null;
  unitId: number;
  chain: string | null;
  amount: string | null;
  source: LeadSource;
  date: string;
  notes: string | null;
};

/**
 * Imports a lead list (a trade fair's guest list, a bureau's monthly report): companies the
 * registry lacks are added to it; each lead is keyed by company, reporting unit and date, so a
 * re-import updates. Every bad row is reported and then nothing is written.
 */
export async function importLeads(
  database: Database,
  ctx: RequestContext,
  table: Table,
  opts: ImportOptions,
): Promise<ImportReport> {
  if (ctx.actor) leadsPolicy.assert(ctx.actor, 'lead.report');
  const run = startImport(ctx, table, LEAD_COLUMNS, opts);
  if (run.headersFailed) return run.report();
  const errors = run.problems;
  const label = run.label;
  const units = new Map((await findActiveUnitNames(database.db)).map((u) => [u.name, u.id]));
  const today = shanghaiDate();
  const seen = new Map<string, number>();
  const rows: Row[] = run.readRows(({ row, get, fail }) => {
    const before = errors.length;
    const name = get('name');
    const normalised = normaliseCompanyName(name);
    if (!normalised) fail('name', msg('company.nameRequired'));
    else if ([...name].length > 200) fail('name', msg('company.nameTooLong'));
    const rawUscc = get('uscc');
    const usccProblem = rawUscc ? checkUscc(rawUscc) : null;
    if (usccProblem) fail('uscc', msg(`label.usccProblem.${usccProblem}`));
    const unitId = units.get(get('unit'));
    if (!unitId)
      fail(
        'unit',
        get('unit') ? msg('import.unitNotFound', { name: get('unit') }) : msg('import.reportingUnitRequired'),
      );
    else if (ctx.actor && !mayOn(ctx.actor, 'lead.importForUnit', { unitId })) fail('unit', msg('import.ownUnitOnly'));
    const rawAmount = get('amount');
    const amount = rawAmount ? parseWan(rawAmount) : null;
    if (amount && 'problem' in amount) fail('amount', amountProblemMessage(amount.problem));
    const source = SOURCES[get('source').toLowerCase() || 'other'];
    if (!source) fail('source', msg('import.leadSource', { value: get('source') }));
    const date = get('date');
    if (!isCalendarDate(date))
      fail('date', date ? msg('import.dateInvalid', { value: date }) : msg('import.reportedOnRequired'));
    else if (date > today) fail('date', msg('lead.reportedOnFuture'));
    if (errors.length > before) return;
    const key = `${normalised}|${unitId}|${date}`;
    if (seen.has(key)) {
      errors.push({ row, column: label('name'), reason: msg('import.sameLeadRow', { row: seen.get(key)! }) });
      return;
    }
    seen.set(key, row);
    return {
      row,
      name,
      normalised,
      uscc: rawUscc ? normaliseUscc(rawUscc) : null,
      unitId: unitId!,
      chain: get('chain') || null,
      amount: amount && 'value' in amount ? amount.value : null,
      source: source!,
      date,
      notes: get('notes') || null,
    };
  });
  if (errors.length) return run.report();
  const plan = async (tx: typeof database.db) => {
    const companyOf = await findImportedCompanies(tx, rows);
    const updated = await countExistingLeads(
      tx,
      rows.map((r) => ({ companyId: companyOf(r) ?? 0, unitId: r.unitId, date: r.date })),
    );
    return { companyOf, updated };
  };
  if (opts.dryRun) {
    const { updated } = await plan(database.db);
    return run.report({ created: rows.length - updated, updated });
  }
  return database.db.transaction(async (tx) => {
    await lockCompaniesTable(tx);
    const { companyOf, updated } = await plan(tx);
    const added = await insertImportedCompanies(
      tx,
      rows.filter((r) => !companyOf(r)),
    );
    const companyId = (r: Row) => companyOf(r) ?? added.get(r.normalised)!;
    await upsertLeadsBulk(
      tx,
      rows.map((r) => ({ ...r, companyId: companyId(r) })),
      ctx.actor?.userId ?? null,
    );
    await recordAudit(tx, ctx, {
      action: 'lead.import',
      entityType: 'lead',
      after: {
        ...run.fileFacts(),
        rows: rows.length,
        created: rows.length - updated,
        updated,
        companiesAdded: added.size,
      },
    });
    return run.report({ created: rows.length - updated, updated });
  });
}
