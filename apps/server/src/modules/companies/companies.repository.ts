import { pinyinInitials, similarityKey } from '@zhaoshang/shared/company-name';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { insertColumns, tableRows } from '../../db/rows.ts';
import { companies } from '../../db/schema/index.ts';
import { SIMILAR_THRESHOLD } from './company-matching.ts';

export type CompanyRow = typeof companies.$inferSelect;

export type NewCompany = Omit<
  typeof companies.$inferInsert,
  'id' | 'version' | 'createdAt' | 'updatedAt' | 'mergedIntoId'
>;

export async function insertCompany(db: Tx, c: NewCompany): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`insert into companies ${insertColumns(companies, c)} returning id`,
  );
  return row!.id;
}

export async function findCompanyById(db: Tx, id: number): Promise<CompanyRow | undefined> {
  const rows = await queryRows<Record<string, unknown>>(db, sql`select * from companies where id = ${id}`);
  return tableRows(companies, rows)[0];
}

/** The top of a company's group (its own id when it belongs to none). */
export async function findGroupCompanyId(db: Tx, companyId: number): Promise<number | undefined> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`with recursive up(id, group_id, depth) as (
          select id, group_id, 0 from companies where id = ${companyId}
          union all select c.id, c.group_id, up.depth + 1 from companies c join up on c.id = up.group_id where up.depth < 20)
        select id from up order by depth desc limit 1`,
  );
  return row?.id;
}

export type MatchCandidateRow = {
  id: number;
  name: string;
  uscc: string | null;
  normalised_name: string;
  similarity_key: string;
  sim: number;
};

/**
 * Registry records that could be the company asked about: the same credit code, the same
 * normalised name, the parent of a branch, a key the trigram index finds close (`%`, at
 * pg_trgm's threshold of 0.3; the service decides what is close enough), or a key that
 * contains a short name typed on its own.
 */
