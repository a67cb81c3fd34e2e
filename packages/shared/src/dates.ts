/** Calendar dates are Asia/Shanghai dates (style.md); timestamps stay UTC. */
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

/** A moment as the Shanghai clock reads it, 'YYYY-MM-DDTHH:mm:ss.sss' (China has no daylight saving). */
export function shanghaiDateTime(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 23);
}

/** Today's date in Asia/Shanghai as YYYY-MM-DD. */
export function shanghaiDate(at: Date = new Date()): string {
  return shanghaiDateTime(at).slice(0, 10);
}

/** True when s is a real calendar date written YYYY-MM-DD (2021-02-30 is not). */
export function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The calendar date n months after a YYYY-MM-DD date; the 31st becomes the month's last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

/** The calendar date n days after a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
