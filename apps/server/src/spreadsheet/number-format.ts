/**
 * Excel number formats (ECMA-376 18.8.31): the text a number shows in a cell with a given format
 * code, and the text an import reads from it. The two differ only where the display adds marks
 * that are not data: an import reads a date as YYYY-MM-DD whatever its look, and an amount as the
 * number at its displayed precision without thousands separators or currency symbol (¥1,234.50 →
 * 1234.50), so the importers' own checks see what the clerk typed. Marks that change the meaning
 * stay: a percent sign, a unit written into the format ("万元"), an exponent.
 */
import { dateValue, renderDate } from './date-format.ts';

/** A compiled format: what a number shows, what an import reads, and whether it shows a date. */
export type NumberFormat = {
  /** The text the cell shows, as Excel shows it. */
  shown(value: number): string;
  /** The text an import reads: a date as YYYY-MM-DD, a number without separators or currency. */
  value(value: number): string;
  /** The format shows a calendar date (a time of day may come with it). */
  showsDate: boolean;
};

export type Token =
  | { t: 'lit'; s: string; currency?: boolean }
  | { t: 'pad' }
  | { t: 'digit'; c: '0' | '#' | '?' }
  | { t: 'point' }
  | { t: 'comma' }
  | { t: 'percent' }
  | { t: 'exp'; sign: '+' | '-' }
  | { t: 'slash' }
  | { t: 'general' }
  | { t: 'text' }
  | { t: 'date'; s: string };

export type Section = {
  tokens: Token[];
  kind: 'number' | 'date' | 'general' | 'empty';
  showsDate: boolean;
  condition?: (v: number) => boolean;
  // Number sections: percent scaling, thousands scaling, grouping, placeholders.
  scale: number;
  grouping: boolean;
  hasDigits: boolean;
  subsecond: number;
  twelveHour: boolean;
};

const CURRENCY = /[¥￥$€£]/;
const cache = new Map<string, NumberFormat>();

/** Compiles a format code (cached: a workbook has few formats and many cells). */
export function numberFormat(code: string, opts: { date1904?: boolean } = {}): NumberFormat {
  const key = `${opts.date1904 ? 1 : 0}${code}`;
  let format = cache.get(key);
  if (!format) {
    format = compile(code, opts.date1904 ?? false);
    cache.set(key, format);
  }
  return format;
}

/** The text `value` shows in a cell formatted with `code`. */
export function formatNumber(value: number, code: string, opts: { date1904?: boolean } = {}): string {
  return numberFormat(code, opts).shown(value);
}

function compile(code: string, date1904: boolean): NumberFormat {
  const sections = splitSections(code).map(parseSection);
  const pick = (v: number): { section: Section; v: number; minus: boolean; negativeSection: boolean } => {
    if (sections.some((s) => s.condition)) {
      const conditional = sections.filter((s) => s.condition).slice(0, 2);
      const match = conditional.find((s) => s.condition!(v));
      if (match)
        return { section: match, v: Math.abs(v), minus: v < 0 && match === sections[0], negativeSection: false };
      const rest = sections.find((s) => !s.condition) ?? sections[sections.length - 1]!;
      return { section: rest, v: Math.abs(v), minus: v < 0, negativeSection: false };
    }
    const [first, second, third] = sections as [Section, Section?, Section?];
    if (v < 0 && second) return { section: second, v: -v, minus: false, negativeSection: true };
    if (v === 0 && third) return { section: third, v, minus: false, negativeSection: false };
    return { section: first, v: Math.abs(v), minus: v < 0, negativeSection: false };
  };
  const render = (value: number, plain: boolean): string => {
    if (!Number.isFinite(value)) return String(value);
    const { section, v, minus, negativeSection } = pick(value);
    if (section.kind === 'general')
      return renderLiterals(section, minus ? -v : v, plain, (x) => (plain ? generalValue(x) : generalShown(x)));
    if (section.kind === 'empty') return plain && value === 0 ? '0' : '';
    if (section.kind === 'date') {
      if (value < 0) return plain ? generalValue(value) : '#'.repeat(11);
      if (plain && section.showsDate) return dateValue(value, date1904);
      return renderDate(section, value, date1904);
    }
    let out = renderNumber(section, v, plain);
    const zero = !/[1-9]/.test(out);
    if (minus && !zero) out = `-${out}`;
    if (!plain) return out;
    out = out.trim();
    // A zero shown as a dash or nothing (accounting formats) is a zero.
    if (value === 0 && !/\d/.test(out)) return '0';
    if (negativeSection) {
      const inParens = /^\(\s*(.*?)\s*\)$/.exec(out);
      if (inParens) out = `-${inParens[1]}`;
    }
    return out
      .replace(/^(-?)\s+/, '$1')
      .replace(/(^|-)\.(\d)/, '$10.$2')
      .replace(/(\d)\.(?!\d)/, '$1');
  };
  const showsDate = sections[0]?.showsDate ?? false;
  return { shown: (v) => render(v, false), value: (v) => render(v, true), showsDate };
}

