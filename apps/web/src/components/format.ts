import dayjs from 'dayjs';

/** A server timestamp (ISO, UTC) in the browser's local time. */
export function formatDateTime(iso: string | null | undefined, withSeconds = false): string {
  if (!iso) return '';
  const at = dayjs(iso);
  return at.isValid() ? at.format(withSeconds ? 'YYYY-MM-DD HH:mm:ss' : 'YYYY-MM-DD HH:mm') : iso;
}

export const DATE_FORMAT = 'YYYY-MM-DD';

/** The calendar day of a server timestamp, in the browser's time zone. */
export function dayOf(timestamp: string | null | undefined): string {
  if (!timestamp) return '';
  const at = dayjs(timestamp);
  return at.isValid() ? at.format(DATE_FORMAT) : timestamp;
}

/** How far a campaign or meeting has got, as a whole percentage (rounded down: 99 until all are in). */
export function progressPercent(done: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(100, Math.floor((done * 100) / total));
}