export async function findMatchCandidates(
  db: Tx,
  q: { uscc: string | null; normalised: string; key: string; branchParent: string | null; shortName: string | null },
): Promise<MatchCandidateRow[]> {
  const conds = [sql`c.normalised_name = ${q.normalised}`];
  if (q.uscc) conds.push(sql`c.uscc = ${q.uscc}`);
  if (q.branchParent) conds.push(sql`c.normalised_name = ${q.branchParent}`);
  if ([...q.key].length >= 2) conds.push(sql`c.similarity_key % ${q.key}`);
  if (q.shortName) conds.push(sql`c.similarity_key like ${`%${q.shortName.replace(/[\\%_]/g, '\\$&')}%`}`);
  // pg_trgm's `%` keeps keys at its session threshold (0.3 by default); the service keeps only
  // 0.5 and up, so asking the index for 0.5 spares it thousands of rows it would drop.
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local pg_trgm.similarity_threshold = ${sql.raw(String(SIMILAR_THRESHOLD))}`);
    return queryRows<MatchCandidateRow>(
      tx,
      sql`select c.id, c.name, c.uscc, c.normalised_name, c.similarity_key,
               similarity(c.similarity_key, ${q.key})::float8 as sim
        from companies c
        where c.merged_into_id is null and (${sql.join(conds, sql` or `)})
        order by sim desc, c.id
        limit 50`,
    );
  });
}

export type CompanyFilter = { q?: string; investorType?: string; industry?: string };
export type CompanySort = 'name' | '-name' | 'createdAt' | '-createdAt';

const COMPANY_SORTS: Record<CompanySort, ReturnType<typeof sql>> = {
  name: sql`c.normalised_name asc`,
  '-name': sql`c.normalised_name desc`,
  createdAt: sql`c.created_at asc`,
  '-createdAt': sql`c.created_at desc`,
};

/** The registry, searched by name (any part), short key or credit code. */
export async function findCompanies(
  db: Tx,
  f: CompanyFilter,
  sort: CompanySort,
  page: { limit: number; offset: number },
) {
  const conds = [sql`c.merged_into_id is null`];
  if (f.q) {
    const like = `%${f.q.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`;
    const prefix = `${f.q.replace(/[\\%_]/g, '\\$&')}%`;
    // Letters alone may be pinyin initials (hwjs → 华为技术) or the start of a credit code.
    const initials = /^[a-z0-9]+$/.test(f.q) ? sql` or c.name_initials like ${prefix}` : sql``;
    conds.push(sql`(c.normalised_name like ${like} or c.uscc like ${prefix.toUpperCase()}${initials})`);
  }
  if (f.investorType) conds.push(sql`c.investor_type = ${f.investorType}`);
  if (f.industry) conds.push(sql`c.industry_code like ${`${f.industry}%`}`);
  const where = sql.join(conds, sql` and `);
  const [items, totals] = await Promise.all([
    queryRows<{ id: number }>(
      db,
      sql`select c.id from companies c where ${where} order by ${COMPANY_SORTS[sort]}, c.id limit ${page.limit} offset ${page.offset}`,
    ),
    queryRows<{ n: number }>(db, sql`select count(*)::int as n from companies c where ${where}`),
  ]);
  const rows = items.length
    ? tableRows(
        companies,
        await queryRows<Record<string, unknown>>(
          db,
          sql`select * from companies where id = any(${sql.param(items.map((i) => i.id))}::int[])`,
        ),
      )
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return { items: items.map((i) => byId.get(i.id)!), total: totals[0]?.n ?? 0 };
}

export async function findSubsidiaries(db: Tx, groupId: number) {
  return queryRows<{ id: number; name: string }>(
    db,
    sql`select id, name from companies where group_id = ${groupId} and merged_into_id is null`,
  );
}

/** An investor named in an imported file: its name as written, the normalised name and credit code. */
export type ImportedCompany = { name: string; normalised: string; uscc: string | null; investorType?: string | null };

/**
 * How the registry knows the companies a file names: by credit code, else by normalised name.
 * Returns a lookup (undefined for a company the registry lacks).
 */
export async function findImportedCompanies(db: Tx, names: Pick<ImportedCompany, 'normalised' | 'uscc'>[]) {
  const known = names.length
    ? await queryRows<{ id: number; uscc: string | null; normalised_name: string }>(
        db,
        sql`select id, uscc, normalised_name from companies where merged_into_id is null
            and (uscc = any(${sql.param(names.map((n) => n.uscc ?? ''))}::text[]) or normalised_name = any(${sql.param(names.map((n) => n.normalised))}::text[]))`,
      )
    : [];
  const byUscc = new Map(known.filter((k) => k.uscc).map((k) => [k.uscc!, k.id]));
  const byName = new Map(known.map((k) => [k.normalised_name, k.id]));
  return (n: Pick<ImportedCompany, 'normalised' | 'uscc'>): number | undefined =>
    (n.uscc && byUscc.get(n.uscc)) || byName.get(n.normalised);
}

/** Adds the companies a file names that the registry lacks, one per normalised name; returns normalised name → id. */
export async function insertImportedCompanies(db: Tx, names: ImportedCompany[]): Promise<Map<string, number>> {
  const unique = [...new Map(names.map((n) => [n.normalised, n])).values()];
  if (!unique.length) return new Map();
  const added = await queryRows<{ id: number; normalised_name: string }>(
    db,
    sql`insert into companies (name, normalised_name, similarity_key, name_initials, uscc, investor_type)
        select * from unnest(${sql.param(unique.map((n) => n.name))}::text[], ${sql.param(unique.map((n) => n.normalised))}::text[],
          ${sql.param(unique.map((n) => similarityKey(n.normalised)))}::text[], ${sql.param(unique.map((n) => pinyinInitials(n.normalised)))}::text[],
          ${sql.param(unique.map((n) => n.uscc))}::text[], ${sql.param(unique.map((n) => n.investorType ?? null))}::text[])
        returning id, normalised_name`,
  );
  return new Map(added.map((a) => [a.normalised_name, a.id]));
}