/** Splits at `;` outside quotes, brackets and escapes. */
function splitSections(code: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < code.length; i++) {
    const ch = code[i]!;
    if (ch === '"') {
      const end = code.indexOf('"', i + 1);
      const stop = end < 0 ? code.length : end;
      cur += code.slice(i, stop + 1);
      i = stop;
    } else if (ch === '\\' || ch === '_' || ch === '*') {
      cur += code.slice(i, i + 2);
      i++;
    } else if (ch === '[') {
      const end = code.indexOf(']', i);
      const stop = end < 0 ? code.length : end;
      cur += code.slice(i, stop + 1);
      i = stop;
    } else if (ch === ';') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function parseSection(src: string): Section {
  const tokens: Token[] = [];
  let condition: Section['condition'];
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    const rest = src.slice(i);
    if (ch === '"') {
      const end = src.indexOf('"', i + 1);
      const stop = end < 0 ? src.length : end;
      const s = src.slice(i + 1, stop);
      tokens.push({ t: 'lit', s, currency: CURRENCY.test(s) && s.trim().length === 1 });
      i = stop;
    } else if (ch === '\\') {
      const s = src[i + 1] ?? '';
      tokens.push({ t: 'lit', s, currency: CURRENCY.test(s) });
      i++;
    } else if (ch === '_') {
      tokens.push({ t: 'pad' });
      i++;
    } else if (ch === '*') i++;
    else if (ch === '[') {
      const end = src.indexOf(']', i);
      const inner = src.slice(i + 1, end < 0 ? src.length : end);
      i = end < 0 ? src.length : end;
      if (inner.startsWith('$')) {
        const symbol = inner.slice(1).split('-')[0]!;
        if (symbol) tokens.push({ t: 'lit', s: symbol, currency: CURRENCY.test(symbol) });
      } else if (/^(h+|m+|s+)$/i.test(inner)) tokens.push({ t: 'date', s: `[${inner[0]!.toLowerCase()}]` });
      else {
        const cond = /^(<=|>=|<>|<|>|=)\s*(-?[\d.]+)$/.exec(inner);
        if (cond) condition = comparator(cond[1]!, Number(cond[2]));
      }
    } else if (/^general/i.test(rest)) {
      tokens.push({ t: 'general' });
      i += 6;
    } else if (ch === '0' || ch === '#' || ch === '?') tokens.push({ t: 'digit', c: ch });
    else if (ch === '.') tokens.push({ t: 'point' });
    else if (ch === ',') tokens.push({ t: 'comma' });
    else if (ch === '%') tokens.push({ t: 'percent' });
    else if ((ch === 'E' || ch === 'e') && (src[i + 1] === '+' || src[i + 1] === '-')) {
      tokens.push({ t: 'exp', sign: src[i + 1] as '+' | '-' });
      i++;
    } else if (ch === '/') tokens.push({ t: 'slash' });
    else if (ch === '@') tokens.push({ t: 'text' });
    else if (/^am\/pm/i.test(rest)) {
      tokens.push({ t: 'date', s: 'AM/PM' });
      i += 4;
    } else if (/^a\/p/i.test(rest)) {
      tokens.push({ t: 'date', s: 'A/P' });
      i += 2;
    } else if (rest.startsWith('上午/下午')) {
      tokens.push({ t: 'date', s: '上午/下午' });
      i += 4;
    } else if (/^aaaa?/.test(rest)) {
      const n = rest.startsWith('aaaa') ? 4 : 3;
      tokens.push({ t: 'date', s: 'a'.repeat(n) });
      i += n - 1;
    } else if (/[ymdhse]/i.test(ch)) {
      let j = i;
      while (src[j]?.toLowerCase() === ch.toLowerCase()) j++;
      const letter = ch.toLowerCase() === 'e' ? 'y' : ch.toLowerCase();
      tokens.push({ t: 'date', s: letter.repeat(ch.toLowerCase() === 'e' ? 4 : j - i) });
      i = j - 1;
    } else tokens.push({ t: 'lit', s: ch, currency: CURRENCY.test(ch) });
  }
  return analyse(tokens, condition);
}

