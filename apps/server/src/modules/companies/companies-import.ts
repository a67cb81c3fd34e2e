import {
  checkUscc,
  INVESTOR_TYPE_LABELS,
  INVESTOR_TYPES,
  type InvestorType,
  msg,
  normaliseUscc,
  parseIndustryCode,
} from '@zhaoshang/shared';
import { normaliseCompanyName, pinyinInitials, similarityKey } from '@zhaoshang/shared/company-name';
import type { Database, Tx } from '../../db/client.ts';
import type { RequestContext } from '../../http/context.ts';
import type { ColumnSpec, Table } from '../../spreadsheet/read-table.ts';
import type { RowProblem } from '../../spreadsheet/row-problems.ts';
import { type ImportOptions, type ImportReport, type ImportRun, startImport } from '../../spreadsheet/start-import.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { companiesPolicy } from './companies.policy.ts';
import {
  type ExistingCompany,
  findCompaniesByKeys,
  insertCompaniesBulk,
  lockCompaniesTable,
  updateCompaniesBulk,
} from './companies-import.repository.ts';

type Field = 'name' | 'uscc' | 'investorType' | 'countryRegion' | 'industryCode' | 'headquarters';

/** The import columns of contract.md, Chinese first, with the English names accepted. */
export const COMPANY_COLUMNS: ColumnSpec<Field>[] = [
  { key: 'name', zh: '企业名称', aliases: ['name', 'company name', 'company'], required: true },
  { key: 'uscc', zh: '统一社会信用代码', aliases: ['uscc', 'credit code', 'unified social credit code'] },
  { key: 'investorType', zh: '投资方类型', aliases: ['investor type'] },
  { key: 'countryRegion', zh: '国别地区', aliases: ['country', 'country or region', 'region'] },
  { key: 'industryCode', zh: '行业代码', aliases: ['industry code', 'industry'] },
  { key: 'headquarters', zh: '总部所在地', aliases: ['headquarters', 'hq'] },
];

const NAME_HEADER = COMPANY_COLUMNS[0]!.zh;
const USCC_HEADER = COMPANY_COLUMNS[1]!.zh;

type ParsedRow = {
  row: number;
  name: string;
  normalised: string;
  key: string;
  initials: string;
  uscc: string | null;
  investorType: InvestorType | null;
  countryRegion: string | null;
  industryCode: string | null;
  headquarters: string | null;
};

const investorTypeByLabel = new Map<string, InvestorType>(
  INVESTOR_TYPES.flatMap((t) => [
    [t, t],
    [INVESTOR_TYPE_LABELS[t].zh, t],
    [INVESTOR_TYPE_LABELS[t].en.toLowerCase(), t],
  ]),
);
// biome-ignore lint/suspicious/noControlCharactersInRegex: names with control characters are refused
const CONTROL = /[\u0000-\u001f\u007f]/;

function parseRows(run: ImportRun<Field>): ParsedRow[] {
  return run.readRows(({ row, get, fail }) => {
    const name = get('name');
    const normalised = normaliseCompanyName(name);
    if (!normalised) fail('name', msg('company.nameRequired'));
    else if ([...name].length > 200) fail('name', msg('company.nameTooLong'));
    else if (CONTROL.test(name)) fail('name', msg('company.nameControl'));
    const rawUscc = get('uscc');
    const usccProblem = rawUscc ? checkUscc(rawUscc) : null;
    if (usccProblem) fail('uscc', msg(`label.usccProblem.${usccProblem}`));
    const rawType = get('investorType');
    const investorType = rawType ? (investorTypeByLabel.get(rawType.toLowerCase()) ?? null) : null;
    if (rawType && !investorType)
      fail(
        'investorType',
        msg('import.investorType', {
          value: rawType,
          types: INVESTOR_TYPES.map((t) => msg(`label.investorType.${t}`)),
        }),
      );
    const rawIndustry = get('industryCode');
    const industry = rawIndustry ? parseIndustryCode(rawIndustry) : null;
    if (rawIndustry && !industry) fail('industryCode', msg('import.industryCode', { value: rawIndustry }));
    const industryCode = industry ? `${industry.section}${industry.division ?? ''}` : '';
    for (const f of ['countryRegion', 'headquarters'] as const)
      if ([...get(f)].length > 100) fail(f, msg('import.max100'));
    return {
      row,
      name,
      normalised,
      key: similarityKey(normalised),
      initials: pinyinInitials(normalised),
      uscc: rawUscc ? normaliseUscc(rawUscc) : null,
      investorType,
      countryRegion: get('countryRegion') || null,
      industryCode: industryCode || null,
      headquarters: get('headquarters') || null,
    };
  });
}

