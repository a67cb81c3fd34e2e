/**
 * Dates and times as a cell's number format shows them (yyyy"年"m"月"d"日", 上午/下午h"时"mm"分",
 * [h]:mm:ss …), and the calendar date an import reads from a serial; the numbers' side is
 * number-format.ts.
 */
import type { Section } from './number-format.ts';

type DateParts = {
  y: number;
  m: number;
  d: number;
  H: number;
  M: number;
  S: number;
  ms: number;
  dow: number;
  total: number;
};

/**
 * A serial date as calendar parts. 1900 system: serial 1 is 1900-01-01 and 60 is Excel's
 * 1900-02-29 (Lotus's leap-year bug, kept so later serials land on the right day).
 */
function dateParts(serial: number, date1904: boolean, subsecond: number): DateParts {
  const unit = subsecond ? 10 ** (3 - subsecond) : 1000;
  const total = Math.round(Math.round(serial * 86_400_000) / unit) * unit;
  const days = Math.floor(total / 86_400_000);
  const time = total - days * 86_400_000;
  let y: number;
  let m: number;
  let d: number;
  let dow: number;
  if (!date1904 && days < 61) {
    [y, m, d] =
      days === 60 ? [1900, 2, 29] : days === 0 ? [1900, 1, 0] : partsOf(Date.UTC(1899, 11, 31) + days * 86_400_000);
    dow = (days + 6) % 7;
  } else {
    const ms = (date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30)) + days * 86_400_000;
    [y, m, d] = partsOf(ms);
    dow = new Date(ms).getUTCDay();
  }
  return {
    y,
    m,
    d,
    dow,
    H: Math.floor(time / 3_600_000),
    M: Math.floor(time / 60_000) % 60,
    S: Math.floor(time / 1000) % 60,
    ms: time % 1000,
    total,
  };
}

function partsOf(ms: number): [number, number, number] {
  const date = new Date(ms);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const isoByDay = new Map<number, string>();

/** YYYY-MM-DD of a serial date; a ledger repeats its days, so whole days are remembered. */
export function dateValue(serial: number, date1904: boolean): string {
  if (!Number.isInteger(serial) || date1904) return isoDate(dateParts(serial, date1904, 0));
  let iso = isoByDay.get(serial);
  if (iso === undefined) {
    iso = isoDate(dateParts(serial, false, 0));
    if (isoByDay.size < 100_000) isoByDay.set(serial, iso);
  }
  return iso;
}
const isoDate = (p: DateParts) => `${pad(p.y, 4)}-${pad(p.m)}-${pad(p.d)}`;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ZH_DAYS = '日一二三四五六';

export function renderDate(section: Section, serial: number, date1904: boolean): string {
  const p = dateParts(serial, date1904, section.subsecond);
  let out = '';
  for (const t of section.tokens) {
    if (t.t === 'lit') out += t.s;
    else if (t.t === 'pad') out += ' ';
    else if (t.t === 'date') out += dateToken(t.s, p, section.twelveHour);
  }
  return out;
}

function dateToken(s: string, p: DateParts, twelveHour: boolean): string {
  const hour12 = p.H % 12 === 0 ? 12 : p.H % 12;
  switch (s) {
    case 'y':
    case 'yy':
      return pad(p.y % 100);
    case 'm':
      return String(p.m);
    case 'mm':
      return pad(p.m);
    case 'mmm':
      return MONTHS[p.m - 1]!.slice(0, 3);
    case 'mmmmm':
      return MONTHS[p.m - 1]![0]!;
    case 'd':
      return String(p.d);
    case 'dd':
      return pad(p.d);
    case 'ddd':
      return DAYS[p.dow]!.slice(0, 3);
    case 'aaa':
      return ZH_DAYS[p.dow]!;
    case 'aaaa':
      return `星期${ZH_DAYS[p.dow]}`;
    case 'h':
      return String(twelveHour ? hour12 : p.H);
    case 'hh':
      return pad(twelveHour ? hour12 : p.H);
    case 'n':
      return String(p.M);
    case 'nn':
      return pad(p.M);
    case 's':
      return String(p.S);
    case 'ss':
      return pad(p.S);
    case '[h]':
      return String(Math.floor(p.total / 3_600_000));
    case '[m]':
      return String(Math.floor(p.total / 60_000));
    case '[s]':
      return String(Math.floor(p.total / 1000));
    case 'AM/PM':
      return p.H < 12 ? 'AM' : 'PM';
    case 'A/P':
      return p.H < 12 ? 'A' : 'P';
    case '上午/下午':
      return p.H < 12 ? '上午' : '下午';
    default:
      if (s[0] === '.') return `.${pad(p.ms, 3).slice(0, s.length - 1)}`;
      if (s[0] === 'y') return pad(p.y, 4);
      if (s[0] === 'm') return MONTHS[p.m - 1]!;
      if (s[0] === 'd') return DAYS[p.dow]!;
      if (s[0] === 'h') return pad(twelveHour ? hour12 : p.H);
      if (s[0] === 'n') return pad(p.M);
      if (s[0] === 's') return pad(p.S);
      return '';
  }
}
