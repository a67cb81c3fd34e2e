import { type SQL, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';

/** A catalogue entry as the services read it (amounts as decimal strings). */
export type EntryRow = {
  id: number;
  name_zh: string;
  name_en: string | null;
  description_zh: string | null;
  description_en: string | null;
  chain: string | null;
  chain_id: number | null;
  segment_id: number | null;
  investment_wan: string | null;
  land_mu: string | null;
  host_unit_id: number;
  host_unit_name: string;
  contact: string | null;
  status: string;
  source_event_id: number | null;
  source_event_name: string | null;
  lead_id: number | null;
  lead_company_name: string | null;
  project_id: number | null;
  signed_at: string | null;
  version: number;
};

export type EntryValues = {
  nameZh: string;
  nameEn: string | null;
  descriptionZh: string | null;
  descriptionEn: string | null;
  chain: string | null;
  chainId: number | null;
  segmentId: number | null;
  investmentWan: string | null;
  landMu: string | null;
  hostUnitId: number;
  contact: string | null;
  status: string;
  sourceEventId: number | null;
  leadId: number | null;
};

const SELECT = sql`
  select c.id, c.name_zh, c.name_en, c.description_zh, c.description_en, c.chain, c.chain_id, c.segment_id,
    c.investment_wan::text as investment_wan, c.land_mu::text as land_mu, c.host_unit_id, u.name as host_unit_name,
    c.contact, c.status, c.source_event_id, e.name as source_event_name, c.lead_id, lc.name as lead_company_name, c.project_id,
    to_char(c.signed_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as signed_at, c.version
  from catalogue_entries c join units u on u.id = c.host_unit_id left join events e on e.id = c.source_event_id
    left join leads l on l.id = c.lead_id left join companies lc on lc.id = l.company_id`;

export async function findEntryById(db: Tx, id: number, opts: { forUpdate?: boolean } = {}) {
  if (opts.forUpdate) await db.execute(sql`select 1 from catalogue_entries where id = ${id} for update`);
  const [row] = await queryRows<EntryRow>(db, sql`${SELECT} where c.id = ${id}`);
  return row;
}

export async function findEntryIdByName(db: Tx, nameZh: string): Promise<number | undefined> {
  const [row] = await queryRows<{ id: number }>(db, sql`select id from catalogue_entries where name_zh = ${nameZh}`);
  return row?.id;
}

export async function insertEntry(db: Tx, v: EntryValues, createdBy: number | null): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`insert into catalogue_entries (name_zh, name_en, description_zh, description_en, chain, chain_id, segment_id, investment_wan, land_mu,
          host_unit_id, contact, status, source_event_id, lead_id, created_by)
        values (${v.nameZh}, ${v.nameEn}, ${v.descriptionZh}, ${v.descriptionEn}, ${v.chain}, ${v.chainId}::int, ${v.segmentId}::int, ${v.investmentWan}::numeric,
          ${v.landMu}::numeric, ${v.hostUnitId}, ${v.contact}, ${v.status}, ${v.sourceEventId}::int, ${v.leadId}::int,
          ${createdBy}::int) returning id`,
  );
  return row!.id;
}

/** Writes the entry if its version is still the one read and it is not signed; false otherwise. */
export async function updateEntry(db: Tx, id: number, version: number, v: EntryValues): Promise<boolean> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`update catalogue_entries set name_zh = ${v.nameZh}, name_en = ${v.nameEn}, description_zh = ${v.descriptionZh},
          description_en = ${v.descriptionEn}, chain = ${v.chain}, chain_id = ${v.chainId}::int, segment_id = ${v.segmentId}::int, investment_wan = ${v.investmentWan}::numeric,
          land_mu = ${v.landMu}::numeric, host_unit_id = ${v.hostUnitId}, contact = ${v.contact}, status = ${v.status},
          source_event_id = ${v.sourceEventId}::int, lead_id = ${v.leadId}::int, version = version + 1, updated_at = now()
        where id = ${id} and version = ${version} and status <> 'signed' returning id`,
  );
  return rows.length === 1;
}

