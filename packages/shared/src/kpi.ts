import { isCalendarDate } from './dates.ts';
import { type Message, msg, renderMessage } from './messages/index.ts';
import { yuanToWan } from './project-stages.ts';
import { GATE_COUNTED, type GateStatus } from './quality-gate.ts';

/**
 * The indicator rules: signing, contract, registration, readiness and industry-fit figures
 * for a window of Asia/Shanghai calendar dates, for the city and for every credited unit.
 *
 * `computeKpi` is the rules written out in full, every figure with the ids of the projects
 * behind it. At province size the database applies the same rules where the rows are
 * (kpi.repository.ts: a few hundred thousand projects never travel to Node); a server test
 * holds the two to the same answers on the fixture city and on random projects. The figures
 * themselves are made from the counts by `indicatorValues`, here, for both.
 */

/** One project as the engine sees it; dates are YYYY-MM-DD or null when the stage is not reached. */
export type KpiProject = {
  id: number;
  signedOn: string | null;
  contractedOn: string | null;
  registeredOn: string | null;
  readyOn: string | null;
  startedOn: string | null;
  completedOn: string | null;
  producingOn: string | null;
  /** Carried for display only: a terminated project stays in the cohort it was signed in. */
  terminatedOn?: string | null;
  /** Agreed investment in whole yuan. */
  agreedYuan: bigint;
  fitsPositioning: boolean;
  hostUnitId: number;
  sourceUnitIds: number[];
  /** The earlier project this one expands; an expansion adds money but is not a new project. */
  expansionOf: number | null;
  /** The quality gate (quality-gate.ts): a pending or rejected project counts nowhere; absent means clear. */
  gateStatus?: GateStatus;
};

/** Inclusive window of YYYY-MM-DD dates. */
export type KpiWindow = { from: string; to: string };

export type KpiRole = 'host' | 'source';

export type KpiUnit = { id: number; roles: KpiRole[] };

export type IndicatorValues = {
  signedCount: number;
  signedAmountWan: number;
  signedAmountYuan: string;
  contractRate: number | null;
  registrationRate: number | null;
  readyRate: number | null;
  fitShareCount: number | null;
  fitShareAmount: number | null;
};

/** The project ids behind each figure, ascending. */
export type Behind = {
  signed: number[];
  amount: number[];
  contracted: number[];
  registered: number[];
  ready: number[];
  fit: number[];
  fitAmount: number[];
  /** Counted ready only because a later stage implies it (readyOn null or after the window). */
  readyImplied: number[];
};

export type Indicators = IndicatorValues & { behind: Behind };

export type IndicatorBlock = Indicators & { lastYear: Indicators };

export type UnitIndicators = { unitId: number; role: KpiRole; indicators: IndicatorBlock };

/** Figures without the ids behind them (what the database's sums give). */
export type ValuesBlock = IndicatorValues & { lastYear: IndicatorValues };

export type KpiFigures = {
  window: KpiWindow;
  lastYearWindow: KpiWindow;
  city: ValuesBlock;
  units: { unitId: number; role: KpiRole; indicators: ValuesBlock }[];
};

export type KpiResult = {
  window: KpiWindow;
  lastYearWindow: KpiWindow;
  city: IndicatorBlock;
  units: UnitIndicators[];
};