function comparator(op: string, n: number): (v: number) => boolean {
  switch (op) {
    case '<':
      return (v) => v < n;
    case '<=':
      return (v) => v <= n;
    case '>':
      return (v) => v > n;
    case '>=':
      return (v) => v >= n;
    case '<>':
      return (v) => v !== n;
    default:
      return (v) => v === n;
  }
}

function analyse(tokens: Token[], condition: Section['condition']): Section {
  const section: Section = {
    tokens,
    kind: 'number',
    showsDate: false,
    condition,
    scale: 1,
    grouping: false,
    hasDigits: false,
    subsecond: 0,
    twelveHour: false,
  };
  const dates = tokens.filter((t): t is Token & { t: 'date' } => t.t === 'date');
  if (dates.length) {
    section.kind = 'date';
    // m is minutes right after an hour or right before seconds, months otherwise.
    dates.forEach((d, k) => {
      if (d.s[0] !== 'm' || d.s.length > 2) return;
      const before = dates[k - 1]?.s;
      const after = dates[k + 1]?.s;
      if (before?.[0] === 'h' || before === '[h]' || after?.[0] === 's' || after === '[s]')
        d.s = d.s === 'm' ? 'n' : 'nn';
    });
    section.showsDate = dates.some((d) => /^[ymda]/.test(d.s));
    section.twelveHour = dates.some((d) => d.s.includes('/'));
    // A point followed by zeros after seconds is fractions of a second.
    for (let k = 0; k < tokens.length; k++) {
      if (tokens[k]!.t !== 'point') continue;
      let n = 0;
      while (tokens[k + 1 + n]?.t === 'digit') n++;
      if (!n) continue;
      tokens.splice(k, n + 1, { t: 'date', s: `.${'0'.repeat(n)}` });
      section.subsecond = Math.max(section.subsecond, n);
    }
    for (const [k, tok] of tokens.entries())
      if (tok.t !== 'date' && tok.t !== 'lit' && tok.t !== 'pad') tokens[k] = { t: 'lit', s: symbolOf(tok) };
    return section;
  }
  if (tokens.some((t) => t.t === 'general')) {
    section.kind = 'general';
    return section;
  }
  const digits = tokens.filter((t) => t.t === 'digit');
  if (!digits.length) {
    if (tokens.some((t) => t.t === 'text')) section.kind = 'general';
    else if (!tokens.length) section.kind = 'empty';
    return section;
  }
  section.hasDigits = true;
  for (const t of tokens) if (t.t === 'percent') section.scale *= 100;
  // A comma between integer placeholders groups thousands; commas right after a placeholder divide by 1,000.
  const firstDigit = tokens.findIndex((t) => t.t === 'digit');
  const end = tokens.findIndex((t) => t.t === 'point' || t.t === 'exp');
  const lastIntDigit = lastIndex(tokens, (t, k) => t.t === 'digit' && (end < 0 || k < end));
  tokens.forEach((t, k) => {
    if (t.t !== 'comma') return;
    if (k > firstDigit && k < lastIntDigit) section.grouping = true;
    else {
      let j = k - 1;
      while (j >= 0 && tokens[j]!.t === 'comma') j--;
      if (j >= 0 && tokens[j]!.t === 'digit') section.scale /= 1000;
    }
  });
  return section;
}

