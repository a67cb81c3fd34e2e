import { createHash } from 'node:crypto';
import type { Message } from '@zhaoshang/shared';
import type { RequestContext } from '../http/context.ts';
import { type ColumnSpec, mapColumns, type Table } from './read-table.ts';
import { type RowError, type RowProblem, wordRowProblems } from './row-problems.ts';

/** How an import is asked for: a dry run or not, and the file (its name and bytes, for the audit record). */
export type ImportOptions = { dryRun: boolean; fileName: string; fileBytes?: Buffer };

/** What every import answers: the rows read, what it wrote (or would write), and every bad row. */
export type ImportReport = {
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: RowError[];
};

/** One data row as an importer reads it: a cell by field (trimmed, '' when the column is absent), and a failure by field. */
export type ImportRow<F extends string> = {
  row: number;
  get(field: F): string;
  fail(field: F, reason: Message): void;
};

export type ImportRun<F extends string> = {
  /** The file's header of each field it has. */
  columns: Map<F, string>;
  /** Every problem found so far, headers first (an importer adds its own: duplicates, clashes). */
  problems: RowProblem[];
  /** True when the headers are wrong: nothing else can be read, answer report() at once. */
  headersFailed: boolean;
  /** The file's own header of a field, or the contract's Chinese one when the file lacks it. */
  label(field: F): string;
  /** Reads every data row; a row whose reader failed a cell (or returned nothing) is left out. */
  readRows<R>(read: (row: ImportRow<F>) => R | undefined): R[];
  /** The answer: the counts (zero while any problem stands) and the problems worded in the asker's language. */
  report(counts?: { created?: number; updated?: number; unchanged?: number }): ImportReport;
  /** The file as the audit record names it: its name and SHA-256. */
  fileFacts(): { file: string; sha256: string | null };
};

/**
 * The preamble every import shares (the registry, leads, projects, foreign capital, the
 * calendar): map the file's headers to the contract's columns, read the rows cell by cell
 * collecting every problem, and report in the asker's language. Writing stays with each
 * importer: nothing is written while a problem stands, and all rows in one transaction.
 */
export function startImport<F extends string>(
  ctx: RequestContext,
  table: Table,
  spec: ColumnSpec<F>[],
  opts: ImportOptions,
): ImportRun<F> {
  const { columns, errors } = mapColumns(table, spec);
  const problems: RowProblem[] = [...errors];
  const label = (f: F) => columns.get(f) ?? spec.find((c) => c.key === f)!.zh;
  return {
    columns,
    problems,
    headersFailed: errors.length > 0,
    label,
    readRows<R>(read: (row: ImportRow<F>) => R | undefined): R[] {
      const rows: R[] = [];
      for (const { rowNumber: row, cells } of table.rows) {
        const before = problems.length;
        const result = read({
          row,
          get: (f) => (columns.has(f) ? (cells[columns.get(f)!] ?? '').trim() : ''),
          fail: (f, reason) => problems.push({ row, column: label(f), reason }),
        });
        if (problems.length === before && result !== undefined) rows.push(result);
      }
      return rows;
    },
    report(counts = {}) {
      const clean = problems.length === 0;
      return {
        dryRun: opts.dryRun,
        rows: table.rows.length,
        created: clean ? (counts.created ?? 0) : 0,
        updated: clean ? (counts.updated ?? 0) : 0,
        unchanged: clean ? (counts.unchanged ?? 0) : 0,
        errors: wordRowProblems(problems, ctx.lang),
      };
    },
    fileFacts: () => ({
      file: opts.fileName,
      sha256: opts.fileBytes ? createHash('sha256').update(opts.fileBytes).digest('hex') : null,
    }),
  };
}
