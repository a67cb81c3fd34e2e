import { shanghaiDate, shanghaiDateTime } from '@zhaoshang/shared';
import dayjs, { type Dayjs } from 'dayjs';

/*
 * The platform keeps one clock, Asia/Shanghai, wherever the browser is: its dates are Shanghai
 * days, so a timestamp beside them is shown on the same clock.
 */

/** A server timestamp as it reads on the Shanghai clock: 'YYYY-MM-DDTHH:mm:ss…', or null when it is no time. */
function onShanghaiClock(timestamp: string): string | null {
  const at = dayjs(timestamp);
  return at.isValid() ? shanghaiDateTime(at.toDate()) : null;
}

/** A server timestamp (ISO, UTC) in Shanghai time: 2026-12-07 05:39. */
export function formatDateTime(iso: string | null | undefined, withSeconds = false): string {
  if (!iso) return '';
  const at = onShanghaiClock(iso);
  return at ? `${at.slice(0, 10)} ${at.slice(11, withSeconds ? 19 : 16)}` : iso;
}

export const DATE_FORMAT = 'YYYY-MM-DD';

/** The calendar day of a server timestamp, in Shanghai. */
export function dayOf(timestamp: string | null | undefined): string {
  if (!timestamp) return '';
  return onShanghaiClock(timestamp)?.slice(0, 10) ?? timestamp;
}

/** Today in Shanghai, for date pickers and "this year" (the browser's own clock may be elsewhere). */
export function shanghaiToday(): Dayjs {
  return dayjs(shanghaiDate());
}

/** How far a campaign or meeting has got, as a whole percentage (rounded down: 99 until all are in). */
export function progressPercent(done: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(100, Math.floor((done * 100) / total));
}