type Existing = ExistingCompany;

async function findExisting(db: Tx, rows: ParsedRow[]): Promise<Existing[]> {
  const usccs = rows.map((r) => r.uscc).filter((u): u is string => u !== null);
  return findCompaniesByKeys(
    db,
    usccs,
    rows.map((r) => r.normalised),
  );
}

type Plan = { inserts: ParsedRow[]; updates: (ParsedRow & { id: number })[]; unchanged: number };

/** Decides, row by row, insert or update (keyed by credit code, else by normalised name). */
function planImport(rows: ParsedRow[], existing: Existing[], errors: RowProblem[]): Plan {
  const byUscc = new Map(existing.filter((e) => e.uscc).map((e) => [e.uscc!, e]));
  const byName = new Map(existing.map((e) => [e.normalised_name, e]));
  const seen = new Map<string, number>();
  const plan: Plan = { inserts: [], updates: [], unchanged: 0 };
  for (const r of rows) {
    const dupOf = seen.get(`n:${r.normalised}`) ?? (r.uscc ? seen.get(`u:${r.uscc}`) : undefined);
    if (dupOf !== undefined) {
      errors.push({ row: r.row, column: NAME_HEADER, reason: msg('import.sameCompanyRow', { row: dupOf }) });
      continue;
    }
    seen.set(`n:${r.normalised}`, r.row);
    if (r.uscc) seen.set(`u:${r.uscc}`, r.row);
    const target = (r.uscc && byUscc.get(r.uscc)) || byName.get(r.normalised);
    const sameName = byName.get(r.normalised);
    if (target && sameName && sameName.id !== target.id) {
      errors.push({
        row: r.row,
        column: NAME_HEADER,
        reason: msg('import.nameClash', { name: sameName.name }),
      });
      continue;
    }
    if (target && r.uscc && target.uscc && target.uscc !== r.uscc) {
      errors.push({
        row: r.row,
        column: USCC_HEADER,
        reason: msg('import.usccClash', { name: target.name, uscc: target.uscc }),
      });
      continue;
    }
    if (!target) plan.inserts.push(r);
    else if (
      target.name === r.name &&
      (r.uscc ?? target.uscc) === target.uscc &&
      (r.investorType ?? target.investor_type) === target.investor_type &&
      (r.countryRegion ?? target.country_region) === target.country_region &&
      (r.industryCode ?? target.industry_code) === target.industry_code &&
      (r.headquarters ?? target.headquarters) === target.headquarters
    )
      plan.unchanged++;
    else plan.updates.push({ ...r, id: target.id });
  }
  return plan;
}

/** Bulk writes: one unnest insert and one unnest update, whatever the number of rows. */
async function applyPlan(tx: Tx, plan: Plan) {
  if (plan.inserts.length) await insertCompaniesBulk(tx, plan.inserts);
  if (plan.updates.length) await updateCompaniesBulk(tx, plan.updates);
}

/**
 * Imports the registry from a table: every bad row is reported (row, column, reason) and then
 * nothing is written; otherwise all rows are written in one transaction, with one audit record.
 * Re-importing the same rows updates instead of duplicating.
 */
export async function importCompanies(
  database: Database,
  ctx: RequestContext,
  table: Table,
  opts: ImportOptions,
): Promise<ImportReport> {
  if (ctx.actor) companiesPolicy.assert(ctx.actor, 'company.create');
  const run = startImport(ctx, table, COMPANY_COLUMNS, opts);
  if (run.headersFailed) return run.report();
  const errors = run.problems;
  const rows = parseRows(run);
  const counts = (p: Plan) => ({ created: p.inserts.length, updated: p.updates.length, unchanged: p.unchanged });
  if (opts.dryRun || errors.length) {
    const plan = planImport(rows, await findExisting(database.db, rows), errors);
    return run.report(counts(plan));
  }
  return database.db.transaction(async (tx) => {
    // Lock the table against a second import deciding on the same rows at the same time.
    await lockCompaniesTable(tx);
    const plan = planImport(rows, await findExisting(tx, rows), errors);
    if (errors.length) return run.report();
    await applyPlan(tx, plan);
    await recordAudit(tx, ctx, {
      action: 'company.import',
      entityType: 'company',
      after: { ...run.fileFacts(), rows: rows.length, ...counts(plan) },
    });
    return run.report(counts(plan));
  });
}
