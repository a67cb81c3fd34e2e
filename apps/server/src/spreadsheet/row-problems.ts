import { type Lang, type Message, renderMessage } from '@zhaoshang/shared';

/** A bad row of an import as found: the row, the file's own column header and why, as a catalogue message. */
export type RowProblem = { row: number; column: string; reason: Message };

/** A bad row as reported, its reason worded in the reader's language. */
export type RowError = { row: number; column: string; reason: string };

/** The problems in row order, worded in the language of the request (or the command line). */
export function wordRowProblems(problems: readonly RowProblem[], lang: Lang): RowError[] {
  return [...problems]
    .sort((a, b) => a.row - b.row)
    .map((p) => ({ row: p.row, column: p.column, reason: renderMessage(lang, p.reason) }));
}