/** Array.prototype.findLastIndex, which the server's ES2022 library lacks. */
function lastIndex<T>(list: T[], test: (item: T, index: number) => boolean): number {
  for (let k = list.length - 1; k >= 0; k--) if (test(list[k]!, k)) return k;
  return -1;
}

function symbolOf(t: Token): string {
  switch (t.t) {
    case 'point':
      return '.';
    case 'comma':
      return ',';
    case 'percent':
      return '%';
    case 'slash':
      return '/';
    case 'digit':
      return t.c;
    default:
      return '';
  }
}

/** Literals around a General placeholder ("¥"General, General"元"). */
function renderLiterals(section: Section, v: number, plain: boolean, general: (v: number) => string): string {
  let out = '';
  for (const t of section.tokens) {
    if (t.t === 'general' || t.t === 'text') out += general(v);
    else if (t.t === 'lit' && !(plain && t.currency)) out += t.s;
    else if (t.t === 'pad' && !plain) out += ' ';
  }
  return plain ? out.trim() : out;
}

function renderNumber(section: Section, value: number, plain: boolean): string {
  const v = value * section.scale;
  const tokens = section.tokens;
  const slash = tokens.findIndex((t) => t.t === 'slash');
  if (slash > 0 && tokens[slash - 1]!.t === 'digit') return renderFraction(section, v, slash, plain);
  const expAt = tokens.findIndex((t) => t.t === 'exp');
  const mantissaEnd = expAt < 0 ? tokens.length : expAt;
  const pointAt = tokens.findIndex((t, k) => t.t === 'point' && k < mantissaEnd);
  const intPlaces = tokens.filter((t, k) => t.t === 'digit' && k < (pointAt < 0 ? mantissaEnd : pointAt)).length;
  const decimals = pointAt < 0 ? 0 : tokens.filter((t, k) => t.t === 'digit' && k > pointAt && k < mantissaEnd).length;
  let mantissa = v;
  let exponent = 0;
  if (expAt >= 0 && v !== 0) {
    const engineering = intPlaces > 1 && tokens.some((t, k) => t.t === 'digit' && t.c === '#' && k < pointAt);
    const magnitude = Math.floor(Math.log10(v));
    exponent = engineering ? Math.floor(magnitude / intPlaces) * intPlaces : magnitude - Math.max(0, intPlaces - 1);
    mantissa = v / 10 ** exponent;
    const rounded = Number(roundFixed(mantissa, decimals));
    if (rounded >= 10 ** Math.max(1, intPlaces)) {
      exponent += engineering ? intPlaces : 1;
      mantissa = v / 10 ** exponent;
    }
  }
  const [intText, fracText = ''] = roundFixed(mantissa, decimals).split('.') as [string, string?];
  const intDigits = intText === '0' ? '' : intText;
  // Which trailing fraction placeholders show nothing: a '#' or '?' with a zero and only such after it.
  const fracTokens = tokens.filter((t, k) => t.t === 'digit' && k > pointAt && pointAt >= 0 && k < mantissaEnd);
  const trimmed: boolean[] = [];
  let trimming = true;
  for (let k = fracTokens.length - 1; k >= 0; k--) {
    const c = (fracTokens[k] as { c: string }).c;
    trimming = trimming && c !== '0' && fracText[k] === '0';
    trimmed[k] = trimming;
  }
  let out = '';
  let intIndex = 0;
  let fracIndex = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (k === expAt && t.t === 'exp') {
      const digitsAfter = tokens.filter((x, j) => j > expAt && x.t === 'digit').length;
      out += `E${exponent < 0 ? '-' : t.sign === '+' ? '+' : ''}${String(Math.abs(exponent)).padStart(digitsAfter, '0')}`;
      k = lastIndex(tokens, (x) => x.t === 'digit');
      continue;
    }
    switch (t.t) {
      case 'digit':
        if (pointAt < 0 || k < pointAt) {
          const position = intPlaces - 1 - intIndex;
          const own = intIndex === 0 ? intDigits.slice(0, Math.max(0, intDigits.length - position)) : '';
          const digit = intDigits[intDigits.length - 1 - position];
          const chunk =
            intIndex === 0
              ? own || (t.c === '0' ? '0' : t.c === '?' ? ' ' : '')
              : (digit ?? (t.c === '0' ? '0' : t.c === '?' ? ' ' : ''));
          // Each character of the chunk sits at a known position from the right, for the grouping commas.
          for (let c = 0; c < chunk.length; c++) {
            out += chunk[c];
            const at = position + chunk.length - 1 - c;
            if (section.grouping && !plain && at > 0 && at % 3 === 0 && chunk[c] !== ' ') out += ',';
          }
          intIndex++;
        } else {
          const c = fracText[fracIndex] ?? '0';
          out += trimmed[fracIndex] ? (t.c === '?' ? ' ' : '') : c;
          fracIndex++;
        }
        break;
      case 'point':
        if (intPlaces === 0) out += intDigits;
        out += '.';
        break;
      case 'percent':
        out += '%';
        break;
      case 'lit':
        if (!(plain && t.currency)) out += t.s;
        break;
      case 'pad':
        if (!plain) out += ' ';
        break;
      case 'text':
      case 'general':
        break;
      case 'slash':
        out += '/';
        break;
      default:
        break;
    }
  }
  return out;
}

