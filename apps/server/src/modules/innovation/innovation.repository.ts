import { type SQL, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';

// ---- carriers -------------------------------------------------------------------------------

export type CarrierRow = {
  id: number;
  name: string;
  kind: string;
  level: string;
  host_unit_id: number;
  host_unit_name: string;
  operator: string | null;
  recognized_on: string | null;
  status: string;
  notes: string | null;
  version: number;
};
export type CarrierValues = {
  name: string;
  kind: string;
  level: string;
  hostUnitId: number;
  operator: string | null;
  recognizedOn: string | null;
  status: string;
  notes: string | null;
};
export type CarrierFilter = { kind?: string; level?: string; status?: string; hostUnitId?: number; q?: string };
export const CARRIER_SORT_KEYS = ['name', 'kind', 'level', 'recognizedOn'] as const;
export type CarrierSort = (typeof CARRIER_SORT_KEYS)[number];
const CARRIER_ORDER: Record<CarrierSort, SQL> = {
  name: sql`c.name`,
  kind: sql`c.kind`,
  level: sql`c.level`,
  recognizedOn: sql`c.recognized_on`,
};

const CARRIER_COLUMNS = sql`c.id, c.name, c.kind, c.level, c.host_unit_id, u.name as host_unit_name, c.operator,
  c.recognized_on::text as recognized_on, c.status, c.notes, c.version`;

function carrierWhere(f: CarrierFilter): SQL {
  const parts: SQL[] = [sql`true`];
  if (f.kind) parts.push(sql`c.kind = ${f.kind}`);
  if (f.level) parts.push(sql`c.level = ${f.level}`);
  if (f.status) parts.push(sql`c.status = ${f.status}`);
  if (f.hostUnitId) parts.push(sql`c.host_unit_id = ${f.hostUnitId}`);
  if (f.q) parts.push(sql`(c.name ilike ${`%${f.q}%`} or c.operator ilike ${`%${f.q}%`})`);
  return sql.join(parts, sql` and `);
}

export async function findCarriers(
  db: Tx,
  f: CarrierFilter,
  sort: { by: CarrierSort; desc: boolean },
  page: { limit: number; offset: number },
) {
  const where = carrierWhere(f);
  const dir = sort.desc ? sql`desc nulls last` : sql`asc nulls last`;
  const [items, [total]] = await Promise.all([
    queryRows<CarrierRow>(
      db,
      sql`select ${CARRIER_COLUMNS} from innovation_carriers c join units u on u.id = c.host_unit_id where ${where}
          order by ${CARRIER_ORDER[sort.by]} ${dir}, c.id limit ${page.limit} offset ${page.offset}`,
    ),
    queryRows<{ n: number }>(db, sql`select count(*)::int as n from innovation_carriers c where ${where}`),
  ]);
  return { items, total: total!.n };
}

export async function findCarrierById(db: Tx, id: number): Promise<CarrierRow | undefined> {
  const [row] = await queryRows<CarrierRow>(
    db,
    sql`select ${CARRIER_COLUMNS} from innovation_carriers c join units u on u.id = c.host_unit_id where c.id = ${id}`,
  );
  return row;
}

export async function insertCarrier(db: Tx, v: CarrierValues, userId: number | null): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`insert into innovation_carriers (name, kind, level, host_unit_id, operator, recognized_on, status, notes, created_by)
        values (${v.name}, ${v.kind}, ${v.level}, ${v.hostUnitId}, ${v.operator}, ${v.recognizedOn}, ${v.status}, ${v.notes}, ${userId})
        returning id`,
  );
  return row!.id;
}

/** Updates a carrier at the version the editor read; false when someone changed it meanwhile. */
export async function updateCarrier(db: Tx, id: number, version: number, v: CarrierValues): Promise<boolean> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`update innovation_carriers set name = ${v.name}, kind = ${v.kind}, level = ${v.level}, host_unit_id = ${v.hostUnitId},
          operator = ${v.operator}, recognized_on = ${v.recognizedOn}, status = ${v.status}, notes = ${v.notes},
          version = version + 1, updated_at = now()
        where id = ${id} and version = ${version} returning id`,
  );
  return rows.length === 1;
}

