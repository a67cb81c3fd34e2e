import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';

/** A registry row as an import writes it. */
export type CompanyImportValues = {
  name: string;
  normalised: string;
  key: string;
  initials: string;
  uscc: string | null;
  investorType: string | null;
  countryRegion: string | null;
  industryCode: string | null;
  headquarters: string | null;
};

export type ExistingCompany = {
  id: number;
  name: string;
  uscc: string | null;
  normalised_name: string;
  investor_type: string | null;
  country_region: string | null;
  industry_code: string | null;
  headquarters: string | null;
};

/** The registry's companies (not merged away) with one of the credit codes or normalised names. */
export async function findCompaniesByKeys(
  db: Tx,
  usccs: string[],
  normalisedNames: string[],
): Promise<ExistingCompany[]> {
  return queryRows<ExistingCompany>(
    db,
    sql`select id, name, uscc, normalised_name, investor_type, country_region, industry_code, headquarters
        from companies
        where merged_into_id is null
          and (uscc = any(${sql.param(usccs)}::text[]) or normalised_name = any(${sql.param(normalisedNames)}::text[]))`,
  );
}

/**
 * Locks the registry against a second import deciding on the same rows at the same time (held
 * to the end of the transaction; readers are not blocked).
 */
export async function lockCompaniesTable(tx: Tx): Promise<void> {
  await tx.execute(sql`lock table companies in share row exclusive mode`);
}

const col = <T>(rows: T[], f: (r: T) => string | number | null) => sql.param(rows.map(f));

/** Bulk writes: one unnest insert, whatever the number of rows. */
export async function insertCompaniesBulk(tx: Tx, r: CompanyImportValues[]): Promise<void> {
  await tx.execute(sql`
      insert into companies (name, normalised_name, similarity_key, name_initials, uscc, investor_type, country_region, industry_code, headquarters)
      select * from unnest(${col(r, (x) => x.name)}::text[], ${col(r, (x) => x.normalised)}::text[], ${col(r, (x) => x.key)}::text[],
        ${col(r, (x) => x.initials)}::text[],
        ${col(r, (x) => x.uscc)}::text[], ${col(r, (x) => x.investorType)}::text[], ${col(r, (x) => x.countryRegion)}::text[],
        ${col(r, (x) => x.industryCode)}::text[], ${col(r, (x) => x.headquarters)}::text[])`);
}

/** Bulk writes: one unnest update. An empty cell keeps what the registry has: a partial file never erases data. */
export async function updateCompaniesBulk(tx: Tx, r: (CompanyImportValues & { id: number })[]): Promise<void> {
  await tx.execute(sql`
      update companies c set name = u.name, normalised_name = u.normalised_name, similarity_key = u.similarity_key, name_initials = u.name_initials,
        uscc = coalesce(u.uscc, c.uscc), investor_type = coalesce(u.investor_type, c.investor_type),
        country_region = coalesce(u.country_region, c.country_region), industry_code = coalesce(u.industry_code, c.industry_code),
        headquarters = coalesce(u.headquarters, c.headquarters), version = c.version + 1, updated_at = now()
      from unnest(${col(r, (x) => x.id)}::int[], ${col(r, (x) => x.name)}::text[], ${col(r, (x) => x.normalised)}::text[],
        ${col(r, (x) => x.key)}::text[], ${col(r, (x) => x.initials)}::text[], ${col(r, (x) => x.uscc)}::text[],
        ${col(r, (x) => x.investorType)}::text[], ${col(r, (x) => x.countryRegion)}::text[], ${col(r, (x) => x.industryCode)}::text[],
        ${col(r, (x) => x.headquarters)}::text[])
        as u(id, name, normalised_name, similarity_key, name_initials, uscc, investor_type, country_region, industry_code, headquarters)
      where c.id = u.id`);
}
