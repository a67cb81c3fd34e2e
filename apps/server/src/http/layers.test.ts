import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const modules = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../modules');

/** What data access looks like in TypeScript here: drizzle, the query helper, the schema, a raw statement. */
const SQL_SIGNS: [RegExp, string][] = [
  [/from ['"]drizzle-orm(\/[^'"]*)?['"]/, 'imports drizzle-orm'],
  [/import\s*(type\s*)?\{[^}]*\bqueryRows\b[^}]*\}\s*from/, 'imports queryRows'],
  [/from ['"][./]*db\/schema(\/[^'"]*)?['"]/, 'imports the database schema'],
  [/\.execute\(/, 'calls .execute('],
  [/\bsql`/, 'writes sql``'],
];

/** The reasons a file's text is data access (empty: none). */
export function sqlIn(text: string): string[] {
  return SQL_SIGNS.filter(([re]) => re.test(text)).map(([, why]) => why);
}

/** SQL another module's file imports from this one (`../other/…`): fragments named `…Sql`, or the SQL type. */
export function sqlImportedAcrossModules(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*['"]\.\.\/([a-z-]+)\/[^'"]+['"]/g)) {
    const names = m[1]!.split(',').map((n) =>
      n
        .replace(/^\s*type\s+/, '')
        .split(/\s+as\s+/)[0]!
        .trim(),
    );
    for (const name of names) if (/Sql$|^SQL$/.test(name)) found.push(`${name} from ${m[2]}`);
  }
  return found;
}

/**
 * The two ways a repository reaches the database: drizzle's query builder (`db.select()…`,
 * `.insert(`, `.update(`, `.delete(`, `db.query.…`), or statements written in SQL and run with
 * `queryRows`/`.execute(`. A repository keeps to one, so a reader learns one idiom per file:
 * the builder for plain reads and writes, SQL where a query needs CTEs, window functions,
 * trigram operators, unnest or the shared fragments of db/fragments. Inside the builder, `sql`
 * may still write an expression it lacks (`version + 1`, a time-zone cast).
 */
const BUILDER_SIGNS = /\.(select|selectDistinct|insert|update|delete)\(|\b(db|tx)\.query\./;
const RAW_SIGNS = /\bqueryRows\b\s*[<(]|\.execute\(/;

/** The data-access styles a repository's text uses: 'builder', 'sql', or both. */
export function accessStyles(text: string): ('builder' | 'sql')[] {
  return [...(BUILDER_SIGNS.test(text) ? ['builder' as const] : []), ...(RAW_SIGNS.test(text) ? ['sql' as const] : [])];
}

/** Repositories this module's routes import (`./x.repository.ts` or `../m/x.repository.ts`). */
export function repositoriesImported(text: string): string[] {
  return [...text.matchAll(/from\s*['"]([./a-z-]*\/[a-z-]+\.repository)(\.ts)?['"]/g)].map((m) => m[1]!);
}

const isAllowed = (file: string) => file.endsWith('.repository.ts') || file.endsWith('.test.ts');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

describe('layers', () => {
  it('SQL lives only in repositories: no service, route, importer or policy of a module touches the database directly', () => {
    const offenders = sourceFiles(modules)
      .filter((f) => !isAllowed(f))
      .flatMap((f) => sqlIn(fs.readFileSync(f, 'utf8')).map((why) => `${path.relative(modules, f)}: ${why}`));
    expect(offenders).toEqual([]);
  });

  it('no SQL crosses a module boundary: fragments several modules compose live in db/fragments', () => {
    const offenders = sourceFiles(modules).flatMap((f) =>
      sqlImportedAcrossModules(fs.readFileSync(f, 'utf8')).map((what) => `${path.relative(modules, f)}: ${what}`),
    );
    expect(offenders).toEqual([]);
    expect(
      sqlImportedAcrossModules(
        "import { findMajorThreshold, visibleToUnitSql } from '../projects/projects.repository.ts';",
      ),
    ).toEqual(['visibleToUnitSql from projects']);
    expect(sqlImportedAcrossModules("import { type SQL } from '../kpi/kpi.repository.ts';")).toEqual(['SQL from kpi']);
    expect(sqlImportedAcrossModules("import { visibleToUnitSql } from '../../db/fragments/project-scope.ts';")).toEqual(
      [],
    );
  });

  it('one data-access style per repository: the query builder or SQL statements, not both', () => {
    const mixed = sourceFiles(modules)
      .filter((f) => f.endsWith('.repository.ts'))
      .filter((f) => accessStyles(fs.readFileSync(f, 'utf8')).length > 1)
      .map((f) => path.relative(modules, f));
    expect(mixed).toEqual([]);
    expect(accessStyles('return db.select().from(units).where(eq(units.id, id));')).toEqual(['builder']);
    expect(accessStyles('await tx.update(users).set({ version: sql`version + 1` });')).toEqual(['builder']);
    expect(accessStyles('return queryRows<{ id: number }>(db, sql`select id from units`);')).toEqual(['sql']);
    expect(accessStyles('await db.execute(sql`update units set active = false`);')).toEqual(['sql']);
    expect(accessStyles('await db.insert(units).values(u);\nreturn queryRows(db, sql`select 1`);')).toEqual([
      'builder',
      'sql',
    ]);
  });

  it('routes talk to services only: no route file imports a repository', () => {
    const offenders = sourceFiles(modules)
      .filter((f) => f.endsWith('.routes.ts'))
      .flatMap((f) =>
        repositoriesImported(fs.readFileSync(f, 'utf8')).map((r) => `${path.relative(modules, f)}: ${r}`),
      );
    expect(offenders).toEqual([]);
    expect(repositoriesImported("import { findIssuingUnitName } from './bulletins.repository.ts';")).toEqual([
      './bulletins.repository',
    ]);
    expect(repositoriesImported("import { x } from '../org/units.repository.ts';")).toEqual([
      '../org/units.repository',
    ]);
    expect(repositoriesImported("import { readBulletin } from './bulletins.service.ts';")).toEqual([]);
  });

  it('recognises each kind of data access (the scan above can fail)', () => {
    expect(sqlIn("import { sql } from 'drizzle-orm';")).toEqual(['imports drizzle-orm']);
    expect(sqlIn("import { type Database, queryRows } from '../../db/client.ts';")).toEqual(['imports queryRows']);
    expect(sqlIn("import { projects } from '../../db/schema/index.ts';")).toEqual(['imports the database schema']);
    expect(sqlIn('await tx.execute(lock);')).toEqual(['calls .execute(']);
    expect(sqlIn('const q = sql`select 1`;')).toEqual(['writes sql``']);
    expect(sqlIn("import type { Database, Tx } from '../../db/client.ts';")).toEqual([]);
  });
});
