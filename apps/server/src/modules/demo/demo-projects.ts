import { orgCodeCheckCharacter, usccCheckCharacter } from '@zhaoshang/shared';
import { DEMO_CHAIN_HOSTS } from '../chains/chains-demo.ts';
import {
  CHAIN_TRADES,
  FOREIGN_REGIONS,
  HEADQUARTERS,
  HMT_REGIONS,
  HOSTS,
  INVESTOR_TYPES,
  NAME_HEADS,
  NAME_TAILS,
  PROJECT_KINDS,
  SOURCERS,
} from './demo-data.ts';

/**
 * The demo city's investors, projects and foreign capital, made by a seeded generator: the same
 * rows every time, whatever the day (rows dated after `today` are left out, nothing else changes).
 *
 * Two windows are built to the seed's published figures (kpi for 2021-01-01..2021-07-31):
 * 251 projects signed, 221 of them fitting the industry positioning, agreeing 2409.5亿元 of which
 * 2103.5亿元 fit (88.05% and 87.30%); the same window of 2020 has 198 signed, 168 fitting, 2000亿元
 * of which 1062亿元 fit (84.85% and 53.10%): +3.2 and +34.2 percentage points. Foreign capital
 * used in the first half of 2021 is 48,500万美元 (56.3% of the year's 86,150 target, +53.4% on
 * 2020's 31,620), and the projects signed in it bring 85,000万美元 of new foreign investment.
 */
export const DEMO_FIGURES = {
  window2021: { signed: 251, fit: 221, amountWan: 24_095_000, fitAmountWan: 21_035_000 },
  window2020: { signed: 198, fit: 168, amountWan: 20_000_000, fitAmountWan: 10_620_000 },
  foreignUsed: { h1y2021: 48_500, h1y2020: 31_620, target2021: 86_150 },
  foreignSignedH1y2021: 85_000,
} as const;

const FIRST_MONTH = { year: 2019, month: 1 };
const LAST_MONTH = { year: 2026, month: 12 };

/** A small seeded generator (mulberry32): the demo is the same on every machine. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const weighted = <T>(xs: readonly [T, number][]): T => {
    const total = xs.reduce((s, [, w]) => s + w, 0);
    let r = next() * total;
    for (const [x, w] of xs) {
      r -= w;
      if (r < 0) return x;
    }
    return xs[xs.length - 1]![0];
  };
  return { next, int, pick, weighted };
}
type Random = ReturnType<typeof seededRandom>;

/** `total` split into `n` positive multiples of `step`, unevenly (a few large projects, many small). */
export function splitAmount(rnd: Random, total: number, n: number, step: number): number[] {
  const steps = total / step;
  if (!Number.isInteger(steps) || steps < n) throw new RangeError(`cannot split ${total} into ${n} × ${step}`);
  const weights = Array.from({ length: n }, () => Math.exp(1.1 * gaussian(rnd)));
  const sum = weights.reduce((s, w) => s + w, 0);
  const parts = weights.map((w) => Math.max(1, Math.floor(((steps - n) * w) / sum) + 1));
  let rest = steps - parts.reduce((s, p) => s + p, 0);
  for (let i = 0; rest !== 0; i = (i + 1) % n) {
    if (rest > 0) {
      parts[i]! += 1;
      rest--;
    } else if (parts[i]! > 1) {
      parts[i]! -= 1;
      rest++;
    }
  }
  return parts.map((p) => p * step);
}

