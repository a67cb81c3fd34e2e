import { msg } from '@zhaoshang/shared';
import { BUILTIN_FORMATS } from './builtin-formats.ts';
import { generalValue, type NumberFormat, numberFormat } from './number-format.ts';
import { SpreadsheetError, type Table, type TableRow } from './read-table.ts';

/**
 * The first sheet of an .xlsx as header names and cell texts, read straight from its XML: an
 * import needs the text each cell shows, not a workbook model, and building that model for
 * 100,000 rows took more than a gigabyte. Handles what Excel, WPS and LibreOffice write: shared
 * and inline strings (rich text runs joined), booleans, formula results, and numbers read through
 * their cell's number format (number-format.ts: dates as YYYY-MM-DD in the 1900 and 1904 systems,
 * amounts at their displayed precision without separators, General as the formula bar shows it);
 * refuses a merged header cell.
 */
export async function readXlsxText(bytes: Buffer): Promise<Table> {
  const { default: JSZip } = await import('jszip');
  let zip: InstanceType<typeof JSZip>;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new SpreadsheetError(msg('sheet.unreadable'));
  }
  const text = async (name: string) => (await zip.file(name)?.async('string')) ?? null;
  const workbook = await text('xl/workbook.xml');
  if (!workbook) throw new SpreadsheetError(msg('sheet.notXlsx'));
  const firstSheet = /<(?:\w+:)?sheet\b[^>]*?\s(?:\w+:)?id="([^"]+)"/.exec(workbook)?.[1];
  if (!firstSheet) throw new SpreadsheetError(msg('sheet.noSheet'));
  const rels = (await text('xl/_rels/workbook.xml.rels')) ?? '';
  let target: string | undefined;
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*)\/?>/g)) {
    if (attr(m[1]!, 'Id') === firstSheet) target = attr(m[1]!, 'Target');
  }
  if (!target) throw new SpreadsheetError(msg('sheet.noSheet'));
  const sheetPath = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
  const [sheet, sharedXml, stylesXml] = await Promise.all([
    text(sheetPath),
    text('xl/sharedStrings.xml'),
    text('xl/styles.xml'),
  ]);
  if (!sheet) throw new SpreadsheetError(msg('sheet.noSheet'));
  const shared = sharedXml
    ? [...sharedXml.matchAll(/<(?:\w+:)?si\b[^>]*>([\s\S]*?)<\/(?:\w+:)?si>/g)].map((m) => runsText(m[1]!))
    : [];
  const date1904 = /date1904="(1|true)"/.test(workbook);
  const formats = cellFormats(stylesXml ?? '', date1904);

  for (const m of sheet.matchAll(/<(?:\w+:)?mergeCell\b[^>]*\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g)) {
    if (m[2] === '1' && m[1] !== m[3])
      throw new SpreadsheetError(msg('sheet.mergedHeader', { column: columnIndex(m[1]!) + 2 }));
  }

  const cellText = (attrs: string, body: string): string => {
    const t = attr(attrs, 't');
    if (t === 'inlineStr') return runsText(/<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/.exec(body)?.[1] ?? '');
    const v = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body)?.[1];
    if (v === undefined) return '';
    if (t === 's') return shared[Number(v)] ?? '';
    if (t === 'str' || t === 'e') return unescapeXml(v);
    if (t === 'b') return v === '1' ? 'TRUE' : 'FALSE';
    const n = Number(v);
    if (!Number.isFinite(n)) return unescapeXml(v);
    const format = formats[Number(attr(attrs, 's') ?? 0)];
    return format ? format.value(n) : generalValue(n);
  };

  let headers: string[] = [];
  const rows: TableRow[] = [];
  let nextRow = 1;
  for (const m of sheet.matchAll(/<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g)) {
    const rowNumber = Number(attr(m[1]!, 'r') ?? nextRow);
    nextRow = rowNumber + 1;
    const values: string[] = [];
    let nextCol = 0;
    for (const c of (m[2] ?? '').matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
      const ref = attr(c[1]!, 'r');
      const col = ref ? columnIndex(/^[A-Z]+/.exec(ref)?.[0] ?? 'A') : nextCol;
      nextCol = col + 1;
      values[col] = cellText(c[1]!, c[2] ?? '').trim();
    }
    if (rowNumber === 1) {
      headers = Array.from(values, (v) => v ?? '');
      continue;
    }
    const cells: Record<string, string> = {};
    headers.forEach((h, i) => {
      if (h) cells[h] = values[i] ?? '';
    });
    if (Object.values(cells).some((v) => v !== '')) rows.push({ rowNumber, cells });
  }
  return { headers, rows };
}

const attrPatterns = new Map<string, RegExp>();

function attr(attrs: string, name: string): string | undefined {
  let pattern = attrPatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)(?:\\w+:)?${name}="([^"]*)"`);
    attrPatterns.set(name, pattern);
  }
  const m = pattern.exec(attrs);
  return m ? unescapeXml(m[1]!) : undefined;
}

/** The text of a string item: its `<t>` runs joined, phonetic guides (`<rPh>`) left out. */
function runsText(xml: string): string {
  const withoutPhonetic = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  let out = '';
  for (const m of withoutPhonetic.matchAll(/<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g))
    out += unescapeXml(m[1] ?? '');
  return out;
}

function unescapeXml(s: string): string {
  return s.includes('&')
    ? s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_m, e: string) =>
        e[0] === '#'
          ? String.fromCodePoint(e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)))
          : { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[e]!,
      )
    : s;
}

/** Column letters to a 0-based index (A → 0, AA → 26). */
function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Each cell style's (cellXfs index) number format; General where the style names none. */
function cellFormats(styles: string, date1904: boolean): (NumberFormat | undefined)[] {
  const custom = new Map<number, string>();
  for (const m of styles.matchAll(/<(?:\w+:)?numFmt\b([^>]*)\/?>/g))
    custom.set(Number(attr(m[1]!, 'numFmtId')), attr(m[1]!, 'formatCode') ?? '');
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(styles)?.[1] ?? '';
  return [...xfs.matchAll(/<(?:\w+:)?xf\b([^>]*?)(?:\/>|>)/g)].map((m) => {
    const id = Number(attr(m[1]!, 'numFmtId') ?? 0);
    const code = custom.get(id) ?? BUILTIN_FORMATS[id];
    return code && !/^general$/i.test(code) ? numberFormat(code, { date1904 }) : undefined;
  });
}
