import { getTableColumns, type InferSelectModel, type SQL, sql, type Table } from 'drizzle-orm';

// Repositories that write their statements in SQL still hand services the rows drizzle's
// builder would: the schema's property names, timestamps as Date, jsonb parsed.

/** Raw rows of `select <table>.*` as the typed rows of that table. */
export function tableRows<T extends Table>(table: T, rows: Record<string, unknown>[]): InferSelectModel<T>[] {
  const columns = Object.entries(getTableColumns(table));
  return rows.map(
    (row) =>
      Object.fromEntries(
        columns.map(([key, column]) => {
          const value = row[column.name];
          return [key, value === null || value === undefined ? null : column.mapFromDriverValue(value)];
        }),
      ) as InferSelectModel<T>,
  );
}

/**
 * `col = value, …` for the defined properties of a patch (undefined ones are left alone, as the
 * builder does), then the extra assignments given (a version bump, a timestamp).
 */
export function setColumns<T extends Table>(
  table: T,
  patch: Partial<Record<keyof T['_']['columns'], unknown>>,
  ...extra: SQL[]
): SQL {
  const columns = getTableColumns(table) as Record<string, T['_']['columns'][string]>;
  const parts = Object.entries(patch)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => {
      const column = columns[key];
      if (!column) throw new Error(`${key} is no column of the table`);
      return sql`${sql.identifier(column.name)} = ${value === null ? null : column.mapToDriverValue(value)}`;
    });
  return sql.join([...parts, ...extra], sql`, `);
}

/** `(col, …) values (…)` for the defined properties of a new row. */
export function insertColumns<T extends Table>(
  table: T,
  values: Partial<Record<keyof T['_']['columns'], unknown>>,
): SQL {
  const columns = getTableColumns(table) as Record<string, T['_']['columns'][string]>;
  const entries = Object.entries(values).filter(([, value]) => value !== undefined);
  const column = (key: string) => {
    const c = columns[key];
    if (!c) throw new Error(`${key} is no column of the table`);
    return c;
  };
  const names = entries.map(([key]) => sql.identifier(column(key).name));
  const params = entries.map(([key, value]) => sql`${value === null ? null : column(key).mapToDriverValue(value)}`);
  return sql`(${sql.join(names, sql`, `)}) values (${sql.join(params, sql`, `)})`;
}