function gaussian(rnd: Random): number {
  const u = Math.max(rnd.next(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd.next());
}

const pad = (n: number) => String(n).padStart(2, '0');
const dayOf = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
export const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** A valid fictional credit code: category 91 (enterprise), the host's division, a generated organisation code. */
function creditCode(rnd: Random, division: string): string {
  const org8 = String(rnd.int(10_000_000, 99_999_999));
  const first17 = `91${division}${org8}${orgCodeCheckCharacter(org8)}`;
  return first17 + usccCheckCharacter(first17);
}

export type DemoCompany = {
  name: string;
  uscc: string;
  investorType: string;
  countryRegion: string;
  industryCode: string;
  headquarters: string;
};

export type DemoProject = {
  name: string;
  investor: DemoCompany;
  sources: string[];
  host: string;
  chain: string;
  fits: boolean;
  agreedWan: number;
  foreignUsdWan: number | null;
  stages: Record<
    'signed' | 'contracted' | 'registered' | 'ready' | 'started' | 'completed' | 'producing',
    string | null
  >;
  status: 'active' | 'stalled';
};

export type DemoLead = {
  company: DemoCompany;
  unit: string;
  chain: string;
  amountWan: number;
  source: 'event' | 'referral' | 'visit' | 'research' | 'other';
  date: string;
};

export type DemoForeignMonth = { unit: string; year: number; month: number; usedUsdWan: number };

export type DemoPlan = {
  projects: DemoProject[];
  /** Leads: most signed projects began as one, reported months before; the rest are still worked or dropped. */
  leads: DemoLead[];
  foreignCapital: DemoForeignMonth[];
  /**
   * The targets per year and host: foreign capital (万美元), signed projects and amount (万元). 2021's
   * foreign targets add up to the seed's 86,150; each other year's are 2021's grown 8% a year from it.
   */
  targets: { year: number; unit: string; foreignUsdWan: number; signedCount: number; signedAmountWan: number }[];
};

/** How far each host carries its projects: some units sit below the floors (60/80/50%), most near or above. */
const HOST_DILIGENCE = [1.05, 0.95, 0.8, 1.0, 0.7, 1.1, 1.0, 0.9];

/** Generates the whole plan; rows dated after `today` are dropped. */
export function planDemoCity(today: string): DemoPlan {
  const rnd = seededRandom(20_210_831);
  const companies = new Map<string, DemoCompany>();
  const projects: DemoProject[] = [];
  const chainNames = Object.keys(CHAIN_TRADES);
  let serial = 0;

  const company = (chain: string, host: number): DemoCompany => {
    for (;;) {
      const type = rnd.weighted(INVESTOR_TYPES);
      const name = `${rnd.pick(NAME_HEADS)}${CHAIN_TRADES[chain]![0]}${rnd.pick(NAME_TAILS)}`;
      const existing = companies.get(name);
      if (existing) {
        // A returning investor: a second project of the same firm.
        if (rnd.next() < 0.5) return existing;
        continue;
      }
      const c: DemoCompany = {
        name,
        uscc: creditCode(rnd, `3299${pad(2 + (host % 20))}`),
        investorType: type,
        countryRegion:
          type === INVESTOR_TYPES[5]![0]
            ? rnd.pick(FOREIGN_REGIONS)
            : type === INVESTOR_TYPES[6]![0]
              ? rnd.pick(HMT_REGIONS)
              : '',
        industryCode: CHAIN_TRADES[chain]![1],
        headquarters: rnd.pick(HEADQUARTERS),
      };
      companies.set(name, c);
      return c;
    }
  };

  /** One project signed on `signed`: its host, chain (designated to the host when it fits), stages. */
  const project = (signed: string, fits: boolean, agreedWan: number): DemoProject => {
    const h = rnd.int(0, HOSTS.length - 1);
    const host = HOSTS[h]!;
    const designated = chainNames.filter((c) => DEMO_CHAIN_HOSTS[c]?.includes(host));
    const others = chainNames.filter((c) => !DEMO_CHAIN_HOSTS[c]?.includes(host));
    const chain = fits && designated.length ? rnd.pick(designated) : rnd.pick(others);
    const investor = company(chain, h);
    const sources = [host];
    if (rnd.next() < 0.4) sources.push(rnd.pick(SOURCERS));
    const d = HOST_DILIGENCE[h]!;
    const after = (from: string | null, chance: number, lo: number, hi: number) =>
      from && rnd.next() < Math.min(0.98, chance * d) ? addDays(from, rnd.int(lo, hi)) : null;
    const contracted = after(signed, 0.8, 5, 60);
    const registered = after(signed, 0.95, 3, 40);
    const ready = after(signed, 0.78, 10, 110);
    const started = after(ready, 0.9, 5, 90);
    const completed = after(started, 0.85, 240, 720);
    const producing = after(completed, 0.95, 20, 150);
    const drop = (x: string | null) => (x && x <= today ? x : null);
    serial++;
    const stalled = !started && signed < addDays(today, -365) && rnd.next() < 0.3;
    return {
      name: `${investor.name.slice(0, 4)}${PROJECT_KINDS[serial % PROJECT_KINDS.length]}${serial}`,
      investor,
      sources,
      host,
      chain,
      fits,
      agreedWan,
      foreignUsdWan: null,
      stages: {
        signed,
        contracted: drop(contracted),
        registered: drop(registered),
        ready: drop(ready),
        started: drop(started),
        completed: drop(completed),
        producing: drop(producing),
      },
      status: stalled ? 'stalled' : 'active',
    };
  };

  /** `n` signing days spread over the months of a window. */
  const days = (from: { year: number; month: number }, months: number, n: number) =>
    Array.from({ length: n }, (_, i) => {
      const k = Math.floor((i * months) / n);
      const y = from.year + Math.floor((from.month - 1 + k) / 12);
      const m = ((from.month - 1 + k) % 12) + 1;
      return dayOf(y, m, rnd.int(1, daysIn(y, m)));
    });

  /** A window built to exact figures: `signed` projects, `fit` of them fitting, the amounts split exactly. */
  const exactWindow = (year: number, w: { signed: number; fit: number; amountWan: number; fitAmountWan: number }) => {
    const fitAmounts = splitAmount(rnd, w.fitAmountWan, w.fit, 500);
    const otherAmounts = splitAmount(rnd, w.amountWan - w.fitAmountWan, w.signed - w.fit, 500);
    const signed = days({ year, month: 1 }, 7, w.signed);
    const order = signed.map((_, i) => i).sort(() => rnd.next() - 0.5);
    const made = order.map((i, k) =>
      k < w.fit ? project(signed[i]!, true, fitAmounts[k]!) : project(signed[i]!, false, otherAmounts[k - w.fit]!),
    );
    return made;
  };

  for (let y = FIRST_MONTH.year; y <= LAST_MONTH.year; y++) {
    for (let m = 1; m <= 12; m++) {
      if ((y === 2020 || y === 2021) && m <= 7) continue;
      const n = rnd.int(18, 38);
      for (const signed of days({ year: y, month: m }, 1, n)) {
        const fits = rnd.next() < 0.8;
        // Outside the two windows: a median of 3亿元, a few much larger.
        const agreedWan = 500 * Math.max(2, Math.round(Math.exp(Math.log(60) + 1.1 * gaussian(rnd))));
        projects.push(project(signed, fits, agreedWan));
      }
    }
    if (y === 2020) projects.push(...exactWindow(2020, DEMO_FIGURES.window2020));
    if (y === 2021) projects.push(...exactWindow(2021, DEMO_FIGURES.window2021));
  }

  // New foreign investment signed in the first half of 2021: exactly 85,000万美元 over the foreign-funded projects.
  const foreignH1 = projects.filter(
    (p) =>
      p.stages.signed! >= '2021-01-01' &&
      p.stages.signed! <= '2021-06-30' &&
      (p.investor.investorType === INVESTOR_TYPES[5]![0] || p.investor.investorType === INVESTOR_TYPES[6]![0]),
  );
  splitAmount(rnd, DEMO_FIGURES.foreignSignedH1y2021, foreignH1.length, 50).forEach((usd, i) => {
    foreignH1[i]!.foreignUsdWan = usd;
  });
  for (const p of projects) {
    const foreignFunded =
      p.investor.investorType === INVESTOR_TYPES[5]![0] || p.investor.investorType === INVESTOR_TYPES[6]![0];
    if (
      foreignFunded &&
      p.foreignUsdWan === null &&
      !(p.stages.signed! >= '2021-01-01' && p.stages.signed! <= '2021-06-30')
    )
      p.foreignUsdWan = 50 * rnd.int(20, 600);
  }

  // Leads: six in ten projects began as a lead of their sourcing unit; 40 more a month never signed (yet).
  const SOURCES: DemoLead['source'][] = ['event', 'referral', 'visit', 'research', 'other'];
  const leads: DemoLead[] = [];
  for (const p of projects) {
    if (rnd.next() >= 0.6) continue;
    const date = addDays(p.stages.signed!, -rnd.int(20, 150));
    leads.push({
      company: p.investor,
      unit: p.sources[p.sources.length - 1]!,
      chain: p.chain,
      amountWan: 500 * Math.max(1, Math.round((p.agreedWan * (0.6 + 0.8 * rnd.next())) / 500)),
      source: rnd.pick(SOURCES),
      date: date < '2019-01-01' ? '2019-01-02' : date,
    });
  }
  for (let y = FIRST_MONTH.year; y <= LAST_MONTH.year; y++) {
    for (let m = 1; m <= 12; m++) {
      for (const date of days({ year: y, month: m }, 1, 40)) {
        const h = rnd.int(0, HOSTS.length - 1);
        const chain = rnd.pick(chainNames);
        leads.push({
          company: company(chain, h),
          unit: rnd.next() < 0.5 ? HOSTS[h]! : rnd.pick(SOURCERS),
          chain,
          amountWan: 500 * rnd.int(10, 400),
          source: rnd.pick(SOURCES),
          date,
        });
      }
    }
  }

  const targetsForeign = splitAmount(rnd, DEMO_FIGURES.foreignUsed.target2021, HOSTS.length, 50);
  const targets = [];
  for (let year = FIRST_MONTH.year; year <= LAST_MONTH.year; year++) {
    const growth = 1 + 0.08 * (year - 2021);
    for (const [i, unit] of HOSTS.entries())
      targets.push({
        year,
        unit,
        foreignUsdWan: year === 2021 ? targetsForeign[i]! : 50 * Math.round((targetsForeign[i]! * growth) / 50),
        signedCount: 40 + 5 * (i % 4),
        signedAmountWan: 3_000_000 + 500_000 * (i % 3),
      });
  }

  // Foreign capital used, per host and month; the first halves of 2020 and 2021 to the seed's totals.
  const foreignCapital: DemoForeignMonth[] = [];
  const month = (year: number, m: number, total: number) => {
    for (const [i, usedUsdWan] of splitAmount(rnd, total, HOSTS.length, 10).entries())
      foreignCapital.push({ unit: HOSTS[i]!, year, month: m, usedUsdWan });
  };
  for (let y = FIRST_MONTH.year; y <= LAST_MONTH.year; y++) {
    const h1 = y === 2020 ? DEMO_FIGURES.foreignUsed.h1y2020 : y === 2021 ? DEMO_FIGURES.foreignUsed.h1y2021 : null;
    const firstHalf = h1 === null ? null : splitAmount(rnd, h1, 6, 10);
    for (let m = 1; m <= 12; m++) {
      if (`${dayOf(y, m, daysIn(y, m))}` >= today) break;
      month(y, m, firstHalf && m <= 6 ? firstHalf[m - 1]! : 10 * rnd.int(400, 1200));
    }
  }

  return {
    projects: projects.filter((p) => p.stages.signed! <= today),
    // One lead per investor, unit and day, as the import keys them.
    leads: [
      ...new Map(
        leads.filter((l) => l.date <= today).map((l) => [`${l.company.name}|${l.unit}|${l.date}`, l]),
      ).values(),
    ],
    foreignCapital,
    targets,
  };
}