/** The carriers already known by name and kind (an import updates them). */
export async function findCarrierKeys(db: Tx, keys: { name: string; kind: string }[]) {
  if (!keys.length) return [];
  return queryRows<CarrierRow>(
    db,
    sql`select ${CARRIER_COLUMNS} from innovation_carriers c join units u on u.id = c.host_unit_id
        join unnest(${sql.param(keys.map((k) => k.name))}::text[], ${sql.param(keys.map((k) => k.kind))}::text[]) as k(n, t)
          on c.name = k.n and c.kind = k.t`,
  );
}

export async function upsertCarriers(db: Tx, rows: CarrierValues[], userId: number | null) {
  if (!rows.length) return;
  const col = <K extends keyof CarrierValues>(k: K) => sql.param(rows.map((r) => r[k]));
  await db.execute(sql`
    insert into innovation_carriers (name, kind, level, host_unit_id, operator, recognized_on, status, notes, created_by)
    select k.*, ${userId}::int from unnest(${col('name')}::text[], ${col('kind')}::text[], ${col('level')}::text[],
      ${col('hostUnitId')}::int[], ${col('operator')}::text[], ${col('recognizedOn')}::date[], ${col('status')}::text[],
      ${col('notes')}::text[]) as k
    on conflict (name, kind) do update set level = excluded.level, host_unit_id = excluded.host_unit_id,
      operator = excluded.operator, recognized_on = excluded.recognized_on, status = excluded.status, notes = excluded.notes,
      version = innovation_carriers.version + 1, updated_at = now()`);
}

/** Active carriers counted by kind and level (recognised on or before the date, when given). */
export async function countCarriers(db: Tx, asOf: string | null) {
  return queryRows<{ kind: string; level: string; count: number }>(
    db,
    sql`select kind, level, count(*)::int as count from innovation_carriers
        where status = 'active' ${asOf ? sql`and (recognized_on is null or recognized_on <= ${asOf}::date)` : sql``}
        group by kind, level order by kind, level`,
  );
}

// ---- university–industry cooperation ------------------------------------------------------------

export type IurRow = {
  id: number;
  title: string;
  university: string;
  kind: string;
  partner_unit_id: number | null;
  partner_unit_name: string | null;
  partner_company_id: number | null;
  partner_company_name: string | null;
  partner_text: string | null;
  unit_id: number;
  unit_name: string;
  signed_on: string;
  amount_wan: string;
  talents: number;
  source_event_id: number | null;
  source_event_name: string | null;
  notes: string | null;
  version: number;
};
export type IurValues = {
  title: string;
  university: string;
  kind: string;
  partnerUnitId: number | null;
  partnerCompanyId: number | null;
  partnerText: string | null;
  unitId: number;
  signedOn: string;
  amountWan: string;
  talents: number;
  sourceEventId: number | null;
  notes: string | null;
};
export type IurFilter = { kind?: string; from?: string; to?: string; unitId?: number; q?: string };
export const IUR_SORT_KEYS = ['signedOn', 'amountWan', 'talents', 'title'] as const;
export type IurSort = (typeof IUR_SORT_KEYS)[number];
const IUR_ORDER: Record<IurSort, SQL> = {
  signedOn: sql`a.signed_on`,
  amountWan: sql`a.amount_wan`,
  talents: sql`a.talents`,
  title: sql`a.title`,
};

const IUR_COLUMNS = sql`a.id, a.title, a.university, a.kind, a.partner_unit_id, pu.name as partner_unit_name,
  a.partner_company_id, co.name as partner_company_name, a.partner_text, a.unit_id, u.name as unit_name,
  a.signed_on::text as signed_on, a.amount_wan::text as amount_wan, a.talents, a.source_event_id, e.name as source_event_name,
  a.notes, a.version`;