/** Null when the window is usable, else what is wrong with it (a catalogue message). */
export function validateWindow(w: KpiWindow): Message | null {
  if (!isCalendarDate(w.from)) return msg('kpi.fromInvalid');
  if (!isCalendarDate(w.to)) return msg('kpi.toInvalid');
  if (w.to < w.from) return msg('kpi.toBeforeFrom');
  return null;
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** The same calendar day `years` years later (earlier when negative); Feb 29 becomes Feb 28 in a common year. */
export function shiftYear(date: string, years: number): string {
  if (!isCalendarDate(date)) throw new RangeError(`not a calendar date: ${date}`);
  const y = Number(date.slice(0, 4)) + years;
  if (y < 0 || y > 9999) throw new RangeError(`year out of range: ${y}`);
  const monthDay = date.slice(5) === '02-29' && !isLeapYear(y) ? '02-28' : date.slice(5);
  return `${String(y).padStart(4, '0')}-${monthDay}`;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** num/den correctly rounded to a double, even when the bigints exceed 2^53. */
function bigRatio(num: bigint, den: bigint): number {
  if (num === 0n) return 0;
  const negative = num < 0n !== den < 0n;
  const n = num < 0n ? -num : num;
  const d = den < 0n ? -den : den;
  if (n <= MAX_SAFE && d <= MAX_SAFE) return (negative ? -1 : 1) * (Number(n) / Number(d));
  // Scale so the quotient has at least 55 bits; a sticky low bit then lets Number() round once, correctly.
  const k = Math.max(0, 55 + d.toString(2).length - n.toString(2).length);
  const scaled = n << BigInt(k);
  let q = scaled / d;
  if (q * d !== scaled) q |= 1n;
  return (negative ? -1 : 1) * (Number(q) / 2 ** k);
}

function sortAscending(ids: number[]): void {
  // Callers usually pass projects in id order; checking is cheaper than a comparator sort.
  for (let i = 1; i < ids.length; i++) {
    if (ids[i - 1]! > ids[i]!) {
      ids.sort((a, b) => a - b);
      return;
    }
  }
}

function reached(date: string | null, to: string): boolean {
  return date !== null && date <= to;
}

/**
 * What a project contributes to one window, as bits: classified once, then summed per unit.
 * The database classifies with the same bits (apps/server/src/modules/kpi/kpi.repository.ts)
 * and keeps them per project with each bulletin; the bulletin adds the four-new and penalty bits.
 */
export const KPI_BITS = {
  /** Signed in the window: its money counts (expansions included). */
  inWindow: 1,
  /** In the cohort (signed in the window, not an expansion). */
  counted: 2,
  contracted: 4,
  registered: 8,
  ready: 16,
  /** Counted ready only because a later stage implies it. */
  readyImplied: 32,
  fits: 64,
  /** The funnel's later stages reached by the window's end (cohort projects; the dashboard's funnel). */
  started: 4096,
  completed: 8192,
  producing: 16384,
  majorSigned: 128,
  majorStarted: 256,
  majorCompleted: 512,
  majorProducing: 1024,
  pastPlannedStart: 2048,
} as const;
const {
  inWindow: IN_WINDOW,
  counted: COUNTED,
  contracted: CONTRACTED,
  registered: REGISTERED,
  ready: READY,
  readyImplied: READY_IMPLIED,
  fits: FITS,
} = KPI_BITS;

function classify(p: KpiProject, from: string, to: string): number {
  const s = p.signedOn;
  if (s === null || s < from || s > to) return 0;
  if (p.gateStatus && !GATE_COUNTED.includes(p.gateStatus)) return 0;
  const bits = IN_WINDOW | (p.fitsPositioning ? FITS : 0);
  // An expansion adds only its money: the project was already counted when first signed.
  if (p.expansionOf !== null) return bits;
  let more = COUNTED;
  if (reached(p.contractedOn, to)) more |= CONTRACTED;
  if (reached(p.registeredOn, to)) more |= REGISTERED;
  if (reached(p.readyOn, to)) more |= READY;
  else if (reached(p.startedOn, to) || reached(p.completedOn, to) || reached(p.producingOn, to))
    more |= READY | READY_IMPLIED;
  return bits | more;
}

type Classified = { id: number; yuan: bigint; yuanSafe: number | null; now: number; prev: number };

function classified(p: KpiProject, now: number, prev: number): Classified {
  const y = p.agreedYuan;
  const yuanSafe = y <= MAX_SAFE && y >= -MAX_SAFE ? Number(y) : null;
  return { id: p.id, yuan: y, yuanSafe, now, prev };
}

/**
 * Sums yuan exactly. BigInt additions allocate, so integers are added as doubles while the
 * running total stays a safe integer, where double addition is exact; the rest goes to a bigint.
 */
class YuanSum {
  private small = 0;
  private big = 0n;
  add(c: Classified): void {
    if (c.yuanSafe !== null) {
      const t = this.small + c.yuanSafe;
      if (Number.isSafeInteger(t)) {
        this.small = t;
        return;
      }
    }
    this.big += c.yuan;
  }
  total(): bigint {
    return this.big + BigInt(this.small);
  }
}

function aggregate(items: readonly Classified[], year: 'now' | 'prev'): Indicators {
  const behind: Behind = {
    signed: [],
    amount: [],
    contracted: [],
    registered: [],
    ready: [],
    fit: [],
    fitAmount: [],
    readyImplied: [],
  };
  const total = new YuanSum();
  const fitting = new YuanSum();
  for (const c of items) {
    const bits = year === 'now' ? c.now : c.prev;
    if (bits === 0) continue;
    behind.amount.push(c.id);
    total.add(c);
    if (bits & FITS) {
      behind.fitAmount.push(c.id);
      fitting.add(c);
    }
    if (!(bits & COUNTED)) continue;
    behind.signed.push(c.id);
    if (bits & CONTRACTED) behind.contracted.push(c.id);
    if (bits & REGISTERED) behind.registered.push(c.id);
    if (bits & READY) behind.ready.push(c.id);
    if (bits & READY_IMPLIED) behind.readyImplied.push(c.id);
    if (bits & FITS) behind.fit.push(c.id);
  }
  for (const ids of Object.values(behind)) sortAscending(ids);
  const values = indicatorValues({
    signed: behind.signed.length,
    amount: total.total(),
    contracted: behind.contracted.length,
    registered: behind.registered.length,
    ready: behind.ready.length,
    fit: behind.fit.length,
    fitAmount: fitting.total(),
  });
  return { ...values, behind };
}

/**
 * The bits a project holds to be counted in each figure: one table for the database's tallies,
 * the drill-down lists and the projects frozen behind a bulletin. `amount` and `fitAmount` sum
 * the projects' agreed yuan; the others count them.
 */
export const FIGURE_BITS = {
  signed: KPI_BITS.counted,
  amount: KPI_BITS.inWindow,
  contracted: KPI_BITS.contracted,
  registered: KPI_BITS.registered,
  ready: KPI_BITS.ready,
  readyImplied: KPI_BITS.readyImplied,
  started: KPI_BITS.started,
  completed: KPI_BITS.completed,
  producing: KPI_BITS.producing,
  fit: KPI_BITS.counted | KPI_BITS.fits,
  fitAmount: KPI_BITS.inWindow | KPI_BITS.fits,
  fourNewSigned: KPI_BITS.majorSigned,
  fourNewStarted: KPI_BITS.majorStarted,
  fourNewCompleted: KPI_BITS.majorCompleted,
  fourNewProducing: KPI_BITS.majorProducing,
  pastPlannedStart: KPI_BITS.pastPlannedStart,
} as const;
export type Figure = keyof typeof FIGURE_BITS;
type MoneyFigure = 'amount' | 'fitAmount';
const FIGURES = Object.keys(FIGURE_BITS) as Figure[];
const isMoney = (f: Figure): f is MoneyFigure => f === 'amount' || f === 'fitAmount';

/** What a scope's projects add up to: a count per figure, exact yuan for the two sums. */
export type Tally = { [F in Exclude<Figure, MoneyFigure>]: number } & { [F in MoneyFigure]: bigint };

/** The counts and exact sums a window's indicators are made of. */
export type KpiCounts = Pick<Tally, 'signed' | 'amount' | 'contracted' | 'registered' | 'ready' | 'fit' | 'fitAmount'>;

export const emptyTally = (): Tally => Object.fromEntries(FIGURES.map((f) => [f, isMoney(f) ? 0n : 0])) as Tally;

/** Adds `projects` projects sharing `bits` (KPI_BITS) and together agreeing `yuan` to a tally. */
export function addToTally(t: Tally, bits: number, projects: number, yuan: bigint): void {
  for (const f of FIGURES) {
    if ((bits & FIGURE_BITS[f]) !== FIGURE_BITS[f]) continue;
    if (isMoney(f)) t[f] += yuan;
    else t[f] += projects;
  }
}

/** The figures of a cohort from its counts: rates over the cohort, null (never NaN) when it is empty. */
export function indicatorValues(c: KpiCounts): IndicatorValues {
  const n = c.signed;
  const rate = (count: number) => (n === 0 ? null : count / n);
  return {
    signedCount: n,
    signedAmountWan: Number(yuanToWan(c.amount)),
    signedAmountYuan: c.amount.toString(),
    contractRate: rate(c.contracted),
    registrationRate: rate(c.registered),
    readyRate: rate(c.ready),
    fitShareCount: rate(c.fit),
    fitShareAmount: c.amount === 0n ? null : bigRatio(c.fitAmount, c.amount),
  };
}

function checkedWindow(w: KpiWindow): void {
  const problem = validateWindow(w);
  if (problem !== null) throw new RangeError(renderMessage('zh', problem));
}

/**
 * The indicators of the projects signed within the window. `projects` may hold projects
 * signed at any time; those outside the window are ignored. Throws a RangeError carrying the
 * validateWindow message when the window is not valid.
 */
export function computeIndicators(projects: readonly KpiProject[], w: KpiWindow): Indicators {
  checkedWindow(w);
  const items = projects.map((p) => classified(p, classify(p, w.from, w.to), 0));
  return aggregate(items, 'now');
}

/** The window one year earlier, used for the year-on-year comparison. */
export function lastYearWindow(w: KpiWindow): KpiWindow {
  return { from: shiftYear(w.from, -1), to: shiftYear(w.to, -1) };
}

function block(items: readonly Classified[]): IndicatorBlock {
  return { ...aggregate(items, 'now'), lastYear: aggregate(items, 'prev') };
}

/**
 * City and per-unit indicator blocks, each with its last-year comparison. `projects` must
 * hold the projects of both windows. A project is credited to its host unit (role "host")
 * and once to each distinct sourcing unit (role "source"). Unit entries come out hosts
 * first, then sources, each in the order of `units`. Throws a RangeError on an invalid window.
 */
export function computeKpi(projects: readonly KpiProject[], w: KpiWindow, units: readonly KpiUnit[]): KpiResult {
  checkedWindow(w);
  const prev = lastYearWindow(w);
  // Window tests run once per project; each unit then only sums bits over its own projects.
  const all: Classified[] = [];
  const byHost = new Map<number, Classified[]>();
  const bySource = new Map<number, Classified[]>();
  const add = (map: Map<number, Classified[]>, unitId: number, c: Classified) => {
    const list = map.get(unitId);
    if (list) list.push(c);
    else map.set(unitId, [c]);
  };
  for (const p of projects) {
    const c = classified(p, classify(p, w.from, w.to), classify(p, prev.from, prev.to));
    all.push(c);
    add(byHost, p.hostUnitId, c);
    const sources = p.sourceUnitIds;
    for (let i = 0; i < sources.length; i++) {
      const id = sources[i]!;
      if (sources.indexOf(id) === i) add(bySource, id, c);
    }
  }
  const out: UnitIndicators[] = [];
  for (const role of ['host', 'source'] as const) {
    const map = role === 'host' ? byHost : bySource;
    for (const u of units) {
      if (!u.roles.includes(role)) continue;
      out.push({ unitId: u.id, role, indicators: block(map.get(u.id) ?? []) });
    }
  }
  return { window: { from: w.from, to: w.to }, lastYearWindow: prev, city: block(all), units: out };
}