export async function markSigned(db: Tx, id: number, projectId: number): Promise<void> {
  await db.execute(
    sql`update catalogue_entries set status = 'signed', project_id = ${projectId}, signed_at = now(),
          version = version + 1, updated_at = now() where id = ${id}`,
  );
}

export async function eventExists(db: Tx, id: number): Promise<boolean> {
  return (await queryRows(db, sql`select 1 from events where id = ${id}`)).length === 1;
}

export async function leadExists(db: Tx, id: number): Promise<boolean> {
  return (await queryRows(db, sql`select 1 from leads where id = ${id}`)).length === 1;
}

export type EntryFilter = {
  status?: string;
  hostUnitId?: number;
  sourceEventId?: number;
  chain?: string;
  q?: string;
};

export const ENTRY_SORTS = {
  name: sql`c.name_zh`,
  investment: sql`c.investment_wan`,
  land: sql`c.land_mu`,
  updated: sql`c.updated_at`,
} as const;
export type EntrySort = keyof typeof ENTRY_SORTS;

const like = (s: string) => `%${s.replace(/[\\%_]/g, '\\$&')}%`;

function whereOf(f: EntryFilter): SQL {
  const conds: SQL[] = [sql`true`];
  if (f.status) conds.push(sql`c.status = ${f.status}`);
  if (f.hostUnitId) conds.push(sql`c.host_unit_id = ${f.hostUnitId}`);
  if (f.sourceEventId) conds.push(sql`c.source_event_id = ${f.sourceEventId}`);
  if (f.chain) conds.push(sql`c.chain ilike ${like(f.chain)}`);
  if (f.q) conds.push(sql`(c.name_zh ilike ${like(f.q)} or c.name_en ilike ${like(f.q)})`);
  return sql.join(conds, sql` and `);
}

export async function findEntries(
  db: Tx,
  f: EntryFilter,
  sort: { by: EntrySort; desc: boolean },
  page: { limit: number; offset: number },
) {
  const where = whereOf(f);
  const dir = sql.raw(sort.desc ? 'desc nulls last' : 'asc nulls last');
  const idDir = sql.raw(sort.desc ? 'desc' : 'asc');
  const [items, totals] = await Promise.all([
    queryRows<EntryRow>(
      db,
      sql`${SELECT} where ${where} order by ${ENTRY_SORTS[sort.by]} ${dir}, c.id ${idDir} limit ${page.limit} offset ${page.offset}`,
    ),
    queryRows<{ n: number }>(db, sql`select count(*)::int as n from catalogue_entries c where ${where}`),
  ]);
  return { items, total: totals[0]?.n ?? 0 };
}

/** An import's update of an entry it keys by name: not a signed one (the importer checked). */
export async function updateEntryFromImport(db: Tx, id: number, v: EntryValues): Promise<void> {
  await db.execute(
    sql`update catalogue_entries set name_en = ${v.nameEn}, description_zh = ${v.descriptionZh}, description_en = ${v.descriptionEn},
          chain = ${v.chain}, chain_id = ${v.chainId}::int, segment_id = ${v.segmentId}::int, investment_wan = ${v.investmentWan}::numeric,
          land_mu = ${v.landMu}::numeric, host_unit_id = ${v.hostUnitId}, contact = ${v.contact}, status = ${v.status}, version = version + 1, updated_at = now()
        where id = ${id} and status <> 'signed'`,
  );
}

export async function findEntriesByNames(
  db: Tx,
  names: string[],
): Promise<Map<string, { id: number; status: string; hostUnitId: number }>> {
  const rows = await queryRows<{ id: number; name_zh: string; status: string; host_unit_id: number }>(
    db,
    sql`select id, name_zh, status, host_unit_id from catalogue_entries where name_zh = any(${sql.param(names)}::text[])`,
  );
  return new Map(rows.map((r) => [r.name_zh, { id: r.id, status: r.status, hostUnitId: r.host_unit_id }]));
}