const IUR_FROM = sql`iur_agreements a join units u on u.id = a.unit_id left join units pu on pu.id = a.partner_unit_id
  left join companies co on co.id = a.partner_company_id left join events e on e.id = a.source_event_id`;

function iurWhere(f: IurFilter): SQL {
  const parts: SQL[] = [sql`true`];
  if (f.kind) parts.push(sql`a.kind = ${f.kind}`);
  if (f.from) parts.push(sql`a.signed_on >= ${f.from}::date`);
  if (f.to) parts.push(sql`a.signed_on <= ${f.to}::date`);
  if (f.unitId) parts.push(sql`a.unit_id = ${f.unitId}`);
  if (f.q) parts.push(sql`(a.title ilike ${`%${f.q}%`} or a.university ilike ${`%${f.q}%`})`);
  return sql.join(parts, sql` and `);
}

export async function findIurAgreements(
  db: Tx,
  f: IurFilter,
  sort: { by: IurSort; desc: boolean },
  page: { limit: number; offset: number },
) {
  const where = iurWhere(f);
  const dir = sort.desc ? sql`desc nulls last` : sql`asc nulls last`;
  const [items, [total]] = await Promise.all([
    queryRows<IurRow>(
      db,
      sql`select ${IUR_COLUMNS} from ${IUR_FROM} where ${where}
          order by ${IUR_ORDER[sort.by]} ${dir}, a.id limit ${page.limit} offset ${page.offset}`,
    ),
    queryRows<{ n: number }>(db, sql`select count(*)::int as n from iur_agreements a where ${where}`),
  ]);
  return { items, total: total!.n };
}

export async function findIurById(db: Tx, id: number): Promise<IurRow | undefined> {
  const [row] = await queryRows<IurRow>(db, sql`select ${IUR_COLUMNS} from ${IUR_FROM} where a.id = ${id}`);
  return row;
}

export async function insertIur(db: Tx, v: IurValues, userId: number | null): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`insert into iur_agreements (title, university, kind, partner_unit_id, partner_company_id, partner_text, unit_id,
          signed_on, amount_wan, talents, source_event_id, notes, created_by)
        values (${v.title}, ${v.university}, ${v.kind}, ${v.partnerUnitId}, ${v.partnerCompanyId}, ${v.partnerText}, ${v.unitId},
          ${v.signedOn}, ${v.amountWan}, ${v.talents}, ${v.sourceEventId}, ${v.notes}, ${userId}) returning id`,
  );
  return row!.id;
}

export async function updateIur(db: Tx, id: number, version: number, v: IurValues): Promise<boolean> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`update iur_agreements set title = ${v.title}, university = ${v.university}, kind = ${v.kind},
          partner_unit_id = ${v.partnerUnitId}, partner_company_id = ${v.partnerCompanyId}, partner_text = ${v.partnerText},
          unit_id = ${v.unitId}, signed_on = ${v.signedOn}, amount_wan = ${v.amountWan}, talents = ${v.talents},
          source_event_id = ${v.sourceEventId}, notes = ${v.notes}, version = version + 1, updated_at = now()
        where id = ${id} and version = ${version} returning id`,
  );
  return rows.length === 1;
}

export async function findIurKeys(db: Tx, keys: { title: string; university: string; signedOn: string }[]) {
  if (!keys.length) return [];
  return queryRows<IurRow>(
    db,
    sql`select ${IUR_COLUMNS} from ${IUR_FROM}
        join unnest(${sql.param(keys.map((k) => k.title))}::text[], ${sql.param(keys.map((k) => k.university))}::text[],
          ${sql.param(keys.map((k) => k.signedOn))}::date[]) as k(t, un, d)
          on a.title = k.t and a.university = k.un and a.signed_on = k.d`,
  );
}

