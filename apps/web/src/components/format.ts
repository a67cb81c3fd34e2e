import dayjs from 'dayjs';

/** A server timestamp (ISO, UTC) in the browser's local time. */
export function formatDateTime(iso: string | null | undefined, withSeconds = false): string {
  if (!iso) return '';
  const at = dayjs(iso);
  return at.isValid() ? at.format(withSeconds ? 'YYYY-MM-DD HH:mm:ss' : 'YYYY-MM-DD HH:mm') : iso;
}

export const DATE_FORMAT = 'YYYY-MM-DD';
