import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';

/** What capital is recorded against: a project's host, signing date and agreed amounts. */
export type CapitalProjectRow = {
  id: number;
  name: string;
  host_unit_id: number;
  host_unit_name: string;
  source_unit_ids: number[];
  signed_on: string | null;
  agreed_yuan: string;
  foreign_usd_wan: string | null;
};

const PROJECT_COLUMNS = sql`p.id, p.name, p.host_unit_id, u.name as host_unit_name, p.source_unit_ids, p.signed_on::text as signed_on,
  p.agreed_yuan::text as agreed_yuan, p.foreign_usd_wan::text as foreign_usd_wan`;

export async function findCapitalProject(db: Tx, id: number): Promise<CapitalProjectRow | undefined> {
  const [row] = await queryRows<CapitalProjectRow>(
    db,
    sql`select ${PROJECT_COLUMNS} from projects p join units u on u.id = p.host_unit_id where p.id = ${id}`,
  );
  return row;
}

/** The projects bearing any of these names (an import names its projects). */
export async function findCapitalProjectsByName(db: Tx, names: string[]): Promise<CapitalProjectRow[]> {
  if (!names.length) return [];
  return queryRows<CapitalProjectRow>(
    db,
    sql`select ${PROJECT_COLUMNS} from projects p join units u on u.id = p.host_unit_id
        where p.name = any(${sql.param(names)}::text[]) order by p.id`,
  );
}

export type ArrivalRow = {
  project_id: number;
  year: number;
  month: number;
  domestic_wan: string;
  foreign_usd_wan: string;
};
export type ArrivalValues = {
  projectId: number;
  year: number;
  month: number;
  domesticWan: string;
  foreignUsdWan: string;
};

export async function findProjectArrivals(db: Tx, projectId: number): Promise<ArrivalRow[]> {
  return queryRows<ArrivalRow>(
    db,
    sql`select project_id, year, month, domestic_wan::text as domestic_wan, foreign_usd_wan::text as foreign_usd_wan
        from capital_arrivals where project_id = ${projectId} order by year, month`,
  );
}

/** The months already recorded among these (an import says which it creates, updates or leaves unchanged). */
export async function findExistingArrivals(db: Tx, rows: ArrivalValues[]): Promise<ArrivalRow[]> {
  if (!rows.length) return [];
  return queryRows<ArrivalRow>(
    db,
    sql`select a.project_id, a.year, a.month, a.domestic_wan::text as domestic_wan, a.foreign_usd_wan::text as foreign_usd_wan
        from capital_arrivals a join unnest(${sql.param(rows.map((r) => r.projectId))}::int[], ${sql.param(rows.map((r) => r.year))}::int[],
          ${sql.param(rows.map((r) => r.month))}::int[]) as k(p, y, m) on a.project_id = k.p and a.year = k.y and a.month = k.m`,
  );
}

/** Writes months of capital (a month already there is replaced); the triggers keep capital_unit_months. */
export async function upsertArrivals(db: Tx, rows: ArrivalValues[], userId: number | null) {
  if (!rows.length) return;
  await db.execute(sql`
    insert into capital_arrivals (project_id, year, month, domestic_wan, foreign_usd_wan, updated_by)
    select k.*, ${userId}::int from unnest(${sql.param(rows.map((r) => r.projectId))}::int[], ${sql.param(rows.map((r) => r.year))}::int[],
      ${sql.param(rows.map((r) => r.month))}::int[], ${sql.param(rows.map((r) => r.domesticWan))}::numeric[],
      ${sql.param(rows.map((r) => r.foreignUsdWan))}::numeric[]) as k
    on conflict (project_id, year, month) do update set domestic_wan = excluded.domestic_wan,
      foreign_usd_wan = excluded.foreign_usd_wan, updated_by = excluded.updated_by, updated_at = now()`);
}

/**
 * Writes one month if it still holds what the clerk saw (`seen`; null: nothing recorded), in
 * one statement, so two clerks saving the same month cannot both win. False when it changed.
 */
export async function writeArrivalIfUnchanged(
  db: Tx,
  values: ArrivalValues,
  seen: { domesticWan: string; foreignUsdWan: string } | null,
  userId: number,
): Promise<boolean> {
  const rows = await queryRows<{ project_id: number }>(
    db,
    seen === null
      ? sql`insert into capital_arrivals (project_id, year, month, domestic_wan, foreign_usd_wan, updated_by)
            values (${values.projectId}, ${values.year}, ${values.month}, ${values.domesticWan}::numeric,
              ${values.foreignUsdWan}::numeric, ${userId})
            on conflict (project_id, year, month) do nothing returning project_id`
      : sql`update capital_arrivals set domestic_wan = ${values.domesticWan}::numeric,
              foreign_usd_wan = ${values.foreignUsdWan}::numeric, updated_by = ${userId}, updated_at = now()
            where project_id = ${values.projectId} and year = ${values.year} and month = ${values.month}
              and domestic_wan = ${seen.domesticWan}::numeric and foreign_usd_wan = ${seen.foreignUsdWan}::numeric
            returning project_id`,
  );
  return rows.length === 1;
}

export async function deleteArrival(db: Tx, projectId: number, year: number, month: number): Promise<number> {
  const rows = await queryRows<{ project_id: number }>(
    db,
    sql`delete from capital_arrivals where project_id = ${projectId} and year = ${year} and month = ${month} returning project_id`,
  );
  return rows.length;
}