function renderFraction(section: Section, v: number, slash: number, plain: boolean): string {
  const tokens = section.tokens;
  let numStart = slash;
  while (numStart > 0 && tokens[numStart - 1]!.t === 'digit') numStart--;
  let denEnd = slash + 1;
  let fixed = '';
  while (denEnd < tokens.length) {
    const t = tokens[denEnd]!;
    if (t.t === 'digit') fixed += t.c;
    else if (t.t === 'lit' && /^\d$/.test(t.s)) fixed += t.s;
    else break;
    denEnd++;
  }
  const hasWhole = tokens.slice(0, numStart).some((t) => t.t === 'digit');
  const whole = hasWhole ? Math.floor(v) : 0;
  const rest = v - whole;
  let num: number;
  let den: number;
  if (/^\d+$/.test(fixed)) {
    den = Number(fixed);
    num = Math.round(rest * den);
  } else [num, den] = bestFraction(rest, 10 ** fixed.length - 1);
  let wholeShown = whole;
  if (num === den && hasWhole) {
    wholeShown++;
    num = 0;
  }
  const width = slash - numStart + 1 + fixed.length;
  let out = '';
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (k === numStart) {
      out +=
        num === 0 && hasWhole
          ? ' '.repeat(width)
          : `${String(num).padStart(slash - numStart, ' ')}/${String(den).padEnd(fixed.length, ' ')}`;
      k = denEnd - 1;
    } else if (t.t === 'digit') {
      const firstWhole = tokens.findIndex((x) => x.t === 'digit') === k;
      if (firstWhole) out += wholeShown === 0 ? (num === 0 ? '0' : '') : String(wholeShown);
    } else if (t.t === 'lit' && !(plain && t.currency)) out += t.s;
    else if (t.t === 'pad' && !plain) out += ' ';
  }
  return plain ? out.trim() : out;
}

