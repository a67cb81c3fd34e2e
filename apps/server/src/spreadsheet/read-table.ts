import fs from 'node:fs';
import { type Message, msg, renderMessage } from '@zhaoshang/shared';
import { readXlsxText } from './xlsx-reader.ts';

/**
 * Reads the first sheet of an .xlsx or a .csv file into header names and text cells, the way
 * a clerk's file comes: saved by Excel, WPS or LibreOffice (rich-text cells read as their
 * text), CSV in UTF-8 with or without BOM, or in GBK (detected and decoded). Files that are
 * not spreadsheets at all are refused with a reason a clerk understands.
 */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** What the workbook may unpack to: a zip bomb stops here instead of filling the memory. */
const MAX_UNPACKED_BYTES = 400 * 1024 * 1024;

export type TableRow = { rowNumber: number; cells: Record<string, string> };
export type Table = { headers: string[]; rows: TableRow[]; encoding?: 'utf-8' | 'gbk' };

/** A table made in memory (the demo city's rows), numbered as a sheet would be: the first row is the headers. */
export function tableOf(headers: string[], rows: string[][]): Table {
  return {
    headers,
    rows: rows.map((cells, i) => ({
      rowNumber: i + 2,
      cells: Object.fromEntries(headers.map((h, j) => [h, cells[j] ?? ''])),
    })),
  };
}

/** A file that is no readable table; the reason as a catalogue message (its Chinese text as the error's message). */
export class SpreadsheetError extends Error {
  readonly problem: Message;
  constructor(problem: Message) {
    super(renderMessage('zh', problem));
    this.problem = problem;
  }
}

export async function readTableFile(file: string): Promise<Table> {
  const size = fs.statSync(file).size;
  if (size > MAX_IMPORT_BYTES) throw new SpreadsheetError(msg('sheet.tooLargeMb', { mb: (size / 1048576).toFixed(1) }));
  return readTable(fs.readFileSync(file), file);
}

export async function readTable(bytes: Buffer, fileName: string): Promise<Table> {
  if (bytes.length > MAX_IMPORT_BYTES) throw new SpreadsheetError(msg('sheet.tooLarge'));
  if (bytes.length === 0) throw new SpreadsheetError(msg('sheet.empty'));
  const head = bytes.subarray(0, 8);
  if (head.subarray(0, 4).equals(Buffer.from('%PDF'))) throw new SpreadsheetError(msg('sheet.pdf'));
  if (head.equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) {
    throw new SpreadsheetError(msg('sheet.encryptedOrXls'));
  }
  if (head.subarray(0, 2).equals(Buffer.from('PK'))) return readXlsx(bytes);
  if (/\.xlsx$/i.test(fileName)) throw new SpreadsheetError(msg('sheet.notXlsx'));
  return readCsv(bytes);
}

/** The sum of the uncompressed sizes in the zip's central directory. */
function unpackedSize(zip: Buffer): number {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new SpreadsheetError(msg('sheet.truncatedZip'));
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  let total = 0;
  for (let i = 0; i < entries && at + 46 <= zip.length; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) break;
    total += zip.readUInt32LE(at + 24);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return total;
}

async function readXlsx(bytes: Buffer): Promise<Table> {
  if (unpackedSize(bytes) > MAX_UNPACKED_BYTES) throw new SpreadsheetError(msg('sheet.zipBomb'));
  return readXlsxText(bytes);
}

function decode(bytes: Buffer): { text: string; encoding: 'utf-8' | 'gbk' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\ufeff/, ''), encoding: 'utf-8' };
  } catch {
    try {
      return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gbk' };
    } catch {
      throw new SpreadsheetError(msg('sheet.csvEncoding'));
    }
  }
}

/** RFC 4180 fields: quotes, doubled quotes, commas and line breaks inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function readCsv(bytes: Buffer): Table {
  const { text, encoding } = decode(bytes);
  const [headerCells = [], ...body] = parseCsv(text);
  const headers = headerCells.map((h) => h.trim());
  const rows: TableRow[] = [];
  body.forEach((cells, i) => {
    const record: Record<string, string> = {};
    headers.forEach((h, j) => {
      if (h) record[h] = (cells[j] ?? '').trim();
    });
    if (Object.values(record).some((v) => v !== '')) rows.push({ rowNumber: i + 2, cells: record });
  });
  return { headers, rows, encoding };
}

export type ColumnSpec<K extends string> = { key: K; zh: string; aliases: string[]; required?: boolean };

/**
 * Maps the file's headers to fields by their Chinese names or English aliases (case and
 * spaces ignored). A missing required column or an unknown one is reported (as row 1's
 * errors, in the words every import uses), not guessed.
 */
export function mapColumns<K extends string>(table: Table, spec: ColumnSpec<K>[]) {
  const fold = (s: string) => s.replace(/[\s_（）()]/g, '').toLowerCase();
  const byName = new Map<string, K>();
  for (const c of spec) for (const n of [c.zh, ...c.aliases]) byName.set(fold(n), c.key);
  const columns = new Map<K, string>();
  const unknown: string[] = [];
  for (const h of table.headers) {
    if (!h) continue;
    const key = byName.get(fold(h));
    if (key && !columns.has(key)) columns.set(key, h);
    else if (!key) unknown.push(h);
  }
  const missing = spec.filter((c) => c.required && !columns.has(c.key)).map((c) => c.zh);
  const errors = [
    ...missing.map((column) => ({ row: 1, column, reason: msg('import.missingColumn') })),
    ...unknown.map((column) => ({
      row: 1,
      column,
      reason: msg('import.unknownColumn', { columns: spec.map((c) => c.zh).join('、') }),
    })),
  ];
  return { columns, errors };
}