/** One unit's sums over a window [from, to] of month numbers, and over the same window a year earlier. */
export type CapitalUnitRow = {
  unit_id: number;
  unit_name: string;
  domestic: string;
  foreign: string;
  domestic_to_date: string;
  agreed_yuan: string;
  new_foreign: string;
  ly_domestic: string;
  ly_foreign: string;
  ly_domestic_to_date: string;
  ly_agreed_yuan: string;
  ly_new_foreign: string;
};

/**
 * Per host unit, from capital_unit_months alone: arrived in the window, arrived to date, agreed
 * investment signed to date, foreign investment signed in the window; the same a year earlier.
 */
export async function capitalByUnit(db: Tx, fromYm: number, toYm: number, unitId: number | null) {
  const inWindow = (lag: number) => sql`c.ym between ${fromYm - lag} and ${toYm - lag}`;
  return queryRows<CapitalUnitRow>(
    db,
    sql`select c.unit_id, u.name as unit_name,
          coalesce(sum(c.domestic_wan) filter (where ${inWindow(0)}), 0)::text as domestic,
          coalesce(sum(c.foreign_usd_wan) filter (where ${inWindow(0)}), 0)::text as foreign,
          coalesce(sum(c.domestic_wan), 0)::text as domestic_to_date,
          coalesce(sum(c.agreed_yuan), 0)::text as agreed_yuan,
          coalesce(sum(c.agreed_foreign_usd_wan) filter (where ${inWindow(0)}), 0)::text as new_foreign,
          coalesce(sum(c.domestic_wan) filter (where ${inWindow(12)}), 0)::text as ly_domestic,
          coalesce(sum(c.foreign_usd_wan) filter (where ${inWindow(12)}), 0)::text as ly_foreign,
          coalesce(sum(c.domestic_wan) filter (where c.ym <= ${toYm - 12}), 0)::text as ly_domestic_to_date,
          coalesce(sum(c.agreed_yuan) filter (where c.ym <= ${toYm - 12}), 0)::text as ly_agreed_yuan,
          coalesce(sum(c.agreed_foreign_usd_wan) filter (where ${inWindow(12)}), 0)::text as ly_new_foreign
        from capital_unit_months c join units u on u.id = c.unit_id
        where c.ym <= ${toYm} ${unitId === null ? sql`` : sql`and c.unit_id = ${unitId}`}
        group by c.unit_id, u.name order by c.unit_id`,
  );
}

/** Arrived per month of the window and of the window a year earlier (the chart), city-wide or for one unit. */
export async function capitalByMonth(db: Tx, fromYm: number, toYm: number, unitId: number | null) {
  return queryRows<{ ym: number; domestic: string; foreign: string }>(
    db,
    sql`select c.ym, sum(c.domestic_wan)::text as domestic, sum(c.foreign_usd_wan)::text as foreign
        from capital_unit_months c
        where (c.ym between ${fromYm} and ${toYm} or c.ym between ${fromYm - 12} and ${toYm - 12})
          ${unitId === null ? sql`` : sql`and c.unit_id = ${unitId}`}
        group by c.ym order by c.ym`,
  );
}

/** Foreign capital actually used (foreign_capital_use) in the window and a year earlier. */
export async function foreignUsedInWindow(db: Tx, fromYm: number, toYm: number, unitId: number | null) {
  const [row] = await queryRows<{ used: string; ly_used: string }>(
    db,
    sql`select coalesce(sum(used_usd_wan) filter (where year * 12 + month - 1 between ${fromYm} and ${toYm}), 0)::text as used,
          coalesce(sum(used_usd_wan) filter (where year * 12 + month - 1 between ${fromYm - 12} and ${toYm - 12}), 0)::text as ly_used
        from foreign_capital_use where year between ${Math.floor((fromYm - 12) / 12)} and ${Math.floor(toYm / 12)}
          ${unitId === null ? sql`` : sql`and unit_id = ${unitId}`}`,
  );
  return row!;
}

/** Every recorded month, in the import's columns (the export), scoped to a host unit when given. */
export async function findArrivalsForExport(db: Tx, unitId: number | null) {
  return queryRows<{
    project_name: string;
    host_unit_name: string;
    year: number;
    month: number;
    domestic_wan: string;
    foreign_usd_wan: string;
  }>(
    db,
    sql`select p.name as project_name, u.name as host_unit_name, a.year, a.month,
          a.domestic_wan::text as domestic_wan, a.foreign_usd_wan::text as foreign_usd_wan
        from capital_arrivals a join projects p on p.id = a.project_id join units u on u.id = p.host_unit_id
        ${unitId === null ? sql`` : sql`where p.host_unit_id = ${unitId}`}
        order by p.name, p.id, a.year, a.month`,
  );
}

/** Signed projects and their signing month, the first ones by id (the demo gives them capital). */
export async function findSignedProjects(db: Tx, limit: number) {
  return queryRows<{ id: number; signed_on: string; agreed_yuan: string; foreign_usd_wan: string | null }>(
    db,
    sql`select id, signed_on::text as signed_on, agreed_yuan::text as agreed_yuan, foreign_usd_wan::text as foreign_usd_wan
        from projects where signed_on is not null order by id limit ${limit}`,
  );
}
