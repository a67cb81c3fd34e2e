import {
  type CompanyTag,
  checkUscc,
  INVESTOR_TYPE_LABELS,
  type InvestorType,
  msg,
  normaliseUscc,
  translate,
  USCC_PROBLEM_LABELS,
} from '@zhaoshang/shared';
import { normaliseCompanyName, pinyinInitials } from '@zhaoshang/shared/company-name';
import type { Database, Tx } from '../../db/client.ts';
import type { RequestContext } from '../../http/context.ts';
import { requireActor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { type ExportColumn, writeTable } from '../../spreadsheet/write-table.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { checkChainSegment } from '../chains/chains.service.ts';
import { companiesPolicy } from './companies.policy.ts';
import {
  type CompanyFilter,
  type CompanyRow,
  type CompanySort,
  findCompanies,
  findCompanyById,
  findMatchCandidates,
  findSubsidiaries,
  insertCompany,
} from './companies.repository.ts';
import { matchQueryOf, rankCandidates } from './company-matching.ts';

export type Company = {
  id: number;
  name: string;
  uscc: string | null;
  investorType: InvestorType | null;
  countryRegion: string | null;
  industryCode: string | null;
  headquarters: string | null;
  tags: CompanyTag[];
  groupId: number | null;
  version: number;
};

export function presentCompany(r: CompanyRow): Company {
  return {
    id: r.id,
    name: r.name,
    uscc: r.uscc,
    investorType: r.investorType as InvestorType | null,
    countryRegion: r.countryRegion,
    industryCode: r.industryCode,
    headquarters: r.headquarters,
    tags: r.tags as CompanyTag[],
    groupId: r.groupId,
    version: r.version,
  };
}

/** A valid credit code in its canonical form, or null when none was given; an invalid one is an error. */
export function validUscc(raw: string | null | undefined, lang: 'zh' | 'en' = 'zh'): string | null {
  if (raw == null || raw.trim() === '') return null;
  const problem = checkUscc(raw);
  if (problem) {
    throw new AppError('VALIDATION_FAILED', {
      issues: [{ path: 'uscc', message: USCC_PROBLEM_LABELS[problem][lang] }],
    });
  }
  return normaliseUscc(raw);
}

export type MatchInput = { name: string; uscc?: string | null };

/** `company match`: the registry's answer to "do we know this company?" (contract.md). */
export async function matchCompany(db: Tx, ctx: RequestContext, input: MatchInput) {
  if (ctx.actor) companiesPolicy.assert(ctx.actor, 'company.read');
  const q = matchQueryOf(input.name, validUscc(input.uscc, ctx.lang));
  return rankCandidates(q, await findMatchCandidates(db, q));
}

export type CreateCompanyInput = {
  name: string;
  uscc?: string | null;
  investorType?: InvestorType | null;
  countryRegion?: string | null;
  industryCode?: string | null;
  headquarters?: string | null;
  tags?: CompanyTag[];
  groupId?: number | null;
  /** Where it sits on the chain map (a local firm of that segment): picked, checked like every pick. */
  chainId?: number | null;
  segmentId?: number | null;
};

/** Adds a company unless the registry already has the same legal entity. */
export async function createCompany(
  database: Database,
  ctx: RequestContext,
  input: CreateCompanyInput,
): Promise<Company> {
  if (ctx.actor) companiesPolicy.assert(ctx.actor, 'company.create');
  const uscc = validUscc(input.uscc, ctx.lang);
  const q = matchQueryOf(input.name, uscc);
  if (!q.normalised)
    throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'name', message: msg('company.nameRequired') }] });
  return database.db.transaction(async (tx) => {
    const existing = rankCandidates(q, await findMatchCandidates(tx, q)).candidates.find((c) => c.level === 'same');
    if (existing) throw new AppError('DUPLICATE', { existing }, msg('company.exists', { name: existing.name }));
    if (input.groupId != null && !(await findCompanyById(tx, input.groupId))) {
      throw new AppError('INVALID_REFERENCE', { field: 'groupId', id: input.groupId });
    }
    const placed = await checkChainSegment(tx, input.chainId, input.segmentId);
    const id = await insertCompany(tx, {
      name: input.name.trim(),
      normalisedName: q.normalised,
      similarityKey: q.key,
      nameInitials: pinyinInitials(q.normalised),
      uscc,
      investorType: input.investorType ?? null,
      countryRegion: input.countryRegion ?? null,
      industryCode: input.industryCode ?? null,
      headquarters: input.headquarters ?? null,
      tags: input.tags ?? [],
      groupId: input.groupId ?? null,
      chainId: placed.chainId,
      segmentId: placed.segmentId,
    });
    const company = presentCompany((await findCompanyById(tx, id))!);
    await recordAudit(tx, ctx, {
      action: 'company.create',
      entityType: 'company',
      entityId: id,
      after: placed.chainId ? { ...company, ...placed } : company,
    });
    return company;
  });
}

export async function listCompanies(
  database: Database,
  ctx: RequestContext,
  f: CompanyFilter,
  sort: CompanySort,
  page: number,
  pageSize: number,
) {
  companiesPolicy.assert(requireActor(ctx), 'company.read');
  const { items, total } = await findCompanies(
    database.db,
    { ...f, q: f.q ? normaliseCompanyName(f.q) : undefined },
    sort,
    { limit: pageSize, offset: (page - 1) * pageSize },
  );
  return { items: items.map(presentCompany), total };
}

const COMPANY_EXPORT: ExportColumn<Company>[] = [
  { header: '企业名称', width: 36, value: (c) => c.name },
  { header: '统一社会信用代码', width: 22, value: (c) => c.uscc },
  { header: '投资方类型', width: 12, value: (c) => (c.investorType ? INVESTOR_TYPE_LABELS[c.investorType].zh : null) },
  { header: '国别地区', width: 12, value: (c) => c.countryRegion },
  { header: '行业代码', width: 10, value: (c) => c.industryCode },
  { header: '总部所在地', width: 16, value: (c) => c.headquarters },
];

/** The registry as xlsx, in the import's columns (so an export re-imports unchanged); audited. */
export async function exportCompanies(database: Database, ctx: RequestContext, f: CompanyFilter): Promise<Buffer> {
  companiesPolicy.assert(requireActor(ctx), 'company.read');
  const { items } = await findCompanies(database.db, { ...f, q: f.q ? normaliseCompanyName(f.q) : undefined }, 'name', {
    limit: 200_000,
    offset: 0,
  });
  const file = await writeTable(
    translate(ctx.lang, 'export.companies.sheet'),
    COMPANY_EXPORT,
    items.map(presentCompany),
  );
  await database.db.transaction((tx) =>
    recordAudit(tx, ctx, { action: 'company.export', entityType: 'company', after: { filter: f, rows: items.length } }),
  );
  return file;
}

/** A company with its group and subsidiaries (the registry view of its detail page). */
export async function getCompany(database: Database, ctx: RequestContext, id: number) {
  companiesPolicy.assert(requireActor(ctx), 'company.read');
  const row = await findCompanyById(database.db, id);
  if (!row) throw new AppError('NOT_FOUND', { entity: 'company', id });
  if (row.mergedIntoId)
    throw new AppError('NOT_FOUND', { entity: 'company', id, mergedInto: row.mergedIntoId }, msg('company.merged'));
  const group = row.groupId ? await findCompanyById(database.db, row.groupId) : undefined;
  return {
    ...presentCompany(row),
    group: group ? { id: group.id, name: group.name } : null,
    subsidiaries: await findSubsidiaries(database.db, row.id),
  };
}