export async function upsertIur(db: Tx, rows: IurValues[], userId: number | null) {
  if (!rows.length) return;
  const col = <K extends keyof IurValues>(k: K) => sql.param(rows.map((r) => r[k]));
  await db.execute(sql`
    insert into iur_agreements (title, university, kind, partner_unit_id, partner_company_id, partner_text, unit_id,
      signed_on, amount_wan, talents, source_event_id, notes, created_by)
    select k.*, ${userId}::int from unnest(${col('title')}::text[], ${col('university')}::text[], ${col('kind')}::text[],
      ${col('partnerUnitId')}::int[], ${col('partnerCompanyId')}::int[], ${col('partnerText')}::text[], ${col('unitId')}::int[],
      ${col('signedOn')}::date[], ${col('amountWan')}::numeric[], ${col('talents')}::int[], ${col('sourceEventId')}::int[],
      ${col('notes')}::text[]) as k
    on conflict (title, university, signed_on) do update set kind = excluded.kind, partner_unit_id = excluded.partner_unit_id,
      partner_company_id = excluded.partner_company_id, partner_text = excluded.partner_text, unit_id = excluded.unit_id,
      amount_wan = excluded.amount_wan, talents = excluded.talents, source_event_id = excluded.source_event_id,
      notes = excluded.notes, version = iur_agreements.version + 1, updated_at = now()`);
}

/** Agreements per kind signed in [from, to]: count, amount (万元) and talents. */
export async function iurTotalsByKind(db: Tx, from: string, to: string) {
  return queryRows<{ kind: string; count: number; amount_wan: string; talents: number }>(
    db,
    sql`select kind, count(*)::int as count, sum(amount_wan)::text as amount_wan, sum(talents)::int as talents
        from iur_agreements where signed_on between ${from}::date and ${to}::date group by kind`,
  );
}

/** Registry companies by normalised name (an IUR row names its 校企 partner). */
export async function findCompaniesByNormalisedName(db: Tx, names: string[]) {
  if (!names.length) return [];
  return queryRows<{ id: number; normalised_name: string }>(
    db,
    sql`select id, normalised_name from companies where merged_into_id is null
        and normalised_name = any(${sql.param(names)}::text[])`,
  );
}

/** The first `n` registry companies (the demo's partners in school–enterprise agreements). */
export async function findFirstCompanies(db: Tx, n: number) {
  return queryRows<{ id: number; name: string }>(
    db,
    sql`select id, name from companies where merged_into_id is null order by id limit ${n}`,
  );
}

export async function eventExists(db: Tx, id: number): Promise<boolean> {
  return (await queryRows(db, sql`select 1 from events where id = ${id}`)).length === 1;
}

/** Events by name (an import names the event an agreement came from). */
export async function findEventsByName(db: Tx, names: string[]) {
  if (!names.length) return [];
  return queryRows<{ id: number; name: string }>(
    db,
    sql`select id, name from events where name = any(${sql.param(names)}::text[])`,
  );
}

// ---- reported totals (the data-quality check's input) -------------------------------------------

export type ReportedTotalValues = {
  source: string;
  periodFrom: string;
  periodTo: string;
  total: number;
  schoolLocal: number;
  schoolEnterprise: number;
  other: number;
};

export async function upsertReportedTotal(db: Tx, v: ReportedTotalValues): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`insert into iur_reported_totals (source, period_from, period_to, total, school_local, school_enterprise, other)
        values (${v.source}, ${v.periodFrom}, ${v.periodTo}, ${v.total}, ${v.schoolLocal}, ${v.schoolEnterprise}, ${v.other})
        on conflict (source, period_from, period_to) do update set total = excluded.total, school_local = excluded.school_local,
          school_enterprise = excluded.school_enterprise, other = excluded.other
        returning id`,
  );
  return row!.id;
}

export async function findReportedTotals(db: Tx) {
  return queryRows<{
    id: number;
    source: string;
    period_from: string;
    period_to: string;
    total: number;
    school_local: number;
    school_enterprise: number;
    other: number;
  }>(
    db,
    sql`select id, source, period_from::text as period_from, period_to::text as period_to, total, school_local,
          school_enterprise, other from iur_reported_totals order by period_to desc, id`,
  );
}
