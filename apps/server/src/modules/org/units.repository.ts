import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { insertColumns, setColumns, tableRows } from '../../db/rows.ts';
import { units } from '../../db/schema/index.ts';

export type UnitRow = Pick<
  typeof units.$inferSelect,
  'id' | 'name' | 'kind' | 'parentId' | 'divisionCode' | 'active' | 'version'
> & {
  userCount: number;
};

/** The columns a unit is shown with (presentUnit), and how many active people call it home. */
const unitRows = sql`
  select u.id, u.name, u.kind, u.parent_id as "parentId", u.division_code as "divisionCode", u.active, u.version,
         (select count(*)::int from users p where p.home_unit_id = u.id and not p.disabled) as "userCount"
  from units u`;

/** The order of the 1+6+8 system: leadership, office, bureaus, centres, then the places projects land. */
const kindOrder = sql`array_position(array['leading_group','office','resident_bureau','service_center','county','function_zone','department'], u.kind)`;

export async function findUnits(db: Tx, includeInactive: boolean): Promise<UnitRow[]> {
  return queryRows<UnitRow>(
    db,
    sql`${unitRows} ${includeInactive ? sql`` : sql`where u.active`} order by ${kindOrder}, u.id`,
  );
}

export async function findUnitById(db: Tx, id: number): Promise<UnitRow | undefined> {
  const [row] = await queryRows<UnitRow>(db, sql`${unitRows} where u.id = ${id}`);
  return row;
}

export async function findUnitByName(db: Tx, name: string) {
  const rows = await queryRows<Record<string, unknown>>(db, sql`select * from units where name = ${name}`);
  return tableRows(units, rows)[0];
}

export type NewUnit = { name: string; kind: string; parentId: number | null; divisionCode: string | null };

export async function insertUnit(db: Tx, u: NewUnit) {
  const [row] = await queryRows<{ id: number }>(db, sql`insert into units ${insertColumns(units, u)} returning id`);
  return row!.id;
}

/** Updates only when the version matches; returns false on a stale version. */
export async function updateUnit(db: Tx, id: number, version: number, patch: Partial<NewUnit & { active: boolean }>) {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`update units set ${setColumns(units, patch, sql`version = version + 1`, sql`updated_at = now()`)}
        where id = ${id} and version = ${version} returning id`,
  );
  return rows.length === 1;
}

/** True when making `parentId` the parent of `id` would close a loop. */
export async function wouldCreateCycle(db: Tx, id: number, parentId: number): Promise<boolean> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`with recursive up(id, parent_id) as (
          select id, parent_id from units where id = ${parentId}
          union all select u.id, u.parent_id from units u join up on u.id = up.parent_id)
        select id from up where id = ${id} limit 1`,
  );
  return rows.length > 0;
}

/** Inserts many units in one statement (unnest), resolving parents by name; skips existing names. */
export async function insertUnitsBulk(
  db: Tx,
  rows: { name: string; kind: string; parentName: string | null; divisionCode: string | null }[],
) {
  // Parents first: each pass inserts the rows whose parent already exists.
  let pending = rows;
  let inserted = 0;
  while (pending.length) {
    const result = await queryRows<{ name: string }>(
      db,
      sql`insert into units (name, kind, parent_id, division_code)
          select r.name, r.kind, p.id, r.division_code
          from unnest(${sql.param(pending.map((r) => r.name))}::text[], ${sql.param(pending.map((r) => r.kind))}::text[],
                      ${sql.param(pending.map((r) => r.parentName))}::text[], ${sql.param(pending.map((r) => r.divisionCode))}::text[])
               with ordinality as r(name, kind, parent_name, division_code, ord)
          left join units p on p.name = r.parent_name
          where (r.parent_name is null or p.id is not null)
            and not exists (select 1 from units e where e.name = r.name)
          order by r.ord
          returning name`,
    );
    const existing = new Set(
      (
        await queryRows<{ name: string }>(
          db,
          sql`select name from units where name = any(${sql.param(pending.map((r) => r.name))}::text[])`,
        )
      ).map((r) => r.name),
    );
    inserted += result.length;
    const next = pending.filter((r) => !existing.has(r.name));
    if (next.length === pending.length)
      throw new Error(`units with unknown parents: ${next.map((r) => r.name).join(', ')}`);
    pending = next;
  }
  return inserted;
}

/** The office's active units (who arbitrate conflicts, and hear of every escalation). */
export async function findOfficeUnitIds(db: Tx): Promise<number[]> {
  const rows = await queryRows<{ id: number }>(db, sql`select id from units where kind = 'office' and active`);
  return rows.map((r) => r.id);
}

/** How many units there are, active or not. */
export async function countUnits(db: Tx): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from units`);
  return row?.n ?? 0;
}

/** Every unit's id, active or not. */
export async function findAllUnitIds(db: Tx): Promise<number[]> {
  return (await queryRows<{ id: number }>(db, sql`select id from units`)).map((u) => u.id);
}

/** The active units' ids and names (the names a sheet's unit column is matched against). */
export async function findActiveUnitNames(db: Tx): Promise<{ id: number; name: string }[]> {
  return queryRows<{ id: number; name: string }>(db, sql`select id, name from units where active`);
}

/** Which of the given unit ids are active units. */
export async function findActiveUnitIds(db: Tx, ids: number[]): Promise<number[]> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`select id from units where active and id = any(${sql.param(ids)}::int[])`,
  );
  return rows.map((u) => u.id);
}