/** The closest fraction with a denominator up to `maxDen` (a walk of the Stern–Brocot tree). */
function bestFraction(x: number, maxDen: number): [number, number] {
  let [a, b, c, d] = [0, 1, 1, 1];
  while (b <= maxDen && d <= maxDen) {
    const mediant = (a + c) / (b + d);
    if (x === mediant) {
      if (b + d <= maxDen) return [a + c, b + d];
      return d > b ? [c, d] : [a, b];
    }
    if (x > mediant) [a, b] = [a + c, b + d];
    else [c, d] = [a + c, b + d];
  }
  const lower = b > maxDen ? null : ([a, b] as [number, number]);
  const upper = d > maxDen ? null : ([c, d] as [number, number]);
  if (!lower) return upper!;
  if (!upper) return lower;
  return Math.abs(x - lower[0] / lower[1]) <= Math.abs(x - upper[0] / upper[1]) ? lower : upper;
}

/**
 * `x` (≥ 0) with `decimals` places, rounded half away from zero after rounding to the 15
 * significant digits Excel keeps — so 1.005 shows 1.01, as in Excel, where toFixed gives 1.00.
 */
export function roundFixed(x: number, decimals: number): string {
  if (x === 0) return decimals ? `0.${'0'.repeat(decimals)}` : '0';
  // Most amounts are exact at the shown places (1234.5 at two): no rounding to do.
  const scaled = x * 10 ** decimals;
  if (Number.isInteger(scaled) && scaled < 1e15) {
    const s = String(scaled).padStart(decimals + 1, '0');
    return decimals ? `${s.slice(0, -decimals)}.${s.slice(-decimals)}` : s;
  }
  const [mant, e] = x.toExponential(14).split('e') as [string, string];
  const digits = BigInt(mant.replace('.', ''));
  const shift = Number(e) - 14 + decimals;
  const n =
    shift >= 0 ? digits * 10n ** BigInt(shift) : (digits + 5n * 10n ** BigInt(-shift - 1)) / 10n ** BigInt(-shift);
  const s = n.toString().padStart(decimals + 1, '0');
  return decimals ? `${s.slice(0, -decimals)}.${s.slice(-decimals)}` : s;
}

/** Excel's General in a cell: at most 11 characters, scientific beyond them (13580.160000000002 → 13580.16). */
export function generalShown(v: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  const sign = v < 0 ? '-' : '';
  const e = Math.floor(Math.log10(a));
  if (e >= 11 || e < -4) {
    const [m, ex] = a.toExponential(5).split('e') as [string, string];
    const exponent = Number(ex);
    const mantissa = stripZeros(m);
    return `${sign}${mantissa}E${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  const decimals = e >= 0 ? Math.max(0, 9 - e) : 9;
  return sign + stripZeros(roundFixed(a, decimals));
}

/**
 * General as Excel's formula bar shows it, which is what the clerk typed: 15 significant digits
 * (a float artefact goes), every digit of a long integer (a credit code or phone number stored as
 * a number must not read as 9.1E+17), exponent only for the very small.
 */
export function generalValue(v: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  const sign = v < 0 ? '-' : '';
  if (a < 1e-9 || a >= 1e21) {
    const [m, e] = a.toExponential(14).split('e') as [string, string];
    return `${sign}${stripZeros(m)}E${e[0] === '-' ? '-' : '+'}${e.replace(/^[+-]/, '').padStart(2, '0')}`;
  }
  // 15 significant digits; String() writes them without an exponent in this range.
  if (a >= 1e-6) return sign + String(Number(a.toPrecision(15)));
  const e = Math.floor(Math.log10(a));
  return sign + stripZeros(roundFixed(a, Math.max(0, 14 - e)));
}

function stripZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}
