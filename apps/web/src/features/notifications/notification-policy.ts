import type { Role } from '@zhaoshang/shared';

/** admin and auditor never receive business notifications, so they get no bell. */
export function hasNotifications(role: Role): boolean {
  return role !== 'admin' && role !== 'auditor';
}

/** Where a notification leads: filing and conflict news opens the filings page. */
export function notificationTarget(kind: string): string | undefined {
  if (kind.startsWith('conflict.')) return '/filings?tab=conflicts';
  if (kind.startsWith('filing.')) return '/filings';
  return undefined;
}
